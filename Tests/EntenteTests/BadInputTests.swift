import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

/// Input that is not a graph file gets a clear, located error quickly: no crash, no hang.
@Suite struct BadInputTests {
  func read(_ data: Data) -> EntenteError? {
    do {
      let dir = try temporaryFolder()
      defer { try? FileManager.default.removeItem(atPath: dir) }
      let path = dir + "/bad.yaml"
      try data.write(to: URL(fileURLWithPath: path))
      _ = try GraphFileReader().read(path: path)
      return nil
    } catch let e as EntenteError {
      var located = e
      located.location?.file = "bad.yaml"
      return located
    } catch {
      return nil
    }
  }

  func firstLine(_ e: EntenteError?) -> String? { e?.description.split(separator: "\n").first.map(String.init) }

  @Test func emptyFile() {
    let e = read(Data())
    #expect(e?.code == .notText)
    #expect(firstLine(e)?.hasPrefix("bad.yaml:1:1: error: '") == true)
    #expect(e?.message.hasSuffix("bad.yaml' is empty; a graph file needs at least 'entente: 1'") == true)
    #expect(read(Data("   \n# only a comment\n".utf8))?.code == .notText)
  }

  @Test func invalidUTF8IsLocated() {
    let e = read(
      Data("entente: 1\nactors:\n  - {id: ARM, name: \"Arm".utf8) + Data([0xE9]) + Data("nia\", kind: state}\n".utf8))
    #expect(firstLine(e) == "bad.yaml:3:25: error: invalid UTF-8 at byte 43 (0xe9); save the file as UTF-8")
  }

  @Test func binaryFile() {
    let e = read(Data((0..<2048).map { UInt8($0 % 256) }))
    #expect(e?.code == .notText)
    #expect(e?.message.hasSuffix("is a binary file (a NUL byte at byte 0); a graph file is UTF-8 YAML text") == true)
  }

  @Test(.tags(.slow)) func fiftyMegabyteScalar() {
    let big =
      Data("entente: 1\nactors:\n  - {id: ARM, name: \"".utf8) + Data(repeating: UInt8(ascii: "x"), count: 50_000_000)
      + Data("\", kind: state}\n".utf8)
    #expect(
      firstLine(read(big))
        == "bad.yaml:3:1: error: line 3 is longer than 1048576 bytes; graph files keep values under 65536 bytes")
  }

  @Test func longScalarOnManyLines() {
    let lines = String(
      repeating: "      xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n", count: 2000)
    let e = read(Data("entente: 1\nactors:\n  - id: ARM\n    kind: state\n    name: |\n\(lines)".utf8))
    #expect(e?.code == .invalidValue)
    #expect(e?.message.hasPrefix("'name' is 150000 bytes long; values are at most 65536 bytes") == true)
  }

  @Test(arguments: [
    "entente: 1\nactors: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n",
    "entente: 1\nactors: " + String(repeating: "{a: ", count: 50_000) + "1" + String(repeating: "}", count: 50_000)
      + "\n",
    "entente: 1\nactors:\n" + (0..<2000).map { String(repeating: " ", count: $0) + "- \n" }.joined(),
    "entente: 1\nactors:\n" + (0..<2000).map { String(repeating: " ", count: $0) + "k:\n" }.joined(),
  ])
  func deeplyNestedYAML(text: String) {
    let e = read(Data(text.utf8))
    #expect(e?.code == .tooDeep)
    #expect(e?.message == "YAML nested deeper than 64 levels; a graph file needs only a few (lists of mappings)")
  }

  @Test func directoryAndMissingFile() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(throws: EntenteError(.fileUnreadable, "'\(dir)' is a folder; give the path of a graph file (.yaml)")) {
      try GraphFileReader().read(path: dir)
    }
    #expect(
      throws: EntenteError(
        .fileUnreadable, "cannot read '\(dir)/none.yaml': no such file; check the path and its permissions")
    ) {
      try GraphFileReader().read(path: dir + "/none.yaml")
    }
  }

  @Test func nonGraphYAML() {
    #expect(
      firstLine(read(Data("- just\n- a list\n".utf8)))
        == "bad.yaml:1:1: error: expected a mapping of entente, include, documents, kinds, styles, actors, relations for a graph file, found a list"
    )
    #expect(
      firstLine(read(Data("entente: 1\n---\nentente: 1\n".utf8)))?.hasPrefix("bad.yaml:2:1: error: YAML syntax:")
        == true)
  }
}
