import Foundation

/// Makes a printed PDF byte-identical from run to run by fixing its creation and
/// modification dates.
///
/// Chromium stamps `/CreationDate (D:YYYYMMDDHHmmSS+HH'mm')` and `/ModDate` with the time
/// of printing; everything else in its PDF is the same for the same page. Both dates are
/// set to 1970-01-01 00:00 UTC (the convention of `SOURCE_DATE_EPOCH=0` in reproducible
/// builds), written in place with the same number of bytes so the cross-reference offsets
/// stay valid.
enum PDFDateStamp {
  /// The PDF with its two date stamps fixed; other bytes unchanged.
  ///
  /// - Complexity: O(*n*) in the PDF's size.
  /// - Parameter data: The PDF's bytes.
  /// - Returns: The same bytes with the digits of each stamp replaced, or `data` unchanged
  ///   when it has no stamp in the expected form.
  static func fixed(_ data: Data) -> Data {
    var bytes = [UInt8](data)
    for key in ["/CreationDate (D:", "/ModDate (D:"] {
      let pattern = Array(key.utf8)
      var i = 0
      while let at = find(pattern, in: bytes, from: i) {
        var j = at + pattern.count
        let digits = Array("19700101000000".utf8)
        var k = 0
        while k < digits.count && j < bytes.count && bytes[j] >= 0x30 && bytes[j] <= 0x39 {
          bytes[j] = digits[k]
          j += 1
          k += 1
        }
        // The zone: "+HH'mm'" or "-HH'mm'" becomes "+00'00'"; "Z" stays.
        let zone = Array("+00'00'".utf8)
        if j + zone.count <= bytes.count, bytes[j] == 0x2B || bytes[j] == 0x2D, bytes[j + 3] == 0x27 {
          for z in 0..<zone.count { bytes[j + z] = zone[z] }
        }
        i = j
      }
    }
    return Data(bytes)
  }

  /// The first index at or after `from` where `pattern` starts in `bytes`.
  private static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    var i = from
    while i + pattern.count <= bytes.count {
      if bytes[i] == first && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
      i += 1
    }
    return nil
  }
}
