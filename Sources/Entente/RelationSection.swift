/// The `relations` section of a graph file read without the YAML parser, when it is the
/// file's last section and every item is a one-line flow mapping of simple values.
///
/// Event data and generated graphs write tens of thousands of lines like
///
///     relations:
///       - {source: S00001, target: O00002, kind: support, since: 2010, weight: 1.5, evidence: [{doc: d1, sentence: 3}]}
///
/// Composing them into YAML nodes (libyaml's events, then a `Node` per value with its
/// tag and mark) is most of a large file's reading time; this scanner reads such
/// lines directly, with the same values and the same field locations. It is a fast
/// path only: it declines (returns `nil`) on anything it does not read exactly as
/// YAML does — a multi-line item, a tab, an escape in a quoted string, a plain value
/// with `:` or `#`, an anchor or tag, a value that does not validate — and then the
/// whole file is read by the YAML parser, which gives the usual message for any error.
///
/// A large file's relations keep only their own location, not their fields' (a
/// dictionary per relation was a third of a large file's reading memory): the rare
/// error that needs a field's location scans that one line again
/// (`fieldLocations(ofItemAt:in:path:)`).
struct RelationSection {
  /// The text before the section's `relations:` line (the other sections).
  let head: String
  /// The relations, each with its location; their `fields` are left empty.
  let relations: [ParsedGraphFile.Located<Relation>]

  /// The section read from `text`, or `nil` when the fast path does not apply.
  ///
  /// - Parameters:
  ///   - text: The graph file's text.
  ///   - path: The file's path, for locations.
  /// - Returns: The text before the section and the relations, or `nil`.
  /// - Complexity: O(*n*) in the text's length.
  static func read(_ text: String, path: String) -> RelationSection? {
    var text = text
    return text.withUTF8 { b in
      guard let start = sectionStart(b) else { return nil }
      var scanner = FlowScanner(bytes: b, path: path)
      var relations: [ParsedGraphFile.Located<Relation>] = []
      var line = start.line + 1
      var i = start.next
      var indent: Int?
      while i < b.count {
        let lineStart = i
        var end = i
        while end < b.count, b[end] != 10 { end += 1 }
        guard end - lineStart <= SourceText.maximumLine else { return nil }
        var j = i
        while j < end, b[j] == 32 { j += 1 }
        if j == end || b[j] == 35 {  // blank line or comment line
        } else {
          guard b[j] == 45, j + 2 < end, b[j + 1] == 32, b[j + 2] == 123 else { return nil }
          guard indent == nil || indent == j - lineStart else { return nil }
          indent = j - lineStart
          scanner.reset(line: line, lineStart: lineStart, end: end, at: j + 2)
          guard case .mapping(let pairs, let mark)? = scanner.value(depth: 0), scanner.atLineEnd() else { return nil }
          guard let r = relation(pairs, at: mark, fields: false) else { return nil }
          relations.append(r)
        }
        i = end + 1
        line += 1
      }
      guard !relations.isEmpty else { return nil }
      let head = String(decoding: UnsafeBufferPointer(rebasing: b[0..<start.lineStart]), as: UTF8.self)
      return RelationSection(head: head, relations: relations)
    }
  }

  /// The locations of the fields of the item that starts at `location` (as
  /// `GraphFileParser.parseRelation` records them), scanning its line again.
  ///
  /// - Parameters:
  ///   - location: The item's location, as `read(_:path:)` gave it.
  ///   - text: The graph file's text.
  ///   - path: The file's path, for locations.
  /// - Returns: The field locations by field name; empty when the line does not scan.
  /// - Complexity: O(*n*) in the text's length (it finds the line first).
  static func fieldLocations(ofItemAt location: SourceLocation, in text: String, path: String)
    -> [String: SourceLocation]
  {
    var text = text
    return text.withUTF8 { b in
      var lineStart = 0
      var line = 1
      while line < location.line, lineStart < b.count {
        if b[lineStart] == 10 { line += 1 }
        lineStart += 1
      }
      var end = lineStart
      while end < b.count, b[end] != 10 { end += 1 }
      var j = lineStart
      while j < end, b[j] == 32 { j += 1 }
      guard j + 2 < end, b[j] == 45, b[j + 1] == 32, b[j + 2] == 123 else { return [:] }
      var scanner = FlowScanner(bytes: b, path: path)
      scanner.reset(line: line, lineStart: lineStart, end: end, at: j + 2)
      guard case .mapping(let pairs, let mark)? = scanner.value(depth: 0) else { return [:] }
      return relation(pairs, at: mark, fields: true)?.fields ?? [:]
    }
  }

