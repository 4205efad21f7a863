import EntenteTestSupport
import Foundation
import Testing

/// The hostile-input corpus of issue #14, in `Tests/Hostile` and listed in `cases.tsv`.
///
/// The reproductions of the attack on the release and the variants that held. Each file is run
/// through its command from `Tests/Hostile`; the exit status must be the one listed, and
/// the output (standard output on success, standard error on failure) must be exactly
/// `FILE.out`. A failure is always a located `file:line:column: error:` message or names
/// the file; no case may trap (exit 132/133/134) or hang.
///
/// After a deliberate change of a message, rerun with `RECORD_HOSTILE=1` and review the diff.
@Suite(.tags(.slow)) struct HostileCorpusTests {
  struct Case: Sendable, CustomStringConvertible {
    let file: String
    let arguments: [String]
    let status: Int32
    var description: String { file }
  }

  static let folder = Repo.path("Tests/Hostile")

  static let cases: [Case] = {
    guard let text = try? String(contentsOfFile: folder + "/cases.tsv", encoding: .utf8) else { return [] }
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count == 3, let status = Int32(f[2]) else { return nil }
      let arguments = f[1].split(separator: " ").map { $0 == "{f}" ? f[0] : String($0) }
      return Case(file: f[0], arguments: arguments, status: status)
    }
  }()

  @Test func theCorpusHasAtLeastAHundredCases() {
    #expect(Self.cases.count >= 100)
  }

  @Test(arguments: cases)
  func eachCaseEndsAsRecorded(c: Case) throws {
    let r = try CLIRun(c.arguments, in: Self.folder)
    #expect(r.status == c.status, "\(c.file): exit \(r.status)\n\(r.stderr)")
    let output = c.status == 0 ? r.stdout : r.stderr
    let expected = Self.folder + "/" + c.file + ".out"
    if ProcessInfo.processInfo.environment["RECORD_HOSTILE"] == "1" {
      try output.write(toFile: expected, atomically: true, encoding: .utf8)
      return
    }
    #expect(output == (try String(contentsOfFile: expected, encoding: .utf8)), "\(c.file)")
    if c.status != 0 {
      #expect(r.stderr.hasPrefix("entente: "), "\(c.file): \(r.stderr)")
      #expect(!r.stderr.contains("TOPSECRET") && !r.stderr.contains("root:x:0"))
    }
  }
}
