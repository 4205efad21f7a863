extension ActorGraph {
  /// Checks a relation against the graph's actors, kinds and documents.
  func check(_ r: Relation) throws(EntenteError) {
    for (field, id) in [("source", r.source), ("target", r.target)] where actor(id) == nil {
      throw EntenteError(.unknownActor, "unknown actor '\(id)'" + suggestion(for: id)).about(field)
    }
    guard let kind = vocabulary[r.kind] else {
      let near = NearestNames.nearest(to: r.kind, among: vocabulary.ids)
      throw EntenteError(
        .unknownKind,
        "unknown relation kind '\(r.kind)'; "
          + (near.isEmpty ? "" : "did you mean \(near.joined(separator: " or "))? ")
          + "known kinds: \(vocabulary.ids.joined(separator: ", ")), or define it under 'kinds:'"
      ).about("kind")
    }
    guard r.source != r.target else {
      throw EntenteError(.invalidValue, "a relation of '\(r.source)' with itself; source and target must differ").about(
        "target")
    }
    if !kind.targetKinds.isEmpty, let target = actor(r.target), !kind.targetKinds.contains(target.kind) {
      let wanted = kind.targetKinds.map(\.rawValue).joined(separator: " or ")
      var message =
        "\(kind.id) runs from \(kind.id == "membership" ? "member" : "source") to \(wanted), but "
        + "target '\(r.target)' is a \(target.kind.rawValue)"
      if let source = actor(r.source), kind.targetKinds.contains(source.kind) {
        message += "; swap source and target (source: \(r.target), target: \(r.source))"
      }
      throw EntenteError(.directionMismatch, message).about("target")
    }
    if case .interval(let since, let until?) = r.time, until.startDay <= since.startDay {
      throw EntenteError(
        .invalidInterval,
        "'until: \(until)' is not after 'since: \(since)'; an interval holds from the start of since up to the start of until, so until must come later"
      ).about("time")
    }
    guard r.weight > 0, r.weight.isFinite else {
      throw EntenteError(
        .invalidValue, "weight \(r.weight) is not a positive number; write a weight above 0 (1 is the default)"
      ).about("weight")
    }
    guard (0...1).contains(r.confidence) else {
      throw EntenteError(.invalidValue, "confidence \(r.confidence) is outside 0...1; write a confidence from 0 to 1")
        .about("confidence")
    }
    if let note = r.note { try Self.checkText(note, "note") }
    for (i, p) in r.evidence.enumerated() {
      guard document(p.document) != nil else {
        let near = NearestNames.nearest(to: p.document, among: documents.map(\.id))
        throw EntenteError(
          .unknownDocument,
          "evidence cites unknown document '\(p.document)'; "
            + (near.isEmpty ? "list it under 'documents:'" : "did you mean \(near.joined(separator: " or "))?")
        ).about("evidence.\(i)")
      }
    }
  }

  /// "; did you mean X?" for an unknown actor id, from ids and names.
  func suggestion(for id: ActorID) -> String {
    let byName = actors.filter {
      $0.name.caseInsensitiveEquals(id.rawValue) || $0.aliases.contains { $0.caseInsensitiveEquals(id.rawValue) }
        || $0.abbreviations.contains(id.rawValue)
    }.map(\.id.rawValue)
    let near =
      byName
      + NearestNames.nearest(to: id.rawValue, among: actors.map(\.id.rawValue)).filter {
        !byName.contains($0)
      }
    return near.isEmpty
      ? "; define it under 'actors:' (ISO alpha-3 for states, upper-case names for organizations)"
      : "; did you mean \(near.prefix(3).joined(separator: " or "))?"
  }

  /// Verifies the graph's internal consistency; for tests and debug builds.
  ///
  /// - Returns: the problems found; empty when the graph is consistent.
  func invariantViolations() -> [String] {
    var problems: [String] = []
    if Set(actors.map(\.id)).count != actors.count { problems.append("duplicate actor ids") }
    if Set(documents.map(\.id)).count != documents.count { problems.append("duplicate document ids") }
    for (i, r) in relations.enumerated() {
      do { try check(r) } catch { problems.append("relation \(i): \(error.message)") }
    }
    return problems
  }
}

extension String {
  func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}

extension ActorGraph {
  /// Refuses text a graph file could not hold: more than `SourceText.maximumScalar` bytes,
  /// so every graph that passes `add` can be written and read back (issue #14, item 11).
  ///
  /// - Parameters:
  ///   - text: the value.
  ///   - field: the field's name, for the message.
  /// - Throws: `EntenteError` `.invalidValue` naming the field and the limit.
  static func checkText(_ text: String, _ field: String) throws(EntenteError) {
    guard text.utf8.count <= SourceText.maximumScalar else {
      throw EntenteError(
        .invalidValue,
        "'\(field)' is \(text.utf8.count) bytes long; values are at most \(SourceText.maximumScalar) bytes"
      )
      .about(field)
    }
  }

  /// Refuses an actor a graph file could not hold: an empty name, or a name, alias or note
  /// over `SourceText.maximumScalar` bytes.
  ///
  /// - Parameter actor: the actor to add.
  /// - Throws: `EntenteError` `.invalidValue` naming the field.
  func checkText(of actor: Actor) throws(EntenteError) {
    guard !actor.name.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw EntenteError(.invalidValue, "actor '\(actor.id)' has an empty name; give it a name").about("name")
    }
    try Self.checkText(actor.name, "name")
    for a in actor.aliases {
      guard !a.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw EntenteError(.invalidValue, "actor '\(actor.id)' has an empty alias; remove it").about("aliases")
      }
      try Self.checkText(a, "aliases")
    }
    if let note = actor.note { try Self.checkText(note, "note") }
  }
}
