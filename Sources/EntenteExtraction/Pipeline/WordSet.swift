/// A set of word ids (`Lexicon` ids) as a bit table over the ids: a membership test is a
/// bounds check, one load and a mask, with no hashing.
///
/// The rule files' word lists are tested for almost every word of a relation sentence;
/// as `Set<Int32>` each test hashed the id with SipHash (about 3 % of extraction's
/// instructions). The table is as long as the largest id in the set needs (ids are
/// small and dense), and an id past it is not in the set.
struct WordSet: Sendable, Equatable, ExpressibleByArrayLiteral {
  /// Bit `id & 63` of word `id >> 6` is set for each member `id`.
  private var bits: [UInt64] = []

  /// The empty set.
  init() {}

  /// The set of `ids`.
  init<S: Sequence>(_ ids: S) where S.Element == Int32 {
    for id in ids { insert(id) }
  }

  init(arrayLiteral ids: Int32...) { self.init(ids) }

  /// Whether `id` is in the set.
  ///
  /// - Complexity: O(1).
  @inline(__always) func contains(_ id: Int32) -> Bool {
    let word = UInt(bitPattern: Int(id) >> 6)
    guard word < UInt(bits.count) else { return false }
    return bits.withUnsafeBufferPointer { $0[Int(word)] } & (1 &<< UInt64(id & 63)) != 0
  }

  /// Adds `id` (a negative id is never a word and is ignored).
  mutating func insert(_ id: Int32) {
    guard id >= 0 else { return }
    let word = Int(id) >> 6
    if word >= bits.count { bits += repeatElement(0, count: word + 1 - bits.count) }
    bits[word] |= 1 &<< UInt64(id & 63)
  }

  /// The set with `ids` added.
  func union<S: Sequence>(_ ids: S) -> WordSet where S.Element == Int32 {
    var out = self
    for id in ids { out.insert(id) }
    return out
  }

  /// Whether the set has no member.
  var isEmpty: Bool { !bits.contains { $0 != 0 } }
}
