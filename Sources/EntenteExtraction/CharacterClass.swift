/// Fast character classes: ASCII by range, other scalars by their Unicode properties.
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
}
