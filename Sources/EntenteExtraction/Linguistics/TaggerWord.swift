/// What the tagger's features know of one word: 64-bit hashes of its forms, computed
/// once per word from its UTF-8 bytes, so that no strings are made while tagging.
///
/// The forms: the word as written (`exact`), lower-cased with every ASCII digit read as
/// `0` (`lower`: "1987" and "2024" are one word, "0000"), its last one to four bytes and
/// first byte (lower-cased), and its shape (runs of capitals, small letters and digits
/// collapsed: "Iran" `Xx`, "U.S." `X.X.`, "F-16" `X-d`). Curly apostrophes and quotes
/// are read as straight ones, so "didn’t" is "didn't". Only ASCII letters are folded.
package struct TaggerWord: Sendable, Equatable {
  /// The word as written (curly quotes straightened).
  package var exact: UInt64
  /// Lower-cased, digits as `0`.
  package var lower: UInt64
  /// The last byte of the lower-cased word.
  package var suffix1: UInt64
  /// The last two bytes.
  package var suffix2: UInt64
  /// The last three bytes.
  package var suffix3: UInt64
  /// The last four bytes.
  package var suffix4: UInt64
  /// The first byte, lower-cased.
  package var prefix1: UInt64
  /// The collapsed shape (`Xx`, `X.X.`, `d`).
  package var shape: UInt64

  /// A padding word before or after the sentence (`position` -2, -1, +1, +2).
  package init(padding position: Int) {
    let h = TaggerHash.mix(0xDEAD_BEEF, UInt64(bitPattern: Int64(position)))
    exact = h
    lower = h
    suffix1 = h
    suffix2 = h
    suffix3 = h
    suffix4 = h
    prefix1 = h
    shape = h
  }

  /// The hashes of the word in `bytes` (UTF-8), in one pass over its bytes.
  ///
  /// The lower-cased form is hashed as it is read, and its last four bytes are kept in a
  /// register for the suffixes: no buffer of the lower-cased bytes is filled (appending
  /// to one, and its `suffix` slices, cost more than the hashing).
  ///
  /// - Complexity: O(*k*) for a word of *k* bytes.
  package init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var exact = TaggerHash.seed
    var shape = TaggerHash.seed
    var lower = TaggerHash.seed
    var lastClass: UInt8 = 0
    // The last four lower-cased bytes, the latest in the low byte, and how many were read.
    var last: UInt32 = 0
    var count = 0
    var first: UInt8 = 0
    var i = 0
    let n = bytes.count
    while i < n {
      var b = bytes[i]
      // U+2018/U+2019 → ', U+201C/U+201D → "
      if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x98 && bytes[i + 2] <= 0x9D {
        b = bytes[i + 2] <= 0x9B ? 0x27 : 0x22
        i += 2
      }
      i += 1
      exact = TaggerHash.add(exact, b)
      let cls: UInt8
      var l = b
      if b >= 65 && b <= 90 {
        cls = 88  // X
        l = b | 0x20
      } else if b >= 97 && b <= 122 {
        cls = 120  // x
      } else if b >= 48 && b <= 57 {
        cls = 100  // d
        l = 48
      } else if b >= 0x80 {
        cls = 120  // letters beyond ASCII read as small letters
      } else {
        cls = b
      }
      if cls != lastClass || (cls != 88 && cls != 120 && cls != 100) { shape = TaggerHash.add(shape, cls) }
      lastClass = cls
      lower = TaggerHash.add(lower, l)
      if count == 0 { first = l }
      last = (last &<< 8) | UInt32(l)
      count += 1
    }
    self.exact = exact
    self.shape = shape
    self.lower = lower
    // The hash of the last `k` lower-cased bytes (all of them when fewer), oldest first.
    @inline(__always) func suffix(_ k: Int) -> UInt64 {
      var h = TaggerHash.mix(TaggerHash.seed, UInt64(k))
      var shift = UInt32(truncatingIfNeeded: min(k, count) &* 8)
      while shift > 0 {
        shift &-= 8
        h = TaggerHash.add(h, UInt8(truncatingIfNeeded: last &>> shift))
      }
      return h
    }
    suffix1 = suffix(1)
    suffix2 = suffix(2)
    suffix3 = suffix(3)
    suffix4 = suffix(4)
    prefix1 = TaggerHash.mix(0x5052_4546, UInt64(first))
  }
}

/// The hashing the tagger's features are built from: FNV-1a over bytes, and a
/// SplitMix64 finalizer to combine a template number with word hashes.
package enum TaggerHash {
  /// The FNV-1a 64-bit offset basis.
  package static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// FNV-1a: one byte more.
  @inline(__always) package static func add(_ h: UInt64, _ b: UInt8) -> UInt64 {
    (h ^ UInt64(b)) &* 0x100_0000_01b3
  }

  /// Combines two hashes (SplitMix64's finalizer over `a·φ ⊕ b`).
  @inline(__always) package static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var z = (a &* 0x9E37_79B9_7F4A_7C15) ^ b
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
