/// SHA-256 (FIPS 180-4) of bytes, as 64 lower-case hex digits: what evidence and review decisions are keyed by.
///
/// Written here rather than taken from swift-crypto so that the library and the `entente` command
/// do not compile BoringSSL (many minutes in a release build on a small machine); the hashes are
/// the standard ones (the tests check the FIPS 180-4 examples and `sha256sum`).
package enum SHA256Hex {
  /// The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]

  /// The SHA-256 of `bytes` as 64 lower-case hex digits.
  ///
  /// The message schedule, the state and the padded last block live in stack buffers, and
  /// blocks are read straight from `bytes`: hashing evidence sentences allocates nothing but
  /// the result.
  ///
  /// - Parameter bytes: The message.
  /// - Returns: The digest in lower-case hex.
  /// - Complexity: O(*n*) in the number of bytes.
  package static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 72) { scratch in
      // scratch[0..<64]: the message schedule; scratch[64..<72]: the state.
      scratch[64] = 0x6a09_e667
      scratch[65] = 0xbb67_ae85
      scratch[66] = 0x3c6e_f372
      scratch[67] = 0xa54f_f53a
      scratch[68] = 0x510e_527f
      scratch[69] = 0x9b05_688c
      scratch[70] = 0x1f83_d9ab
      scratch[71] = 0x5be0_cd19
      return k.withUnsafeBufferPointer { k in
        let n = bytes.count
        var offset = 0
        while offset + 64 <= n {
          compress(scratch, k, UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + 64)]))
          offset += 64
        }
        // The last partial block with the 0x80 byte and the message's length in bits, in one or two blocks.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
          let rest = n - offset
          let length = rest + 9 <= 64 ? 64 : 128
          // Whole-buffer fill and copy (a byte loop was a sixth of the hash's time on sentences).
          tail.initialize(repeating: 0)
          if rest > 0 {
            UnsafeMutableRawBufferPointer(tail).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<n]))
          }
          tail[rest] = 0x80
          let bits = UInt64(n) &* 8
          for i in 0..<8 { tail[length - 1 - i] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i))) }
          let raw = UnsafeRawBufferPointer(tail)
          compress(scratch, k, UnsafeRawBufferPointer(rebasing: raw[0..<64]))
          if length == 128 { compress(scratch, k, UnsafeRawBufferPointer(rebasing: raw[64..<128])) }
        }
        // Eight digits per state word, written with plain shifts and no stride (the generic
        // stride loop cost more than a block's compression on a short sentence).
        return String(unsafeUninitializedCapacity: 64) { out in
          for i in 0..<8 {
            let word = scratch[64 &+ i]
            for j in 0..<8 {
              let d = UInt8(truncatingIfNeeded: word &>> UInt32(28 &- 4 &* j)) & 15
              out[8 &* i &+ j] = d &+ (d < 10 ? 48 : 87)
            }
          }
          return 64
        }
      }
    }
  }

  /// The SHA-256 of a text's UTF-8 bytes as 64 lower-case hex digits.
  ///
  /// - Parameter text: The text.
  /// - Returns: The digest in lower-case hex.
  /// - Complexity: O(*n*) in the text's UTF-8 length.
  package static func hex(_ text: String) -> String {
    var text = text
    return text.withUTF8 { hex(UnsafeRawBufferPointer($0)) }
  }

  /// One 64-byte block into the state.
  ///
  /// - Parameters:
  ///   - scratch: The 64-word message schedule (overwritten), then the eight state words (updated).
  ///   - k: The round constants.
  ///   - block: The 64 bytes.
  @inline(__always)
  private static func compress(
    _ scratch: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>, _ block: UnsafeRawBufferPointer
  ) {
    @inline(__always) func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
    for t in 0..<16 { scratch[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self)) }
    for t in 16..<64 {
      let w15 = scratch[t - 15]
      let w2 = scratch[t - 2]
      let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
      let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
      scratch[t] = scratch[t - 16] &+ s0 &+ scratch[t - 7] &+ s1
    }
    var a = scratch[64]
    var b = scratch[65]
    var c = scratch[66]
    var d = scratch[67]
    var e = scratch[68]
    var f = scratch[69]
    var g = scratch[70]
    var h = scratch[71]
    // One round with the eight working variables passed in their roles: the new `e` goes
    // to `d`'s variable and the new `a` to `h`'s, and the next round renames instead of
    // moving all eight (the moves were a third of a round's instructions).
    @inline(__always) func round(
      _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
      _ h: inout UInt32, _ t: Int
    ) {
      let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
      let ch = (e & f) ^ (~e & g)
      let t1 = h &+ s1 &+ ch &+ k[t] &+ scratch[t]
      let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
      let maj = (a & b) | (c & (a | b))
      d = d &+ t1
      h = t1 &+ s0 &+ maj
    }
    var t = 0
    while t < 64 {
      round(a, b, c, &d, e, f, g, &h, t)
      round(h, a, b, &c, d, e, f, &g, t &+ 1)
      round(g, h, a, &b, c, d, e, &f, t &+ 2)
      round(f, g, h, &a, b, c, d, &e, t &+ 3)
      round(e, f, g, &h, a, b, c, &d, t &+ 4)
      round(d, e, f, &g, h, a, b, &c, t &+ 5)
      round(c, d, e, &f, g, h, a, &b, t &+ 6)
      round(b, c, d, &e, f, g, h, &a, t &+ 7)
      t &+= 8
    }
    scratch[64] &+= a
    scratch[65] &+= b
    scratch[66] &+= c
    scratch[67] &+= d
    scratch[68] &+= e
    scratch[69] &+= f
    scratch[70] &+= g
    scratch[71] &+= h
  }
}
