import Foundation

/// The one place where a `Double` becomes an integer or text.
///
/// Swift's `Int(_: Double)` traps for values outside ±9.22e18 and for NaN, so no code
/// converts a user-supplied number with it: ``integer(_:)`` answers `nil` instead, and
/// ``decimal(_:places:)`` writes any finite value, however large, without an integer in
/// between (`1e20` becomes `100000000000000000000`).
package enum NumberText {
  /// `x` rounded to the nearest integer, or `nil` when it is NaN, infinite or outside `Int`'s range.
  package static func integer(_ x: Double) -> Int? {
    guard x.isFinite else { return nil }
    return Int(exactly: x.rounded())
  }

  /// `x` with at most `places` decimals and no trailing zeros, in plain notation
  /// (never exponents): `2.5`, `3`, `0.125`, `-4`; `nan`, `inf` or `-inf` when not finite.
  ///
  /// - Complexity: O(number of digits).
  package static func decimal(_ x: Double, places: Int) -> String {
    guard x.isFinite else { return x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf") }
    // From 10^15 on a Double has no decimals worth writing: its exact integer digits.
    if abs(x) >= 1e15 { return String(format: "%.0f", x) }
    let p = max(0, min(places, 15))
    let scale = pow(10, Double(p))
    let r = (x * scale).rounded() / scale
    if r == 0 { return "0" }  // also turns -0 into 0
    var s = String(format: "%.\(p)f", r)
    if s.contains(".") {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    return s
  }
}
