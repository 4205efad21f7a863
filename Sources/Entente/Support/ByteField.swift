import Foundation

/// Number fields parsed straight from bytes, without making a `String` on the common path.
///
/// A field is `b[start..<end]`; the parsers read tab-separated files a million rows at a
/// time (edge lists, event files), so they allocate nothing unless a number needs the slow path.
package enum ByteField {
  /// A whole number of ASCII digits, with a leading `-` or `+` when `signed`.
  ///
  /// - Returns: `nil` for an empty field, one longer than `maxLength` bytes (sign
  ///   included), or any byte that is not a digit.
  @inlinable
  package static func int(
    _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, maxLength: Int, signed: Bool
  ) -> Int? {
    guard end > start, end - start <= maxLength else { return nil }
    var i = start
    var negative = false
    if signed && (b[i] == 45 || b[i] == 43) {
      negative = b[i] == 45
      i += 1
    }
    guard i < end else { return nil }
    var v = 0
    while i < end {
      let d = Int(b[i]) &- 48
      guard d >= 0 && d <= 9 else { return nil }
      v = v * 10 + d
      i += 1
    }
    return negative ? -v : v
  }

  /// A decimal number: `[-]digits[.digits]` exactly for up to 15 significant digits,
  /// any other decimal notation (`1e5`, `+2`, `.5`) through `NumberText.number`, which
  /// refuses hexadecimal (`0x10`), `inf` and `nan`.
  ///
  /// - Returns: `nil` for an empty field, one longer than `maxLength` bytes, or text
  ///   that is not a number.
  @inlinable
  package static func double(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, maxLength: Int) -> Double? {
    guard end > start, end - start <= maxLength else { return nil }
    var i = start
    var negative = false
    if b[i] == 45 {
      negative = true
      i += 1
    }
    var mantissa: Int64 = 0
    var digits = 0
    var scale = 0
    var seenDot = false
    var simple = i < end
    while i < end {
      let c = b[i]
      if c == 46 && !seenDot {
        seenDot = true
      } else if c >= 48 && c <= 57 {
        mantissa = mantissa &* 10 &+ Int64(c - 48)
        digits += 1
        if seenDot { scale += 1 }
      } else {
        simple = false
        break
      }
      i += 1
    }
    if simple && digits > 0 && digits <= 15 && scale <= 22 {
      let v = Double(mantissa) / powersOfTen[scale]
      return negative ? -v : v
    }
    return NumberText.number(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self))
  }

  /// 10⁰ through 10²², each exact in a `Double`.
  @usableFromInline
  package static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }
}
