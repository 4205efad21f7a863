/// A word of a sentence as the extractor sees it: where it is and which known word it is.
struct Token {
  /// Its UTF-8 bytes in the document's buffer.
  var bytes: Range<Int>
  /// Its Unicode scalars, counted from the sentence's start.
  var characters: Range<Int>
  /// Its id in the case-folding lexicon (0: no known word).
  var lower: Int32
  /// Its id in the exact lexicon (abbreviations; 0: none).
  var exact: Int32
  /// The clause it is in: `;` and `:` start a new one; a bracketed aside is a clause of
  /// its own, after which the outer clause resumes.
  var clause: Int32
  /// Whether it ended in `'s` or `’s` (removed from the word).
  var possessive: Bool
  /// Whether it ends in `n't` or `n’t` ("didn't", "didn’t").
  var negative: Bool
  /// The year it writes (four digits, 1900-2100), else 0.
  var year: Int16
  /// What stands between the previous word and this one (`Gap` bits).
  var gap: UInt8 = 0
  /// Whether it starts with a capital letter (ASCII).
  var capital: Bool = false
}

/// Bits of `Token.gap`: the punctuation between a word and the one before it.
enum Gap {
  /// A comma, or a dash standing apart (" — ", " - ").
  static let comma: UInt8 = 1
  /// A hyphen or en dash joining the two words with no space ("Iran-backed", "Iran–Israel").
  static let joined: UInt8 = 2
  /// A full stop inside the sentence's span, a quote or a bracket.
  static let other: UInt8 = 4
  /// A sign that coordinates: `+`, `&` or `/` ("ARM + AZ", "US/French").
  static let plus: UInt8 = 8
  /// A dash standing apart (" — ", " - "), set with `comma`: it may open or close an aside
  /// ("the Group of Seven — A, B and C — agreed").
  static let dash: UInt8 = 16
}

/// The words of one sentence and what the extractor needs of its punctuation.
struct TokenizedSentence {
  var tokens: [Token] = []
  /// The clauses that hold a `?`.
  var questionClauses: [Int32] = []
  /// Scalar offset (from the sentence's start) of the first comma, or `Int.max`.
  var firstComma = Int.max
  /// How many clauses there are.
  var clauseCount: Int32 = 1

