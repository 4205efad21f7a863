/// XML text and attribute values, escaped: `&`, `<`, `>`, `"`, `'`, with characters XML
/// 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF) as spaces.
package enum XMLText {
  /// `s` escaped for XML content or a quoted attribute; newlines and tabs kept as
  /// character references when `references` is set (attribute values), else as they are.
  package static func escape(_ s: String, references: Bool = false) -> String {
    TextEscaping.entities(s) { u, out in
      switch u {
      case "\n": out += references ? "&#10;" : "\n"
      case "\t": out += references ? "&#9;" : "\t"
      default:
        let invalid = u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF
        out.unicodeScalars.append(invalid ? " " : u)
      }
    }
  }
}
