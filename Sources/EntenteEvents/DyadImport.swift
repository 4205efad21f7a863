import Entente
import Foundation

/// Reads aggregated events (dyads) that an engine computed with `EventSQL`'s statement into
/// the graph `EventImport` makes of the same events.
///
/// The file is CSV with a header (RFC 4180 quoting; Spark writes it so with
/// `.option("escape", "\"")`) naming at least the columns `source`, `target`, `kind`,
/// `period` (`YYYY-MM` or `YYYY`), `events`, `mentions` and `weight` (Σ mentions ×
/// max(|Goldstein|, 1) / 10, unrounded); optionally `goldstein` (the sum of the events'
/// scores, for the note's mean), `source_name` and `target_name` (the dataset's names for
/// codes the actor catalogue does not know) and `dataset` (named in notes). Rows of the
/// same source, target, kind and period are summed, so the result files of several
/// queries (one per year, say) can be concatenated. Malformed rows are counted with their
/// line numbers and the import goes on.
///
///     let result = try DyadImport().run(path: "dyads.csv")
///     result.graph.relations.count
public struct DyadImport: Sendable {
  /// The columns every dyads file has.
  public static let requiredColumns = ["source", "target", "kind", "period", "events", "mentions", "weight"]
  let catalogue: ActorCatalogue
  let vocabulary: RelationVocabulary

  /// Creates an importer with the standard catalogue and relation kinds.
  ///
  /// - Throws: `EntenteError` when the catalogue or the vocabulary cannot be read.
  public init() throws(EntenteError) {
    vocabulary = try RelationVocabulary.standard()
    catalogue = try ActorCatalogue.standard()
  }