  /// Scans `p[range]`: words are runs of letters, digits, `.` and apostrophes starting
  /// with a letter or digit; trailing apostrophes go, `'s`/`’s` is split off as a
  /// possessive, and a closing period is dropped unless the word is an initialism
  /// (`U.S.`).
  ///
  /// - Complexity: O(*n*) in the sentence's bytes.
  mutating func scan(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lower: Lexicon, exact: Lexicon) {
    tokens.empty()
    questionClauses.empty()
    firstComma = Int.max
    var current: Int32 = 0
    var next: Int32 = 1
    var outer: [Int32] = []
    var i = range.lowerBound
    let end = range.upperBound
    var scalar = 0  // scalars before byte i, from the sentence's start
    var gap: UInt8 = 0
    var lastWordEnd = -1
    while i < end {
      let b = p[i]
      if b < 0x80 {
        let letter = (b | 0x20) >= 97 && (b | 0x20) <= 122
        let digit = b >= 48 && b <= 57
        if !letter && !digit {
          switch b {
          case 0x3B, 0x3A:  // ; :
            current = next
            next += 1
          case 0x28:  // (
            outer.append(current)
            current = next
            next += 1
          case 0x29:  // )
            current = outer.popLast() ?? current
          case 0x3F:  // ?
            if !questionClauses.contains(current) { questionClauses.append(current) }
          case 0x2C:  // ,
            if firstComma == Int.max { firstComma = scalar }
            gap |= Gap.comma
          case 0x2D:  // -
            gap |= (i == lastWordEnd && i + 1 < end && p[i + 1] != 0x20) ? Gap.joined : Gap.comma | Gap.dash
          case 0x22, 0x5B, 0x5D:  // " [ ] (brackets open and close clauses above)
            gap |= Gap.other
          case 0x2B, 0x26, 0x2F:  // + & /
            gap |= Gap.plus
          default: break
          }
          i += 1
          scalar += 1
          continue
        }
      } else {
        let (c, n) = CharacterClass.decode(p, i)
        if !CharacterClass.isLetter(c) {
          if c == "–" || c == "‑" {
            gap |= (i == lastWordEnd && i + n < end && p[i + n] != 0x20) ? Gap.joined : Gap.comma | Gap.dash
          } else if c == "—" {
            gap |= Gap.comma | Gap.dash
          } else if c == "“" || c == "”" {
            gap |= Gap.other
          }
          i += n
          scalar += 1
          continue
        }
      }
      // A word: letters, digits, "." and apostrophes.
      let start = i
      let startScalar = scalar
      var dots = 0
      var ascii = true
      var j = i
      var length = 0
      while j < end {
        let c = p[j]
        if c < 0x80 {
          // A run of ASCII letters and digits is passed with one test per byte (the
          // wrapping differences are small only for `a`-`z`, `A`-`Z` and `0`-`9`).
          if (c | 0x20) &- 97 < 26 || c &- 48 < 10 {
            var k = j &+ 1
            while k < end, (p[k] | 0x20) &- 97 < 26 || p[k] &- 48 < 10 { k &+= 1 }
            length += k - j
            j = k
            continue
          }
          guard c == 0x2E || c == 0x27 else { break }
          if c == 0x2E { dots += 1 }
          j += 1
        } else {
          let (s, n) = CharacterClass.decode(p, j)
          guard CharacterClass.isLetter(s) || s == "’" else { break }
          ascii = false
          j += n
        }
        length += 1
      }
      var wordEnd = j
      var wordLength = length
      // Trailing apostrophes.
      var trailing = false
      while wordEnd > start, let n = Self.apostropheEnding(p, start, wordEnd) {
        wordEnd -= n
        wordLength -= 1
        trailing = true
      }
      // A possessive 's (only on words longer than two scalars), or a name's plural
      // possessive ("the United States' suppliers", "the Philippines' coast guard").
      var possessive =
        trailing && wordLength > 2 && p[wordEnd - 1] == 0x73 && p[start] >= 65 && p[start] <= 90
      if wordLength > 2 && p[wordEnd - 1] == 0x73, let n = Self.apostropheEnding(p, start, wordEnd - 1) {
        possessive = true
        wordEnd -= 1 + n
        wordLength -= 2
      }
      if wordEnd > start && p[wordEnd - 1] == 0x2E {
        if dots == 1 || wordLength > 2 * dots {  // "war." but not "U.S."
          wordEnd -= 1
          wordLength -= 1
        }
      }
      if wordEnd > start {
        let r = start..<wordEnd
        // ASCII unless a non-ASCII letter is left after trimming ("Russia’s" is ASCII).
        if !ascii { ascii = !p[r].contains { $0 >= 0x80 } }
        var year: Int16 = 0
        // "2014", and a decade ("the 1990s") by its first year.
        let decade = wordEnd - start == 5 && p[wordEnd - 1] == 0x73
        if (wordEnd - start == 4 || decade) && ascii {
          var v = 0
          for k in start..<(start + 4) {
            guard p[k] >= 48 && p[k] <= 57 else {
              v = -1
              break
            }
            v = v * 10 + Int(p[k] - 48)
          }
          if v >= 1900 && v <= 2100 && (!decade || v % 10 == 0) { year = Int16(v) }
        }
        // A hyphenated word the lexicon knows, as written ("S-400") or closed up
        // ("cease-fire" as "ceasefire", "peace-keepers"), is one token: its parts alone
        // would not match a pattern that names it.
        if gap == Gap.joined, let last = tokens.last, !last.possessive, last.bytes.upperBound + 1 == start,
          p[last.bytes.upperBound] == 0x2D
        {
          let whole = last.bytes.lowerBound..<r.upperBound
          let id = Self.hyphenated(p, last.bytes, r, ascii: ascii && !p[last.bytes].contains { $0 >= 0x80 }, lower)
          if id != 0 {
            tokens[tokens.count - 1].bytes = whole
            tokens[tokens.count - 1].characters = last.characters.lowerBound..<(startScalar + wordLength)
            tokens[tokens.count - 1].lower = id
            tokens[tokens.count - 1].exact = exact.id(p, whole, ascii: ascii)
            tokens[tokens.count - 1].possessive = possessive
            gap = 0
            lastWordEnd = j
            i = j
            scalar = startScalar + length
            continue
          }
        }
        var negative = false
        if ascii {
          negative =
            wordEnd - start >= 3 && p[wordEnd - 1] | 0x20 == 0x74 && p[wordEnd - 2] == 0x27
            && p[wordEnd - 3] | 0x20 == 0x6E
        } else {
          let word = String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self).lowercased()
          negative = word.hasSuffix("n't") || word.hasSuffix("n’t")
        }
        tokens.append(
          Token(
            bytes: r, characters: startScalar..<(startScalar + wordLength), lower: lower.id(p, r, ascii: ascii),
            exact: exact.id(p, r, ascii: ascii),
            clause: current, possessive: possessive, negative: negative, year: year, gap: gap,
            capital: p[start] >= 65 && p[start] <= 90))
        gap = 0
      }
      lastWordEnd = j
      i = j
      scalar = startScalar + length
    }
    clauseCount = next
  }

  /// The id of the hyphenated word `p[first.lowerBound..<second.upperBound]` in `lower`,
  /// closed up ("build-up" as "buildup", the form patterns name) or else as written, or 0.
  static func hyphenated(
    _ p: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Range<Int>, ascii: Bool, _ lower: Lexicon
  ) -> Int32 {
    let n = first.count + second.count
    // (On the stack: this runs for every hyphen-joined word of every sentence read.)
    let id = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { buffer -> Int32 in
      var k = 0
      for i in first {
        buffer[k] = p[i]
        k += 1
      }
      for i in second {
        buffer[k] = p[i]
        k += 1
      }
      return lower.id(UnsafeBufferPointer(buffer), 0..<n, ascii: ascii)
    }
    return id != 0 ? id : lower.id(p, first.lowerBound..<second.upperBound, ascii: ascii)
  }

  /// The length in bytes of an apostrophe (`'` or `’`) ending at byte `end`, if one does.
  @inline(__always) static func apostropheEnding(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
    if end - 1 >= start && p[end - 1] == 0x27 { return 1 }
    if end - 3 >= start && p[end - 3] == 0xE2 && p[end - 2] == 0x80 && p[end - 1] == 0x99 { return 3 }
    return nil
  }
}
