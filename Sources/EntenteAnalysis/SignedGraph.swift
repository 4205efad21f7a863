import Entente
import Foundation

/// An undirected simple signed graph: each pair of actors is friendly (+1), hostile (−1) or unrelated.
///
/// From a snapshot (through its `GraphIndex`), a pair's sign is the sign of the
/// summed signed weights of all its relations, in either direction (a pair whose
/// sum is 0 is unrelated); this is the Heider / Cartwright–Harary projection that
/// `../shared/bench/balance.py` uses. Nodes keep the index's order, isolated ones too.
public struct SignedGraph: Sendable, Equatable {
  /// Node names, by node.
  public let names: [String]
  /// Adjacency offsets (`nodeCount + 1`); each edge appears at both ends.
  package let offsets: [Int]
  /// Neighbour per arc, sorted within each node.
  package let neighbors: [Int32]
  /// Sign per arc, +1 or −1.
  package let signs: [Int8]

  /// The number of nodes.
  public var nodeCount: Int { names.count }
  /// The number of edges.
  public var edgeCount: Int { neighbors.count / 2 }

  /// The neighbours of `node`, as (neighbour, sign) pairs sorted by neighbour.
  public func neighbors(of node: Int) -> some Sequence<(neighbor: Int, sign: Int)> {
    (offsets[node]..<offsets[node + 1]).lazy.map { (Int(neighbors[$0]), Int(signs[$0])) }
  }

  /// The number of neighbours of `node`, friendly or hostile.
  public func degree(of node: Int) -> Int { offsets[node + 1] - offsets[node] }

  /// How close to zero, relative to the total |weight| of a pair's relations, a summed
  /// signed weight counts as zero (0.1 + 0.2 against 0.3 is a tie, not friendship).
  public static let relativeTolerance = 1e-9

  /// Builds the graph from signed pairs; repeated pairs add up, a sum within
  /// `relativeTolerance` of the pair's total |weight| of zero drops the pair.
  ///
  /// - Complexity: O(*V* + *E* log *E*).
  package init(names: [String], pairs: [(Int32, Int32, Double)]) {
    var net: [Int64: (sum: Double, size: Double)] = [:]
    for (a, b, x) in pairs where a != b {
      let (u, v) = a < b ? (a, b) : (b, a)
      net[Int64(u) << 32 | Int64(v), default: (0, 0)].sum += x
      net[Int64(u) << 32 | Int64(v), default: (0, 0)].size += abs(x)
    }
    var arcs: [(Int32, Int32, Int8)] = []
    arcs.reserveCapacity(2 * net.count)
    for (key, (x, size)) in net where abs(x) > SignedGraph.relativeTolerance * size {
      let u = Int32(key >> 32)
      let v = Int32(key & 0xFFFF_FFFF)
      let s: Int8 = x > 0 ? 1 : -1
      arcs.append((u, v, s))
      arcs.append((v, u, s))
    }
    arcs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    var offsets = [Int](repeating: 0, count: names.count + 1)
    for a in arcs { offsets[Int(a.0) + 1] += 1 }
    for i in 0..<names.count { offsets[i + 1] += offsets[i] }
    self.names = names
    self.offsets = offsets
    self.neighbors = arcs.map(\.1)
    self.signs = arcs.map(\.2)
  }

  /// The signed projection of an index (all kinds, or those `keep` passes).
  public init(_ index: GraphIndex, keep: (String) -> Bool = { _ in true }) {
    let keepKind = index.kindNames.map(keep)
    var pairs: [(Int32, Int32, Double)] = []
    for e in 0..<index.edgeCount where keepKind[Int(index.edgeKinds[e])] {
      pairs.append((index.edgeSources[e], index.edgeTargets[e], Double(index.edgeSigns[e]) * abs(index.edgeWeights[e])))
    }
    self.init(names: index.names, pairs: pairs)
  }

  /// Reads a `source target sign` TSV (the layout of `../shared/data/signed-cow`), with an
  /// optional node list (a header line, then one actor per line) for isolated actors.
  ///
  /// - Throws: `EntenteError` `.invalidEdgeList` naming the line of a bad row.
  package static func read(edges path: String, nodes nodesPath: String? = nil) throws(EntenteError) -> SignedGraph {
    func lines(_ p: String) throws(EntenteError) -> [Substring] {
      guard let data = FileManager.default.contents(atPath: p), let text = String(data: data, encoding: .utf8) else {
        throw EntenteError(.fileUnreadable, "cannot read '\(p)' as UTF-8 text")
      }
      return text.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.hasSuffix("\r") ? $0.dropLast() : $0
      }
    }
    var names: [String] = []
    var ids: [String: Int32] = [:]
    func id(_ s: Substring) -> Int32 {
      if let i = ids[String(s)] { return i }
      ids[String(s)] = Int32(names.count)
      names.append(String(s))
      return Int32(names.count - 1)
    }
    if let nodesPath { for l in try lines(nodesPath).dropFirst() where !l.isEmpty { _ = id(l) } }
    var pairs: [(Int32, Int32, Double)] = []
    for (i, l) in try lines(path).enumerated().dropFirst() where !l.isEmpty {
      let f = l.split(separator: "\t", omittingEmptySubsequences: false)
      guard f.count == 3, !f[0].isEmpty, !f[1].isEmpty, let s = Int(f[2]), s == 1 || s == -1 else {
        throw EntenteError(
          .invalidEdgeList, "expected 'source<TAB>target<TAB>sign' with sign 1 or -1",
          at: SourceLocation(file: path, line: i + 1, column: 1))
      }
      pairs.append((id(f[0]), id(f[1]), Double(s)))
    }
    return SignedGraph(names: names, pairs: pairs)
  }

  /// The sign between two nodes: +1, −1, or 0 when unrelated.
  ///
  /// - Complexity: O(log *d*).
  public func sign(_ u: Int, _ v: Int) -> Int {
    var lo = offsets[u]
    var hi = offsets[u + 1]
    let t = Int32(v)
    while lo < hi {
      let mid = (lo + hi) / 2
      if neighbors[mid] < t { lo = mid + 1 } else { hi = mid }
    }
    return lo < offsets[u + 1] && neighbors[lo] == t ? Int(signs[lo]) : 0
  }
}