  /// The first line that is exactly `relations:` at the margin: its start, the byte
  /// after it and its line number.
  private static func sectionStart(_ b: UnsafeBufferPointer<UInt8>) -> (lineStart: Int, next: Int, line: Int)? {
    let key = Array("relations:".utf8)
    var i = 0
    var line = 1
    while i < b.count {
      var end = i
      while end < b.count, b[end] != 10 { end += 1 }
      if end - i >= key.count, (0..<key.count).allSatisfy({ b[i + $0] == key[$0] }) {
        // Any other spelling of the key at the margin (`relations: []`, a comment) is YAML's.
        guard (i + key.count..<end).allSatisfy({ b[$0] == 32 }) else { return nil }
        return (i, min(end + 1, b.count), line)
      }
      if i < end, b[i] == 34 || b[i] == 39 || b[i] == 63 { return nil }  // a quoted or complex key
      i = end + 1
      line += 1
    }
    return nil
  }

  /// A relation from a flow mapping's fields, checked as `GraphFileParser.parseRelation` checks it.
  ///
  /// `nil` for anything it would refuse. Its field locations are recorded only when
  /// `fields` is true.
  private static func relation(_ pairs: [FlowScanner.Pair], at mark: SourceLocation, fields recording: Bool)
    -> ParsedGraphFile.Located<Relation>?
  {
    guard let m = fields(pairs, allowed: GraphFileParser.relationFields) else { return nil }
    guard case .scalar(let source, let srcMark)? = m["source"], nonEmpty(source),
      case .scalar(let target, let tgtMark)? = m["target"], nonEmpty(target),
      case .scalar(let kind, let kindMark)? = m["kind"], nonEmpty(kind)
    else { return nil }
    var fields: [String: SourceLocation] = [:]
    func record(_ field: String, _ location: SourceLocation) { if recording { fields[field] = location } }
    record("source", srcMark)
    record("target", tgtMark)
    record("kind", kindMark)
    record("relation", mark)
    let time: RelationTime
    switch (m["at"], m["since"], m["until"]) {
    case (.scalar(let a, let aMark)?, nil, nil):
      guard let d = try? EntenteDate(parsing: a) else { return nil }
      time = .event(d)
      record("time", aMark)
    case (nil, .scalar(let s, let sMark)?, let until):
      guard let since = try? EntenteDate(parsing: s) else { return nil }
      switch until {
      case nil:
        time = .interval(since: since, until: nil)
        record("time", sMark)
      case .scalar(let u, let uMark)?:
        guard let until = try? EntenteDate(parsing: u) else { return nil }
        time = .interval(since: since, until: until)
        record("time", uMark)
      default: return nil
      }
    default: return nil
    }
    var r = Relation(source: ActorID(source), target: ActorID(target), kind: kind, time: time)
    for (key, value) in m {
      switch (key, value) {
      case ("phase", .scalar(let s, _)):
        guard let p = Phase(rawValue: s) else { return nil }
        r.phase = p
      case ("weight", .scalar(let s, let at)):
        guard let v = NumberText.number(s), v.isFinite else { return nil }
        r.weight = v
        record("weight", at)
      case ("confidence", .scalar(let s, let at)):
        guard let v = NumberText.number(s), v.isFinite else { return nil }
        r.confidence = v
        record("confidence", at)
      case ("note", .scalar(let s, _)): r.note = s
      case ("evidence", .sequence(let items, _)):
        r.evidence.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
          guard case .mapping(let e, let at) = item, let p = provenance(e) else { return nil }
          r.evidence.append(p)
          if recording { fields["evidence.\(i)"] = at }
        }
      case ("source", _), ("target", _), ("kind", _), ("at", _), ("since", _), ("until", _): break
      default: return nil
      }
    }
    return .init(value: r, location: mark, fields: fields)
  }

  /// An evidence entry, checked as `GraphFileParser.parseEvidence` checks it.
  private static func provenance(_ pairs: [FlowScanner.Pair]) -> Provenance? {
    guard let m = fields(pairs, allowed: GraphFileParser.evidenceFields),
      case .scalar(let doc, _)? = m["doc"], nonEmpty(doc),
      case .scalar(let sentence, _)? = m["sentence"], let n = Int(sentence), (0...Int(Int32.max)).contains(n)
    else { return nil }
    var p = Provenance(document: doc, sentence: n)
    for (key, value) in m {
      switch (key, value) {
      case ("chars", .scalar(let text, _)):
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let lo = Int(parts[0]), let hi = Int(parts[1]), lo >= 0, hi > lo else { return nil }
        p.characters = lo..<hi
      case ("sha256", .scalar(let h, _)):
        guard h.utf8.count == 64, h.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
          return nil
        }
        p.sha256 = h
      case ("doc", _), ("sentence", _): break
      default: return nil
      }
    }
    return p
  }

  /// The pairs by key, or `nil` for an unknown or repeated key.
  private static func fields(_ pairs: [FlowScanner.Pair], allowed: [String]) -> [String: FlowScanner.Value]? {
    var m: [String: FlowScanner.Value] = [:]
    for p in pairs {
      guard allowed.contains(p.key), m.updateValue(p.value, forKey: p.key) == nil else { return nil }
    }
    return m
  }

  private static func nonEmpty(_ s: String) -> Bool { s.contains { !$0.isWhitespace } }
}

/// Reads one line's flow collections and scalars, the subset `RelationSection` accepts.
private struct FlowScanner {
  /// A key and its value.
  struct Pair {
    var key: String
    var value: Value
  }