  /// Imports a dyads file.
  ///
  /// - Parameter path: the CSV file.
  /// - Returns: the graph and a summary (rows are the file's dyad rows).
  /// - Throws: `EntenteError` when the file cannot be read, is not UTF-8, lacks a required
  ///   column, or none of its rows is well-formed.
  /// - Complexity: O(*n* + *r* log *r*) for a file of *n* bytes and *r* relations.
  public func run(path: String) throws(EntenteError) -> EventImport.Result {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EntenteError(.fileUnreadable, "cannot read '\(path)'")
    }
    guard var text = String(data: data, encoding: .utf8) else {
      throw EntenteError(.notText, "'\(path)' is not UTF-8 text; a dyads file is CSV in UTF-8")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let rows = CSVRows.parse(text)
    guard let (_, header) = rows.first else {
      throw EntenteError(
        .invalidValue, "'\(path)' is empty; expected a header \(Self.requiredColumns.joined(separator: ","))")
    }
    var column: [String: Int] = [:]
    for (i, h) in header.enumerated() {
      let name = h.trimmingCharacters(in: .whitespaces)
      if column[name] == nil { column[name] = i }
    }
    let missing = Self.requiredColumns.filter { column[$0] == nil }
    guard missing.isEmpty else {
      throw EntenteError(
        .invalidValue,
        "the header of '\(path)' lacks \(missing.joined(separator: ", ")); a dyads file has the columns "
          + Self.requiredColumns.joined(separator: ",") + " (and optionally goldstein,source_name,target_name,dataset)",
        at: SourceLocation(file: path, line: 1, column: 1))
    }
    var summary = EventImport.Summary()
    var aggregates: [String: EventAggregate] = [:]
    var names: [String: String] = [:]
    var datasets: Set<String> = []
    let hasGoldstein = column["goldstein"] != nil
    func malformed(_ line: Int, _ reason: String) {
      summary.malformed[reason, default: 0] += 1
      if summary.examples.count < 100 { summary.examples.append(.init(line: line, reason: reason)) }
    }
    for (line, fields) in rows.dropFirst() {
      if fields.count == 1 && fields[0].isEmpty { continue }
      summary.rows += 1
      guard fields.count == header.count else {
        malformed(line, "\(fields.count) columns, expected \(header.count)")
        continue
      }
      func field(_ name: String) -> String { column[name].map { fields[$0] } ?? "" }
      let (source, target, kind) = (field("source"), field("target"), field("kind"))
      guard !source.isEmpty, !target.isEmpty, !kind.isEmpty else {
        malformed(line, "empty source, target or kind")
        continue
      }
      guard let date = try? EntenteDate(parsing: field("period")), date.day == nil else {
        malformed(line, "period not YYYY-MM or YYYY")
        continue
      }
      guard let events = Int(field("events")), events >= 1, let mentions = Int(field("mentions")), mentions >= 0
      else {
        malformed(line, "events or mentions not a count")
        continue
      }
      guard let weight = Double(field("weight")), weight.isFinite, weight >= 0 else {
        malformed(line, "weight not a number of 0 or more")
        continue
      }
      var goldstein = 0
      if hasGoldstein {
        guard let g = Double(field("goldstein")), g.isFinite, abs(g) < 1e12 else {
          malformed(line, "goldstein not a number")
          continue
        }
        goldstein = EventImport.Tally.micros(g)
      }
      let period = date.year * 100 + (date.month ?? 0)
      let key = "\(period)\t\(source)\t\(target)\t\(kind)"
      var a =
        aggregates[key]
        ?? EventAggregate(period: period, source: source, target: target, kind: kind, tally: EventImport.Tally())
      a.tally.events = EventImport.Tally.saturating(a.tally.events, events)
      a.tally.mentions = EventImport.Tally.saturating(a.tally.mentions, mentions)
      a.tally.goldsteinMicros = EventImport.Tally.saturating(a.tally.goldsteinMicros, goldstein)
      a.scored = hasGoldstein
      a.tally.weight += weight
      aggregates[key] = a
      for (code, nameColumn) in [(source, "source_name"), (target, "target_name")] {
        let name = field(nameColumn)
        if names[code] == nil || (names[code] == "" && !name.isEmpty) { names[code] = name }
      }
      let dataset = field("dataset")
      if !dataset.isEmpty { datasets.insert(dataset) }
      summary.kept += 1
    }
    if summary.rows > 0, summary.kept == 0, let first = summary.examples.first {
      throw EntenteError(
        .invalidValue, "none of the \(summary.rows) rows of '\(path)' is a dyad (line \(first.line): \(first.reason))",
        at: SourceLocation(file: path, line: first.line, column: 1))
    }
    let actors = names.map {
      (code: $0.key, name: EventAggregate.actorName(code: $0.key, fileName: $0.value, catalogue: catalogue))
    }
    let (graph, unplaced) = EventAggregate.graph(
      actors: actors, aggregates: Array(aggregates.values),
      dataset: datasets.isEmpty ? "dyads" : datasets.sorted().joined(separator: " + "), catalogue: catalogue,
      vocabulary: vocabulary)
    if unplaced > 0 {
      summary.skipped["events of relations not added (not an actor id or kind)", default: 0] += unplaced
    }
    summary.relations = graph.relations.count
    return EventImport.Result(graph: graph, summary: summary)
  }
}

/// RFC 4180 CSV rows with the line each starts on: fields separated by commas, quoted
/// fields with `""` for a quote, CRLF or LF line ends.
enum CSVRows {
  /// The rows of `text`, each with its starting line number (1-based).
  ///
  /// - Complexity: O(*n*) in the text's length.
  static func parse(_ text: String) -> [(line: Int, fields: [String])] {
    var rows: [(Int, [String])] = []
    var row: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var line = 1
    var rowLine = 1
    let bytes = Array(text.utf8)
    var i = 0
    func endField() {
      row.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
    }
    while i < bytes.count {
      let c = bytes[i]
      if quoted {
        if c == 34 {
          if i + 1 < bytes.count && bytes[i + 1] == 34 {
            field.append(34)
            i += 1
          } else {
            quoted = false
          }
        } else {
          if c == 10 { line += 1 }
          field.append(c)
        }
      } else if c == 34 {
        quoted = true
      } else if c == 44 {
        endField()
      } else if c == 10 || c == 13 {
        if c == 13 && i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
        endField()
        rows.append((rowLine, row))
        row = []
        line += 1
        rowLine = line
      } else {
        field.append(c)
      }
      i += 1
    }
    if !field.isEmpty || !row.isEmpty {
      endField()
      rows.append((rowLine, row))
    }
    return rows
  }
}
