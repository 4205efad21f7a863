import Foundation
import Yams

/// A text file read defensively, with YAML accessors that report `file:line:column`.
///
/// Reading refuses what is not a graph file before the YAML parser sees it:
/// an empty file, a binary file (NUL bytes), invalid UTF-8 (located to the
/// byte's line and column), a file above `maximumBytes`, and nesting deeper
/// than `maximumDepth` (which would otherwise exhaust the stack).
struct SourceText {
  /// The largest file read: 256 MiB.
  static let maximumBytes = 256 << 20
  /// The deepest nesting of YAML collections accepted.
  static let maximumDepth = 64
  /// The longest scalar accepted in a graph file: 64 KiB of text.
  static let maximumScalar = 65_536

  let path: String
  let text: String

  init(path: String) throws(EntenteError) {
    let data: Data
    do {
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
        throw EntenteError(.fileUnreadable, "'\(path)' is a folder; give the path of a graph file (.yaml)")
      }
      if let size = attributes[.size] as? NSNumber, size.intValue > SourceText.maximumBytes {
        throw EntenteError(
          .fileUnreadable,
          "'\(path)' is \(size.intValue) bytes; graph files are read up to \(SourceText.maximumBytes) bytes")
      }
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch let e as EntenteError {
      throw e
    } catch {
      throw EntenteError(
        .fileUnreadable, "cannot read '\(path)': \(SourceText.reason(error)); check the path and its permissions")
    }
    try self.init(data: data, path: path)
  }

