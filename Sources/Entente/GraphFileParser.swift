import Yams

/// One graph file parsed into its sections, each item with the location of its fields.
struct ParsedGraphFile {
  struct Located<T> {
    var value: T
    var location: SourceLocation
    /// Locations of individual fields, by field name (`source`, `target`, `until`, `evidence.0`).
    var fields: [String: SourceLocation] = [:]
  }

  var source: SourceText
  var includes: [Located<String>] = []
  var documents: [Located<Document>] = []
  var kinds: [Located<RelationKind>] = []
  var actors: [Located<Actor>] = []
  var kindStyles: [Located<(String, EdgeStyle)>] = []
  var nodeStyles: [Located<(Actor.Kind, NodeStyle)>] = []
  var relations: [Located<Relation>] = []
  /// Whether `relations` came from ``RelationSection``, which leaves their `fields` empty.
  var relationsScanned = false

  /// The locations of a relation's fields by field name (`source`, `target`, `until`,
  /// `evidence.0`): those the parser recorded, or, for a scanned section, those of its
  /// line scanned again.
  ///
  /// - Parameter relation: One of `relations`.
  /// - Returns: The field locations.
  /// - Complexity: O(1) for parsed relations; O(*n*) in the text's length for scanned ones.
  func fieldLocations(of relation: Located<Relation>) -> [String: SourceLocation] {
    guard relationsScanned else { return relation.fields }
    return RelationSection.fieldLocations(ofItemAt: relation.location, in: source.text, path: source.path)
  }
}

/// Turns the YAML of one graph file into model values; cross-references are checked later.
enum GraphFileParser {
  static let formatVersion = 1
  static let topFields = ["entente", "include", "documents", "kinds", "styles", "actors", "relations"]
  static let stylesFields = ["kinds", "actors"]
  static let nodeStyleFields = ["shape", "fill"]
  static let documentFields = ["id", "path", "date", "title"]
  static let kindFields = ["id", "sign", "direction", "quad", "targets", "summary", "style"]
  static let styleFields = ["color", "line", "arrow"]
  static let actorFields = [
    "id", "name", "kind", "aliases", "demonyms", "metonyms", "abbreviations", "spokespeople", "part_of", "note",
  ]
  static let spokespersonFields = ["name", "aliases", "role", "since", "until"]
  static let relationFields = [
    "source", "target", "kind", "at", "since", "until", "phase", "weight", "confidence", "note", "evidence",
  ]
  static let evidenceFields = ["doc", "sentence", "chars", "sha256"]

  /// The graph file's sections.
  ///
  /// When the `relations` section qualifies for ``RelationSection`` (the last section,
  /// one-line flow items), only the text before it goes through the YAML parser; if
  /// anything fails that way, the whole file is parsed again the usual way, so errors
  /// and their messages are the YAML parser's.
  ///
  /// - Parameters:
  ///   - source: The file's text.
  ///   - fast: Whether the relations section may be read without the YAML parser.
  /// - Returns: The parsed sections.
  /// - Throws: `EntenteError` at the offending line and column.
  /// - Complexity: O(*n*) in the text's length.
  static func parse(_ source: SourceText, fast: Bool = true) throws(EntenteError) -> ParsedGraphFile {
    if fast, let section = RelationSection.read(source.text, path: source.path),
      var file = try? parseSections(SourceText(path: source.path, text: section.head))
    {
      file.source = source
      file.relations = section.relations
      file.relationsScanned = true
      return file
    }
    return try parseSections(source)
  }

  private static func parseSections(_ source: SourceText) throws(EntenteError) -> ParsedGraphFile {
    let root = try source.composeRoot(topFields: topFields)
    var file = ParsedGraphFile(source: source)
    let top = try source.mapping(root, allowed: topFields, what: "a graph file")
    guard let version = top.first(where: { $0.key.string == "entente" }) else {
      throw source.error(
        .missingField, "a graph file starts with 'entente: \(formatVersion)' (the format version)", at: root)
    }
    let v = try source.int(version.value, "entente", range: 0...Int.max)
    guard v == formatVersion else {
      throw source.error(
        .invalidValue, "format version \(v) is not supported; this Entente reads 'entente: \(formatVersion)'",
        at: version.value)
    }
    for (key, value) in top {
      switch key.string {
      case "include":
        for item in try source.sequence(value, what: "'include'") {
          file.includes.append(
            .init(value: try source.nonEmptyString(item, "include"), location: source.location(item.mark)))
        }
      case "documents":
        for item in try source.sequence(value, what: "'documents'") {
          file.documents.append(try parseDocument(item, in: source))
        }
      case "kinds":
        for item in try source.sequence(value, what: "'kinds'") {
          let (k, loc) = try parseKind(item, in: source)
          file.kinds.append(.init(value: k, location: loc))
        }
      case "styles":
        try parseStyles(value, in: source, into: &file)
      case "actors":
        for item in try source.sequence(value, what: "'actors'") {
          file.actors.append(try parseActor(item, in: source))
        }
      case "relations":
        for item in try source.sequence(value, what: "'relations'") {
          file.relations.append(try parseRelation(item, in: source))
        }
      default: break
      }
    }
    return file
  }

