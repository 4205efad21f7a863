import Entente
import Foundation

extension InterchangeTable {
  /// The table with what Gephi draws set: each node's colour, size and position, each edge's colour.
  ///
  /// A node takes its actor kind's fill from the graph's styles, deepened eight times
  /// away from white (the diagrams' fills are pale backgrounds for black labels; Gephi
  /// draws bare discs on white), and a size that grows with the square root of its
  /// number of edges in the table. An edge takes its kind's colour, as the diagrams draw it.
  ///
  /// - Parameters:
  ///   - graph: the graph the table came from (its node styles and vocabulary).
  ///   - positions: each node's position in points by node id, such as a comparison's layout.
  /// - Returns: the same table with colours, sizes and the positions given.
  /// - Complexity: O(*V* + *E*).
  public func drawn(graph: ActorGraph, positions: [String: (x: Double, y: Double)] = [:]) -> InterchangeTable {
    var degree: [String: Int] = [:]
    for e in edges {
      degree[e.source, default: 0] += 1
      degree[e.target, default: 0] += 1
    }
    var t = self
    for i in t.nodes.indices {
      let n = t.nodes[i]
      let fill = graph.nodeStyle(for: Actor.Kind(rawValue: n.kind) ?? .state).fill
      t.nodes[i].color = Self.deepened(fill)
      t.nodes[i].size = ((8 + 4 * Double(degree[n.id] ?? 0).squareRoot()) * 10).rounded() / 10
      if let p = positions[n.id] {
        t.nodes[i].x = (p.x * 10).rounded() / 10
        t.nodes[i].y = (p.y * 10).rounded() / 10
      }
    }
    for i in t.edges.indices { t.edges[i].color = graph.vocabulary[t.edges[i].kind]?.style.color }
    return t
  }

  /// A `#rrggbb` colour moved `factor` times further from white, each channel clamped at 0;
  /// nil when `hex` is not `#rrggbb`.
  static func deepened(_ hex: String, factor: Int = 8) -> String? {
    guard let rgb = rgb(hex) else { return nil }
    let c = [rgb.r, rgb.g, rgb.b].map { max(0, 255 - (255 - $0) * factor) }
    return String(format: "#%02x%02x%02x", c[0], c[1], c[2])
  }

  /// The channels of a `#rrggbb` colour, or nil.
  static func rgb(_ hex: String) -> (r: Int, g: Int, b: Int)? {
    guard hex.count == 7, hex.first == "#", let v = Int(hex.dropFirst(), radix: 16) else { return nil }
    return (v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF)
  }
}