  init(data: Data, path: String) throws(EntenteError) {
    self.path = path
    guard !data.isEmpty else {
      throw EntenteError(
        .notText, "'\(path)' is empty; a graph file needs at least 'entente: 1'",
        at: .init(file: path, line: 1, column: 1))
    }
    var bytes = [UInt8](data)
    // A UTF-8 byte order mark (editors on Windows write one) is not part of the YAML.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let nul = bytes.firstIndex(of: 0) {
      let (line, column) = UTF8Bytes.lineColumn(of: nul, in: bytes)
      throw EntenteError(
        .notText, "'\(path)' is a binary file (a NUL byte at byte \(nul)); a graph file is UTF-8 YAML text",
        at: .init(file: path, line: line, column: column))
    }
    let text = try UTF8Bytes.text(bytes, path: path)
    self.text = text
  }

  static func reason(_ error: any Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
      let code = POSIXErrorCode(rawValue: Int32(underlying.code))
    {
      return String(cString: strerror(code.rawValue)).lowercased()
    }
    if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
    return ns.localizedDescription
  }

  func location(_ mark: Mark?) -> SourceLocation {
    SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func error(_ code: EntenteError.Code, _ message: String, at node: Node?) -> EntenteError {
    EntenteError(code, message).located(location(node?.mark), in: text)
  }

  /// Parses the text as one YAML document, after the depth check.
  ///
  /// - Parameter topFields: the keys the top-level mapping may have; an unknown one is
  ///   refused before parsing (a 100 MB list under a misspelt key would otherwise be built
  ///   whole, taking minutes and gigabytes, only to be refused). Nil: any.
  /// - Returns: the document's root node.
  /// - Throws: `EntenteError` for too long lines, too deep nesting, an unknown top-level key or bad YAML.
  func composeRoot(topFields: [String]? = nil) throws(EntenteError) -> Node {
    try prescan(topFields: topFields)
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let e as YamlError {
      throw yamlError(e)
    } catch {
      throw EntenteError(.invalidYAML, "\(error)", at: .init(file: path, line: 1, column: 1))
    }
    guard let root else {
      throw EntenteError(
        .notText, "'\(path)' holds no YAML document; a graph file needs at least 'entente: 1'",
        at: .init(file: path, line: 1, column: 1))
    }
    return root
  }

  private func yamlError(_ e: YamlError) -> EntenteError {
    switch e {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // libyaml often notices a missing bracket only at the end of the input; then
      // point at where the unclosed collection started, which is where the fix goes.
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let problemLineIsBlank =
        mark.line > lines.count || lines[mark.line - 1].allSatisfy { $0 == " " || $0 == "\r" }
      var message = "YAML syntax: \(problem)"
      var at = SourceLocation(file: path, line: mark.line, column: mark.column)
      if let context {
        message += " (\(context.text) that starts at \(context.mark.line):\(context.mark.column))"
        if problemLineIsBlank { at = SourceLocation(file: path, line: context.mark.line, column: context.mark.column) }
      }
      return EntenteError(.invalidYAML, message).located(at, in: text)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return EntenteError(
        .duplicateID, "field '\(duplicates.sorted().joined(separator: "', '"))' appears twice in one mapping; keep one"
      ).located(SourceLocation(file: path, line: context.mark.line, column: context.mark.column), in: text)
    default:
      return EntenteError(.invalidYAML, "YAML: \(e)", at: .init(file: path, line: 1, column: 1))
    }
  }

  /// The longest line accepted: 1 MiB.
  ///
  /// Longer lines are refused before parsing,
  /// which would take seconds on a 50 MB scalar only to refuse it afterwards.
  static let maximumLine = 1 << 20

  /// Refuses, in one linear pass before parsing, lines longer than `maximumLine`,
  /// nesting deeper than `maximumDepth` and top-level keys not in `topFields`.
  ///
  /// The depth is bounded from above:
  /// open flow brackets, plus block indentation levels, plus leading `- ` and
  /// `? ` indicators on the line.
  private func prescan(topFields: [String]?) throws(EntenteError) {
    var flow = 0
    var indents: [Int] = []
    var line = 1
    var quote: UInt8? = nil
    var atLineStart = true
    var indent = 0
    var column = 0
    var marks = 0
    var inComment = false
    var previous: UInt8 = 10
    // A plain key at column 1 outside any bracket or quote is a top-level key: its bytes.
    var topKey: [UInt8]? = nil
    // The first unknown top-level key, thrown once the whole text passed the other checks.
    var unknownKey: EntenteError? = nil
    func checkTopKey(_ key: [UInt8]) {
      guard let topFields, unknownKey == nil else { return }
      let name = String(decoding: key, as: UTF8.self)
      guard !topFields.contains(name) else { return }
      let near = NearestNames.nearest(to: name, among: topFields)
      unknownKey = EntenteError(
        .unknownField,
        "unknown field '\(name)'" + (near.isEmpty ? "" : "; did you mean '\(near[0])'?")
          + " Fields here: \(topFields.joined(separator: ", "))"
      ).located(SourceLocation(file: path, line: line, column: 1), in: text)
    }
    func tooDeep(_ column: Int) -> EntenteError {
      EntenteError(
        .tooDeep,
        "YAML nested deeper than \(SourceText.maximumDepth) levels; a graph file needs only a few (lists of mappings)",
        at: .init(file: path, line: line, column: max(1, column)))
    }
    /// Enters the line's block level once its indentation is known.
    func enterBlock() throws(EntenteError) {
      atLineStart = false
      guard flow == 0 && quote == nil else { return }
      while let last = indents.last, last > indent { indents.removeLast() }
      if indents.last != indent { indents.append(indent) }
      if indents.count + marks > SourceText.maximumDepth { throw tooDeep(column) }
    }
    for b in text.utf8 {
      column += 1
      if b == 10 {
        topKey = nil
        if atLineStart && marks > 0 { try enterBlock() }
        line += 1
        column = 0
        atLineStart = true
        indent = 0
        marks = 0
        inComment = false
        previous = b
        continue
      }
      if column > SourceText.maximumLine {
        throw EntenteError(
          .invalidValue,
          "line \(line) is longer than \(SourceText.maximumLine) bytes; graph files keep values under \(SourceText.maximumScalar) bytes",
          at: .init(file: path, line: line, column: 1))
      }
      if inComment { continue }
      if atLineStart {
        if b == 32 || ((b == 45 || b == 63) && previous != 45 && previous != 63) {
          if b != 32 { marks += 1 }
          indent += 1
          previous = b
          continue
        }
        if b == 35 {
          inComment = true
          continue
        }
        if indent == 0 && marks == 0 && flow == 0 && quote == nil { topKey = [] }
        try enterBlock()
      }
      if var key = topKey {
        if b == 58 {
          topKey = nil
          checkTopKey(key)
        } else if (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == 95 || b == 45,
          key.count < 64
        {
          key.append(b)
          topKey = key
        } else {
          topKey = nil
        }
      }
      if let q = quote {
        if b == q { quote = nil }
      } else if b == 34 || b == 39 {
        if previous == 32 || previous == 91 || previous == 123 || previous == 44 || previous == 58 || previous == 10 {
          quote = b
        }
      } else if b == 35 && (previous == 32 || previous == 9) {
        inComment = true
      } else if b == 91 || b == 123 {
        flow += 1
        if flow + indents.count + marks > SourceText.maximumDepth { throw tooDeep(column) }
      } else if b == 93 || b == 125 {
        flow = max(0, flow - 1)
      }
      previous = b
    }
    if atLineStart && marks > 0 { try enterBlock() }
    if let unknownKey { throw unknownKey }
  }

  // MARK: Typed access

  func mapping(_ node: Node, allowed: [String], what: String = "this") throws(EntenteError) -> [(
    key: Node, value: Node
  )] {
    guard case .mapping(let m) = node else {
      throw error(
        .wrongType, "expected a mapping of \(allowed.joined(separator: ", ")) for \(what), found \(node.kindName)",
        at: node)
    }
    var seen: Set<String> = []
    var pairs: [(key: Node, value: Node)] = []
    for (k, v) in m {
      guard let key = k.scalar?.string else {
        throw error(.wrongType, "a key must be a plain name, found \(k.kindName)", at: k)
      }
      guard allowed.contains(key) else {
        let near = NearestNames.nearest(to: key, among: allowed)
        throw error(
          .unknownField,
          "unknown field '\(key)'" + (near.isEmpty ? "" : "; did you mean '\(near[0])'?")
            + " Fields here: \(allowed.joined(separator: ", "))", at: k)
      }
      guard seen.insert(key).inserted else {
        throw error(.duplicateID, "field '\(key)' appears twice in one mapping; keep one", at: k)
      }
      pairs.append((k, v))
    }
    return pairs
  }

  func sequence(_ node: Node, what: String = "this field") throws(EntenteError) -> [Node] {
    guard case .sequence(let s) = node else {
      throw error(.wrongType, "expected a list for \(what), found \(node.kindName)", at: node)
    }
    return Array(s)
  }

  func string(_ node: Node, _ field: String) throws(EntenteError) -> String {
    guard case .scalar(let s) = node else {
      throw error(.wrongType, "'\(field)' must be a single value, found \(node.kindName)", at: node)
    }
    guard s.string.utf8.count <= SourceText.maximumScalar else {
      throw error(
        .invalidValue,
        "'\(field)' is \(s.string.utf8.count) bytes long; values are at most \(SourceText.maximumScalar) bytes",
        at: node)
    }
    return s.string
  }

  func nonEmptyString(_ node: Node, _ field: String) throws(EntenteError) -> String {
    let s = try string(node, field)
    guard !s.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw error(.invalidValue, "'\(field)' is empty; give it a value", at: node)
    }
    return s
  }

  func strings(_ node: Node, _ field: String) throws(EntenteError) -> [String] {
    if case .scalar = node { return [try nonEmptyString(node, field)] }
    var out: [String] = []
    for item in try sequence(node, what: "'\(field)'") { out.append(try nonEmptyString(item, field)) }
    return out
  }

  func int(_ node: Node, _ field: String, range: ClosedRange<Int>) throws(EntenteError) -> Int {
    let s = try string(node, field)
    guard let v = Int(s), range.contains(v) else {
      throw error(
        .invalidValue,
        "'\(field)' must be a whole number from \(range.lowerBound) to \(range.upperBound), found '\(s.prefix(40))'",
        at: node)
    }
    return v
  }

  func double(_ node: Node, _ field: String) throws(EntenteError) -> Double {
    let s = try string(node, field)
    guard let v = NumberText.number(s), v.isFinite else {
      throw error(
        .invalidValue, "'\(field)' must be a decimal number such as 0.5 or 2, found '\(s.prefix(40))'", at: node)
    }
    return v
  }

  func date(_ node: Node, _ field: String) throws(EntenteError) -> EntenteDate {
    let s = try string(node, field)
    do { return try EntenteDate(parsing: s) } catch {
      throw error.located(location(node.mark), in: text)
    }
  }

  func enumValue<E: RawRepresentable & CaseIterable>(_ node: Node, _ field: String, _ type: E.Type) throws(EntenteError)
    -> E
  where E.RawValue == String {
    let s = try string(node, field)
    guard let v = E(rawValue: s) else {
      let all = E.allCases.map(\.rawValue)
      let near = NearestNames.nearest(to: s, among: all)
      throw error(
        .invalidValue,
        "'\(s.prefix(40))' is not a valid \(field); " + (near.isEmpty ? "" : "did you mean '\(near[0])'? ")
          + "valid: \(all.joined(separator: ", "))", at: node)
    }
    return v
  }
}

extension Node {
  var kindName: String {
    switch self {
    case .scalar(let s): return s.string.isEmpty ? "an empty value" : "a single value"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  var string: String? { scalar?.string }
}
