extension ActorGraph {
  /// What a graph holds, counted: documents, actors by kind, relations by kind and time, the years covered.
  ///
  ///     let stats = ActorGraph.Statistics(graph)
  ///     print(stats.report(title: "graphs/seeds.yaml"), terminator: "")
  public struct Statistics: Sendable, Equatable {
    /// The number of documents.
    public var documents: Int
    /// The number of actors.
    public var actors: Int
    /// The number of relations.
    public var relations: Int
    /// Actors of each kind that has any.
    public var actorsByKind: [Actor.Kind: Int]
    /// Relations of each kind that has any, by kind id.
    public var relationsByKind: [String: Int]
    /// The graph's kind ids in vocabulary order, the order reports list them in.
    public var kindOrder: [String]
    /// Relations dated by one event.
    public var events: Int
    /// Relations that hold over an interval.
    public var intervals: Int
    /// The first and last year any relation names (an interval's start and end), when there are relations.
    public var years: ClosedRange<Int>?
    /// Relations that cite at least one document.
    public var cited: Int

    /// Counts a graph.
    ///
    /// - Complexity: O(*n*) in the size of the graph.
    public init(_ graph: ActorGraph) {
      documents = graph.documents.count
      actors = graph.actors.count
      relations = graph.relations.count
      actorsByKind = graph.actors.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
      relationsByKind = graph.relations.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
      kindOrder = graph.vocabulary.ids
      var events = 0
      var lo = Int.max
      var hi = Int.min
      for r in graph.relations {
        let ys: [Int]
        switch r.time {
        case .event(let d):
          events += 1
          ys = [d.year]
        case .interval(let s, let u): ys = [s.year] + (u.map { [$0.year] } ?? [])
        }
        for y in ys {
          lo = min(lo, y)
          hi = max(hi, y)
        }
      }
      self.events = events
      intervals = relations - events
      years = lo <= hi ? lo...hi : nil
      cited = graph.relations.filter { !$0.evidence.isEmpty }.count
    }

    /// The report `entente stats` prints: one line each for the totals, actors, relations, time, years and
    /// evidence, each ending in a newline; `title` names the graph (usually its path).
    public func report(title: String) -> String {
      var out = "\(title): \(documents) documents, \(actors) actors, \(relations) relations\n"
      out +=
        "actors: "
        + Actor.Kind.allCases.compactMap { k in actorsByKind[k].map { "\($0) \(k.rawValue)" } }
        .joined(separator: ", ") + "\n"
      out +=
        "relations: "
        + kindOrder.compactMap { k in relationsByKind[k].map { "\($0) \(k)" } }
        .joined(separator: ", ") + "\n"
      out += "time: \(events) events, \(intervals) intervals\n"
      if let years { out += "years: \(years.lowerBound) to \(years.upperBound)\n" }
      out += "evidence: \(cited) relations cite documents, \(relations - cited) are background facts\n"
      return out
    }
  }
}

extension Snapshot {
  /// A snapshot counted: its actors and edges, and how many edges are positive or negative.
  public struct Statistics: Sendable, Equatable {
    /// The snapshot's date.
    public var date: EntenteDate
    /// The number of actors present.
    public var actors: Int
    /// The number of edges.
    public var edges: Int
    /// Edges with a negative sign; the rest are positive.
    public var negative: Int

    /// Counts a snapshot.
    ///
    /// - Complexity: O(*E*).
    public init(_ snapshot: Snapshot) {
      date = snapshot.date
      actors = snapshot.actors.count
      edges = snapshot.edges.count
      negative = snapshot.edges.filter { $0.sign < 0 }.count
    }

    /// `snapshot DATE: A actors, E edges (P positive, N negative)` and a newline.
    public var report: String {
      "snapshot \(date): \(actors) actors, \(edges) edges (\(edges - negative) positive, \(negative) negative)\n"
    }
  }
}

extension EdgeList {
  /// An edge list counted: its rows, actors and kinds, and the arcs of its index.
  public struct Statistics: Sendable, Equatable {
    /// The number of rows.
    public var rows: Int
    /// The number of distinct actors.
    public var actors: Int
    /// The kinds, in order of first appearance.
    public var kinds: [String]
    /// The index's nodes, edges and out-arcs.
    public var nodes: Int, edges: Int, arcs: Int

    /// Counts an edge list and the index built from it.
    ///
    /// - Complexity: O(*V* + *E*) (building the index).
    public init(_ list: EdgeList) {
      let index = GraphIndex(list)
      rows = list.count
      actors = list.actors.count
      kinds = list.kindNames
      nodes = index.nodeCount
      edges = index.edgeCount
      arcs = index.outOffsets.last ?? 0
    }

    /// The two lines `entente stats` prints for an edge list; `title` names it.
    public func report(title: String) -> String {
      "\(title): \(rows) rows, \(actors) actors, \(kinds.count) kinds (\(kinds.joined(separator: ", ")))\n"
        + "index: \(nodes) nodes, \(edges) edges, \(arcs) arcs\n"
    }
  }
}
