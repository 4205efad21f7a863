import Foundation

/// YAML front matter: the lines between a first line `---` and the next line `---`.
///
/// Documents and the evidence they back are numbered after it, so extraction and the
/// report split a file the same way.
package struct FrontMatter {
  /// The lines between the two `---` lines, or `nil` when the text has no front matter.
  package let block: Substring?
  /// Where the body starts in the text (its start when there is no front matter).
  package let bodyStart: String.Index
  /// The text after the front matter.
  package let body: Substring

  /// Splits `text` into front matter and body.
  package init(_ text: String) {
    if text.hasPrefix("---\n"),
      let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex)
    {
      block = text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound]
      bodyStart = end.upperBound
    } else {
      block = nil
      bodyStart = text.startIndex
    }
    body = text[bodyStart...]
  }

  /// The `key: value` lines of the block in order, both trimmed of spaces and the value
  /// of surrounding quotes; lines without a colon are left out.
  package var fields: [(key: String, value: String)] {
    guard let block else { return [] }
    return block.split(separator: "\n").compactMap { line in
      let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2 else { return nil }
      return (parts[0], parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")))
    }
  }
}
