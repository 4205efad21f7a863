/// Splits analysis texts into sentences, keeping exact offsets.
///
/// The rules (`Guides/Extraction.md`, "Sentences"), written for what such texts contain:
/// - A hard line break ends a sentence; a leading bullet (`·`, `•`, `-`, `*`) is not
///   part of the next one.
/// - `.`, `?` or `!`, with any closing quotes or brackets after it, ends a sentence when
///   a space and then a capital letter, a digit, an opening quote or bracket, or a
///   bullet follow, unless the word before a period is an abbreviation (`I.e.`, `e.g.`,
///   `est.`, `Dr.`, `Mr.`, `Feb.`, `U.S.`, a single letter) or an ellipsis (`...`, `…`)
///   runs on in lower case.
/// - A thread counter such as `12/19` at the end of a line belongs to the sentence
///   before it.
/// - Pieces with no letter or digit (`,m`, stray punctuation) are not sentences.
/// - A run of more than 5,000 characters without an end is cut at whitespace.
///
///     let sentences = SentenceSplitter().split(text)
///     sentences[3].text; sentences[3].characters   // Unicode scalar offsets
public struct SentenceSplitter: Sendable {
  /// Words that end with a period without ending a sentence, lower-cased, without the period.
  public var abbreviations: Set<String> = [
    "i.e", "e.g", "est", "dr", "mr", "mrs", "ms", "st", "vs", "etc", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun",
    "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "no", "approx", "cf", "al", "gen", "col", "lt", "sgt", "prof", "rev",
    "jr", "sr",
  ]

  /// The longest sentence: 5,000 Unicode scalars; longer runs are cut at whitespace.
  public static let maximumLength = 5_000

  /// Creates a splitter with the default abbreviations.
  public init() {}

  /// The sentences of `text`, in order.
  ///
  /// - Complexity: O(*n*) in the text's length.
  public func split(_ text: String) -> [Sentence] {
    var text = text
    return text.withUTF8 { p in
      spans(p).enumerated().map { i, s in
        Sentence(
          index: i, characters: s.characters, bytes: s.bytes,
          text: String(decoding: UnsafeBufferPointer(rebasing: p[s.bytes]), as: UTF8.self))
      }
    }
  }

  /// Where a sentence is: its UTF-8 bytes and its Unicode scalars in the text.
  struct Span {
    var bytes: Range<Int>
    var characters: Range<Int>
  }

  /// The sentences of a text's UTF-8 bytes (valid UTF-8), in order, without copying it.
  ///
  /// - Complexity: O(*n*) in the text's length.
  func spans(_ p: UnsafeBufferPointer<UInt8>) -> [Span] {
    var out: [Span] = []
    out.reserveCapacity(p.count / 80)
    let longestAbbreviation = abbreviations.lazy.map(\.utf8.count).max() ?? 0
    let packed = Self.packed(abbreviations)
    // Scalar offsets are byte offsets in ASCII text; else they are counted from a cursor
    // that mostly moves forward (sentences come in order).
    let ascii = Self.isASCII(p)
    var cursor = (byte: 0, scalar: 0)
    func scalarOffset(_ byte: Int) -> Int {
      if ascii { return byte }
      while cursor.byte < byte {
        if CharacterClass.startsScalar(p[cursor.byte]) { cursor.scalar += 1 }
        cursor.byte += 1
      }
      while cursor.byte > byte {
        cursor.byte -= 1
        if CharacterClass.startsScalar(p[cursor.byte]) { cursor.scalar -= 1 }
      }
      return cursor.scalar
    }
    func emit(_ start: Int, _ end: Int) {
      var s = start
      var e = end
      while s < e {
        let (c, n) = CharacterClass.decode(p, s)
        guard CharacterClass.isWhitespace(c) else { break }
        s += n
      }
      while e > s {
        let b = CharacterClass.previous(p, e)
        guard CharacterClass.isWhitespace(CharacterClass.decode(p, b).0) else { break }
        e = b
      }
      guard s < e, Self.hasLetterOrDigit(p, s, e) else { return }
      let c0 = scalarOffset(s)
      let c1 = scalarOffset(e)
      // A run-on "sentence" is cut at whitespace so no sentence exceeds the bound.
      if c1 - c0 > Self.maximumLength {
        var cut = s
        var count = 0
        while count < Self.maximumLength {
          cut += CharacterClass.decode(p, cut).1
          count += 1
        }
        while count > Self.maximumLength / 2 && !CharacterClass.isWhitespace(CharacterClass.decode(p, cut).0) {
          cut = CharacterClass.previous(p, cut)
          count -= 1
        }
        emit(s, cut)
        emit(cut, e)
        return
      }
      out.append(Span(bytes: s..<e, characters: c0..<c1))
    }
    var lineStart = 0
    while lineStart <= p.count {
      var lineEnd = lineStart
      // Eight bytes at a time while none is a line feed.
      if let base = p.baseAddress {
        let raw = UnsafeRawPointer(base)
        while lineEnd + 8 <= p.count, !Self.hasByte(raw.loadUnaligned(fromByteOffset: lineEnd, as: UInt64.self), 0x0A) {
          lineEnd += 8
        }
      }
      while lineEnd < p.count && p[lineEnd] != 0x0A { lineEnd += 1 }
      splitLine(p, lineStart, lineEnd, longestAbbreviation, packed, emit)
      lineStart = lineEnd + 1
    }
    return out
  }

