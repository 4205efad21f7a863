import Entente

/// Names that break naive DOT, SVG, HTML or YAML writers, one per character class:
/// quotes, backslashes, line breaks, markup, entities, DOT keywords, CDATA ends,
/// non-Latin scripts and emoji.
package enum HostileNames {
  /// Every hostile name, in a fixed order (golden files depend on it).
  package static let all = [
    "Quote \"inside\"", "Back\\slash", "Two\nlines", "<script>alert(1)</script>", "</svg>", "AT&T", "&amp; literal",
    "node", "edge", "subgraph", "strict", "2016x", "\\N escape", "a]]>b", "dash -- dash", "{braces} [brackets]; semi",
    "Ünïcödé Ереван 🇦🇲", "'apostrophe'",
  ]

  /// A graph of actors named by ``all`` (ids `H0`, `H1`, ...), each tied to the next by a
  /// 2020 event whose note is the first actor's name.
  ///
  /// - Throws: when the standard vocabulary cannot be loaded.
  package static func graph() throws -> ActorGraph {
    var g = ActorGraph(vocabulary: try .standard())
    for (i, n) in all.enumerated() {
      try g.add(Actor(id: ActorID("H\(i)"), name: n, kind: i % 3 == 0 ? .organization : .state))
    }
    for i in 0..<(all.count - 1) {
      try g.add(
        Relation(
          source: ActorID("H\(i)"), target: ActorID("H\(i + 1)"), kind: i % 2 == 0 ? "tension" : "support",
          time: .event(try EntenteDate(parsing: "2020")), note: all[i]))
    }
    return g
  }
}
