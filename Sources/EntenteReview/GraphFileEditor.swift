import Entente

/// Edits a graph file's text in place: new documents and relations are appended to their
/// sections and every other byte (comments, `include:`, order, blank lines) stays as it was.
///
/// `GraphFileWriter` writes a graph in canonical form, flattening includes and dropping
/// comments; a curated file that people edit by hand needs this instead.
///
///     let text = try GraphFileEditor.appending(documents: [doc], relations: [r], to: old, path: "g.yaml")
public enum GraphFileEditor {
  /// `text` with `documents` at the end of its `documents:` section and `relations` at the
  /// end of its `relations:` section (each created at the end of the file when missing).
  ///
  /// - Parameters:
  ///   - documents: documents to add (entries the file lacks).
  ///   - relations: relations to add.
  ///   - text: the graph file's text.
  ///   - path: the file's path, for messages.
  /// - Returns: the edited text.
  /// - Throws: `EntenteError` when a section is a one-line flow list (`relations: [...]`), which
  ///   cannot grow line by line.
  /// - Complexity: O(*n*) in the text's length.
  public static func appending(documents: [Document], relations: [Relation], to text: String, path: String)
    throws(EntenteError) -> String
  {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // A final newline leaves one empty element at the end; it is put back when joining.
    let endsWithNewline = text.hasSuffix("\n") || text.isEmpty
    if endsWithNewline, lines.last == "" { lines.removeLast() }
    if !relations.isEmpty {
      try append(relations.map { GraphFileWriter.relationFlow($0) }, section: "relations", to: &lines, path: path)
    }
    if !documents.isEmpty {
      try append(
        documents.map { GraphFileWriter.documentFlow($0) }, section: "documents", to: &lines, path: path,
        before: "relations")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The top-level key a line starts, if any (`relations:` → `relations`).
  static func topLevelKey(_ line: String) -> String? {
    guard let first = line.unicodeScalars.first, first != " ", first != "\t", first != "#", first != "-" else {
      return nil
    }
    guard let colon = line.firstIndex(of: ":") else { return nil }
    let key = line[..<colon]
    guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
    return String(key)
  }

  static func append(
    _ items: [String], section: String, to lines: inout [String], path: String, before: String? = nil
  ) throws(EntenteError) {
    guard let start = lines.firstIndex(where: { topLevelKey($0) == section }) else {
      // A new section: before `before`'s section when there is one, else at the end.
      var block = ["\(section):"] + items.map { "  - " + $0 }
      if let before, let b = lines.firstIndex(where: { topLevelKey($0) == before }) {
        // Above the comments that introduce the next section.
        var at = b
        while at > 0 && lines[at - 1].hasPrefix("#") { at -= 1 }
        block.append("")
        if at > 0, !lines[at - 1].isEmpty { block.insert("", at: 0) }
        lines.insert(contentsOf: block, at: at)
      } else {
        if let last = lines.last, !last.isEmpty { block.insert("", at: 0) }
        lines.append(contentsOf: block)
      }
      return
    }
    // What follows the colon: nothing, a comment, or an empty flow list that becomes a block.
    let rest = lines[start].drop(while: { $0 != ":" }).dropFirst().trimmingCharacters(in: " \t")
    if rest.hasPrefix("[]") {
      lines[start] = "\(section):"
    } else if !rest.isEmpty && !rest.hasPrefix("#") {
      throw EntenteError(
        .invalidValue,
        "'\(path)': '\(section):' is a one-line list, which the review cannot extend line by line; write it as a block list (one '- ' item per line)",
        at: SourceLocation(file: path, line: start + 1, column: 1))
    }
    var end = start + 1
    while end < lines.count && topLevelKey(lines[end]) == nil { end += 1 }
    // After the section's last item line, before trailing blank lines and comments of the next section.
    var last = end - 1
    while last > start
      && (lines[last].trimmingCharacters(in: " \t").isEmpty || lines[last].hasPrefix("#"))
    {
      last -= 1
    }
    let indent =
      lines[(start + 1)..<end].first { $0.trimmingCharacters(in: " ").hasPrefix("- ") }
      .map { String($0.prefix { $0 == " " }) } ?? "  "
    lines.insert(contentsOf: items.map { indent + "- " + $0 }, at: last + 1)
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    let s = self.drop { set.contains($0) }
    var e = s.endIndex
    while e > s.startIndex, set.contains(s[s.index(before: e)]) { e = s.index(before: e) }
    return String(s[s.startIndex..<e])
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String { self[...].trimmingCharacters(in: set) }
}