  /// Whether every byte is ASCII, eight bytes at a time.
  static func isASCII(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = p.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var i = 0
    var any: UInt64 = 0
    while i + 8 <= p.count {
      any |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      i += 8
    }
    while i < p.count {
      any |= UInt64(p[i])
      i += 1
    }
    return any & 0x8080_8080_8080_8080 == 0
  }

  /// Whether one of the eight bytes of `w` is `byte` (the zero-byte test on `w ^ byte…`:
  /// exact as a yes or no).
  @inline(__always) static func hasByte(_ w: UInt64, _ byte: UInt8) -> Bool {
    let v = w ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
    return (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0
  }

  @inline(__always) static func hasLetterOrDigit(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    var i = s
    while i < e {
      let b = p[i]
      if b < 0x80 {
        if (b | 0x20 >= 97 && b | 0x20 <= 122) || (b >= 48 && b <= 57) { return true }
        i += 1
      } else {
        let (c, n) = CharacterClass.decode(p, i)
        if CharacterClass.isLetter(c) { return true }
        i += n
      }
    }
    return false
  }

  // The marks below are tested with a `switch`, not a `Set<Unicode.Scalar>`: a set hashed
  // the scalar with SipHash at every sentence mark and line start.

  /// Bullets: `·`, `•`, `-`, `*`, `–`.
  @inline(__always) static func isBullet(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "·", "•", "-", "*", "–": true
    default: false
    }
  }

