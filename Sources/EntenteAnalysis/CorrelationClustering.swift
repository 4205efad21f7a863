/// More than two camps: the partition of the actors into *k* camps that breaks fewest signed
/// ties (a positive tie across camps, a negative one within), correlation clustering.
///
/// Two camps cannot hold three mutually hostile blocs; when the two-camp optimum leaves
/// actors undetermined, more camps may say where they belong. Each *k* from 2 to `maxK` is
/// solved by local search (single-actor moves to the camp that breaks fewest of its ties,
/// until none helps) from the two-camp partition and from eight seeded random starts; a
/// larger *k* is kept only while it breaks at least one tie fewer than the previous. The
/// result is an upper bound for each *k* (the two-camp figure is the exact frustration).
///
///     let k = CorrelationClustering.best(g, twoCamps: frustration.camps)
///     k.count   // the number of camps chosen
public enum CorrelationClustering {
  /// A partition into camps.
  public struct Partition: Sendable, Equatable {
    /// The number of camps.
    public let count: Int
    /// The camp of each node (−1 for an isolated node), camps numbered by their smallest node.
    public let camps: [Int]
    /// The ties it breaks.
    public let broken: Int
    /// The ties the best partition found breaks for each *k*, from 2.
    public let brokenByCount: [Int]
  }

  /// The partition with the number of camps the frustration gain chooses.
  ///
  /// - Parameters:
  ///   - g: the signed graph.
  ///   - twoCamps: the two-camp partition (0 or 1 per node) to start from.
  ///   - maxK: the most camps tried.
  /// - Returns: the chosen partition.
  /// - Complexity: O(*k*·*r*·*E*) per start for *r* rounds of moves.
  public static func best(_ g: SignedGraph, twoCamps: [Int], maxK: Int = 4) -> Partition {
    let n = g.nodeCount
    func cost(_ c: [Int]) -> Int {
      var f = 0
      for u in 0..<n {
        for (v, s) in g.neighbors(of: u) where v > u && ((c[u] == c[v]) != (s > 0)) { f += 1 }
      }
      return f
    }
    func improve(_ c: inout [Int], _ k: Int) {
      var moved = true
      var rounds = 0
      while moved && rounds < 100 {
        moved = false
        rounds += 1
        for u in 0..<n where g.degree(of: u) > 0 {
          var broken = [Int](repeating: 0, count: k)
          for (v, s) in g.neighbors(of: u) {
            for x in 0..<k where (c[v] == x) != (s > 0) { broken[x] += 1 }
          }
          var bestCamp = c[u]
          for x in 0..<k where broken[x] < broken[bestCamp] { bestCamp = x }
          if bestCamp != c[u] {
            c[u] = bestCamp
            moved = true
          }
        }
      }
    }
    let base = (0..<n).map { twoCamps.indices.contains($0) ? twoCamps[$0] : 0 }
    var results: [(camps: [Int], broken: Int)] = [(base, cost(base))]
    var rng = SplitMix64(seed: 0xC0FF_EE00_CA4B)
    if maxK >= 3 {
      for k in 3...maxK {
        var starts = [results[results.count - 1].camps]
        for _ in 0..<8 { starts.append((0..<n).map { _ in Int(rng.next() % UInt64(k)) }) }
        var best = results[results.count - 1]
        for var c in starts {
          improve(&c, k)
          let f = cost(c)
          if f < best.broken { best = (c, f) }
        }
        results.append(best)
      }
    }
    var chosen = 0
    while chosen + 1 < results.count && results[chosen + 1].broken < results[chosen].broken { chosen += 1 }
    // Number camps by their smallest node; isolated nodes in none.
    var label: [Int: Int] = [:]
    let camps = (0..<n).map { u -> Int in
      guard g.degree(of: u) > 0 else { return -1 }
      let c = results[chosen].camps[u]
      if let l = label[c] { return l }
      label[c] = label.count
      return label.count - 1
    }
    return Partition(
      count: label.count, camps: camps, broken: results[chosen].broken, brokenByCount: results.map(\.broken))
  }
}
