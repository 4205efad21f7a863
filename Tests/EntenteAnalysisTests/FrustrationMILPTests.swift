import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteAnalysis

/// The exact frustration (branch and bound) against scipy's HiGHS MILP.
///
/// Random signed graphs of 25 to 60 actors. Needs Python with scipy (`scripts/check-frustration-milp`
/// installs it from PyPI into a private environment); without it the test says so and passes.
@Suite(.tags(.slow)) struct FrustrationMILPTests {
  /// A random connected-ish signed graph: a spanning path plus random chords, a third negative.
  static func randomGraph(nodes n: Int, chords: Int, seed: UInt64) -> [(Int, Int, Int)] {
    var rng = SplitMix64(seed: seed)
    var seen = Set<Int>()
    var edges: [(Int, Int, Int)] = []
    func add(_ u: Int, _ v: Int) {
      let (a, b) = (min(u, v), max(u, v))
      guard a != b, seen.insert(a * n + b).inserted else { return }
      edges.append((a, b, rng.next() % 3 == 0 ? -1 : 1))
    }
    for i in 1..<n { add(Int(rng.next() % UInt64(i)), i) }
    while edges.count < n - 1 + chords { add(Int(rng.next() % UInt64(n)), Int(rng.next() % UInt64(n))) }
    return edges
  }

  static func signed(_ n: Int, _ edges: [(Int, Int, Int)]) -> SignedGraph {
    SignedGraph(names: (0..<n).map { "N\($0)" }, pairs: edges.map { (Int32($0.0), Int32($0.1), Double($0.2)) })
  }

  @Test func branchAndBoundEqualsTheMILPOptimumOnTenRandomGraphs() throws {
    let sizes = [25, 30, 34, 38, 42, 46, 50, 54, 58, 60]
    let graphs = sizes.enumerated().map { k, n in
      (n, FrustrationMILPTests.randomGraph(nodes: n, chords: n, seed: 0xF00D + UInt64(k)))
    }
    let python = ProcessInfo.processInfo.environment["ENTENTE_PYTHON"] ?? "/usr/bin/env"
    let arguments =
      (python == "/usr/bin/env" ? ["python3"] : []) + [
        Repo.path("Tests/EntenteAnalysisTests/Fixtures/frustration_milp.py")
      ]
    let input =
      "["
      + graphs.map { n, e in
        "{\"nodes\": \(n), \"edges\": [" + e.map { "[\($0.0), \($0.1), \($0.2)]" }.joined(separator: ", ") + "]}"
      }.joined(separator: ", ") + "]"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = arguments
    let (stdin, stdout) = (Pipe(), Pipe())
    process.standardInput = stdin
    process.standardOutput = stdout
    do { try process.run() } catch {
      print("FrustrationMILPTests skipped: cannot run \(python) (\(error)); run scripts/check-frustration-milp")
      return
    }
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if process.terminationStatus == 3 || process.terminationStatus == 127 {
      print("FrustrationMILPTests skipped: Python lacks scipy; run scripts/check-frustration-milp to install it")
      return
    }
    try #require(process.terminationStatus == 0, "the MILP script failed")
    let optima = try #require(try JSONSerialization.jsonObject(with: output) as? [Int])
    #expect(optima.count == graphs.count)
    for ((n, edges), optimum) in zip(graphs, optima) {
      let f = Frustration.of(FrustrationMILPTests.signed(n, edges))
      #expect(f.isExact, "\(n) actors: not solved exactly")
      #expect(f.frustrated == optimum, "\(n) actors: \(f.frustrated), MILP \(optimum)")
      #expect(f.lowerBound == f.frustrated)
    }
  }
}
