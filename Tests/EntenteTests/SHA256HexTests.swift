import Foundation
import Testing

@testable import Entente

/// The in-package SHA-256 that evidence and review decisions are keyed by gives the standard digests.
@Suite struct SHA256HexTests {
  @Test func fipsExamples() {
    #expect(SHA256Hex.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256Hex.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256Hex.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      SHA256Hex.hex(String(repeating: "a", count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Every length around the block and padding boundaries agrees with `sha256sum` (coreutils) when it is installed.
  @Test func agreesWithSha256sumAroundBlockBoundaries() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") else {
      print("SKIPPED: SHA-256 comparison with /usr/bin/sha256sum (not installed)")
      return
    }
    for length in [1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000] {
      let text = String((0..<length).map { Character(UnicodeScalar(UInt8(97 + $0 % 26))) }) + "é"
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
      let input = Pipe()
      let output = Pipe()
      process.standardInput = input
      process.standardOutput = output
      try process.run()
      input.fileHandleForWriting.write(Data(text.utf8))
      try input.fileHandleForWriting.close()
      let answer = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(SHA256Hex.hex(text) == String(answer.prefix(64)), "length \(length)")
    }
  }
}
