import Entente
import Foundation

/// CAMEO event codes mapped to Entente relation kinds, by longest matching prefix.
///
/// The default table is the resource `cameo_kinds.tsv` (code prefix, kind, description);
/// users pass their own file in the same layout. Lookups take the code's digits and
/// cost one array read.
public struct CameoMap: Sendable {
  /// The kinds the table names, by index.
  public let kinds: [String]
  /// kind index + 1 for each code of 2, 3 and 4 digits, indexed by `slot(_:)`; 0: none.
  private let table: [UInt8]

  /// The index of a code of `length` digits with value `value`: codes keep their leading zeros.
  static func slot(length: Int, value: Int) -> Int { (length - 1) * 10_000 + value }

  /// Reads a table.
  ///
  /// - Throws: `EntenteError` naming the line of a malformed row or an unknown kind.
  public init(path: String, vocabulary: RelationVocabulary) throws(EntenteError) {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw EntenteError(.fileUnreadable, "cannot read the CAMEO table '\(path)'")
    }
    var entries: [(String, String)] = []
    // Lines split on the scalar: "\r\n" is one Character, so a CRLF file would be one line.
    for (i, line) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let l = Substring(line.last == "\r" ? line.dropLast() : line).trimmingCharacters(in: .whitespaces)
      if l.isEmpty || l.hasPrefix("#") { continue }
      let f = l.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 2, (2...4).contains(f[0].count), f[0].allSatisfy(\.isASCII), f[0].allSatisfy(\.isNumber) else {
        throw EntenteError(
          .invalidValue,
          "expected 'CODE<TAB>KIND' with a CAMEO code of 2 to 4 digits, found '\(l.prefix(40))'",
          at: SourceLocation(file: path, line: i + 1, column: 1))
      }
      guard f[1] == "-" || vocabulary[f[1]] != nil else {
        throw EntenteError(
          .unknownKind,
          "unknown relation kind '\(f[1])'; known: \(vocabulary.ids.joined(separator: ", ")), or - for none",
          at: SourceLocation(file: path, line: i + 1, column: f[0].count + 2))
      }
      entries.append((f[0], f[1]))
    }
    var kinds: [String] = []
    var table = [UInt8](repeating: 0, count: 4 * 10_000)
    // Shorter prefixes first, so longer ones overwrite the codes they cover.
    for (prefix, kind) in entries.sorted(by: { $0.0.count < $1.0.count }) {
      var k: UInt8 = 0
      if kind != "-" {
        if let i = kinds.firstIndex(of: kind) {
          k = UInt8(i + 1)
        } else {
          kinds.append(kind)
          k = UInt8(kinds.count)
        }
      }
      let base = Int(prefix) ?? 0
      for length in prefix.count...4 {
        let span = Int(pow(10, Double(length - prefix.count)))
        for v in (base * span)..<(base * span + span) { table[Self.slot(length: length, value: v)] = k }
      }
    }
    self.kinds = kinds
    self.table = table
  }

  /// The default table shipped with Entente.
  public static func standard(vocabulary: RelationVocabulary) throws(EntenteError) -> CameoMap {
    guard let path = ResourceLocator.path(of: "cameo_kinds.tsv", module: "EntenteEvents") else {
      throw EntenteError(
        .resourceMissing,
        "the default CAMEO table (cameo_kinds.tsv) was not found beside the executable; set ENTENTE_RESOURCES or pass --cameo-map"
      )
    }
    return try CameoMap(path: path, vocabulary: vocabulary)
  }

  /// The kind index of a code's digits (2 to 4 ASCII digits), or nil when it has none
  /// or is not a code.
  @inline(__always)
  func kind(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
    let length = end - start
    guard (2...4).contains(length) else { return nil }
    var v = 0
    for i in start..<end {
      let d = Int(b[i]) &- 48
      guard d >= 0 && d <= 9 else { return nil }
      v = v * 10 + d
    }
    let k = table[Self.slot(length: length, value: v)]
    return k == 0 ? nil : Int(k) - 1
  }

  /// The kind of a code given as text (for ICEWS and tests).
  public func kind(of code: String) -> String? {
    let bytes = Array(code.utf8)
    return bytes.withUnsafeBufferPointer { kind($0, 0, $0.count) }.map { kinds[$0] }
  }
}
