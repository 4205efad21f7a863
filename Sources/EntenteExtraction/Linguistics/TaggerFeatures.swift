/// The feature templates of the part-of-speech tagger (Collins 2002; the feature set of
/// Honnibal's "A good part-of-speech tagger in about 200 lines of Python", 2013, with
/// word shapes, a fourth suffix and word bigrams added).
///
/// A feature is a 64-bit hash of a template number and the word hashes or previous tags
/// it reads. The window is two words either side (padding words beyond the sentence)
/// and the two tags already assigned to the left.
package enum TaggerFeatures {
  /// The number of features every position has.
  package static let count = 25

  /// The tag number standing for "before the sentence" one word back.
  package static let startTag: UInt8 = 17
  /// The tag number standing for "before the sentence" two words back.
  package static let startTag2: UInt8 = 18

  /// Writes the features of word `i` of the sentence into `out[0..<count]`.
  ///
  /// - Parameters:
  ///   - words: the sentence's words with two padding words before and after it
  ///     (word `i` of the sentence is `words[i + 2]`).
  ///   - i: the word's position in the sentence.
  ///   - previous: the tag of word `i - 1` (or `startTag`).
  ///   - previous2: the tag of word `i - 2` (or `startTag2`).
  ///   - out: space for `count` features.
  /// - Complexity: O(1).
  @inline(__always)
  package static func extract(
    _ words: UnsafeBufferPointer<TaggerWord>, _ i: Int, previous: UInt8, previous2: UInt8,
    into out: UnsafeMutablePointer<UInt64>
  ) {
    let w = words[i + 2]
    let l1 = words[i + 1]
    let l2 = words[i]
    let r1 = words[i + 3]
    let r2 = words[i + 4]
    let p1 = UInt64(previous)
    let p2 = UInt64(previous2)
    @inline(__always) func f(_ t: UInt64, _ a: UInt64) -> UInt64 { TaggerHash.mix(t, a) }
    @inline(__always) func f(_ t: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
      TaggerHash.mix(TaggerHash.mix(t, a), b)
    }
    out[0] = f(1, 0)  // bias
    out[1] = f(2, w.lower)
    out[2] = f(3, w.exact)
    out[3] = f(4, w.suffix1)
    out[4] = f(5, w.suffix2)
    out[5] = f(6, w.suffix3)
    out[6] = f(7, w.suffix4)
    out[7] = f(8, w.prefix1)
    out[8] = f(9, w.shape)
    out[9] = f(10, p1)
    out[10] = f(11, p2)
    out[11] = f(12, p1, p2)
    out[12] = f(13, p1, w.lower)
    out[13] = f(14, l1.lower)
    out[14] = f(15, l1.suffix3)
    out[15] = f(16, l2.lower)
    out[16] = f(17, r1.lower)
    out[17] = f(18, r1.suffix3)
    out[18] = f(19, r2.lower)
    out[19] = f(20, l1.shape)
    out[20] = f(21, r1.shape)
    out[21] = f(22, l1.lower, w.lower)
    out[22] = f(23, w.lower, r1.lower)
    out[23] = f(24, p1, w.suffix3)
    out[24] = f(25, w.shape, r1.shape)
  }
  // The same features split by what they read, for `TaggerMemo`: the keys below are
  // exactly those `extract` writes (its template numbers in brackets).

  /// How many features read only the word itself (the bias and templates 2-9).
  package static let ownCount = 9

  /// The bias and the word's own forms (`extract`'s `out[0...8]`).
  @inline(__always)
  package static func own(_ w: TaggerWord, into out: UnsafeMutablePointer<UInt64>) {
    out[0] = TaggerHash.mix(1, 0)
    out[1] = TaggerHash.mix(2, w.lower)
    out[2] = TaggerHash.mix(3, w.exact)
    out[3] = TaggerHash.mix(4, w.suffix1)
    out[4] = TaggerHash.mix(5, w.suffix2)
    out[5] = TaggerHash.mix(6, w.suffix3)
    out[6] = TaggerHash.mix(7, w.suffix4)
    out[7] = TaggerHash.mix(8, w.prefix1)
    out[8] = TaggerHash.mix(9, w.shape)
  }

  /// What `l1` contributes as the word before (`out[13]`, `out[14]`, `out[19]`).
  @inline(__always)
  package static func asPrevious(_ l1: TaggerWord, into out: UnsafeMutablePointer<UInt64>) {
    out[0] = TaggerHash.mix(14, l1.lower)
    out[1] = TaggerHash.mix(15, l1.suffix3)
    out[2] = TaggerHash.mix(20, l1.shape)
  }

  /// What `l2` contributes as the word two before (`out[15]`).
  @inline(__always)
  package static func asSecondPrevious(_ l2: TaggerWord) -> UInt64 { TaggerHash.mix(16, l2.lower) }

  /// What `r1` contributes as the word after (`out[16]`, `out[17]`, `out[20]`).
  @inline(__always)
  package static func asNext(_ r1: TaggerWord, into out: UnsafeMutablePointer<UInt64>) {
    out[0] = TaggerHash.mix(17, r1.lower)
    out[1] = TaggerHash.mix(18, r1.suffix3)
    out[2] = TaggerHash.mix(21, r1.shape)
  }

  /// What `r2` contributes as the word two after (`out[18]`).
  @inline(__always)
  package static func asSecondNext(_ r2: TaggerWord) -> UInt64 { TaggerHash.mix(19, r2.lower) }

  /// The features of the two previous tags alone (`out[9...11]`).
  @inline(__always)
  package static func history(previous: UInt8, previous2: UInt8, into out: UnsafeMutablePointer<UInt64>) {
    let p1 = UInt64(previous)
    let p2 = UInt64(previous2)
    out[0] = TaggerHash.mix(10, p1)
    out[1] = TaggerHash.mix(11, p2)
    out[2] = TaggerHash.mix(TaggerHash.mix(12, p1), p2)
  }

  /// The five features that read a tag with the word or two words together
  /// (`out[12]`, `out[21]`, `out[22]`, `out[23]`, `out[24]`).
  @inline(__always)
  package static func joint(
    _ w: TaggerWord, previousWord l1: TaggerWord, nextWord r1: TaggerWord, previous: UInt8,
    into out: UnsafeMutablePointer<UInt64>
  ) {
    let p1 = UInt64(previous)
    out[0] = TaggerHash.mix(TaggerHash.mix(13, p1), w.lower)
    out[1] = TaggerHash.mix(TaggerHash.mix(22, l1.lower), w.lower)
    out[2] = TaggerHash.mix(TaggerHash.mix(23, w.lower), r1.lower)
    out[3] = TaggerHash.mix(TaggerHash.mix(24, p1), w.suffix3)
    out[4] = TaggerHash.mix(TaggerHash.mix(25, w.shape), r1.shape)
  }
}
