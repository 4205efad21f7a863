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

  /// The number written in decimal notation in `s` — `[+-]digits[.digits][e[+-]digits]`,
  /// also `.5` and `5.` — or `nil` for anything else.
  ///
  /// Swift's `Double(_: String)` also reads hexadecimal (`0x10` is 16, `0x1p3` is 8),
  /// `nan`, `inf` and `infinity`; a graph file, an edge list or an import that wrote
  /// `weight: 0x10` meant no number, so every reader of user numbers parses through here.
  /// The result may still be infinite when the exponent is large (`1e999`); callers check
  /// `isFinite` and the range they accept.
  ///
  /// - Parameter s: the text of the field, without surrounding spaces.
  /// - Returns: the value, or `nil` when `s` is not a decimal number.
  /// - Complexity: O(*n*) in the length of `s`.
  package static func number<S: StringProtocol>(_ s: S) -> Double? {
    guard isDecimal(s.utf8) else { return nil }
    return Double(String(s))
  }

  /// Whether the bytes spell a decimal number (see ``number(_:)``).
  package static func isDecimal<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
    var i = bytes.startIndex
    let end = bytes.endIndex
    if i < end && (bytes[i] == 43 || bytes[i] == 45) { i = bytes.index(after: i) }
    var digits = 0
    while i < end && bytes[i] >= 48 && bytes[i] <= 57 {
      digits += 1
      i = bytes.index(after: i)
    }
    if i < end && bytes[i] == 46 {
      i = bytes.index(after: i)
      while i < end && bytes[i] >= 48 && bytes[i] <= 57 {
        digits += 1
        i = bytes.index(after: i)
      }
    }
    guard digits > 0 else { return false }
    if i < end && (bytes[i] == 101 || bytes[i] == 69) {
      i = bytes.index(after: i)
      if i < end && (bytes[i] == 43 || bytes[i] == 45) { i = bytes.index(after: i) }
      var exponent = 0
      while i < end && bytes[i] >= 48 && bytes[i] <= 57 {
        exponent += 1
        i = bytes.index(after: i)
      }
      guard exponent > 0 else { return false }
    }
    return i == end
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
