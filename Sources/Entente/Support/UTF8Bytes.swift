/// UTF-8 checked before a parser sees the bytes, with the first bad byte located.
///
/// FoundationXML traps on a name that is not UTF-8 (issue #14, item 3) and YAML parsers
/// report such bytes vaguely, so readers decode through ``text(_:path:saveAs:)`` first.
package enum UTF8Bytes {
  /// `bytes` as a string, or a `.notText` error located at the first byte that is not UTF-8.
  ///
  /// - Parameters:
  ///   - bytes: the file's bytes.
  ///   - path: the file, for the message.
  ///   - saveAs: what the user should save the file as, for the message (`"UTF-8"`).
  /// - Returns: the decoded text.
  /// - Throws: `EntenteError` `.notText` with the line and column of the first bad byte.
  /// - Complexity: O(*n*).
  package static func text(_ bytes: [UInt8], path: String, saveAs: String = "UTF-8") throws(EntenteError) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    let bad = firstInvalid(bytes)
    let (line, column) = lineColumn(of: bad, in: bytes)
    throw EntenteError(
      .notText,
      "invalid UTF-8 at byte \(bad) (0x\(String(bytes[min(bad, bytes.count - 1)], radix: 16))); save the file as \(saveAs)",
      at: .init(file: path, line: line, column: column))
  }

  /// The 1-based line and column (in Unicode scalars, counting bytes on an invalid line) of a byte offset.
  package static func lineColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
    var line = 1
    var lineStart = 0
    for i in 0..<min(offset, bytes.count) where bytes[i] == 10 {
      line += 1
      lineStart = i + 1
    }
    // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
    var column = 1
    for i in lineStart..<min(offset, bytes.count) where bytes[i] & 0xC0 != 0x80 { column += 1 }
    return (line, column)
  }

  /// The offset of the first byte that does not start a valid UTF-8 sequence (`bytes.count` if none).
  package static func firstInvalid(_ bytes: [UInt8]) -> Int {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let n: Int
      if b < 0x80 {
        n = 1
      } else if b >= 0xC2 && b <= 0xDF {
        n = 2
      } else if b >= 0xE0 && b <= 0xEF {
        n = 3
      } else if b >= 0xF0 && b <= 0xF4 {
        n = 4
      } else {
        return i
      }
      guard i + n <= bytes.count else { return i }
      if String(validating: bytes[i..<(i + n)], as: UTF8.self) == nil { return i }
      i += n
    }
    return bytes.count
  }
}
