import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteEvents

/// Issue #14, items 12 and 15 for event import.
@Suite struct EventHostileTests {
  /// Item 12: a CRLF --cameo-map was one long line ("\r\n" is one Character) and a garbled error.
  @Test func aCRLFCameoTableReadsAsItsLines() throws {
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "# mine\r\n19\thostility\r\n190\t-\r\n".write(toFile: dir + "/m.tsv", atomically: true, encoding: .utf8)
    let m = try CameoMap(path: dir + "/m.tsv", vocabulary: try .standard())
    #expect(m.kind(of: "193") == "hostility" && m.kind(of: "190") == nil)
    try "19\thostility\r\nx9\ttrade\r\n".write(toFile: dir + "/m.tsv", atomically: true, encoding: .utf8)
    let e = #expect(throws: EntenteError.self) { try CameoMap(path: dir + "/m.tsv", vocabulary: try .standard()) }
    #expect(e?.location?.line == 2)
    #expect(e?.message.hasSuffix("found 'x9\ttrade'") == true, "\(e?.message ?? "")")
  }

  /// Item 15: a line longer than the limit is refused instead of growing the buffer to twice its size.
  @Test func aLineBeyondTheLimitIsRefusedWithItsOffset() throws {
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/long.tsv"
    try ("short\n" + String(repeating: "x", count: 5000) + "\nend\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    var lines = 0
    let e = #expect(throws: EntenteError.self) {
      try ChunkedLineReader.read(
        path: path, chunkSize: 64, maximumLine: 1024, failure: { EntenteError(.fileUnreadable, $0.reason) },
        { (b, _) throws(EntenteError) in lines += b.filter { $0 == 10 }.count })
    }
    #expect(
      e?.message.hasPrefix("the line starting at byte 6 is longer than 1024 bytes") == true, "\(e?.message ?? "")")
    #expect(lines == 1)
  }

  /// Item 15: through a pipe a long line arrives in 64 KB reads; each read used to rescan
  /// the whole line so far (16 MB took 1.4 s, 128 MB 61 s).
  @Test func aLongLineThroughAPipeIsReadInLinearTime() throws {
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fifo = dir + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    let size = 12 << 20
    let writer = Thread {
      guard let h = FileHandle(forWritingAtPath: fifo) else { return }
      let piece = Data(repeating: 120, count: 1 << 16)
      for _ in 0..<(size >> 16) { h.write(piece) }
      h.write(Data("\n".utf8))
      try? h.close()
    }
    writer.start()
    var got = 0
    let clock = ContinuousClock()
    let took = try clock.measure {
      try ChunkedLineReader.read(
        path: fifo, chunkSize: 1 << 16, failure: { EntenteError(.fileUnreadable, $0.reason) },
        { (b, _) throws(EntenteError) in got += b.count })
    }
    #expect(got == size + 1)
    #expect(took < .seconds(3), "took \(took)")
  }
}
