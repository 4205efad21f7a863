/// The one writer (and reader) of CSV cells: RFC 4180 quoting plus a guard against
/// formula injection.
///
/// A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return as a formula (`=HYPERLINK(...)`, `+cmd|...`, `-2+3`). As OWASP recommends, such a
/// cell is written with a single quote in front (`'=HYPERLINK(...)`), which spreadsheets
/// show as text. Plain numbers (`-1`, `+2.5`, `-3e-4`) are left alone. A cell whose
/// leading single quotes are followed by such a start (`'=x`) gets one more quote too, so
/// ``restored(_:)``, which removes one leading quote exactly where one was added, gives
/// back what was written: Entente's CSV import reads its export back equal.
package enum CSVCell {
  /// `s` neutralized and, when it holds a comma, a quote or a line break, quoted.
  package static func field(_ s: String) -> String {
    let n = neutralized(s)
    return n.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
      ? "\"" + n.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : n
  }

  /// `s` with a single quote in front when a spreadsheet would take it for a formula.
  package static func neutralized(_ s: String) -> String { needsGuard(Substring(s)) ? "'" + s : s }

  /// The text ``neutralized(_:)`` was given: one leading quote removed where it was added.
  package static func restored(_ s: String) -> String {
    guard s.hasPrefix("'"), needsGuard(s.dropFirst()) else { return s }
    return String(s.dropFirst())
  }

  /// Whether `s`, after any leading single quotes, starts like a formula (the same answer
  /// for `s` and `'` + `s`, which makes ``restored(_:)`` exact).
  static func needsGuard(_ s: Substring) -> Bool {
    let rest = s.drop { $0 == "'" }
    guard let c = rest.first else { return false }
    switch c {
    case "=", "@", "\t", "\r", "\r\n": return true
    case "+", "-": return !isPlainNumber(rest)
    default: return false
    }
  }

  /// `[+-]digits[.digits][(e|E)[+-]digits]`.
  static func isPlainNumber(_ s: Substring) -> Bool {
    var u = s.utf8[...]
    func digits() -> Int {
      let n = u.prefix { $0 >= 48 && $0 <= 57 }.count
      u = u.dropFirst(n)
      return n
    }
    if u.first == UInt8(ascii: "+") || u.first == UInt8(ascii: "-") { u = u.dropFirst() }
    guard digits() > 0 else { return false }
    if u.first == UInt8(ascii: ".") {
      u = u.dropFirst()
      guard digits() > 0 else { return false }
    }
    if u.first == UInt8(ascii: "e") || u.first == UInt8(ascii: "E") {
      u = u.dropFirst()
      if u.first == UInt8(ascii: "+") || u.first == UInt8(ascii: "-") { u = u.dropFirst() }
      guard digits() > 0 else { return false }
    }
    return u.isEmpty
  }
}
