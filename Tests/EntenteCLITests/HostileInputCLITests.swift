import EntenteTestSupport
import Foundation
import Testing

/// Reproductions of issue #14 that need the whole program: a working folder, exit codes, files left behind.
@Suite(.tags(.slow)) struct HostileInputCLITests {
  /// Item 2: one-character file names trapped in Foundation's `deletingLastPathComponent`.
  @Test func oneCharacterFileNamesWork() throws {
    let dir = try temporaryFolder("entente-cli")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "entente: 1\nactors:\n  - {id: AAA, name: First, kind: state}\n  - {id: BBB, name: Second, kind: state}\n"
      .write(toFile: dir + "/h", atomically: true, encoding: .utf8)
    try "entente: 1\ninclude: [h]\nrelations:\n  - {source: AAA, target: BBB, kind: tension, at: 2020}\n"
      .write(toFile: dir + "/g", atomically: true, encoding: .utf8)
    let v = try CLIRun(["validate", "g"], in: dir)
    #expect(v.status == 0, "\(v.stderr)")
    #expect(v.stdout.contains("g: ok"))

    try "source,target,kind,at\nAAA,BBB,support,2020\n".write(toFile: dir + "/e", atomically: true, encoding: .utf8)
    let i = try CLIRun(["import", "e", "--format", "csv", "-o", "o"], in: dir)
    #expect(i.status == 0, "\(i.stderr)")
    let written = try String(contentsOfFile: dir + "/o", encoding: .utf8)
    #expect(written.contains("AAA") && written.contains("support"))

    let s = try CLIRun(["snapshot", "g", "--at", "2020", "-o", "s"], in: dir)
    #expect(s.status == 0, "\(s.stderr)")
    #expect(FileManager.default.fileExists(atPath: dir + "/s"))
  }

  /// Item 12: a `--format` that does not fit the file exited 0 and overwrote `-o` with an empty graph.
  @Test func aWrongEventFormatIsAnErrorAndWritesNothing() throws {
    let dir = try temporaryFolder("entente-cli")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let row = (0..<58).map { $0 == 1 ? "20201113" : ($0 == 7 ? "AZE" : ($0 == 17 ? "ARM" : ($0 == 26 ? "190" : ""))) }
      .joined(separator: "\t")
    try [row, row].joined(separator: "\n").write(toFile: dir + "/events.csv", atomically: true, encoding: .utf8)
    try "keep me\n".write(toFile: dir + "/out.yaml", atomically: true, encoding: .utf8)
    let r = try CLIRun(["import", "events.csv", "--format", "gdelt2", "-o", "out.yaml"], in: dir)
    #expect(r.status == 1)
    #expect(r.stderr.contains("events.csv:1:1: error: none of the 2 rows"))
    #expect(r.stderr.contains("61 tab-separated columns"))
    #expect(try String(contentsOfFile: dir + "/out.yaml", encoding: .utf8) == "keep me\n")
  }

  /// Item 9: `-o` onto the input, onto a FIFO, `-o -`, and a full standard output.
  @Test func outputsNeverReplaceInputsOrSpecialFiles() throws {
    let dir = try temporaryFolder("entente-cli")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let graph =
      "entente: 1\nactors:\n  - {id: AAA, name: First, kind: state}\n  - {id: BBB, name: Second, kind: state}\n"
      + "relations:\n  - {source: AAA, target: BBB, kind: tension, at: 2020}\n"
    try graph.write(toFile: dir + "/g.yaml", atomically: true, encoding: .utf8)
    let same = try CLIRun(["export", "g.yaml", "--format", "json", "-o", "./g.yaml"], in: dir)
    #expect(same.status == 1)
    #expect(same.stderr.contains("is the input file"))
    #expect(try String(contentsOfFile: dir + "/g.yaml", encoding: .utf8) == graph)

    #expect(mkfifo(dir + "/pipe", 0o644) == 0)
    let fifo = try CLIRun(["snapshot", "g.yaml", "--at", "2020", "-o", "pipe"], in: dir)
    #expect(fifo.status == 1)
    #expect(fifo.stderr.contains("is a FIFO"))

    let dash = try CLIRun(["snapshot", "g.yaml", "--at", "2020", "-o", "-"], in: dir)
    #expect(dash.status == 0)
    #expect(dash.stdout.contains("AAA"))
    #expect(!FileManager.default.fileExists(atPath: dir + "/-"))

    let p = Process()
    p.executableURL = CLIRun.binary
    p.arguments = ["snapshot", "g.yaml", "--at", "2020"]
    p.currentDirectoryURL = URL(fileURLWithPath: dir)
    p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 1)
  }
}
