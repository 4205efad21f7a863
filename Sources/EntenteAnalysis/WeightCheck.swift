import Entente

/// Edge-list rows of weight 0 refused before analysis, as graph files refuse them.
///
/// A weight-0 row is an arc that costs nothing to cross: weighted shortest paths through
/// it tie with paths that skip it, and NetworkX counts those ties in a way the
/// projection (parallel rows summed) cannot reproduce. A relation that weighs nothing is
/// better left out of the file.
public enum WeightCheck {
  /// Fails at the first row of weight 0.
  ///
  /// - Parameters:
  ///   - list: the edge list.
  ///   - path: its file, for the message.
  /// - Throws: `EntenteError.invalidEdgeList` naming the line (the header is line 1) and the row's actors.
  /// - Complexity: O(*E*).
  public static func refuseZeroWeights(_ list: EdgeList, path: String) throws(EntenteError) {
    guard let row = list.weights.firstIndex(of: 0) else { return }
    throw EntenteError(
      .invalidEdgeList,
      "weight 0 on the row \(list.actors[Int(list.sources[row])]) -> \(list.actors[Int(list.targets[row])]); "
        + "weights must be nonzero (leave a relation that weighs nothing out of the file)",
      at: SourceLocation(file: path, line: row + 2, column: 1))
  }
}
