/// The one writer of text into Markdown: names, sentences and citations become inert text.
///
/// A graph file's names and the sentences a report quotes come from outside, so in
/// `report.md` they must not become HTML (`<script>`, `<img onerror=...>`, `<!--`), links or
/// images (`[x](javascript:...)`, `![](http://...)`), code, emphasis or table columns. Every
/// character CommonMark (and pandoc) gives a meaning inline is escaped with a backslash —
/// CommonMark lets any ASCII punctuation be escaped, and the escape renders as the
/// character itself — and a line break becomes a space, so the text stays in its table cell
/// or list item. Control characters (C0, DEL, C1, such as ESC) become U+FFFD, so nothing
/// reaches a terminal that views the file.
package enum MarkdownText {
  /// The characters escaped wherever they are.
  static let special: Set<Unicode.Scalar> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "$", "!", "{", "}",
  ]
  /// The characters escaped at the start of the text, where they would start a block.
  static let blockStart: Set<Unicode.Scalar> = ["#", "+", "-", "=", ":", "%"]

  /// `s` as inert Markdown inline text (one line).
  ///
  /// - Complexity: O(*n*) in the length of `s`.
  package static func inline(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var first = true
    for u in s.unicodeScalars {
      if u == "\n" || u == "\r" || u == "\t" {
        out += " "
      } else if TerminalText.isControl(u) {
        out.unicodeScalars.append("\u{FFFD}")
      } else if special.contains(u) || (first && blockStart.contains(u)) {
        out += "\\"
        out.unicodeScalars.append(u)
      } else {
        out.unicodeScalars.append(u)
      }
      if u != " " { first = false }
    }
    return out
  }
}
