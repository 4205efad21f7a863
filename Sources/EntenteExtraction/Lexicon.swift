/// The words the extractor knows, each with a small integer id, looked up straight from
/// UTF-8 bytes so that scanning a text creates no strings.
///
/// Id 0 is every unknown word. A lexicon is either case-folding (words are stored
/// lower-cased; lookups fold ASCII capitals, and words with other scalars are
/// lower-cased with `String.lowercased()`) or exact.
struct Lexicon: Sendable {
  /// Whether lookups fold case.
  let folding: Bool
  /// The words' bytes, one after another; word `id` is `arena[starts[id]..<starts[id + 1]]`.
  private var arena: [UInt8] = []
  private var starts: [Int] = [0, 0]
  private var hashes: [UInt64] = [0]
  /// Open addressing over two words per slot, a power of two slots long.
  ///
  /// Per slot `meta` (the high 24 bits of the word's hash, its length up to 255 bytes and
  /// its id; 0: empty), then the word's first eight bytes (zero-padded). A word of at most
  /// eight bytes is found in the one cache line of its slot, never reading `starts` or `arena`.
  private var table = [UInt64](repeating: 0, count: 128)

  init(folding: Bool) { self.folding = folding }

  /// Whether every word starts with an ASCII capital (then a word that does not is unknown).
  private(set) var capitalsOnly = true

  /// The number of ids, including 0.
  var count: Int { hashes.count }

  /// The id of `word`, adding it when new (folded first when the lexicon folds).
  @discardableResult
  mutating func intern(_ word: String) -> Int32 {
    let key = Array((folding ? word.lowercased() : word).utf8)
    let found = key.withUnsafeBufferPointer { lookupExact($0, Self.hash($0)) }
    if found != 0 { return found }
    let id = Int32(hashes.count)
    if !(key.first.map { $0 >= 65 && $0 <= 90 } ?? false) { capitalsOnly = false }
    arena += key
    starts.append(arena.count)
    hashes.append(key.withUnsafeBufferPointer { Self.hash($0) })
    if hashes.count * 2 > table.count / 2 { rehash(table.count) } else { place(id) }
    return id
  }

  /// The word with id `id` (for messages and tests).
  func word(_ id: Int32) -> String {
    String(decoding: arena[starts[Int(id)]..<starts[Int(id) + 1]], as: UTF8.self)
  }

  /// The id of the word in `p[range]`, 0 when unknown.
  ///
  /// - Complexity: O(*k*) for a word of *k* bytes.
  @inline(__always)
  func id(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool) -> Int32 {
    let word = UnsafeBufferPointer(rebasing: p[range])
    guard folding else {
      if capitalsOnly && !(p[range.lowerBound] >= 65 && p[range.lowerBound] <= 90) { return 0 }
      return lookup(word, folded: false)
    }
    if ascii { return lookupFolded(word) }
    let lower = Array(String(decoding: word, as: UTF8.self).lowercased().utf8)
    return lower.withUnsafeBufferPointer { lookupExact($0, Self.hash($0)) }
  }

  /// A hash of the bytes, eight at a time (multiply and rotate per word, the length mixed in).
  @inline(__always) static func hash(_ w: UnsafeBufferPointer<UInt8>) -> UInt64 { hash(w, folded: false) }

