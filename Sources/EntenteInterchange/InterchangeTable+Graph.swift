import Entente

extension InterchangeTable {
  /// The table as a validated graph.
  ///
  /// Node ids that are not Entente ids are made into
  /// ones (upper-cased, other characters as `_`, the original kept as an alias); edges
  /// without a kind take `defaultKind`, without a time `defaultDate`; evidence citations
  /// go into the note (the documents they cite are not part of these formats). An actor
  /// that only edges name takes its name and kind from the actor catalogue when its id is
  /// a catalogue id, else it is a state named by its id.
  ///
  /// - Throws: `EntenteError` naming the edge that lacks a kind or a time, or has an
  ///   unknown kind or a bad date.
  public func graph(defaultKind: String? = nil, defaultDate: EntenteDate? = nil) throws(EntenteError) -> ActorGraph {
    var g = ActorGraph(vocabulary: try RelationVocabulary.standard())
    var ids: [String: ActorID] = [:]
    var taken: Set<ActorID> = []  // every id handed out, so a new one is checked in O(1)
    func actorID(_ raw: String) -> ActorID {
      if let id = ids[raw] { return id }
      var s = String(
        raw.uppercased().unicodeScalars.map { c -> Character in
          (c.value >= 65 && c.value <= 90) || (c.value >= 48 && c.value <= 57) || c == "_" || c == "-"
            ? Character(c) : "_"
        })
      if s.isEmpty || !(s.first?.isLetter ?? false) { s = "N" + s }
      var id = ActorID(String(s.prefix(64)))
      var n = 2
      while taken.contains(id) {
        id = ActorID(String(s.prefix(60)) + "_\(n)")
        n += 1
      }
      ids[raw] = id
      taken.insert(id)
      return id
    }
    var seen = Set<ActorID>()
    func add(_ raw: String, name: String, kind: String) throws(EntenteError) {
      let id = actorID(raw)
      guard seen.insert(id).inserted else { return }
      let k: Actor.Kind
      if kind.isEmpty {
        k = .state
      } else if let known = Actor.Kind(rawValue: kind) {
        k = known
      } else {
        throw EntenteError(
          .invalidValue,
          "node '\(raw.prefix(40))' has kind '\(kind.prefix(40))'; valid kinds: "
            + Actor.Kind.allCases.map(\.rawValue).joined(separator: ", "))
      }
      let shown = name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? raw : name
      do {
        try g.add(Actor(id: id, name: shown, kind: k, aliases: id.rawValue == raw ? [] : [raw]))
      } catch {
        throw EntenteError(error.code, "node '\(raw.prefix(40))': \(error.message)")
      }
    }
    for (i, n) in nodes.enumerated() {
      guard !n.id.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
        throw EntenteError(.missingField, "node \(i + 1) has no id; give every node an id")
      }
      try add(n.id, name: n.name, kind: n.kind)
    }
    // Actors that only edges name: the catalogue's name and kind when the id is a catalogue id
    // (an edge list "MLI,ECOWAS,membership" needs no nodes file), else a state named by its id.
    var catalogue: ActorCatalogue?
    var catalogueRead = false
    func addEdgeEnd(_ raw: String) throws(EntenteError) {
      guard !seen.contains(actorID(raw)) else { return }
      if !catalogueRead {
        catalogueRead = true
        catalogue = try? ActorCatalogue.standard()
      }
      let known = ActorID(raw).isWellFormed ? catalogue?.actor(ActorID(raw)) : nil
      try add(raw, name: known?.name ?? raw, kind: known?.kind.rawValue ?? "state")
    }
    for (i, e) in edges.enumerated() {
      for (end, raw) in [("source", e.source), ("target", e.target)]
      where raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        throw EntenteError(.missingField, "edge \(i + 1) has no \(end); give every edge a source and a target")
      }
      try addEdgeEnd(e.source)
      try addEdgeEnd(e.target)
      let kind = e.kind.isEmpty ? defaultKind : e.kind
      guard let kind else {
        throw EntenteError(
          .missingField, "edge \(i + 1) (\(e.source) -> \(e.target)) has no kind; give one with --kind")
      }
      var dated: RelationTime? = defaultDate.map { .event($0) }
      do throws(EntenteError) {
        if let at = e.at {
          dated = .event(try EntenteDate(parsing: at))
        } else if let since = e.since {
          dated = .interval(
            since: try EntenteDate(parsing: since),
            until: try e.until.map { (u) throws(EntenteError) in try EntenteDate(parsing: u) })
        }
      } catch {
        throw EntenteError(error.code, "edge \(i + 1) (\(e.source) -> \(e.target)): \(error.message)")
      }
      guard let time = dated else {
        throw EntenteError(
          .missingField,
          "edge \(i + 1) (\(e.source) -> \(e.target)) has no date: looked for "
            + InterchangeTable.Edge.timeColumns.joined(separator: ", ")
            + " (columns of CSV, attributes of GraphML and JSON, or a GEXF spell) and found none set; "
            + "add one of them, or give every edge a date with --at")
      }
      var note = e.note
      if !e.evidence.isEmpty { note = (note.map { $0 + "; " } ?? "") + "sources: " + e.evidence }
      let r = Relation(
        source: actorID(e.source), target: actorID(e.target), kind: kind, time: time,
        phase: Phase(rawValue: e.phase) ?? .holds, weight: e.weight, confidence: e.confidence, note: note)
      do { try g.add(r) } catch {
        throw EntenteError(error.code, "edge \(i + 1) (\(e.source) -> \(e.target)): \(error.message)")
      }
    }
    return g
  }
}
