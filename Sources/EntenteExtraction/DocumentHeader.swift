import Entente
import Foundation

/// Leading `Key: value` lines of a document (`Source:`, `Date:`, `Title:`, `URL:`,
/// `Author:`...): metadata, not sentences.
///
/// A header is recognized only when the document's first line is one; it runs until the
/// first line that is not (blank lines end it too). `Date:` dates the document as front
/// matter does; it may be written `2024-03-05`, `2024-03`, `2024`, `5 March 2024`,
/// `March 5, 2024` or `March 2024`. A document that does not start with a header line is
/// read unchanged, so its sentence numbering stays as before.
package struct DocumentHeader: Sendable, Equatable {
  /// The keys a header line may have (lower-cased).
  static let keys: Set<String> = [
    "source", "date", "title", "url", "author", "authors", "published", "updated", "byline", "link", "outlet",
    "publisher", "language", "section", "dateline",
  ]
  static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  /// The text whose sentences extraction numbers: `text` without its header.
  ///
  /// `text` is what follows any front matter. A header whose `Date:` cannot be read is
  /// kept, as extraction would refuse that document anyway.
  ///
  /// - Complexity: O(*h*) for a header of *h* characters.
  package static func body(of text: String) -> String {
    guard let header = try? DocumentHeader(Substring(text)), header.length > 0 else { return text }
    let scalars = text.unicodeScalars
    return String(scalars[scalars.index(scalars.startIndex, offsetBy: header.length)...])
  }

  /// The header's length in Unicode scalars (where the text starts).
  var length = 0
  var date: EntenteDate?
  var title: String?

  /// Reads the header at the start of `text`, if any.
  ///
  /// - Throws: `EntenteError` when a `Date:` line holds no date it can read.
  ///
  /// - Complexity: O(*h*) for a header of *h* characters.
  init(_ text: Substring) throws(EntenteError) {
    var rest = text
    while let newline = rest.firstIndex(of: "\n") ?? (rest.isEmpty ? nil : rest.endIndex) {
      let line = rest[rest.startIndex..<newline]
      guard let colon = line.firstIndex(of: ":") else { break }
      let key = line[line.startIndex..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      guard Self.keys.contains(key) else { break }
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if key == "date" || key == "published" && date == nil {
        guard let d = Self.parseDate(value) else {
          if key == "published" { break }
          throw EntenteError(
            .invalidDate,
            "the header line 'Date: \(value)' holds no date; write 2024-03-05, 2024-03, 2024, 5 March 2024 or March 5, 2024"
          )
        }
        date = d
      }
      if key == "title" { title = value }
      length += line.unicodeScalars.count + (newline < rest.endIndex ? 1 : 0)
      rest = newline < rest.endIndex ? rest[rest.index(after: newline)...] : rest[rest.endIndex...]
    }
  }

  /// A date written as ISO (`2024-03-05`, `2024-03`, `2024`, with an optional time after
  /// `T`) or with a month name (`5 March 2024`, `March 5, 2024`, `March 2024`).
  static func parseDate(_ value: String) -> EntenteDate? {
    let iso = value.split(separator: "T").first.map(String.init) ?? value
    if let d = try? EntenteDate(parsing: iso.trimmingCharacters(in: .whitespaces)) { return d }
    let words = value.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    guard let year = words.compactMap({ Int($0) }).first(where: { $0 >= 1000 && $0 <= 2999 }) else { return nil }
    let month = words.lazy.compactMap { w in months.firstIndex { $0 == w || (w.count >= 3 && $0.hasPrefix(w)) } }.first
      .map { $0 + 1 }
    let day = month == nil ? nil : words.compactMap { Int($0) }.first { $0 >= 1 && $0 <= 31 }
    return try? EntenteDate(year: year, month: month, day: day)
  }
}
