import EntenteTestSupport
import Foundation
import Testing

/// `entente analyze --betweenness approximate`: the output says the values are sampled and with what
/// guarantee, repeats byte for byte, and bad parameters are usage errors.
@Suite(.tags(.slow)) struct ApproximateBetweennessCLITests {
  static let arguments = [
    "analyze", "Tests/EntenteAnalysisTests/Fixtures/actors_n1000.tsv", "--measures", "betweenness,degree",
    "--betweenness", "approximate", "--epsilon", "0.05", "--delta", "0.2", "--seed", "7",
  ]

  @Test func theTableSaysTheValuesAreSampledAndRepeatsExactly() throws {
    let first = try CLIRun(Self.arguments)
    let second = try CLIRun(Self.arguments)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(
      first.stdout.contains(
        "Approximate: betweenness sampled (Riondato-Kornaropoulos, seed 7): every value within 0.05 of the exact one "
          + "with probability at least 0.8 (epsilon 0.05, delta 0.2)\n"))
    #expect(first.stdout == second.stdout)
  }

  @Test func csvKeepsItsColumnsAndSaysSoOnStandardError() throws {
    let r = try CLIRun(Self.arguments + ["--format", "csv"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("actor,betweenness,degree\n"))
    #expect(r.stderr.hasPrefix("entente: Approximate: betweenness sampled"))
  }

  @Test func exactIsTheDefaultBelowTheAutomaticLimit() throws {
    let r = try CLIRun(["analyze", "Tests/EntenteAnalysisTests/Fixtures/signed-small.tsv", "--measures", "betweenness"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!r.stdout.contains("Approximate"))
  }

  @Test func parametersOutOfRangeAreUsageErrors() throws {
    let r = try CLIRun([
      "analyze", "Tests/EntenteAnalysisTests/Fixtures/signed-small.tsv", "--betweenness", "approximate", "--delta", "0",
    ])
    #expect(r.status == 64)
    #expect(r.stderr.contains("delta 0.0 is out of range; give a number between 0 and 1, e.g. 0.1"))
  }
}
