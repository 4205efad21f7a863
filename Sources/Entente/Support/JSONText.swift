/// JSON string literals, escaped as RFC 8259 requires.
package enum JSONText {
  /// `s` as a quoted JSON string.
  package static func string(_ s: String) -> String {
    TextEscaping.quoted(s) { u, out in
      switch u {
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
          TextEscaping.appendUnicodeEscape(u, to: &out)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
  }
}