  /// Closing marks after a sentence mark: `.`, `”`, `’`, `"`, `'`, `)`, `]`.
  @inline(__always) static func isCloser(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case ".", "”", "’", "\"", "'", ")", "]": true
    default: false
    }
  }

  /// Opening marks that may start a sentence: `“`, `"`, `‘`, `(`, `[`.
  @inline(__always) static func isOpener(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "“", "\"", "‘", "(", "[": true
    default: false
    }
  }

  private func splitLine(
    _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ longestAbbreviation: Int, _ packed: [UInt64]?,
    _ emit: (Int, Int) -> Void
  ) {
    var i = start
    while i < end {
      let (c, n) = CharacterClass.decode(p, i)
      guard CharacterClass.isWhitespace(c) else { break }
      i += n
    }
    if i < end {
      let (c, n) = CharacterClass.decode(p, i)
      if Self.isBullet(c), i + n < end, p[i + n] == 0x20 { i += n }
    }
    var sentenceStart = i
    var j = i
    var contentEnd = end
    while contentEnd > start {
      let b = CharacterClass.previous(p, contentEnd)
      guard CharacterClass.isWhitespace(CharacterClass.decode(p, b).0) else { break }
      contentEnd = b
    }
    while j < contentEnd {
      // Sentence marks: ".", "?", "!" and "…" (E2 80 A6); eight bytes with none of their
      // first bytes pass at once, other bytes one by one.
      if let base = p.baseAddress {
        let raw = UnsafeRawPointer(base)
        while j + 8 <= contentEnd {
          let w = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
          if Self.hasByte(w, 0x2E) || Self.hasByte(w, 0x3F) || Self.hasByte(w, 0x21) || Self.hasByte(w, 0xE2) { break }
          j += 8
        }
        if j >= contentEnd { break }
      }
      let b = p[j]
      let markLength: Int
      if b == 0x2E || b == 0x3F || b == 0x21 {
        markLength = 1
      } else if b == 0xE2 && j + 2 < contentEnd && p[j + 1] == 0x80 && p[j + 2] == 0xA6 {
        markLength = 3
      } else {
        j += 1
        continue
      }
      var k = j + markLength
      while k < contentEnd {
        let (c, n) = CharacterClass.decode(p, k)
        guard Self.isCloser(c) else { break }
        k += n
      }
      if k >= contentEnd { break }  // the line's end closes it anyway
      // A thread counter after the mark ends the line's sentence with it.
      if isThreadCounterTail(p, k, contentEnd) {
        emit(sentenceStart, contentEnd)
        sentenceStart = contentEnd
        j = contentEnd
        break
      }
      guard p[k] == 0x20 || p[k] == 0x09 else {
        j = k
        continue
      }
      var m = k
      while m < contentEnd && (p[m] == 0x20 || p[m] == 0x09) { m += 1 }
      let next = CharacterClass.decode(p, m).0
      let startsSentence =
        CharacterClass.isUppercase(next) || CharacterClass.isDigit(next) || Self.isOpener(next)
        || Self.isBullet(next)
      if startsSentence && !(b == 0x2E && isAbbreviation(p, sentenceStart, j, longestAbbreviation, packed)) {
        emit(sentenceStart, k)
        sentenceStart = m
        j = m
      } else {
        j = k
      }
    }
    emit(sentenceStart, contentEnd)
  }

  /// Whether what follows byte `k` on the line is only a counter like `12/19`.
  private func isThreadCounterTail(_ p: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> Bool {
    var i = k
    while i < end && p[i] == 0x20 { i += 1 }
    guard i < end else { return false }
    var digits1 = 0
    var digits2 = 0
    var slash = false
    while i < end {
      if p[i] >= 0x30 && p[i] <= 0x39 {
        if slash { digits2 += 1 } else { digits1 += 1 }
      } else if p[i] == 0x2F && !slash {
        slash = true
      } else {
        return false
      }
      i += 1
    }
    return slash && digits1 > 0 && digits2 > 0
  }

  /// The abbreviations' bytes, each packed in a `UInt64` (the first byte lowest), or nil
  /// when one is longer than eight bytes or not ASCII (then words are compared as strings).
  ///
  /// Packed, an ASCII word is compared with a few integers instead of being made a string
  /// and hashed: the string and its hash were most of the splitting's time at periods.
  static func packed(_ abbreviations: Set<String>) -> [UInt64]? {
    var out: [UInt64] = []
    out.reserveCapacity(abbreviations.count)
    for a in abbreviations {
      guard a.utf8.count <= 8 else { return nil }
      var v: UInt64 = 0
      for (k, b) in a.utf8.enumerated() {
        guard b != 0 && b < 0x80 else { return nil }
        v |= UInt64(b) << UInt64(8 * k)
      }
      out.append(v)
    }
    return out
  }

  /// Whether the word ending at the period at byte `dot` is an abbreviation or a single letter.
  private func isAbbreviation(
    _ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ dot: Int, _ longestAbbreviation: Int, _ packed: [UInt64]?
  ) -> Bool {
    var w = dot
    var ascii = true
    while w > from {
      let b = CharacterClass.previous(p, w)
      if p[b] < 0x80 {
        let c = p[b]
        guard (c | 0x20 >= 97 && c | 0x20 <= 122) || c == 0x2E else { break }
      } else {
        guard CharacterClass.isLetter(CharacterClass.decode(p, b).0) else { break }
        ascii = false
      }
      w = b
    }
    let word = UnsafeBufferPointer(rebasing: p[w..<dot])
    if ascii {
      // ASCII words: no string unless the word could be a listed abbreviation.
      if word.count == 1 { return true }
      // Initialisms such as U.S or U.N: single letters separated by periods.
      if word.count >= 3 && word.count % 2 == 1 && word.indices.allSatisfy({ ($0 % 2 == 1) == (word[$0] == 0x2E) }) {
        return true
      }
      guard word.count <= longestAbbreviation else { return false }
      // Compared packed when every abbreviation packs (then the word has at most eight bytes).
      if let packed {
        var v: UInt64 = 0
        for k in word.indices {
          let c = word[k] >= 65 && word[k] <= 90 ? word[k] | 0x20 : word[k]
          v |= UInt64(c) &<< UInt64(8 &* k)
        }
        return packed.contains(v)
      }
      let lower = String(unsafeUninitializedCapacity: word.count) { out in
        for k in word.indices { out[k] = word[k] >= 65 && word[k] <= 90 ? word[k] | 0x20 : word[k] }
        return word.count
      }
      return abbreviations.contains(lower)
    }
    let lower = String(decoding: word, as: UTF8.self).lowercased()
    if lower.count == 1 { return true }
    if abbreviations.contains(lower) { return true }
    let parts = lower.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count > 1 && parts.allSatisfy { $0.count == 1 }
  }
}
