/// Fast character classes: ASCII by range, other scalars by their Unicode properties;
/// and UTF-8 stepping for the byte-level scanners (input always comes from a `String`,
/// so it is valid UTF-8).
enum CharacterClass {
  @inline(__always) static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
    c.value < 0x80 ? (c.value == 32 || (c.value >= 9 && c.value <= 13)) : c.properties.isWhitespace
  }

  @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
    c.value < 0x80 ? ((c.value | 0x20) >= 97 && (c.value | 0x20) <= 122) : c.properties.isAlphabetic
  }

  @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

  @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
    c.value < 0x80 ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
  }

  /// The scalar starting at byte `i` of valid UTF-8, and its length in bytes.
  @inline(__always) static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
    let b0 = UInt32(p[i])
    if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
    let value: UInt32
    let length: Int
    if b0 < 0xE0 {
      value = (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
      length = 2
    } else if b0 < 0xF0 {
      value = (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
      length = 3
    } else {
      value = (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
      length = 4
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The byte where the scalar before byte `i` starts.
  @inline(__always) static func previous(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    var j = i - 1
    while j > 0 && p[j] & 0xC0 == 0x80 { j -= 1 }
    return j
  }

  /// Whether byte `b` starts a scalar (is not a continuation byte).
  @inline(__always) static func startsScalar(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }
}