  /// A hash of the bytes, eight at a time, each word ASCII-folded first when `folded`:
  /// an ASCII word hashes as its lower-case form does.
  @inline(__always) static func hash(_ w: UnsafeBufferPointer<UInt8>, folded: Bool) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(w.count)
    var i = 0
    while i + 8 <= w.count {
      let chunk = UnsafeRawBufferPointer(w).loadUnaligned(fromByteOffset: i, as: UInt64.self)
      h = mix(h, folded ? foldWord(chunk) : chunk)
      i += 8
    }
    if i < w.count { h = mix(h, folded ? foldWord(tail(w, i)) : tail(w, i)) }
    return finish(h)
  }

  @inline(__always) static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
    let x = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
    return (x << 27) | (x >> 37)
  }

  @inline(__always) static func finish(_ h: UInt64) -> UInt64 {
    var x = h ^ (h >> 33)
    x = x &* 0xFF51_AFD7_ED55_8CCD
    return x ^ (x >> 33)
  }

  /// Bytes `i..<w.count` (fewer than eight) as the low bytes of a word, the rest zero.
  ///
  /// Read as at most one four-, one two- and one one-byte load (not byte by byte).
  @inline(__always) static func tail(_ w: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
    let raw = UnsafeRawBufferPointer(w)
    var n = w.count - i
    var k = i
    var v: UInt64 = 0
    var shift: UInt64 = 0
    if n >= 4 {
      v = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt32.self)))
      shift = 32
      k += 4
      n -= 4
    }
    if n >= 2 {
      v |= UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt16.self))) << shift
      shift += 16
      k += 2
      n -= 2
    }
    if n >= 1 { v |= UInt64(w[k]) << shift }
    return v
  }

  /// The first eight bytes of `w` (zero-padded), ASCII-folded when `folded`: what a slot keeps.
  @inline(__always) static func prefix(_ w: UnsafeBufferPointer<UInt8>, folded: Bool) -> UInt64 {
    let x =
      w.count >= 8 ? UInt64(littleEndian: UnsafeRawBufferPointer(w).loadUnaligned(as: UInt64.self)) : tail(w, 0)
    return folded ? foldWord(x) : x
  }

  /// A slot's `meta` word without its id: the hash's high 24 bits and the length (capped at 255).
  @inline(__always) static func signature(_ h: UInt64, length: Int) -> UInt64 {
    (h >> 40) << 40 | UInt64(min(length, 255)) << 32
  }

  /// Eight ASCII bytes with `A`-`Z` turned into `a`-`z` (bytes of 0x80 and above are not folded).
  @inline(__always) static func foldWord(_ x: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low = x & (ones &* 0x7F)
    let atLeastA = (low &+ ones &* (0x80 - 0x41)) & (ones &* 0x80)
    let aboveZ = (low &+ ones &* (0x80 - 0x5B)) & (ones &* 0x80)
    let upper = atLeastA & ~aboveZ & ~x
    return x | (upper >> 2)
  }

  @inline(__always) static func fold(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }

  /// Whether the stored word equals `w` (ASCII-folded first when `folded`), of the same
  /// length, compared eight bytes at a time.
  @inline(__always) static func equal(
    _ stored: UnsafeBufferPointer<UInt8>, _ w: UnsafeBufferPointer<UInt8>, folded: Bool
  ) -> Bool {
    var k = 0
    while k + 8 <= w.count {
      let x = UnsafeRawBufferPointer(stored).loadUnaligned(fromByteOffset: k, as: UInt64.self)
      let y = UnsafeRawBufferPointer(w).loadUnaligned(fromByteOffset: k, as: UInt64.self)
      if x != (folded ? foldWord(y) : y) { return false }
      k += 8
    }
    guard k < w.count else { return true }
    let y = tail(w, k)
    return tail(stored, k) == (folded ? foldWord(y) : y)
  }

  /// The id of the ASCII word `w` folded to lower case: its hash from folded words, then a byte comparison.
  private func lookupFolded(_ w: UnsafeBufferPointer<UInt8>) -> Int32 { lookup(w, folded: true) }

  /// The id of `w` (ASCII-folded first when `folded`), hashing it here.
  ///
  /// A word of one to eight bytes (most words) is read once: its (folded) bytes are both
  /// the hash's one chunk and the slot's key, as `hash` and `prefix` compute them.
  @inline(__always) private func lookup(_ w: UnsafeBufferPointer<UInt8>, folded: Bool) -> Int32 {
    let n = w.count
    guard n > 0 && n <= 8 else { return probe(w, Self.hash(w, folded: folded), folded: folded) }
    let bytes =
      n == 8 ? UInt64(littleEndian: UnsafeRawBufferPointer(w).loadUnaligned(as: UInt64.self)) : Self.tail(w, 0)
    let key = folded ? Self.foldWord(bytes) : bytes
    let h = Self.finish(Self.mix(0xcbf2_9ce4_8422_2325 ^ UInt64(n), key))
    let sig = Self.signature(h, length: n)
    return table.withUnsafeBufferPointer { table in
      let mask = table.count / 2 - 1
      var slot = Int(truncatingIfNeeded: h) & mask
      while true {
        let meta = table[2 &* slot]
        if meta == 0 { return 0 }
        if meta & ~0xFFFF_FFFF == sig && table[2 &* slot &+ 1] == key { return Int32(truncatingIfNeeded: meta) }
        slot = (slot &+ 1) & mask
      }
    }
  }

  private func lookupExact(_ w: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int32 {
    probe(w, h, folded: false)
  }

  /// The open-addressing probe both lookups share: a slot whose signature (hash bits and
  /// length) and first eight bytes match is the word when it is at most eight bytes long,
  /// else its remaining bytes are compared (`equal`); the first empty slot ends the search.
  ///
  /// - Complexity: O(*k*) for a word of *k* bytes, expected O(1) probes (the table is at
  ///   most half full).
  @inline(__always)
  private func probe(_ w: UnsafeBufferPointer<UInt8>, _ h: UInt64, folded: Bool) -> Int32 {
    let sig = Self.signature(h, length: w.count)
    let key = Self.prefix(w, folded: folded)
    return table.withUnsafeBufferPointer { table in
      let mask = table.count / 2 - 1
      var slot = Int(truncatingIfNeeded: h) & mask
      while true {
        let meta = table[2 &* slot]
        if meta == 0 { return 0 }
        if meta & ~0xFFFF_FFFF == sig && table[2 &* slot &+ 1] == key {
          let id = Int32(truncatingIfNeeded: meta)
          if w.count <= 8 || rest(id, w, folded: folded) { return id }
        }
        slot = (slot &+ 1) & mask
      }
    }
  }

  /// Whether word `id`, known to share `w`'s first eight bytes, equals `w` past them.
  private func rest(_ id: Int32, _ w: UnsafeBufferPointer<UInt8>, folded: Bool) -> Bool {
    starts.withUnsafeBufferPointer { starts in
      arena.withUnsafeBufferPointer { arena in
        let s = starts[Int(id)]
        let e = starts[Int(id) + 1]
        guard e - s == w.count else { return false }
        return Self.equal(
          UnsafeBufferPointer(rebasing: arena[(s + 8)..<e]), UnsafeBufferPointer(rebasing: w[8...]), folded: folded)
      }
    }
  }

  private mutating func place(_ id: Int32) {
    let mask = table.count / 2 - 1
    let h = hashes[Int(id)]
    let s = starts[Int(id)]
    let e = starts[Int(id) + 1]
    var slot = Int(truncatingIfNeeded: h) & mask
    while table[2 * slot] != 0 { slot = (slot + 1) & mask }
    table[2 * slot] = Self.signature(h, length: e - s) | UInt64(UInt32(bitPattern: id))
    table[2 * slot + 1] = arena.withUnsafeBufferPointer {
      Self.prefix(UnsafeBufferPointer(rebasing: $0[s..<e]), folded: false)
    }
  }

  /// Rebuilds the table with `slots` slots (two words each).
  private mutating func rehash(_ slots: Int) {
    table = [UInt64](repeating: 0, count: 2 * slots)
    for id in 1..<hashes.count { place(Int32(id)) }
  }
}
