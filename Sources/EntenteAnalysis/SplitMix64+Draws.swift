extension SplitMix64 {
  /// A stream of its own for each `stream` number under one seed (SplitMix64's
  /// finalizer over the pair), so chunks of work draw the same numbers whichever
  /// worker runs them.
  init(seed: UInt64, stream: UInt64) {
    var mix = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
    self.init(seed: mix.next())
  }

  /// A uniform number in [0, 1) from the top 53 bits.
  mutating func unitInterval() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// A uniform integer in 0..<`bound` without modulo bias (Lemire 2019), the same on every platform.
  mutating func uniform(below bound: Int) -> Int {
    let m = UInt64(bound)
    var product = next().multipliedFullWidth(by: m)
    if product.low < m {
      let threshold = (0 &- m) % m
      while product.low < threshold { product = next().multipliedFullWidth(by: m) }
    }
    return Int(product.high)
  }
}
