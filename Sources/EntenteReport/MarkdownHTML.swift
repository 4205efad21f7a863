import Entente
import Foundation

/// A small, safe Markdown-to-HTML converter for a report's introduction.
///
/// It knows paragraphs, ATX headings (`#` becomes `h2`, so the introduction sits under
/// the page's title), bullet and numbered lists, block quotes, fenced code, rules, and
/// inline code, `*emphasis*`, `**strong**` and `[links](url)`. Every piece of text is
/// escaped, raw HTML included (it shows as text), and a link keeps its target only when
/// it is `http`, `https`, `mailto` or relative (a `javascript:` link shows as its text).
///
///     MarkdownHTML.html("# Scope\n\nThe *three* snapshots.")
///     // "<h2>Scope</h2>\n<p>The <em>three</em> snapshots.</p>\n"
enum MarkdownHTML {
  /// The HTML of a Markdown text.
  ///
  /// - Parameter markdown: the Markdown text.
  /// - Returns: HTML block elements, one a line.
  /// - Complexity: O(*n*) in the text's length for block structure; inline spans look
  ///   ahead for their closing marker, O(*n*²) in the worst case of one long paragraph.
  static func html(_ markdown: String) -> String {
    var out = ""
    var paragraph: [String] = []
    var list: (ordered: Bool, items: [String])?
    var quote: [String] = []
    var fence: [String]?

    func flush() {
      if !paragraph.isEmpty { out += "<p>\(inline(paragraph.joined(separator: " ")))</p>\n" }
      paragraph = []
      if let l = list {
        let tag = l.ordered ? "ol" : "ul"
        out += "<\(tag)>" + l.items.map { "<li>\(inline($0))</li>" }.joined() + "</\(tag)>\n"
      }
      list = nil
      if !quote.isEmpty { out += "<blockquote>\(html(quote.joined(separator: "\n")))</blockquote>\n" }
      quote = []
    }

    let lines = markdown.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    for raw in lines {
      let line = String(raw)
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if var code = fence {
        if trimmed.hasPrefix("```") {
          out += "<pre><code>\(XMLText.escape(code.joined(separator: "\n")))</code></pre>\n"
          fence = nil
        } else {
          code.append(line)
          fence = code
        }
        continue
      }
      if trimmed.hasPrefix("```") {
        flush()
        fence = []
      } else if trimmed.isEmpty {
        flush()
      } else if let q = quoted(line) {
        if quote.isEmpty { flush() }
        quote.append(q)
      } else if case (let level, let text)? = heading(trimmed) {
        flush()
        let tag = "h\(min(level + 1, 6))"
        out += "<\(tag)>\(inline(text))</\(tag)>\n"
      } else if isRule(trimmed) {
        flush()
        out += "<hr>\n"
      } else if case (let ordered, let text)? = listItem(line) {
        if !paragraph.isEmpty || !quote.isEmpty || (list.map { $0.ordered != ordered } ?? false) { flush() }
        list = (ordered, (list?.items ?? []) + [text])
      } else if let l = list, let last = l.items.last, line.first == " " || line.first == "\t" {
        list = (l.ordered, l.items.dropLast() + [last + " " + trimmed])
      } else {
        if list != nil || !quote.isEmpty { flush() }
        paragraph.append(trimmed)
      }
    }
    if let code = fence { out += "<pre><code>\(XMLText.escape(code.joined(separator: "\n")))</code></pre>\n" }
    flush()
    return out
  }

  /// The Markdown with every ATX heading outside fenced code one level lower (`#` becomes `##`), up to `######`.
  ///
  /// - Parameter markdown: the Markdown text.
  /// - Returns: the same text with its headings moved down.
  /// - Complexity: O(*n*) in the text's length.
  static func demotingHeadings(_ markdown: String) -> String {
    var inFence = false
    return markdown.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map { line -> String in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("```") { inFence.toggle() }
      guard !inFence, case (let level, _)? = heading(trimmed), level < 6 else { return String(line) }
      return "#" + trimmed
    }.joined(separator: "\n")
  }

  /// The text of a block-quote line (`> text`), or nil.
  static func quoted(_ line: String) -> String? {
    let s = line.drop { $0 == " " }
    guard line.count - s.count <= 3, s.first == ">" else { return nil }
    let rest = s.dropFirst()
    return String(rest.first == " " ? rest.dropFirst() : rest)
  }

