import Entente

/// The relations an influence measure runs on: every kept relation, the cooperative ones
/// (positive sign), or the conflictual ones (negative sign).
///
/// Attacks, sanctions and tension are not influence: an actor many others are in
/// conflict with is *exposed*, not central. So PageRank, eigenvector, betweenness,
/// closeness, harmonic, degree and strength are computed per layer, and a report reads
/// the cooperative layer as **influence** and the conflict layer as **exposure**. The
/// signed measures (PN index, positive and negative degree, balance, camps) always run
/// on the signed graph, which holds both. A kind list (`--kinds`) narrows every layer.
///
///     let a = SnapshotAnalysis(index: index, measures: [.pagerank], layers: [.cooperative, .conflict])
///     a.values(.pagerank, .conflict)   // exposure
public enum Layer: String, Sendable, CaseIterable {
  /// Every kept relation, whatever its sign (the NetworkX projection of an edge list).
  case all
  /// Relations of a positive-sign kind.
  case cooperative
  /// Relations of a negative-sign kind.
  case conflict

  /// What a centrality on the layer is read as: `influence`, `exposure` or `all relations`.
  public var reading: String {
    switch self {
    case .all: return "all relations"
    case .cooperative: return "influence"
    case .conflict: return "exposure"
    }
  }

  /// Whether an edge of sign `sign` is on the layer.
  public func contains(sign: Int) -> Bool {
    switch self {
    case .all: return true
    case .cooperative: return sign > 0
    case .conflict: return sign < 0
    }
  }

  /// Reads a comma list of layer names (`cooperative,conflict`).
  ///
  /// - Throws: `EntenteError.invalidValue` naming an unknown layer and the known ones.
  public static func list(parsing text: String) throws(EntenteError) -> [Layer] {
    var out: [Layer] = []
    for name in text.split(separator: ",") {
      guard let layer = Layer(rawValue: String(name)) else {
        throw EntenteError(
          .invalidValue, "unknown layer '\(name)'; layers: \(Layer.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      if !out.contains(layer) { out.append(layer) }
    }
    guard !out.isEmpty else { throw EntenteError(.invalidValue, "no layer given; layers: all, cooperative, conflict") }
    return out
  }
}
