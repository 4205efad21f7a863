/// The feature templates of the dependency parser: those of Zhang and Nivre (2011),
/// adapted to the arc-hybrid system, for choosing a transition; and a smaller set over
/// the new arc's two words for choosing its relation.
///
/// A feature is a 64-bit hash of a template number and the word, lemma and tag hashes or
/// relation numbers it reads (`ParserToken`). Positions: *s0*, *s1*, *s2* the stack's top
/// three words, *b0*, *b1*, *b2* the buffer's first three; *l1*/*l2* and *r1*/*r2* a
/// word's two leftmost and rightmost dependents so far.
package enum ParserFeatures {
  /// The number of transition features.
  package static let transitionCount = 72
  /// The number of relation features.
  package static let labelCount = 32

  @inline(__always) static func f(_ t: UInt64, _ a: UInt64) -> UInt64 { TaggerHash.mix(t, a) }
  @inline(__always) static func f(_ t: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
    TaggerHash.mix(TaggerHash.mix(t, a), b)
  }
  @inline(__always) static func f(_ t: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
    TaggerHash.mix(TaggerHash.mix(TaggerHash.mix(t, a), b), c)
  }
  @inline(__always) static func f(_ t: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
    TaggerHash.mix(TaggerHash.mix(TaggerHash.mix(TaggerHash.mix(t, a), b), c), d)
  }

  /// A distance between two words, in buckets: 1, 2, 3, 4, 5-7, 8-11, 12 and more
  /// (0 when either is not a word of the sentence).
  @inline(__always) static func distance(_ a: Int, _ b: Int, count: Int) -> UInt64 {
    guard a < count, b < count else { return 0 }
    let d = abs(a - b)
    return UInt64(d <= 4 ? d : d <= 7 ? 5 : d <= 11 ? 6 : 7)
  }

  /// Writes the transition features of `c` into `out[0..<transitionCount]`.
  ///
  /// - Parameters:
  ///   - c: the parser's state.
  ///   - tokens: the sentence's tokens, then `ParserToken.root` and `ParserToken.none`.
  ///   - out: space for `transitionCount` features.
  /// - Complexity: O(1).
  @inline(__always)
  package static func transition(
    _ c: ParserConfiguration, _ tokens: UnsafeBufferPointer<ParserToken>, into out: UnsafeMutablePointer<UInt64>
  ) {
    let s0i = c.stackWord(0)
    let s1i = c.stackWord(1)
    let b0i = c.bufferWord(0)
    let s0 = tokens[s0i]
    let s1 = tokens[s1i]
    let s2 = tokens[c.stackWord(2)]
    let b0 = tokens[b0i]
    let b1 = tokens[c.bufferWord(1)]
    let b2 = tokens[c.bufferWord(2)]
    let s0l1 = tokens[c.left1[s0i]]
    let s0l2 = tokens[c.left2[s0i]]
    let s0r1 = tokens[c.right1[s0i]]
    let s0r2 = tokens[c.right2[s0i]]
    let s1l1 = tokens[c.left1[s1i]]
    let s1r1 = tokens[c.right1[s1i]]
    let b0l1 = tokens[c.left1[b0i]]
    let b0l2 = tokens[c.left2[b0i]]
    @inline(__always) func label(_ i: Int) -> UInt64 { UInt64(c.labels[i] + 1) }
    let s0l1L = label(c.left1[s0i])
    let s0r1L = label(c.right1[s0i])
    let b0l1L = label(c.left1[b0i])
    let s1r1L = label(c.right1[s1i])
    let d = distance(s0i, b0i, count: c.count)
    let d1 = distance(s1i, s0i, count: c.count)
    let s0vl = UInt64(min(c.leftCount[s0i], 6))
    let s0vr = UInt64(min(c.rightCount[s0i], 6))
    let b0vl = UInt64(min(c.leftCount[b0i], 6))
    let s1vr = UInt64(min(c.rightCount[s1i], 6))
    out[0] = f(1, 0)
    out[1] = f(2, s0.form)
    out[2] = f(3, s0.tag)
    out[3] = f(4, s0.form, s0.tag)
    out[4] = f(5, s0.lemma)
    out[5] = f(6, s1.form)
    out[6] = f(7, s1.tag)
    out[7] = f(8, s1.form, s1.tag)
    out[8] = f(9, s1.lemma)
    out[9] = f(10, b0.form)
    out[10] = f(11, b0.tag)
    out[11] = f(12, b0.form, b0.tag)
    out[12] = f(13, b0.lemma)
    out[13] = f(14, b1.form)
    out[14] = f(15, b1.tag)
    out[15] = f(16, b1.form, b1.tag)
    out[16] = f(17, b2.tag)
    out[17] = f(18, s2.tag)
    out[18] = f(19, s0.form, s0.tag, b0.form, b0.tag)
    out[19] = f(20, s0.form, s0.tag, b0.form)
    out[20] = f(21, s0.form, b0.form, b0.tag)
    out[21] = f(22, s0.form, s0.tag, b0.tag)
    out[22] = f(23, s0.tag, b0.form, b0.tag)
    out[23] = f(24, s0.form, b0.form)
    out[24] = f(25, s0.tag, b0.tag)
    out[25] = f(26, s0.lemma, b0.lemma)
    out[26] = f(27, s0.tag, b0.lemma)
    out[27] = f(28, s0.lemma, b0.tag)
    out[28] = f(29, s1.tag, s0.tag)
    out[29] = f(30, s1.form, s0.form)
    out[30] = f(31, s1.lemma, s0.lemma)
    out[31] = f(32, s1.tag, s0.lemma)
    out[32] = f(33, s1.lemma, s0.tag)
    out[33] = f(34, b0.tag, b1.tag, b2.tag)
    out[34] = f(35, s0.tag, b0.tag, b1.tag)
    out[35] = f(36, s1.tag, s0.tag, b0.tag)
    out[36] = f(37, s2.tag, s1.tag, s0.tag)
    out[37] = f(38, s1.tag, s0.tag, b1.tag)
    out[38] = f(39, s0.tag, s0l1.tag, b0.tag)
    out[39] = f(40, s0.tag, s0r1.tag, b0.tag)
    out[40] = f(41, s0.tag, b0.tag, b0l1.tag)
    out[41] = f(42, s1.tag, s0.tag, s0l1.tag)
    out[42] = f(43, s1.tag, s0.tag, s0r1.tag)
    out[43] = f(44, s1.tag, s1r1.tag, s0.tag)
    out[44] = f(45, s1.tag, s1l1.tag, s0.tag)
    out[45] = f(46, s0.form, d)
    out[46] = f(47, s0.tag, d)
    out[47] = f(48, b0.form, d)
    out[48] = f(49, b0.tag, d)
    out[49] = f(50, s0.tag, b0.tag, d)
    out[50] = f(51, s1.tag, s0.tag, d1)
    out[51] = f(52, s0.form, s0vr)
    out[52] = f(53, s0.tag, s0vr)
    out[53] = f(54, s0.form, s0vl)
    out[54] = f(55, s0.tag, s0vl)
    out[55] = f(56, b0.form, b0vl)
    out[56] = f(57, b0.tag, b0vl)
    out[57] = f(58, s1.tag, s1vr)
    out[58] = f(59, s0.tag, s0r1L)
    out[59] = f(60, s0.tag, s0l1L)
    out[60] = f(61, b0.tag, b0l1L)
    out[61] = f(62, s1.tag, s1r1L)
    out[62] = f(63, s0.tag, c.childLabels[s0i])
    out[63] = f(64, b0.tag, c.childLabels[b0i])
    out[64] = f(65, s0.tag, s0l1.tag, s0l2.tag)
    out[65] = f(66, s0.tag, s0r1.tag, s0r2.tag)
    out[66] = f(67, b0.tag, b0l1.tag, b0l2.tag)
    out[67] = f(68, s1.lemma, s0l1.lemma, s0.tag)
    out[68] = f(69, s1.tag, s0l1.lemma, s0.tag)
    out[69] = f(70, s0.lemma, b0l1.lemma, b0.tag)
    out[70] = f(71, s0.tag, b0l1.lemma, b0.tag)
    out[71] = f(72, s1.lemma, s0.lemma, b0.tag)
  }

  /// Writes the features of the arc from `head` to `dependent` into
  /// `out[0..<labelCount]` (the dependent has all its own dependents by then).
  ///
  /// - Parameters:
  ///   - c: the parser's state before the arc is made.
  ///   - tokens: the sentence's tokens, then `ParserToken.root` and `ParserToken.none`.
  ///   - head: the head word.
  ///   - dependent: the dependent word.
  ///   - out: space for `labelCount` features.
  /// - Complexity: O(1).
  @inline(__always)
  package static func label(
    _ c: ParserConfiguration, _ tokens: UnsafeBufferPointer<ParserToken>, head: Int, dependent: Int,
    into out: UnsafeMutablePointer<UInt64>
  ) {
    let h = tokens[head]
    let dp = tokens[dependent]
    let dir: UInt64 = dependent < head ? 1 : 2
    let dist = distance(head, dependent, count: c.count)
    let dl1i = c.left1[dependent]
    let dl1 = tokens[dl1i]
    let dl1L = UInt64(c.labels[dl1i] + 1)
    let dr1i = c.right1[dependent]
    let dr1 = tokens[dr1i]
    let dr1L = UInt64(c.labels[dr1i] + 1)
    let before = tokens[dependent > 0 ? dependent - 1 : c.nothing]
    let after = tokens[dependent + 1 < c.count ? dependent + 1 : c.nothing]
    let hBefore = tokens[head > 0 && head < c.count ? head - 1 : c.nothing]
    let hAfter = tokens[head + 1 < c.count ? head + 1 : c.nothing]
    out[0] = f(101, 0)
    out[1] = f(102, dp.form)
    out[2] = f(103, dp.lemma)
    out[3] = f(104, dp.tag)
    out[4] = f(105, h.form)
    out[5] = f(106, h.lemma)
    out[6] = f(107, h.tag)
    out[7] = f(108, dp.tag, h.tag, dir)
    out[8] = f(109, dp.lemma, h.tag, dir)
    out[9] = f(110, dp.tag, h.lemma, dir)
    out[10] = f(111, dp.lemma, h.lemma, dir)
    out[11] = f(112, dp.tag, h.tag, dir, dist)
    out[12] = f(113, dl1L, dp.tag)
    out[13] = f(114, dl1.lemma, dp.tag)
    out[14] = f(115, dl1.lemma, dp.tag, h.tag, dir)
    out[15] = f(116, c.childLabels[dependent], dp.tag)
    out[16] = f(117, c.childLabels[head], dp.tag, dir)
    out[17] = f(118, before.tag, dp.tag)
    out[18] = f(119, dp.tag, after.tag)
    out[19] = f(120, dp.form, h.tag, dir)
    out[20] = f(121, dl1.lemma, h.lemma)
    out[21] = f(122, dl1.tag, dp.tag, h.tag)
    out[22] = f(123, dist, dir, dp.tag)
    out[23] = f(124, dr1L, dp.tag)
    out[24] = f(125, dr1.lemma, dp.tag, h.tag)
    out[25] = f(126, before.form, dp.tag, h.tag)
    out[26] = f(127, h.tag, hAfter.tag, dir)
    out[27] = f(128, hBefore.lemma, h.tag, dp.tag)
    out[28] = f(129, c.childLabels[head], h.lemma, dir)
    out[29] = f(130, dl1L, dl1.lemma, h.tag, dir)
    out[30] = f(131, dp.lemma, dl1.lemma, h.lemma)
    out[31] = f(132, h.tag, UInt64(min(c.leftCount[head], 4)), UInt64(min(c.rightCount[head], 4)), dir)
  }
}