  static func required(
    _ pairs: [(key: Node, value: Node)], _ field: String, in source: SourceText, at node: Node, what: String
  )
    throws(EntenteError) -> Node
  {
    guard let v = pairs.first(where: { $0.key.string == field })?.value else {
      throw source.error(.missingField, "\(what) has no '\(field)'; add '\(field): ...'", at: node)
    }
    return v
  }

  static func parseDocument(_ node: Node, in s: SourceText) throws(EntenteError) -> ParsedGraphFile.Located<Document> {
    let m = try s.mapping(node, allowed: documentFields, what: "a document")
    let id = try s.nonEmptyString(try required(m, "id", in: s, at: node, what: "a document"), "id")
    let date = try s.date(try required(m, "date", in: s, at: node, what: "document '\(id)'"), "date")
    var d = Document(id: id, date: date)
    for (k, v) in m {
      if k.string == "path" { d.path = try s.nonEmptyString(v, "path") }
      if k.string == "title" { d.title = try s.string(v, "title") }
    }
    return .init(value: d, location: s.location(node.mark))
  }

  static func parseKind(_ node: Node, in s: SourceText) throws(EntenteError) -> (RelationKind, SourceLocation) {
    let m = try s.mapping(node, allowed: kindFields, what: "a relation kind")
    let idNode = try required(m, "id", in: s, at: node, what: "a relation kind")
    let id = try s.nonEmptyString(idNode, "id")
    guard id.utf8.allSatisfy({ (97...122).contains($0) || (48...57).contains($0) || $0 == 95 }) else {
      throw s.error(
        .invalidValue, "kind id '\(id.prefix(40))' must be lower-case letters, digits and '_' (like arms_supply)",
        at: idNode)
    }
    let signNode = try required(m, "sign", in: s, at: node, what: "kind '\(id)'")
    let sign = try s.int(signNode, "sign", range: -1...1)
    guard sign != 0 else { throw s.error(.invalidValue, "sign must be 1 (cooperation) or -1 (conflict)", at: signNode) }
    let direction = try s.enumValue(
      try required(m, "direction", in: s, at: node, what: "kind '\(id)'"), "direction", RelationKind.Direction.self)
    let quad = try s.enumValue(
      try required(m, "quad", in: s, at: node, what: "kind '\(id)'"), "quad", RelationKind.QuadClass.self)
    var kind = RelationKind(id: id, sign: sign, direction: direction, quadClass: quad)
    for (k, v) in m {
      switch k.string {
      case "targets":
        var ks: [Actor.Kind] = []
        for item in try s.sequence(v, what: "'targets'") {
          ks.append(try s.enumValue(item, "actor kind", Actor.Kind.self))
        }
        kind.targetKinds = ks
      case "summary": kind.summary = try s.string(v, "summary")
      case "style": kind.style = try parseEdgeStyle(v, base: kind.style, in: s)
      default: break
      }
    }
    return (kind, s.location(node.mark))
  }

  static func parseEdgeStyle(_ node: Node, base: EdgeStyle, in s: SourceText) throws(EntenteError) -> EdgeStyle {
    var style = base
    for (sk, sv) in try s.mapping(node, allowed: styleFields, what: "a style") {
      let value = try s.nonEmptyString(sv, sk.string ?? "")
      switch sk.string {
      case "color": style.color = try color(value, at: sv, in: s)
      case "line":
        guard ["solid", "dashed", "dotted", "bold"].contains(value) else {
          throw s.error(.invalidValue, "line '\(value.prefix(40))' is not one of solid, dashed, dotted, bold", at: sv)
        }
        style.line = value
      default:
        guard value.utf8.allSatisfy({ (97...122).contains($0) }) else {
          throw s.error(
            .invalidValue,
            "arrow '\(value.prefix(40))' must be a Graphviz arrowhead name such as normal, vee, tee, dot, empty, none",
            at: sv)
        }
        style.arrow = value
      }
    }
    return style
  }

