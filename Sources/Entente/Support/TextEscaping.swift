/// The escaping the text formats share: backslash quoting (JSON, YAML, DOT) and
/// character entities (XML, Graphviz HTML labels).
///
/// Each format passes what it does with
/// the other scalars; the shared ones are handled here once.
package enum TextEscaping {
  /// `s` in double quotes, with `"`, `\` and a newline escaped by a backslash; every other
  /// scalar is given to `other`, which appends it to the output as its format needs.
  @inlinable
  package static func quoted(_ s: String, other: (Unicode.Scalar, inout String) -> Void) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: other(u, &out)
      }
    }
    return out + "\""
  }

  /// `s` with `&`, `<`, `>`, `"` and `'` as character entities; every other scalar is
  /// given to `other`, which appends it to the output as its format needs.
  @inlinable
  package static func entities(_ s: String, other: (Unicode.Scalar, inout String) -> Void) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: other(u, &out)
      }
    }
    return out
  }

  /// Appends `u` as a `\uXXXX` escape (for scalars below U+10000).
  @inlinable
  package static func appendUnicodeEscape(_ u: Unicode.Scalar, to out: inout String) {
    let hex = String(u.value, radix: 16)
    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }
}
