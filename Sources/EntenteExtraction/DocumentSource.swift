import Entente
import Foundation

/// A document to extract from: its id, path, date, title and text.
public struct DocumentSource: Sendable {
  /// The document entry (id, path, date, title) that evidence cites.
  public let document: Document
  /// The text, without YAML front matter.
  public let text: String
  /// Where the text starts in the file, in Unicode scalars (after front matter), so
  /// offsets point back into the file exactly.
  public let offset: Int

  /// The largest document read: 16 MiB (analysis texts are far smaller).
  public static let maximumBytes = 16 << 20

  /// Reads documents and dates them: from a manifest (`file date title [kind]`, tab-
  /// separated, `#` comments, as `../shared/seeds/manifest.tsv`), from YAML front matter
  /// (`date:` and `title:` between `---` lines), from leading header lines
  /// (`Date: 2024-03-05`, `Source:`, `Title:`...; see `DocumentHeader`), or from `date`
  /// for all of them.
  ///
  /// - Throws: `EntenteError` for an unreadable, binary or non-UTF-8 file, and for a
  ///   document with no date, saying how to give one.
  public static func load(paths: [String], manifest: String? = nil, date: EntenteDate? = nil) throws(EntenteError)
    -> [DocumentSource]
  {
    var dated: [String: (EntenteDate, String?)] = [:]
    if let manifest {
      guard let data = FileManager.default.contents(atPath: manifest), let text = String(data: data, encoding: .utf8)
      else {
        throw EntenteError(.fileUnreadable, "cannot read the manifest '\(manifest)'")
      }
      // Splitting on newline characters takes "\r\n" (one Character) and "\r" as line ends too.
      for (i, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
      where !line.hasPrefix("#") && !line.isEmpty {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard f.count >= 2 else {
          throw EntenteError(
            .invalidValue, "expected 'file<TAB>date<TAB>title'",
            at: SourceLocation(file: manifest, line: i + 1, column: 1))
        }
        do { dated[f[0]] = (try EntenteDate(parsing: f[1]), f.count > 2 ? f[2] : nil) } catch {
          throw error.located(SourceLocation(file: manifest, line: i + 1, column: f[0].count + 2), in: text)
        }
      }
    }
    var out: [DocumentSource] = []
    var ids = Set<String>()
    for path in paths {
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
      guard size <= DocumentSource.maximumBytes else {
        throw EntenteError(
          .invalidValue,
          "'\(path)' is \(size) bytes; documents are read up to \(DocumentSource.maximumBytes) bytes (16 MiB): split it into parts"
        )
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        throw EntenteError(.fileUnreadable, "cannot read '\(path)'")
      }
      // memchr, not Data's byte iterator (which took longer than the extraction).
      if data.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 0, data.count) != nil } ?? false }) {
        throw EntenteError(.notText, "'\(path)' is a binary file; documents are UTF-8 text or Markdown")
      }
      guard let full = String(data: data, encoding: .utf8) else {
        throw EntenteError(.notText, "'\(path)' is not UTF-8 text; save it as UTF-8")
      }
      let name = PathText.lastComponent(path)
      let front = FrontMatter(full)
      var frontDate: EntenteDate? = nil
      var frontTitle: String? = nil
      for (key, value) in front.fields {
        if key == "date" { frontDate = try EntenteDate(parsing: value) }
        if key == "title" { frontTitle = value }
      }
      var text = front.block == nil ? full : String(front.body)
      var offset = full[..<front.bodyStart].unicodeScalars.count
      // Leading "Key: value" lines are metadata, not sentences.
      let header: DocumentHeader
      do { header = try DocumentHeader(Substring(text)) } catch {
        throw EntenteError(error.code, "'\(path)': \(error.message)")
      }
      if header.length > 0 {
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: header.length)
        text = String(scalars[start...])
        offset += header.length
        frontDate = frontDate ?? header.date
        frontTitle = frontTitle ?? header.title
      }
      guard let when = dated[name]?.0 ?? frontDate ?? date else {
        throw EntenteError(
          .missingField,
          "'\(path)' has no date; list it in a manifest (--manifest FILE: file<TAB>date<TAB>title), give it YAML front matter with 'date: 2020-10', or pass --date"
        )
      }
      var id = PathText.baseName(name)
      while ids.contains(id) { id += "_" }
      ids.insert(id)
      out.append(
        DocumentSource(
          document: Document(id: id, path: path, date: when, title: dated[name]?.1 ?? frontTitle), text: text,
          offset: offset))
    }
    return out
  }
}
