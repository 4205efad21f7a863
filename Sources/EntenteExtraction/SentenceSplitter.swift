/// Splits analysis texts into sentences, keeping exact offsets.
///
/// The rules (README "Sentences"), written for what such texts contain:
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
    "i.e", "e.g", "est", "dr", "mr", "mrs", "ms", "st", "vs", "etc", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "no", "approx", "cf", "al", "gen", "col", "lt", "sgt", "prof", "rev", "jr", "sr",
  ]

  /// The longest sentence: 5,000 Unicode scalars; longer runs are cut at whitespace.
  public static let maximumLength = 5_000

  /// Creates a splitter with the default abbreviations.
  public init() {}

  /// The sentences of `text`, in order.
  ///
  /// - Complexity: O(*n*) in the text's length.
  public func split(_ text: String) -> [Sentence] {
    let scalars = Array(text.unicodeScalars)
    var out: [Sentence] = []
    // Byte offsets are counted forward from the last sentence (sentences come in order).
    var byteCursor = (scalar: 0, byte: 0)
    func byteOffset(_ scalar: Int) -> Int {
      while byteCursor.scalar < scalar {
        byteCursor.byte += UTF8.width(scalars[byteCursor.scalar])
        byteCursor.scalar += 1
      }
      return byteCursor.byte
    }
    func emit(_ start: Int, _ end: Int) {
      var s = start, e = end
      while s < e && CharacterClass.isWhitespace(scalars[s]) { s += 1 }
      while e > s && CharacterClass.isWhitespace(scalars[e - 1]) { e -= 1 }
      guard s < e, scalars[s..<e].contains(where: { CharacterClass.isLetter($0) || CharacterClass.isDigit($0) }) else { return }
      // A run-on "sentence" is cut at whitespace so no sentence exceeds the bound.
      if e - s > Self.maximumLength {
        var cut = s + Self.maximumLength
        while cut > s + Self.maximumLength / 2 && !CharacterClass.isWhitespace(scalars[cut]) { cut -= 1 }
        emit(s, cut)
        emit(cut, e)
        return
      }
      var piece = String.UnicodeScalarView()
      piece.append(contentsOf: scalars[s..<e])
      let b0 = byteOffset(s), b1 = byteOffset(e)
      out.append(Sentence(index: out.count, characters: s..<e, bytes: b0..<b1, text: String(piece)))
    }
    var lineStart = 0
    while lineStart <= scalars.count {
      var lineEnd = lineStart
      while lineEnd < scalars.count && scalars[lineEnd] != "\n" { lineEnd += 1 }
      splitLine(scalars, lineStart, lineEnd, emit)
      lineStart = lineEnd + 1
    }
    return out
  }

  static let bullets: Set<Unicode.Scalar> = ["·", "•", "-", "*", "–"]
  static let closers: Set<Unicode.Scalar> = [".", "”", "’", "\"", "'", ")", "]"]
  static let openers: Set<Unicode.Scalar> = ["“", "\"", "‘", "(", "["]

  private func splitLine(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ emit: (Int, Int) -> Void) {
    var i = start
    while i < end && CharacterClass.isWhitespace(s[i]) { i += 1 }
    if i < end, Self.bullets.contains(s[i]), i + 1 < end, s[i + 1] == " " { i += 1 }
    var sentenceStart = i
    var j = i
    var contentEnd = end
    while contentEnd > start && CharacterClass.isWhitespace(s[contentEnd - 1]) { contentEnd -= 1 }
    while j < contentEnd {
      let c = s[j]
      guard c == "." || c == "?" || c == "!" || c == "…" else {
        j += 1
        continue
      }
      var k = j + 1
      while k < contentEnd && Self.closers.contains(s[k]) { k += 1 }
      if k >= contentEnd { break }  // the line's end closes it anyway
      // A thread counter after the mark ends the line's sentence with it.
      if isThreadCounterTail(s, k, contentEnd) {
        emit(sentenceStart, contentEnd)
        sentenceStart = contentEnd
        j = contentEnd
        break
      }
      guard s[k] == " " || s[k] == "\t" else {
        j = k
        continue
      }
      var m = k
      while m < contentEnd && (s[m] == " " || s[m] == "\t") { m += 1 }
      let next = s[m]
      let startsSentence = CharacterClass.isUppercase(next) || CharacterClass.isDigit(next) || Self.openers.contains(next) || Self.bullets.contains(next)
      if startsSentence && !(c == "." && isAbbreviation(s, sentenceStart, j)) {
        emit(sentenceStart, k)
        sentenceStart = m
        j = m
      } else {
        j = k
      }
    }
    emit(sentenceStart, contentEnd)
  }

  /// Whether what follows `k` on the line is only a counter like `12/19`.
  private func isThreadCounterTail(_ s: [Unicode.Scalar], _ k: Int, _ end: Int) -> Bool {
    var i = k
    while i < end && s[i] == " " { i += 1 }
    guard i < end else { return false }
    var digits1 = 0, digits2 = 0, slash = false
    while i < end {
      if ("0"..."9").contains(s[i]) {
        if slash { digits2 += 1 } else { digits1 += 1 }
      } else if s[i] == "/" && !slash {
        slash = true
      } else {
        return false
      }
      i += 1
    }
    return slash && digits1 > 0 && digits2 > 0
  }

  /// Whether the word ending at the period `dot` is an abbreviation or a single letter.
  private func isAbbreviation(_ s: [Unicode.Scalar], _ from: Int, _ dot: Int) -> Bool {
    var w = dot
    while w > from && (CharacterClass.isLetter(s[w - 1]) || s[w - 1] == ".") { w -= 1 }
    var word = String.UnicodeScalarView()
    word.append(contentsOf: s[w..<dot])
    let lower = String(word).lowercased()
    if lower.count == 1 { return true }
    if abbreviations.contains(lower) { return true }
    // Initialisms such as U.S or U.N: letters separated by periods.
    let parts = lower.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count > 1 && parts.allSatisfy { $0.count == 1 }
  }
}
