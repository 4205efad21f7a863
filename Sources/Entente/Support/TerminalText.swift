/// Text made safe to print on a terminal: control characters shown, never sent.
///
/// Error messages quote values from the files they are about (a name, a line of the file).
/// An ESC byte in such a value would reach the terminal as an escape sequence (moving
/// the cursor, rewriting the title, hiding text), so every C0 control but the line
/// break, DEL and every C1 control is written as a visible `\u{1B}` escape instead.
public enum TerminalText {
  /// Whether `u` is a control character other than a line break or a tab.
  ///
  /// - Parameter u: a scalar.
  /// - Returns: true for C0 controls but `\n` and `\t`, for DEL and for C1 controls.
  package static func isControl(_ u: Unicode.Scalar) -> Bool {
    (u.value < 0x20 && u != "\n" && u != "\t") || (u.value >= 0x7F && u.value < 0xA0)
  }

  /// `s` with its control characters written as `\u{…}` escapes.
  ///
  /// - Parameter s: text to print.
  /// - Returns: the same text with every control character but the line break and tab made visible.
  /// - Complexity: O(*n*) in the length of `s`.
  public static func printable(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: isControl) else { return s }
    var out = ""
    for u in s.unicodeScalars {
      if isControl(u) {
        out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(u)
      }
    }
    return out
  }
}