  /// A flow value with the location of its first character.
  enum Value {
    case scalar(String, SourceLocation)
    case mapping([Pair], SourceLocation)
    case sequence([Value], SourceLocation)
  }

  let bytes: UnsafeBufferPointer<UInt8>
  let path: String
  var line = 0
  var lineStart = 0
  var end = 0
  var i = 0
  var ascii = true

  init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
    self.bytes = bytes
    self.path = path
  }

  mutating func reset(line: Int, lineStart: Int, end: Int, at i: Int) {
    (self.line, self.lineStart, self.end, self.i) = (line, lineStart, end, i)
    ascii = !bytes[lineStart..<end].contains { $0 >= 0x80 }
  }

  /// The location of byte `k`: its column counts Unicode scalars, as libyaml's marks do.
  func location(_ k: Int) -> SourceLocation {
    if ascii { return SourceLocation(file: path, line: line, column: k - lineStart + 1) }
    var column = 1
    for j in lineStart..<k where bytes[j] & 0xC0 != 0x80 { column += 1 }
    return SourceLocation(file: path, line: line, column: column)
  }

  mutating func skipSpaces() { while i < end, bytes[i] == 32 { i += 1 } }

  /// Whether only spaces remain on the line.
  mutating func atLineEnd() -> Bool {
    skipSpaces()
    return i == end
  }

  /// The value at the cursor, or `nil` when it is outside the accepted subset.
  mutating func value(depth: Int) -> Value? {
    guard i < end, depth < 4 else { return nil }
    let at = i
    switch bytes[i] {
    case 123:  // {
      i += 1
      var pairs: [Pair] = []
      skipSpaces()
      if i < end, bytes[i] == 125 {
        i += 1
        return .mapping(pairs, location(at))
      }
      while true {
        skipSpaces()
        let k = i
        while i < end, isKeyByte(bytes[i]) { i += 1 }
        guard i > k, i + 1 < end, bytes[i] == 58, bytes[i + 1] == 32 else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<i]), as: UTF8.self)
        i += 2
        skipSpaces()
        guard let v = value(depth: depth + 1) else { return nil }
        pairs.append(Pair(key: key, value: v))
        skipSpaces()
        guard i < end else { return nil }
        if bytes[i] == 125 {
          i += 1
          return .mapping(pairs, location(at))
        }
        guard bytes[i] == 44 else { return nil }
        i += 1
      }
    case 91:  // [
      i += 1
      var items: [Value] = []
      skipSpaces()
      if i < end, bytes[i] == 93 {
        i += 1
        return .sequence(items, location(at))
      }
      while true {
        skipSpaces()
        guard let v = value(depth: depth + 1) else { return nil }
        items.append(v)
        skipSpaces()
        guard i < end else { return nil }
        if bytes[i] == 93 {
          i += 1
          return .sequence(items, location(at))
        }
        guard bytes[i] == 44 else { return nil }
        i += 1
      }
    case 34, 39:  // " or '
      let quote = bytes[i]
      i += 1
      let s = i
      while i < end, bytes[i] != quote {
        if bytes[i] == 92 && quote == 34 { return nil }  // an escape: leave it to YAML
        i += 1
      }
      guard i < end else { return nil }
      let e = i
      i += 1
      if quote == 39, i < end, bytes[i] == 39 { return nil }  // '' inside a single-quoted string
      guard e - s <= SourceText.maximumScalar else { return nil }
      return .scalar(String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self), location(at))
    default:
      let first = bytes[i]
      let next = i + 1 < end ? bytes[i + 1] : 0
      guard isAlphanumeric(first) || first >= 0x80 || ((first == 45 || first == 43 || first == 46) && isDigit(next))
      else { return nil }
      var last = i
      while i < end {
        let c = bytes[i]
        if c == 44 || c == 125 || c == 93 { break }
        guard isPlainByte(c) else { return nil }
        if c != 32 { last = i }
        i += 1
      }
      guard last - at < SourceText.maximumScalar else { return nil }
      return .scalar(String(decoding: UnsafeBufferPointer(rebasing: bytes[at...last]), as: UTF8.self), location(at))
    }
  }

  func isDigit(_ c: UInt8) -> Bool { (48...57).contains(c) }
  func isAlphanumeric(_ c: UInt8) -> Bool { isDigit(c) || (65...90).contains(c) || (97...122).contains(c) }
  func isKeyByte(_ c: UInt8) -> Bool { isAlphanumeric(c) || c == 95 }
  /// Bytes a plain value may hold here: letters, digits, `_ . - + / ( )`, spaces and
  /// any non-ASCII; not `:`, `#`, quotes, brackets or YAML's other indicators.
  func isPlainByte(_ c: UInt8) -> Bool {
    isAlphanumeric(c) || c >= 0x80 || c == 95 || c == 46 || c == 45 || c == 43 || c == 47 || c == 40 || c == 41
      || c == 32
  }
}

extension SourceText {
  /// Text already read and checked, under its file's path.
  init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}
