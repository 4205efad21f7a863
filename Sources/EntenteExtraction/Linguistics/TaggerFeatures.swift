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
}