  static func color(_ value: String, at node: Node, in s: SourceText) throws(EntenteError) -> String {
    let hex = value.utf8.dropFirst()
    guard value.hasPrefix("#"), hex.count == 6,
      hex.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) || (65...70).contains($0) })
    else {
      throw s.error(.invalidValue, "colour '\(value.prefix(40))' must be #rrggbb (for example #c62828)", at: node)
    }
    return value.lowercased()
  }

  static func parseStyles(_ node: Node, in s: SourceText, into file: inout ParsedGraphFile) throws(EntenteError) {
    for (k, v) in try s.mapping(node, allowed: stylesFields, what: "'styles'") {
      guard case .mapping(let entries) = v else {
        throw s.error(.wrongType, "expected a mapping of \(k.string ?? "") to styles, found \(v.kindName)", at: v)
      }
      for (name, style) in entries {
        let key = try s.nonEmptyString(name, "style name")
        if k.string == "kinds" {
          file.kindStyles.append(
            .init(value: (key, try parseEdgeStyle(style, base: EdgeStyle(), in: s)), location: s.location(name.mark)))
        } else {
          let kind = try s.enumValue(name, "actor kind", Actor.Kind.self)
          var ns = NodeStyle.standard(for: kind)
          for (sk, sv) in try s.mapping(style, allowed: nodeStyleFields, what: "a node style") {
            let value = try s.nonEmptyString(sv, sk.string ?? "")
            if sk.string == "fill" {
              ns.fill = try color(value, at: sv, in: s)
            } else {
              guard value.utf8.allSatisfy({ (97...122).contains($0) || (48...57).contains($0) || $0 == 95 }) else {
                throw s.error(
                  .invalidValue,
                  "shape '\(value.prefix(40))' must be a Graphviz shape name such as box, ellipse, hexagon", at: sv)
              }
              ns.shape = value
            }
          }
          file.nodeStyles.append(.init(value: (kind, ns), location: s.location(name.mark)))
        }
      }
    }
  }

  static func parseActor(_ node: Node, in s: SourceText) throws(EntenteError) -> ParsedGraphFile.Located<Actor> {
    let m = try s.mapping(node, allowed: actorFields, what: "an actor")
    let idNode = try required(m, "id", in: s, at: node, what: "an actor")
    let id = ActorID(try s.nonEmptyString(idNode, "id"))
    let name = try s.nonEmptyString(try required(m, "name", in: s, at: node, what: "actor '\(id)'"), "name")
    let kind = try s.enumValue(try required(m, "kind", in: s, at: node, what: "actor '\(id)'"), "kind", Actor.Kind.self)
    var a = Actor(id: id, name: name, kind: kind)
    var located = ParsedGraphFile.Located(
      value: a, location: s.location(node.mark), fields: ["id": s.location(idNode.mark)])
    for (k, v) in m {
      switch k.string {
      case "aliases": a.aliases = try s.strings(v, "aliases")
      case "demonyms": a.demonyms = try s.strings(v, "demonyms")
      case "metonyms": a.metonyms = try s.strings(v, "metonyms")
      case "abbreviations": a.abbreviations = try s.strings(v, "abbreviations")
      case "note": a.note = try s.string(v, "note")
      case "part_of":
        a.partOf = try s.strings(v, "part_of").map { ActorID($0) }
        located.fields["part_of"] = s.location(v.mark)
      case "spokespeople":
        for item in try s.sequence(v, what: "'spokespeople'") {
          a.spokespeople.append(try parseSpokesperson(item, in: s))
        }
      default: break
      }
    }
    located.value = a
    return located
  }

  static func parseSpokesperson(_ node: Node, in s: SourceText) throws(EntenteError) -> Spokesperson {
    let m = try s.mapping(node, allowed: spokespersonFields, what: "a spokesperson")
    var p = Spokesperson(
      name: try s.nonEmptyString(try required(m, "name", in: s, at: node, what: "a spokesperson"), "name"))
    for (k, v) in m {
      switch k.string {
      case "aliases": p.aliases = try s.strings(v, "aliases")
      case "role": p.role = try s.string(v, "role")
      case "since": p.since = try s.date(v, "since")
      case "until":
        let until = try s.date(v, "until")
        if let since = p.since, until.startDay <= since.startDay {
          throw s.error(.invalidInterval, "'until: \(until)' is not after 'since: \(since)' for \(p.name)", at: v)
        }
        p.until = until
      default: break
      }
    }
    return p
  }

  static func parseRelation(_ node: Node, in s: SourceText) throws(EntenteError) -> ParsedGraphFile.Located<Relation> {
    let m = try s.mapping(node, allowed: relationFields, what: "a relation")
    let what = "a relation"
    let srcNode = try required(m, "source", in: s, at: node, what: what)
    let tgtNode = try required(m, "target", in: s, at: node, what: what)
    let kindNode = try required(m, "kind", in: s, at: node, what: what)
    var fields = [
      "source": s.location(srcNode.mark), "target": s.location(tgtNode.mark), "kind": s.location(kindNode.mark),
      "relation": s.location(node.mark),
    ]
    let at = m.first { $0.key.string == "at" }?.value
    let since = m.first { $0.key.string == "since" }?.value
    let until = m.first { $0.key.string == "until" }?.value
    let time: RelationTime
    switch (at, since) {
    case (let a?, nil):
      if let until {
        throw s.error(.invalidInterval, "'until' goes with 'since', not with 'at'; an event has one date", at: until)
      }
      time = .event(try s.date(a, "at"))
      fields["time"] = s.location(a.mark)
    case (nil, let b?):
      time = .interval(
        since: try s.date(b, "since"), until: try until.map { (u) throws(EntenteError) in try s.date(u, "until") })
      fields["time"] = s.location((until ?? b).mark)
    case (.some, .some):
      throw s.error(
        .invalidInterval, "a relation has either 'at' (an event) or 'since'/'until' (an interval), not both", at: since)
    case (nil, nil):
      throw s.error(
        .missingField,
        "a relation needs a time: 'at: 2020' for an event, or 'since: 2002' (and 'until:') for a standing relation",
        at: node)
    }
    var r = Relation(
      source: ActorID(try s.nonEmptyString(srcNode, "source")),
      target: ActorID(try s.nonEmptyString(tgtNode, "target")),
      kind: try s.nonEmptyString(kindNode, "kind"), time: time)
    for (k, v) in m {
      switch k.string {
      case "phase": r.phase = try s.enumValue(v, "phase", Phase.self)
      case "weight":
        r.weight = try s.double(v, "weight")
        fields["weight"] = s.location(v.mark)
      case "confidence":
        r.confidence = try s.double(v, "confidence")
        fields["confidence"] = s.location(v.mark)
      case "note": r.note = try s.string(v, "note")
      case "evidence":
        for (i, item) in try s.sequence(v, what: "'evidence'").enumerated() {
          r.evidence.append(try parseEvidence(item, in: s))
          fields["evidence.\(i)"] = s.location(item.mark)
        }
      default: break
      }
    }
    return .init(value: r, location: s.location(node.mark), fields: fields)
  }

  static func parseEvidence(_ node: Node, in s: SourceText) throws(EntenteError) -> Provenance {
    let m = try s.mapping(node, allowed: evidenceFields, what: "an evidence entry")
    let doc = try s.nonEmptyString(try required(m, "doc", in: s, at: node, what: "an evidence entry"), "doc")
    let sentence = try s.int(
      try required(m, "sentence", in: s, at: node, what: "an evidence entry"), "sentence", range: 0...Int(Int32.max))
    var p = Provenance(document: doc, sentence: sentence)
    for (k, v) in m {
      switch k.string {
      case "chars":
        let text = try s.string(v, "chars")
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let lo = Int(parts[0]), let hi = Int(parts[1]), lo >= 0, hi > lo else {
          throw s.error(
            .invalidValue, "chars '\(text.prefix(40))' must be START-END with 0 <= START < END (character offsets)",
            at: v)
        }
        p.characters = lo..<hi
      case "sha256":
        let h = try s.string(v, "sha256")
        guard h.utf8.count == 64, h.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
          throw s.error(.invalidValue, "sha256 must be 64 lower-case hex digits, found '\(h.prefix(70))'", at: v)
        }
        p.sha256 = h
      default: break
      }
    }
    return p
  }
}
