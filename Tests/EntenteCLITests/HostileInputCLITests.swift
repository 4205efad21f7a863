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
}
