/// Byte-level passes over an SVG's UTF-8 text, each linear in its length.
///
/// `String.range(of:)` on the remaining text copies and rescans it, so cleaning a
/// many-megabyte SVG that way is quadratic (11.9 MB took 13.6 s); these passes read
/// every byte once and write the result into one buffer. Every pattern they look for
/// is ASCII, so a match never splits a multi-byte character.
enum SVGBytes {
  static let commentOpen = Array("<!--".utf8)
  static let commentClose = Array("-->".utf8)
  static let newline = UInt8(ascii: "\n")

  /// The text's bytes without its XML comments; an unclosed comment drops the rest.
  ///
  /// With `droppingBlankLines`, empty lines (those a removed comment leaves, and any
  /// other) are dropped too, and the text never starts with a newline.
  ///
  /// - Parameters:
  ///   - text: The SVG (or any XML) text.
  ///   - droppingBlankLines: Whether empty lines are dropped.
  /// - Returns: The text's UTF-8 bytes, cleaned.
  /// - Complexity: O(*n*) in the text's length.
  static func withoutComments(_ text: String, droppingBlankLines: Bool) -> [UInt8] {
    var text = text
    return text.withUTF8 { b in
      var out: [UInt8] = []
      out.reserveCapacity(b.count)
      var i = 0
      let n = b.count
      while i < n {
        let c = b[i]
        if c == UInt8(ascii: "<"), matches(commentOpen, in: b, at: i) {
          guard let end = find(commentClose, in: b, from: i + 4) else { return out }
          i = end + 3
          continue
        }
        if c == newline, droppingBlankLines, out.isEmpty || out[out.count - 1] == newline {
          i += 1
          continue
        }
        out.append(c)
        i += 1
      }
      return out
    }
  }

  /// The SVG's bytes with the `<g id="...">` groups whose class starts with `edge` and
  /// names one of `classes` moved, in order, just before the graph group's closing
  /// `</g>` at the end of the document (so they are drawn last, on top).
  ///
  /// A group ends at the `</g>` that closes it, counting nested groups; the newline
  /// after it moves with it. A document without the closing `</g>` and `</svg>` pair is
  /// returned unchanged.
  ///
  /// - Parameters:
  ///   - svg: A Graphviz SVG.
  ///   - classes: The edge classes to raise.
  /// - Returns: The SVG's UTF-8 bytes, reordered.
  /// - Complexity: O(*n*) in the SVG's length.
  static func raisingGroups(_ svg: String, classes: Set<String>) -> [UInt8] {
    let groupOpen = Array("<g id=\"".utf8)
    let groupClose = Array("</g>".utf8)
    var svg = svg
    return svg.withUTF8 { b in
      var out: [UInt8] = []
      out.reserveCapacity(b.count)
      var raised: [UInt8] = []
      var copied = 0
      var i = 0
      while let open = find(groupOpen, in: b, from: i) {
        guard let tagEnd = firstIndex(of: UInt8(ascii: ">"), in: b, from: open + groupOpen.count) else { break }
        let tag = String(decoding: UnsafeBufferPointer(rebasing: b[open..<tagEnd]), as: UTF8.self)
        let cls = SVGDocument.attribute("class", in: Substring(tag))?.split(separator: " ") ?? []
        guard cls.first == "edge", cls.contains(where: { classes.contains(String($0)) }) else {
          i = tagEnd
          continue
        }
        var depth = 0
        var j = open
        var end: Int?
        while j < b.count {
          if b[j] == UInt8(ascii: "<") {
            if j + 1 < b.count, b[j + 1] == UInt8(ascii: "g") {
              depth += 1
            } else if matches(groupClose, in: b, at: j) {
              depth -= 1
              if depth == 0 {
                end = j + 4
                break
              }
            }
          }
          j += 1
        }
        guard var stop = end else { break }
        if stop < b.count, b[stop] == newline { stop += 1 }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<open]))
        raised.append(contentsOf: UnsafeBufferPointer(rebasing: b[open..<stop]))
        copied = stop
        i = stop
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied...]))
      guard !raised.isEmpty else { return out }
      guard let close = lastIndex(of: Array("</g>\n</svg>".utf8), in: out) else { return Array(b) }
      out.insert(contentsOf: raised, at: close)
      return out
    }
  }

  /// Whether `pattern` occurs in `b` at `i`.
  static func matches(_ pattern: [UInt8], in b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i + pattern.count <= b.count else { return false }
    for k in 0..<pattern.count where b[i + k] != pattern[k] { return false }
    return true
  }

  /// The first index at or after `from` where `pattern` starts, if any.
  ///
  /// - Complexity: O(*n*·*m*) in the text's and the pattern's lengths, O(*n*) for the
  ///   short patterns used here.
  static func find(_ pattern: [UInt8], in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let first = pattern.first else { return from }
    var i = from
    while i + pattern.count <= b.count {
      if b[i] == first, matches(pattern, in: b, at: i) { return i }
      i += 1
    }
    return nil
  }

  /// The first index at or after `from` where `pattern` starts in `bytes`, if any.
  static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    bytes.withUnsafeBufferPointer { find(pattern, in: $0, from: from) }
  }

  /// The first index at or after `from` holding `byte`, if any.
  static func firstIndex(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    var i = from
    while i < b.count {
      if b[i] == byte { return i }
      i += 1
    }
    return nil
  }

  /// The last index where `pattern` starts in `bytes`, if any (searched from the end).
  static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { b in
      var i = b.count - pattern.count
      while i >= 0 {
        if matches(pattern, in: b, at: i) { return i }
        i -= 1
      }
      return nil
    }
  }
}
