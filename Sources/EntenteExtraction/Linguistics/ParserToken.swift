/// What the dependency parser's features know of one word: hashes of its form
/// (lower-cased, digits as `0`, curly apostrophes straightened), its lemma (likewise) and
/// its UPOS tag.
package struct ParserToken: Sendable, Equatable {
  /// The folded form's hash.
  package var form: UInt64
  /// The folded lemma's hash.
  package var lemma: UInt64
  /// The tag's number plus one (the root and "no word" have their own numbers).
  package var tag: UInt64

  /// The token of a word.
  package init(word: some StringProtocol, lemma: some StringProtocol, tag: UniversalTag) {
    form = Self.folded(word)
    self.lemma = Self.folded(lemma)
    self.tag = UInt64(tag.rawValue) + 1
  }

  private init(special: UInt64) {
    form = TaggerHash.mix(0x524F_4F54, special)
    lemma = form
    tag = 100 + special
  }

  /// The artificial root word the sentence's root attaches to.
  package static let root = ParserToken(special: 1)
  /// The stand-in for a position with no word (an empty stack slot, a missing child).
  package static let none = ParserToken(special: 2)

  /// FNV-1a over the word's UTF-8 bytes, ASCII letters lower-cased, digits as `0`,
  /// U+2018/U+2019 as `'`.
  ///
  /// - Complexity: O(*k*) for *k* bytes.
  package static func folded(_ word: some StringProtocol) -> UInt64 {
    var h = TaggerHash.seed
    var pending = 0  // bytes of a curly apostrophe still to skip
    let bytes = Array(word.utf8)
    var i = 0
    while i < bytes.count {
      var b = bytes[i]
      if b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99) {
        b = 0x27
        pending = 2
      }
      if b >= 65 && b <= 90 { b |= 0x20 } else if b >= 48 && b <= 57 { b = 48 }
      h = TaggerHash.add(h, b)
      i += 1 + pending
      pending = 0
    }
    return h
  }
}
