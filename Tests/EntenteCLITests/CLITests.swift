import Foundation
import Testing

/// Runs the built `entente` binary and checks its standard output, standard error and exit code.
struct CLIRun {
  let stdout: String
  let stderr: String
  let status: Int32

  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static var binary: URL {
    // The test bundle and the products sit in the same build folder.
    let products = Bundle.main.bundleURL
    let candidates = [products.appendingPathComponent("entente"), products.deletingLastPathComponent().appendingPathComponent("entente")]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }

  init(_ arguments: [String]) throws {
    let p = Process()
    p.executableURL = CLIRun.binary
    p.arguments = arguments
    p.currentDirectoryURL = URL(fileURLWithPath: CLIRun.root)
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    stdout = String(decoding: o, as: UTF8.self)
    stderr = String(decoding: e, as: UTF8.self)
    status = p.terminationStatus
  }
}

@Suite struct CLITests {
  @Test func validateAcceptsTheCuratedGraphs() throws {
    let r = try CLIRun(["validate", "graphs/actors.yaml", "graphs/background.yaml", "graphs/seeds.yaml"])
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty)
    #expect(r.stdout.contains("graphs/seeds.yaml: ok (3 documents, 23 actors, 68 relations)"))
  }

  @Test func validateReportsALocatedErrorAndExitsOne() throws {
    let dir = NSTemporaryDirectory() + "entente-cli-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let bad = dir + "/bad.yaml"
    try "entente: 1\nactors:\n  - {id: ARM, name: Armenia, kind: state}\nrelations:\n  - {source: ARM, target: AZR, kind: tension, at: 2020}\n"
      .write(toFile: bad, atomically: true, encoding: .utf8)
    let r = try CLIRun(["validate", bad])
    #expect(r.status == 1)
    #expect(r.stdout.isEmpty)
    #expect(
      r.stderr == """
        entente: \(bad):5:27: error: unknown actor 'AZR'; define it under 'actors:' (ISO alpha-3 for states, upper-case names for organizations)
            - {source: ARM, target: AZR, kind: tension, at: 2020}
                                    ^

        """)
  }

  @Test func snapshotPrintsEachYearAndTheChanges() throws {
    let r = try CLIRun(["snapshot", "graphs/seeds.yaml", "--at", "2016", "--at", "2020", "--at", "2024"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("== 2016: 16 actors, 24 relations (19 cooperative, 5 conflictual)\n"))
    #expect(r.stdout.contains("== 2024: "))
    #expect(r.stdout.contains("Changes from 2016 to 2020: "))
    #expect(r.stdout.contains("  + TUR -> AZE support\n"))
    #expect(r.stdout.contains("  ~ ARM -> CSTO membership: holds -> ends"))
  }

  @Test(arguments: ["json", "yaml", "tsv", "text"])
  func snapshotFormatsAreDeterministicAndWrittenToFiles(format: String) throws {
    let dir = NSTemporaryDirectory() + "entente-cli-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let a = try CLIRun(["snapshot", "graphs/seeds.yaml", "--at", "2020-10", "--format", format, "-o", dir + "/a"])
    let b = try CLIRun(["snapshot", "graphs/seeds.yaml", "--at", "2020-10", "--format", format])
    #expect(a.status == 0 && b.status == 0)
    #expect(try String(contentsOfFile: dir + "/a", encoding: .utf8) == b.stdout)
    if format == "json" {
      let parsed = try JSONSerialization.jsonObject(with: Data(b.stdout.utf8)) as? [[String: Any]]
      #expect((parsed?.first?["relations"] as? [Any])?.isEmpty == false)
    }
  }

  @Test func badArgumentsAreUsageErrors() throws {
    let noDate = try CLIRun(["snapshot", "graphs/seeds.yaml"])
    #expect(noDate.status != 0)
    #expect(noDate.stderr.contains("--at"))
    let badDate = try CLIRun(["snapshot", "graphs/seeds.yaml", "--at", "2021-02-30"])
    #expect(badDate.status != 0)
    #expect(badDate.stderr.contains("day 30 does not exist in 2021-02, which has 28 days"))
    let missing = try CLIRun(["stats", "graphs/none.yaml"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "entente: error: cannot read 'graphs/none.yaml': no such file; check the path and its permissions\n")
  }

  @Test func statsCountsTheCuratedGraph() throws {
    let r = try CLIRun(["stats", "graphs/seeds.yaml", "--at", "2024"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("graphs/seeds.yaml: 3 documents, 23 actors, 68 relations\n"))
    #expect(r.stdout.contains("snapshot 2024: 19 actors, 31 edges (23 positive, 8 negative)\n"))
  }

  @Test func everyCommandHasExamplesInItsHelp() throws {
    for command in ["validate", "snapshot", "stats"] {
      let r = try CLIRun([command, "--help"])
      #expect(r.status == 0)
      #expect(r.stdout.contains("Examples:"), "\(command)")
      #expect(r.stdout.contains("entente \(command) "), "\(command)")
    }
  }
}
