import Entente

/// An actor named in a sentence.
public struct ActorMention: Sendable, Hashable {
  /// The actor.
  public let actor: ActorID
  /// How it was named.
  public let form: Gazetteer.FormKind
  /// The words' range in the sentence, in Unicode scalars from the sentence's start.
  public let characters: Range<Int>
  /// Index of the first and past-the-last word of the mention in the sentence's words.
  public let words: Range<Int>
  /// Whether the mention carries a possessive (`Turkey's`, `Russia’s`).
  public let possessive: Bool
}

/// Finds actor mentions in sentences: longest match first.
public struct ActorMatcher: Sendable {
  /// The gazetteer matched against.
  public let gazetteer: Gazetteer

  /// Creates a matcher.
  public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

  /// A word of a sentence with its scalar range.
  public struct Word: Sendable, Hashable {
    /// The text, without a possessive ending.
    public let text: String
    /// Where it is in the sentence.
    public let characters: Range<Int>
    /// Whether it ended in `'s` or `’s`.
    public let possessive: Bool
  }

  /// The words of a sentence: runs of letters, digits, `.` and apostrophes; a trailing
  /// period is dropped unless the word is an initialism (`U.S.`); `'s` is split off as a
  /// possessive.
  public static func words(_ text: String) -> [Word] {
    var out: [Word] = []
    let scalars = Array(text.unicodeScalars)
    out.reserveCapacity(scalars.count / 5)
    var i = 0
    @inline(__always) func wordChar(_ c: Unicode.Scalar) -> Bool {
      CharacterClass.isLetter(c) || CharacterClass.isDigit(c) || c == "." || c == "'" || c == "’"
    }
    while i < scalars.count {
      let c = scalars[i]
      guard CharacterClass.isLetter(c) || CharacterClass.isDigit(c) else {
        i += 1
        continue
      }
      var j = i
      var dots = 0
      while j < scalars.count && wordChar(scalars[j]) {
        if scalars[j] == "." { dots += 1 }
        j += 1
      }
      var end = j
      // Trailing apostrophes, a possessive 's, a closing period.
      while end > i && (scalars[end - 1] == "'" || scalars[end - 1] == "’") { end -= 1 }
      var possessive = false
      if end - i > 2 && scalars[end - 1] == "s" && (scalars[end - 2] == "'" || scalars[end - 2] == "’") {
        possessive = true
        end -= 2
      }
      if end > i && scalars[end - 1] == "." {
        let length = end - i
        if dots == 1 || length > 2 * dots { end -= 1 }  // "war." but not "U.S."
      }
      if end > i {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[i..<end])
        out.append(Word(text: String(view), characters: i..<end, possessive: possessive))
      }
      i = j
    }
    return out
  }

  /// The mentions in a sentence, left to right, longest match first; people count only
  /// while in office at `date` (or always when `date` is nil).
  ///
  /// - Complexity: O(*w*·*k*) for *w* words and forms of at most *k* words.
  public func mentions(in text: String, at date: EntenteDate? = nil) -> [ActorMention] {
    let words = Self.words(text)
    return mentions(words: words, lower: words.map { $0.text.lowercased() }, at: date)
  }

  /// The mentions among already scanned words (`lower`: the words lower-cased).
  func mentions(words: [Word], lower: [String], at date: EntenteDate?) -> [ActorMention] {
    let texts = words.map(\.text)
    var out: [ActorMention] = []
    var i = 0
    while i < words.count {
      var matched = false
      if !gazetteer.firstWords.contains(lower[i]) && !gazetteer.exactFirstWords.contains(texts[i]) {
        i += 1
        continue
      }
      let longest = max(gazetteer.longestFrom[lower[i]] ?? 0, gazetteer.longestFrom[texts[i]] ?? 0)
      for length in stride(from: min(longest, words.count - i), through: 1, by: -1) {
        let slice = texts[i..<(i + length)]
        // A possessive may only end a mention.
        if words[i..<(i + length - 1)].contains(where: \.possessive) { continue }
        var forms = gazetteer.lookup(slice)
        if let date { forms = forms.filter { $0.kind != .person || speaks($0, at: date) } }
        guard let form = forms.first else { continue }
        out.append(
          ActorMention(
            actor: form.actor, form: form.kind, characters: words[i].characters.lowerBound..<words[i + length - 1].characters.upperBound,
            words: i..<(i + length), possessive: words[i + length - 1].possessive))
        i += length
        matched = true
        break
      }
      if !matched { i += 1 }
    }
    return out
  }

  func speaks(_ f: Gazetteer.Form, at date: EntenteDate) -> Bool {
    (f.since.map { $0.startDay < date.endDay } ?? true) && (f.until.map { $0.startDay > date.startDay } ?? true)
  }
}
