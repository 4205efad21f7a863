import EntenteTestSupport
import Foundation
import Testing

@Suite("CLI: init, sentences, accept, reject, extract --decisions, review")
struct ReviewCLITests {
  @Test("a topic from init through accept and reject to extract --decisions")
  func workflow() throws {
    let dir = try temporaryFolder("entente-review-cli")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(try CLIRun(["init", "topic"], in: dir).status == 0)
    let t = dir + "/topic"
    try "Date: 2024-02-01\n\nFrance delivered howitzers to Armenia in 2023. Russia attacked Ukraine in 2022.\n".write(
      toFile: t + "/docs/a.txt", atomically: true, encoding: .utf8)
    let sentences = try CLIRun(["sentences", "docs/a.txt"], in: t)
    #expect(
      sentences.stdout
        == "0\t18-64\tFrance delivered howitzers to Armenia in 2023.\n1\t65-97\tRussia attacked Ukraine in 2022.\n")
    let reject = try CLIRun(["reject", "graphs/topic.yaml", "docs/a.txt", "1", "RUS", "hostility", "UKR"], in: t)
    #expect(reject.status == 0, "\(reject.stderr)")
    let accept = try CLIRun(
      ["accept", "graphs/topic.yaml", "docs/a.txt", "0", "FRA", "arms_supply", "ARM", "--at", "2022"], in: t)
    #expect(accept.status == 0, "\(accept.stderr)")
    let wrong = try CLIRun(["accept", "graphs/topic.yaml", "docs/a.txt", "1", "FRA", "tension", "RUS"], in: t)
    #expect(wrong.status == 1 && wrong.stderr.contains("candidates there: RUS hostility UKR"))
    let graph = try String(contentsOfFile: t + "/graphs/topic.yaml", encoding: .utf8)
    #expect(graph.contains("include: [actors.yaml]"))
    #expect(
      graph.contains("  - {source: FRA, target: ARM, kind: arms_supply, at: 2022, evidence: [{doc: a, sentence: 0"))
    #expect(try CLIRun(["validate", "graphs/topic.yaml"], in: t).status == 0)
    let extract = try CLIRun(
      [
        "extract", "docs/a.txt", "--graph", "graphs/actors.yaml", "--format", "tsv", "--decisions",
        "graphs/topic.decisions.yaml",
      ], in: t)
    #expect(extract.status == 0)
    #expect(extract.stdout == "document\tsource\tkind\ttarget\tyear\tphase\tconfidence\tsentence\n")
    #expect(extract.stderr.contains("0 pending, 0 accepted, 1 edited, 1 rejected"))
  }

  /// Runs `binary arguments` with only `PATH` in its environment; returns the status and standard error.
  func run(_ binary: String, _ arguments: [String], path: String) throws -> (status: Int32, stderr: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary)
    p.arguments = arguments
    p.environment = ["PATH": path]
    p.currentDirectoryURL = URL(fileURLWithPath: Repo.root)
    let err = Pipe()
    p.standardError = err
    p.standardOutput = Pipe()
    try p.run()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: e, as: UTF8.self))
  }

  @Test("review starts entente-review beside entente, with the same arguments")
  func reviewStartsTheApp() throws {
    let app = CLIRun.binary.deletingLastPathComponent().appendingPathComponent("entente-review").path
    guard FileManager.default.isExecutableFile(atPath: app) else {
      print("SKIPPED: entente-review is not built beside entente (swift build --product entente-review)")
      return
    }
    // A missing document: the app (not entente) reports it, so the arguments reached it.
    let r = try run(
      CLIRun.binary.path, ["review", "graphs/seeds.yaml", "no-such-document.txt", "--date", "2024"],
      path: "/usr/bin:/bin")
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("entente review: "), "\(r.stderr)")
    #expect(r.stderr.contains("no-such-document.txt"), "\(r.stderr)")
  }

  @Test("review without entente-review says how to build it")
  func reviewWithoutTheApp() throws {
    let dir = try temporaryFolder("entente-review-missing")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // A link of its own (a copy across file systems) in a folder without the app; PATH holds no app either.
    let lone = dir + "/entente"
    if link(CLIRun.binary.path, lone) != 0 {
      try FileManager.default.copyItem(atPath: CLIRun.binary.path, toPath: lone)
    }
    let r = try run(lone, ["review", "graphs/seeds.yaml", "x.txt"], path: dir)
    #expect(r.status == 1)
    #expect(r.stderr.contains("entente-review"), "\(r.stderr)")
    #expect(r.stderr.contains("swift build --product entente-review"), "\(r.stderr)")
  }

  @Test("review refuses a port out of range")
  func reviewPort() throws {
    let r = try CLIRun(["review", "graphs/seeds.yaml", "x.txt", "--port", "70000"])
    #expect(r.status == 64)
  }
}