  /// The level and text of an ATX heading (`## Text ##`), or nil.
  static func heading(_ s: String) -> (Int, String)? {
    let hashes = s.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes) else { return nil }
    let rest = s.dropFirst(hashes)
    guard rest.isEmpty || rest.first == " " else { return nil }
    var text = rest.trimmingCharacters(in: .whitespaces)
    while text.hasSuffix("#") { text.removeLast() }
    return (hashes, text.trimmingCharacters(in: .whitespaces))
  }

  /// Whether a line is a thematic break: three or more of one of `-`, `*`, `_`, spaces between.
  static func isRule(_ s: String) -> Bool {
    let marks = s.filter { $0 != " " }
    guard let c = marks.first, "-*_".contains(c), marks.count >= 3 else { return false }
    return marks.allSatisfy { $0 == c }
  }

  /// Whether a line starts a list item, which kind, and its text.
  static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
    let s = line.drop { $0 == " " }
    guard line.count - s.count <= 3, let first = s.first else { return nil }
    if "-*+".contains(first), s.dropFirst().first == " " {
      return (false, s.dropFirst(2).trimmingCharacters(in: .whitespaces))
    }
    let digits = s.prefix { $0.isASCII && $0.isNumber }
    guard (1...9).contains(digits.count) else { return nil }
    let after = s.dropFirst(digits.count)
    guard let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " else { return nil }
    return (true, after.dropFirst(2).trimmingCharacters(in: .whitespaces))
  }

  /// Inline spans of one block's text, escaped.
  static func inline(_ text: String) -> String {
    let c = Array(text)
    var out = ""
    var i = 0
    func find(_ marker: [Character], from start: Int) -> Int? {
      var j = start
      while j + marker.count <= c.count {
        if c[j] == "\\" {
          j += 2
          continue
        }
        if Array(c[j..<(j + marker.count)]) == marker { return j }
        j += 1
      }
      return nil
    }
    while i < c.count {
      let ch = c[i]
      if ch == "\\", i + 1 < c.count, c[i + 1].isASCII, c[i + 1].isPunctuation || c[i + 1].isSymbol {
        out += XMLText.escape(String(c[i + 1]))
        i += 2
      } else if ch == "`", let end = c[(i + 1)...].firstIndex(of: "`") {
        out += "<code>\(XMLText.escape(String(c[(i + 1)..<end])))</code>"
        i = end + 1
      } else if ch == "*" || ch == "_", i + 1 < c.count, c[i + 1] == ch, let end = find([ch, ch], from: i + 2),
        end > i + 2
      {
        out += "<strong>\(inline(String(c[(i + 2)..<end])))</strong>"
        i = end + 2
      } else if ch == "*" || ch == "_", i + 1 < c.count, c[i + 1] != " ", c[i + 1] != ch,
        ch == "*" || i == 0 || !(c[i - 1].isLetter || c[i - 1].isNumber),
        let end = find([ch], from: i + 1), c[end - 1] != " "
      {
        out += "<em>\(inline(String(c[(i + 1)..<end])))</em>"
        i = end + 1
      } else if ch == "[", let close = find(["]"], from: i + 1), close + 1 < c.count, c[close + 1] == "(",
        let paren = find([")"], from: close + 2)
      {
        let label = inline(String(c[(i + 1)..<close]))
        let target = String(c[(close + 2)..<paren]).trimmingCharacters(in: .whitespaces)
        out += safe(target) ? "<a href=\"\(XMLText.escape(target))\">\(label)</a>" : label
        i = paren + 1
      } else {
        out += XMLText.escape(String(ch))
        i += 1
      }
    }
    return out
  }

  /// Whether a link target is safe to keep: http, https, mailto, or relative (no scheme), with no spaces or controls.
  static func safe(_ target: String) -> Bool {
    guard !target.isEmpty, !target.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else {
      return false
    }
    let beforePath = target.prefix { !"/?#".contains($0) }
    guard let colon = beforePath.firstIndex(of: ":") else { return true }
    return ["http", "https", "mailto"].contains(beforePath[..<colon].lowercased())
  }
}
