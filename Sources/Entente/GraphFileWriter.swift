/// Writes an `ActorGraph` as a graph file, deterministically.
///
/// The output is the canonical form of the graph: one file (includes are
/// flattened), sections in a fixed order, items in graph order, one relation
/// per line, default values left out, strings quoted only when they must be.
/// Writing the same graph twice gives identical bytes, and reading the output
/// gives an equal graph.
///
///     let yaml = GraphFileWriter().yaml(for: graph)
///     try AtomicFile.write(yaml, to: "graphs/out.yaml")
public struct GraphFileWriter: Sendable {
  /// A comment placed at the top of the file (each line prefixed with `# `).
  public var header: String?
  /// Graph files to list under `include:`, as paths relative to the written file (empty: no `include:` line).
  public var includes: [String]

  /// Creates a writer.
  public init(header: String? = nil, includes: [String] = []) {
    self.header = header
    self.includes = includes
  }

  /// The graph file text for a graph.
  ///
  /// - Complexity: O(*n*) in the size of the graph.
  public func yaml(for graph: ActorGraph) -> String {
    var out = ""
    if let header {
      for line in header.split(separator: "\n", omittingEmptySubsequences: false) { out += "# \(line)\n" }
    }
    out += "entente: \(GraphFileParser.formatVersion)\n"
    if !includes.isEmpty { out += "include: " + Y.list(includes.map(Y.path)) + "\n" }
    if !graph.documents.isEmpty {
      out += "\ndocuments:\n"
      for d in graph.documents { out += "  - " + Self.documentFlow(d) + "\n" }
    }
    let standard = (try? RelationVocabulary.standard()) ?? (try? RelationVocabulary([]))
    let added = graph.vocabulary.kinds.filter { standard?[$0.id] == nil }
    let restyled = graph.vocabulary.kinds.filter { k in standard?[k.id].map { $0.style != k.style } ?? false }
    if !added.isEmpty {
      out += "\nkinds:\n"
      for k in added {
        var fields = [
          ("id", Y.s(k.id)), ("sign", "\(k.sign)"), ("direction", k.direction.rawValue), ("quad", k.quadClass.rawValue),
        ]
        if !k.targetKinds.isEmpty { fields.append(("targets", Y.list(k.targetKinds.map(\.rawValue)))) }
        if !k.summary.isEmpty { fields.append(("summary", Y.s(k.summary))) }
        fields.append(
          (
            "style",
            Y.flow([("color", Y.s(k.style.color)), ("line", Y.s(k.style.line)), ("arrow", Y.s(k.style.arrow))])
          ))
        out += "  - " + Y.flow(fields) + "\n"
      }
    }
    let nodeStyles = Actor.Kind.allCases.compactMap { k in graph.nodeStyles[k].map { (k, $0) } }
    if !restyled.isEmpty || !nodeStyles.isEmpty {
      out += "\nstyles:\n"
      if !restyled.isEmpty {
        out += "  kinds:\n"
        for k in restyled {
          out +=
            "    \(Y.s(k.id)): "
            + Y.flow([("color", Y.s(k.style.color)), ("line", Y.s(k.style.line)), ("arrow", Y.s(k.style.arrow))]) + "\n"
        }
      }
      if !nodeStyles.isEmpty {
        out += "  actors:\n"
        for (k, st) in nodeStyles {
          out += "    \(k.rawValue): " + Y.flow([("shape", Y.s(st.shape)), ("fill", Y.s(st.fill))]) + "\n"
        }
      }
    }
    if !graph.actors.isEmpty {
      out += "\nactors:\n"
      for a in graph.actors { out += actorYAML(a) }
    }
    if !graph.relations.isEmpty {
      out += "\nrelations:\n"
      for r in graph.relations { out += "  - " + Self.relationFlow(r) + "\n" }
    }
    return out
  }

