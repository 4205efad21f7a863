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
  /// Open addressing, a power of two long: per slot the high 32 bits of the word's hash
  /// and its id (id 0: empty), so a probe reads one array before it compares bytes.
  private var table = [UInt64](repeating: 0, count: 64)

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
    if hashes.count * 2 > table.count { rehash(table.count * 2) } else { place(id) }
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
      return lookupExact(word, Self.hash(word))
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
  @inline(__always) static func tail(_ w: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
    var v: UInt64 = 0
    var shift: UInt64 = 0
    for k in i..<w.count {
      v |= UInt64(w[k]) << shift
      shift += 8
    }
    return v
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
  private func lookupFolded(_ w: UnsafeBufferPointer<UInt8>) -> Int32 {
    probe(w, Self.hash(w, folded: true), folded: true)
  }

  private func lookupExact(_ w: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int32 {
    probe(w, h, folded: false)
  }

  /// The open-addressing probe both lookups share: slots whose hash tag matches are
  /// compared by length, then by bytes (`equal`); the first empty slot ends the search.
  ///
  /// - Complexity: O(*k*) for a word of *k* bytes, expected O(1) probes (the table is at
  ///   most half full).
  @inline(__always)
  private func probe(_ w: UnsafeBufferPointer<UInt8>, _ h: UInt64, folded: Bool) -> Int32 {
    table.withUnsafeBufferPointer { table in
      starts.withUnsafeBufferPointer { starts in
        arena.withUnsafeBufferPointer { arena in
          let mask = table.count - 1
          let tag = h >> 32
          var slot = Int(truncatingIfNeeded: h) & mask
          while true {
            let entry = table[slot]
            let id = Int32(truncatingIfNeeded: entry)
            if id == 0 { return 0 }
            if entry >> 32 == tag {
              let s = starts[Int(id)]
              let e = starts[Int(id) + 1]
              if e - s == w.count && Self.equal(UnsafeBufferPointer(rebasing: arena[s..<e]), w, folded: folded) {
                return id
              }
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  private mutating func place(_ id: Int32) {
    let mask = table.count - 1
    let h = hashes[Int(id)]
    var slot = Int(truncatingIfNeeded: h) & mask
    while table[slot] != 0 { slot = (slot + 1) & mask }
    table[slot] = (h >> 32) << 32 | UInt64(UInt32(bitPattern: id))
  }

  private mutating func rehash(_ size: Int) {
    table = [UInt64](repeating: 0, count: size)
    for id in 1..<hashes.count { place(Int32(id)) }
  }
}
