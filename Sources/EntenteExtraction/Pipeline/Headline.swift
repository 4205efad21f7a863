/// Tells a headline or section title from a sentence.
///
/// Rule: a span that is a whole line, ends in a letter or digit (no full stop, question or
/// exclamation mark, quote or bracket), and whose longer words (four letters or more) are
/// at least 70% capitalized, with at least three of them, is a headline ("Army Warns Rebels
/// After Border Clash"). Headlines drop words: they list actors with commas alone ("Chad,
/// Mali, Niger Quit Bloc"), which in a sentence would end a phrase, so roles read their
/// comma lists whole. A headline in sentence case is read as a sentence.
enum Headline {
  /// Whether `p[range]` is a headline line.
  ///
  /// - Parameters:
  ///   - p: The document's bytes.
  ///   - range: The span's bytes.
  /// - Returns: Whether the span is a whole line in title case with no closing punctuation.
  /// - Complexity: O(*n*) in the span's bytes.
  static func isHeadline(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard let line = unpunctuatedLine(p, range) else { return false }
    let (lo, hi) = (line.lowerBound, line.upperBound)
    // A whole line: a line break (or the document's edge) before it too, and none inside.
    var b = lo - 1
    while b >= 0, space(p[b]) { b -= 1 }
    guard b < 0 || p[b] == 0x0A else { return false }
    for i in lo..<hi where p[i] == 0x0A { return false }
    var long = 0
    var capital = 0
    var i = lo
    while i < hi {
      while i < hi, space(p[i]) { i += 1 }
      let start = i
      var letters = 0
      while i < hi, !space(p[i]) {
        if (p[i] | 0x20) >= 97 && (p[i] | 0x20) <= 122 { letters += 1 }
        i += 1
      }
      guard letters >= 4 else { continue }
      long += 1
      if p[start] >= 65 && p[start] <= 90 { capital += 1 }
    }
    return long >= 3 && capital * 10 >= long * 7
  }

  /// Whether `p[range]` is a whole line that ends in a letter or digit (no full stop): a
  /// document's first such line is its title, in title case or not.
  ///
  /// - Parameters:
  ///   - p: The document's bytes.
  ///   - range: The span's bytes.
  /// - Returns: Whether the span is a whole line of 12 to 300 bytes with no closing punctuation.
  /// - Complexity: O(*n*) in the span's bytes.
  static func isTitleLine(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    unpunctuatedLine(p, range) != nil
  }

  private static func space(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }

  /// The span without surrounding blanks when it is 12 to 300 bytes, a line break (or the
  /// document's end) follows it, and it ends in a letter or digit; else nil.
  private static func unpunctuatedLine(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, space(p[lo]) || p[lo] == 0x0A { lo += 1 }
    while hi > lo, space(p[hi - 1]) || p[hi - 1] == 0x0A { hi -= 1 }
    guard hi - lo >= 12, hi - lo <= 300 else { return nil }
    var a = hi
    while a < p.count, space(p[a]) { a += 1 }
    guard a >= p.count || p[a] == 0x0A else { return nil }
    let last = p[hi - 1]
    guard (last | 0x20) >= 97 && (last | 0x20) <= 122 || (last >= 48 && last <= 57) else { return nil }
    return lo..<hi
  }
}