  private func actorYAML(_ a: Actor) -> String {
    var out = "  - id: \(Y.s(a.id.rawValue))\n    name: \(Y.s(a.name))\n    kind: \(a.kind.rawValue)\n"
    for (key, list) in [
      ("aliases", a.aliases), ("demonyms", a.demonyms), ("metonyms", a.metonyms), ("abbreviations", a.abbreviations),
      ("part_of", a.partOf.map(\.rawValue)),
    ] where !list.isEmpty {
      out += "    \(key): \(Y.list(list.map(Y.s)))\n"
    }
    if !a.spokespeople.isEmpty {
      out += "    spokespeople:\n"
      for p in a.spokespeople {
        var fields = [("name", Y.s(p.name))]
        if !p.aliases.isEmpty { fields.append(("aliases", Y.list(p.aliases.map(Y.s)))) }
        if let r = p.role { fields.append(("role", Y.s(r))) }
        if let s = p.since { fields.append(("since", s.description)) }
        if let u = p.until { fields.append(("until", u.description)) }
        out += "      - " + Y.flow(fields) + "\n"
      }
    }
    if let n = a.note { out += "    note: \(Y.s(n))\n" }
    return out
  }

  /// A YAML scalar as the graph files write it: plain when it is a simple word, else double-quoted.
  package static func scalar(_ text: String) -> String { Y.s(text) }

  /// A document entry as one flow mapping (`{id: ..., path: ..., date: ...}`), as in `documents:`.
  package static func documentFlow(_ d: Document) -> String {
    var fields = [("id", Y.s(d.id))]
    if let p = d.path { fields.append(("path", Y.s(p))) }
    fields.append(("date", d.date.description))
    if let t = d.title { fields.append(("title", Y.s(t))) }
    return Y.flow(fields)
  }

  /// A relation as one flow mapping, as in `relations:` (the review app appends these lines in place).
  package static func relationFlow(_ r: Relation) -> String {
    var fields = [("source", Y.s(r.source.rawValue)), ("target", Y.s(r.target.rawValue)), ("kind", Y.s(r.kind))]
    switch r.time {
    case .event(let d): fields.append(("at", d.description))
    case .interval(let since, let until):
      fields.append(("since", since.description))
      if let until { fields.append(("until", until.description)) }
    }
    if r.phase != .holds { fields.append(("phase", r.phase.rawValue)) }
    if r.weight != 1 { fields.append(("weight", "\(r.weight)")) }
    if r.confidence != 1 { fields.append(("confidence", "\(r.confidence)")) }
    if let n = r.note { fields.append(("note", Y.s(n))) }
    if !r.evidence.isEmpty {
      fields.append(
        (
          "evidence",
          Y.list(
            r.evidence.map { p in
              var f = [("doc", Y.s(p.document)), ("sentence", "\(p.sentence)")]
              if let c = p.characters { f.append(("chars", "\(c.lowerBound)-\(c.upperBound)")) }
              if let h = p.sha256 { f.append(("sha256", h)) }
              return Y.flow(f)
            })
        ))
    }
    return Y.flow(fields)
  }
}

/// YAML scalar and collection formatting for the writers.
enum Y {
  static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]

  /// A scalar: plain when it is an identifier-like word, else double-quoted with escapes.
  static func s(_ text: String) -> String {
    let bytes = Array(text.utf8)
    let startsWithLetter = bytes.first.map { (65...90).contains($0) || (97...122).contains($0) } ?? false
    if startsWithLetter && bytes.count <= 80 && !reserved.contains(text.lowercased())
      && bytes.allSatisfy({
        (65...90).contains($0) || (97...122).contains($0) || (48...57).contains($0) || $0 == 95 || $0 == 45
      })
      && bytes.last != 45
    {
      return text
    }
    return TextEscaping.quoted(text) { u, out in
      switch u {
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || u.value == 0x2028
          || u.value == 0x2029
          || u.value == 0xFEFF
        {
          TextEscaping.appendUnicodeEscape(u, to: &out)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
  }

  /// A path: plain when it holds only letters, digits and `._/-` and does not start with `-`, else quoted.
  static func path(_ text: String) -> String {
    let plain =
      !text.isEmpty && !text.hasPrefix("-")
      && text.utf8.allSatisfy {
        (65...90).contains($0) || (97...122).contains($0) || (48...57).contains($0) || "._/-".utf8.contains($0)
      }
    return plain ? text : s(text)
  }

  static func flow(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
  }

  static func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
}
