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
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      guard c.properties.isAlphabetic || ("0"..."9").contains(c) else {
        i += 1
        continue
      }
      var j = i
      while j < scalars.count
        && (scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j]) || scalars[j] == "." || scalars[j] == "'" || scalars[j] == "’")
      { j += 1 }
      var end = j
      // Trailing punctuation: a period (unless initialism) and apostrophes.
      while end > i && (scalars[end - 1] == "'" || scalars[end - 1] == "’") { end -= 1 }
      var piece = String(String.UnicodeScalarView(scalars[i..<end]))
      var possessive = false
      if piece.hasSuffix("'s") || piece.hasSuffix("’s") {
        possessive = true
        piece = String(piece.dropLast(2))
        end -= 2
      }
      let dots = piece.filter { $0 == "." }.count
      if piece.hasSuffix(".") && dots == 1 {
        piece = String(piece.dropLast())
        end -= 1
      } else if piece.hasSuffix(".") && dots > 1 && piece.count > 2 * dots {
        piece = String(piece.dropLast())  // "war." style
        end -= 1
      }
      if !piece.isEmpty { out.append(Word(text: piece, characters: i..<end, possessive: possessive)) }
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
    let texts = words.map(\.text)
    var out: [ActorMention] = []
    var i = 0
    while i < words.count {
      var matched = false
      for length in stride(from: min(gazetteer.longest, words.count - i), through: 1, by: -1) {
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
