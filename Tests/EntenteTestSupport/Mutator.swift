import Foundation

/// A seeded random number generator (FuzzRandom): the same seed gives the same inputs on
/// every machine, so a fuzz run in CI is reproducible.
package struct FuzzRandom: RandomNumberGenerator {
  private var state: UInt64

  /// A generator starting from `seed`.
  package init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Mutation fuzzing of text inputs: byte flips, insertions of hostile tokens, deletions,
/// duplications, splices and truncations of a seed, as libFuzzer's mutators do.
package enum Mutator {
  /// Tokens every format's fuzzing inserts: numbers that overflow or are not decimal, line
  /// endings, quotes and markup, control and invalid bytes, deep nesting, long runs.
  package static let hostileTokens: [[UInt8]] =
    [
      "1e20", "-1e308", "1e999", "99999999999999999999", "0x10", "nan", "inf", "-0", "2147483648", "\r", "\r\n", "\n\n",
      "\"", "'", ",", "\t", "<", ">", "&", "&amp;", "&#0;", "<![CDATA[x]]>", "<!--", "]]>", "{", "}", "[", "]", ":",
      "- ",
      "#", "*a", "&a", "!!binary", "---", "...", "\\", "\u{1B}[2J", "../../../../etc/passwd", "/proc/self/environ",
      "\u{202E}", "İ", "ǅ", "", " ", "=HYPERLINK(1)", "null", "true", "9999-99-99", "2020-02-30", "0000",
    ].map { Array($0.utf8) } + [[0], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x7F], [0x85]]

  /// `bytes` changed by one to four random mutations; `tokens` are the format's own words.
  ///
  /// - Parameters:
  ///   - bytes: the input to change (a seed or an earlier mutant).
  ///   - tokens: words of the format (field names, element names) to insert.
  ///   - rng: the generator.
  /// - Returns: the mutant, at most 1 MiB.
  package static func mutate<R: RandomNumberGenerator>(_ bytes: [UInt8], tokens: [[UInt8]], rng: inout R) -> [UInt8] {
    var b = bytes
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let at = b.isEmpty ? 0 : Int.random(in: 0...b.count, using: &rng)
      switch Int.random(in: 0..<9, using: &rng) {
      case 0 where !b.isEmpty:
        b[min(at, b.count - 1)] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
      case 1:
        b.insert(UInt8.random(in: 0...255, using: &rng), at: at)
      case 2, 3:
        let pool = Bool.random(using: &rng) || tokens.isEmpty ? hostileTokens : tokens
        b.insert(contentsOf: pool[Int.random(in: 0..<pool.count, using: &rng)], at: at)
      case 4 where !b.isEmpty:
        let end = min(b.count, at + Int.random(in: 1...64, using: &rng))
        if at < end { b.removeSubrange(at..<end) }
      case 5 where !b.isEmpty:
        let start = Int.random(in: 0..<b.count, using: &rng)
        let end = min(b.count, start + Int.random(in: 1...256, using: &rng))
        let piece = Array(b[start..<end])
        for _ in 0..<Int.random(in: 1...8, using: &rng) { b.insert(contentsOf: piece, at: min(at, b.count)) }
      case 6 where !b.isEmpty:
        b.removeSubrange(Int.random(in: 0..<b.count, using: &rng)...)
      case 7:
        let run = [UInt8](
          repeating: Bool.random(using: &rng) ? 0x5B : 0x61, count: Int.random(in: 1...4096, using: &rng))
        b.insert(contentsOf: run, at: at)
      default:
        // Swap two lines.
        let lines = b.split(separator: 10, omittingEmptySubsequences: false)
        guard lines.count > 2 else { continue }
        var l = lines.map(Array.init)
        l.swapAt(Int.random(in: 0..<l.count, using: &rng), Int.random(in: 0..<l.count, using: &rng))
        b = Array(l.joined(separator: [10]))
      }
    }
    return b.count > 1 << 20 ? Array(b.prefix(1 << 20)) : b
  }
}
