/// Actors with positive ties to both sides of a hostile pair.
///
/// In a ++− triangle the actor opposite the negative edge is a *pivot*: it
/// cooperates with two parties that are hostile to each other. The seed documents
/// call Russia's policy of arming both Armenia and Azerbaijan "pivotal
/// deterrence"; in the seed graph Russia is the pivot of the Armenia–Azerbaijan pair
/// in 2016 and 2020, and no one is by 2024.
public struct Pivot: Sendable, Hashable, Comparable {
  /// The pivot node.
  public let pivot: Int
  /// The hostile pair, smaller node first.
  public let sides: [Int]

  /// Pivots of a signed graph, ordered by pivot then pair.
  ///
  /// - Complexity: O(*E*·*d*).
  public static func all(in g: SignedGraph) -> [Pivot] {
    var out: [Pivot] = []
    Balance.forEachTriangle(g) { u, v, w, suv, svw, suw in
      guard [suv, svw, suw].filter({ $0 < 0 }).count == 1 else { return }
      if suv < 0 { out.append(Pivot(pivot: w, sides: [u, v])) }
      if svw < 0 { out.append(Pivot(pivot: u, sides: [v, w])) }
      if suw < 0 { out.append(Pivot(pivot: v, sides: [u, w])) }
    }
    return out.sorted()
  }

  /// Orders pivots by pivot node, then by the hostile pair.
  public static func < (l: Pivot, r: Pivot) -> Bool {
    (l.pivot, l.sides[0], l.sides[1]) < (r.pivot, r.sides[0], r.sides[1])
  }
}
