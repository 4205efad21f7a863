import ArgumentParser
import Entente
import EntenteAnalysis

/// `--betweenness`, `--epsilon`, `--delta`, `--seed`: how `analyze` computes betweenness.
struct BetweennessOptions: ParsableArguments {
  /// The choices of `--betweenness`.
  enum Choice: String, ExpressibleByArgument, CaseIterable {
    case auto, exact, approximate
  }

  @Option(
    help: ArgumentHelp(
      "Betweenness: exact, approximate (sampled, within --epsilon with probability 1 - --delta), or auto.",
      discussion:
        "auto is exact up to \(BetweennessMethod.automaticLimit) actors and approximate above; the output says when values are sampled."
    ))
  var betweenness: Choice = .auto

  @Option(help: "Largest error of a sampled betweenness value, between 0 and 1.")
  var epsilon: Double = 0.01

  @Option(help: "Probability allowed that some sampled value is off by more than --epsilon, between 0 and 1.")
  var delta: Double = 0.1

  @Option(help: "Seed of the sampling; the same seed gives the same values.")
  var seed: UInt64 = 1

  /// The method the options name.
  func method() throws -> BetweennessMethod {
    if betweenness == .exact { return .exact }
    let (epsilon, delta, seed) = (epsilon, delta, seed)
    let p = try checkOption { () throws(EntenteError) in
      try ApproximateBetweenness(epsilon: epsilon, delta: delta, seed: seed)
    }
    return betweenness == .approximate ? .approximate(p) : .automatic(p)
  }
}
