import Entente
import Foundation

/// Imports event data files (GDELT 1.0, GDELT 2.0, ICEWS) into relations.
///
/// The file is streamed in chunks, so memory stays flat however large it is. Each
/// state-to-state event whose CAMEO code has a kind (`CameoMap`) is aggregated by
/// source, target, kind and period (month or year) into one relation whose weight is
/// Σ mentions × max(|Goldstein|, 1) / 10 (ICEWS events count one mention each, with
/// their intensity as Goldstein score), with the counts in its note. Rows without two
/// country codes, within one country, or with an uncoded event are counted and skipped;
/// malformed rows (wrong column count, bad code, bad date, a Goldstein score or intensity
/// that is not a number from -10 to 10, invalid UTF-8) are counted
/// with their line numbers, and the import goes on.
///
///     var importer = try EventImport(format: .gdelt2)
///     let result = try importer.run(path: "20201113.export.CSV")
///     result.graph.relations.count; result.summary.kept
public struct EventImport: Sendable {
  /// A published layout.
  public enum Format: String, Sendable, CaseIterable {
    /// GDELT 1.0 events: tab-separated, no header, 57 columns (back files) or 58 (daily).
    case gdelt1
    /// GDELT 2.0 events: tab-separated, no header, 61 columns.
    case gdelt2
    /// ICEWS events: tab-separated with a header naming the columns.
    case icews
  }

  /// How relations are dated.
  public enum Period: String, Sendable, CaseIterable {
    case month, year
  }

  /// What an import read, kept and skipped.
  public struct Summary: Sendable, Equatable {
    /// Data rows read (header excluded).
    public var rows = 0
    /// Rows that became part of a relation.
    public var kept = 0
    /// Rows skipped, by reason.
    public var skipped: [String: Int] = [:]
    /// Malformed rows, by reason.
    public var malformed: [String: Int] = [:]
    /// The first malformed rows, as (line, reason).
    public var examples: [Example] = []
    /// Relations made.
    public var relations = 0

    /// A malformed row.
    public struct Example: Sendable, Equatable {
      /// The line number in the file.
      public let line: Int
      /// What is wrong.
      public let reason: String
    }

    /// One paragraph for people.
    public var report: String {
      var s = "rows read: \(rows); kept: \(kept) in \(relations) relations"
      for (k, v) in skipped.sorted(by: { $0.key < $1.key }) { s += "; skipped (\(k)): \(v)" }
      for (k, v) in malformed.sorted(by: { $0.key < $1.key }) { s += "; malformed (\(k)): \(v)" }
      if !examples.isEmpty {
        s +=
          "\nfirst malformed rows: "
          + examples.prefix(10).map { "line \($0.line): \($0.reason)" }.joined(separator: "; ")
      }
      return s
    }
  }

  /// The layout.
  public let format: Format
  /// How relations are dated.
  public let period: Period
  let cameo: CameoMap
  /// Country names and codes: the actor catalogue's dataset names (ISO short name first).
  let catalogue: ActorCatalogue
  let vocabulary: RelationVocabulary
  /// Bytes read at a time (tests use tiny chunks to cut lines anywhere).
  var chunkSize = 8 << 20

  /// Creates an importer with the default (or a given) CAMEO table.
  public init(format: Format, period: Period = .month, cameo: CameoMap? = nil) throws(EntenteError) {
    self.format = format
    self.period = period
    vocabulary = try RelationVocabulary.standard()
    if let cameo { self.cameo = cameo } else { self.cameo = try CameoMap.standard(vocabulary: vocabulary) }
    catalogue = try ActorCatalogue.standard()
  }

  /// One aggregate.
  ///
  /// Counts saturate at `Int.max` instead of trapping: a file may claim 999,999,999,999
  /// mentions per row (the column's 12-digit cap), and enough such rows overflow a sum.
  struct Tally {
    var events = 0
    var mentions = 0
    /// The Goldstein sum in millionths: an integer sum is the same in any order, so an
    /// engine's sum (EventSQL) gives the same mean to the last digit.
    var goldsteinMicros = 0
    var weight = 0.0

    /// Adds one event of `mentions` mentions and Goldstein score `goldstein` (-10...10).
    mutating func count(mentions m: Int, goldstein g: Double) {
      events = Self.saturating(events, 1)
      mentions = Self.saturating(mentions, m)
      goldsteinMicros = Self.saturating(goldsteinMicros, Self.micros(g))
      weight += Double(m) * max(abs(g), 1) / 10
    }

    /// `g` in millionths, rounded half away from zero (as SQL's ROUND); `g` is within ±10¹².
    static func micros(_ g: Double) -> Int { Int((g * 1_000_000).rounded()) }

    /// The Goldstein sum.
    var goldstein: Double { Double(goldsteinMicros) / 1_000_000 }

    /// `a + b`, or `Int.max` / `Int.min` where the sum would overflow.
    static func saturating(_ a: Int, _ b: Int) -> Int {
      let (sum, overflow) = a.addingReportingOverflow(b)
      return overflow ? (b > 0 ? Int.max : Int.min) : sum
    }
  }

  /// Mutable state of one run.
  struct State {
    var summary = Summary()
    var actors: [String] = []
    var actorNames: [String] = []
    var actorIDs: [UInt32: Int] = [:]  // 3 ASCII letters packed
    /// Actor index + 1 by code (A-Z, 0-9 in each of 3 places: 36³ slots); 0: not yet seen.
    var actorSlots = [Int32](repeating: 0, count: 36 * 36 * 36)
    var tallies: [UInt64: Tally] = [:]
    var line = 0
    var icewsColumns: [String: Int]? = nil

    mutating func malformed(_ reason: String) {
      summary.malformed[reason, default: 0] += 1
      if summary.examples.count < 100 { summary.examples.append(.init(line: line, reason: reason)) }
    }

    mutating func skip(_ reason: String) { summary.skipped[reason, default: 0] += 1 }
  }

  /// The result of an import.
  public struct Result: Sendable {
    /// The relations as a graph (actors named by their ISO short name from the actor catalogue, or from the file).
    public let graph: ActorGraph
    /// What was read, kept and skipped.
    public let summary: Summary
  }

  /// Imports a file.
  ///
  /// - Parameters:
  ///   - path: the event file.
  ///   - progress: called now and then with (bytes read, file size).
  /// - Returns: the graph of aggregated relations and a summary of the rows read and skipped.
  /// - Throws: `EntenteError` when the file cannot be read, an ICEWS header lacks a needed
  ///   column, or no row at all is well-formed (the file has another layout).
  /// - Complexity: O(*n*) in the file's size; memory O(chunk + aggregates).
  public func run(path: String, progress: ((Int, Int) -> Void)? = nil) throws(EntenteError) -> Result {
    let size = ChunkedLineReader.size(of: path)
    var state = State()
    try ChunkedLineReader.read(
      path: path, chunkSize: max(16, chunkSize),
      failure: { EntenteError(.fileUnreadable, "cannot read '\(path)': \($0.reason)") },
      { (lines, read) throws(EntenteError) in
        if !lines.isEmpty { try parseLines(lines, &state, path: path) }
        progress?(read, size)
      })
    try checkLayout(state.summary, path: path)
    return finish(state)
  }

  /// What a row of the layout holds, for the error when no row has it.
  var layout: String {
    switch format {
    case .gdelt1:
      return
        "GDELT 1.0 rows have 57 or 58 tab-separated columns (SQLDATE in column 2, Actor1CountryCode in 8, Actor2CountryCode in 18, EventCode in 27, GoldsteinScale in 31, NumMentions in 32)"
    case .gdelt2:
      return
        "GDELT 2.0 rows have 61 tab-separated columns (SQLDATE in column 2, Actor1CountryCode in 8, Actor2CountryCode in 18, EventCode in 27, GoldsteinScale in 31, NumMentions in 32)"
    case .icews:
      return
        "ICEWS rows have as many tab-separated columns as the header, with Event Date, Source Country, CAMEO Code, Intensity and Target Country"
    }
  }

  /// Refuses a file none of whose rows is well-formed: it is almost surely another
  /// layout (a wrong `--format`), and an empty graph would hide that.
  private func checkLayout(_ summary: Summary, path: String) throws(EntenteError) {
    let malformed = summary.malformed.values.reduce(0, +)
    guard summary.rows > 0, malformed == summary.rows, let first = summary.examples.first else { return }
    throw EntenteError(
      .invalidValue,
      "none of the \(summary.rows) rows of '\(path)' is a \(format.rawValue) row (line \(first.line): \(first.reason)); "
        + "\(layout); check --format",
      at: SourceLocation(file: path, line: first.line, column: 1))
  }

  private func parseLines(_ b: UnsafeBufferPointer<UInt8>, _ state: inout State, path: String) throws(EntenteError) {
    var pos = 0
    let n = b.count
    let starts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 64)
    let ends = UnsafeMutableBufferPointer<Int>.allocate(capacity: 64)
    defer {
      starts.deallocate()
      ends.deallocate()
    }
    starts.initialize(repeating: 0)
    ends.initialize(repeating: 0)
    while pos < n {
      var lineEnd = pos
      var high: UInt8 = 0
      var fields = 0
      starts[0] = pos
      while lineEnd < n {
        let c = b[lineEnd]
        if c <= 10 {
          if c == 10 { break }
          if c == 9 {
            if fields < 63 { ends[fields] = lineEnd }
            fields += 1
            if fields < 64 { starts[fields] = lineEnd + 1 }
          }
        }
        high |= c
        lineEnd += 1
      }
      let ascii = high < 0x80
      var contentEnd = lineEnd
      if contentEnd > pos && b[contentEnd - 1] == 13 { contentEnd -= 1 }
      if fields < 64 { ends[fields] = contentEnd }
      let columns = fields + 1
      state.line += 1
      defer { pos = lineEnd + 1 }
      if contentEnd == pos { continue }
      if format == .icews && state.icewsColumns == nil {
        state.icewsColumns = try icewsHeader(b, pos, contentEnd, path: path)
        continue
      }
      state.summary.rows += 1
      if !ascii, String(validating: UnsafeBufferPointer(rebasing: b[pos..<contentEnd]), as: UTF8.self) == nil {
        state.malformed("invalid UTF-8")
        continue
      }
      switch format {
      case .gdelt1, .gdelt2:
        let expected = format == .gdelt2 ? [61] : [57, 58]
        guard expected.contains(columns) else {
          state.malformed("\(columns) columns, expected \(expected.map(String.init).joined(separator: " or "))")
          continue
        }
        gdeltRow(b, starts, ends, &state)
      case .icews:
        icewsRow(b, starts, ends, columns, &state)
      }
    }
  }

  // GDELT columns (0-based) shared by 1.0 and 2.0.
  static let gDate = 1, gName1 = 6, gCountry1 = 7, gName2 = 16, gCountry2 = 17, gEvent = 26, gGoldstein = 30,
    gMentions = 31

  private func gdeltRow(
    _ b: UnsafeBufferPointer<UInt8>, _ s: UnsafeMutableBufferPointer<Int>, _ e: UnsafeMutableBufferPointer<Int>,
    _ state: inout State
  ) {
    guard let date = Self.yyyymmdd(b, s[Self.gDate], e[Self.gDate]) else {
      state.malformed("bad date")
      return
    }
    let (c1s, c1e, c2s, c2e) = (s[Self.gCountry1], e[Self.gCountry1], s[Self.gCountry2], e[Self.gCountry2])
    guard c1e > c1s, c2e > c2s else {
      state.skip("not between two countries")
      return
    }
    guard let k1 = Self.pack(b, c1s, c1e), let k2 = Self.pack(b, c2s, c2e) else {
      state.malformed("bad country code")
      return
    }
    guard k1 != k2 else {
      state.skip("within one country")
      return
    }
    // A code starting with a digit is no actor id: skipped here, before it names an
    // actor, as the engines' statements (EventSQL) skip it.
    guard b[c1s] >= 65, b[c2s] >= 65 else {
      state.skip("not an actor id or kind")
      return
    }
    let (es, ee) = (s[Self.gEvent], e[Self.gEvent])
    guard ee - es >= 2, ee - es <= 4, (es..<ee).allSatisfy({ b[$0] >= 48 && b[$0] <= 57 }) else {
      state.malformed("bad CAMEO code")
      return
    }
    guard let kind = cameo.kind(b, es, ee) else {
      state.skip("CAMEO code without a kind")
      return
    }
    let (gs, ge) = (s[Self.gGoldstein], e[Self.gGoldstein])
    guard let goldstein = Self.score(ByteField.double(b, gs, ge, maxLength: 32), empty: ge == gs) else {
      state.malformed("Goldstein score not a number from -10 to 10")
      return
    }
    let mentions = max(1, ByteField.int(b, s[Self.gMentions], e[Self.gMentions], maxLength: 12, signed: false) ?? 1)
    let a1 = actor(k1, b, c1s, c1e, nameStart: s[Self.gName1], nameEnd: e[Self.gName1], &state)
    let a2 = actor(k2, b, c2s, c2e, nameStart: s[Self.gName2], nameEnd: e[Self.gName2], &state)
    add(a1, a2, kind, date, mentions: mentions, goldstein: goldstein, &state)
  }

  private func icewsRow(
    _ b: UnsafeBufferPointer<UInt8>, _ s: UnsafeMutableBufferPointer<Int>, _ e: UnsafeMutableBufferPointer<Int>,
    _ columns: Int, _ state: inout State
  ) {
    guard let cols = state.icewsColumns, columns == cols["#count"] else {
      state.malformed("\(columns) columns, expected \(state.icewsColumns?["#count"] ?? 0)")
      return
    }
    func text(_ name: String) -> String {
      guard let i = cols[name] else { return "" }
      return String(decoding: UnsafeBufferPointer(rebasing: b[s[i]..<e[i]]), as: UTF8.self)
    }
    let dateText = text("Event Date")
    let parts = dateText.split(separator: "-")
    guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (try? EntenteDate(year: y, month: m, day: d)) != nil
    else {
      state.malformed("bad date")
      return
    }
    let (n1, n2) = (text("Source Country"), text("Target Country"))
    guard !n1.isEmpty, !n2.isEmpty, n1 != "NA", n2 != "NA" else {
      state.skip("not between two countries")
      return
    }
    guard let c1 = catalogue.actor(forDatasetName: n1)?.rawValue, let c2 = catalogue.actor(forDatasetName: n2)?.rawValue
    else {
      state.skip("unknown country name")
      return
    }
    guard c1 != c2 else {
      state.skip("within one country")
      return
    }
    let code = text("CAMEO Code")
    guard (2...4).contains(code.utf8.count), code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
      state.malformed("bad CAMEO code")
      return
    }
    guard let kindName = cameo.kind(of: code), let kind = cameo.kinds.firstIndex(of: kindName) else {
      state.skip("CAMEO code without a kind")
      return
    }
    let intensity = text("Intensity")
    guard let goldstein = Self.score(Double(intensity), empty: intensity.isEmpty) else {
      state.malformed("Intensity not a number from -10 to 10")
      return
    }
    let a1 = actor(forCode: c1, name: isoName(c1) ?? n1, &state)
    let a2 = actor(forCode: c2, name: isoName(c2) ?? n2, &state)
    add(a1, a2, kind, y * 10_000 + m * 100 + d, mentions: 1, goldstein: goldstein, &state)
  }

  private func icewsHeader(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, path: String) throws(EntenteError)
    -> [String: Int]
  {
    let header = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self).split(
      separator: "\t", omittingEmptySubsequences: false
    ).map(String.init)
    var cols: [String: Int] = ["#count": header.count]
    for (i, h) in header.enumerated() { cols[h] = i }
    for needed in ["Event Date", "Source Country", "CAMEO Code", "Intensity", "Target Country"]
    where cols[needed] == nil {
      throw EntenteError(
        .invalidValue,
        "the ICEWS header has no '\(needed)' column; expected the Dataverse layout (Event ID, Event Date, Source Name, ...)",
        at: SourceLocation(file: path, line: 1, column: 1))
    }
    return cols
  }

  private func actor(
    _ key: UInt32, _ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, nameStart: Int, nameEnd: Int,
    _ state: inout State
  ) -> Int {
    var slot = 0
    for i in s..<e {
      let c = Int(b[i])
      slot = slot * 36 + (c >= 65 ? c - 65 : c - 48 + 26)
    }
    let known = state.actorSlots[slot]
    if known > 0 { return Int(known) - 1 }
    if let i = state.actorIDs[key] {
      state.actorSlots[slot] = Int32(i + 1)
      return i
    }
    let code = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
    let fileName = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<nameEnd]), as: UTF8.self)
    let i = state.actors.count
    state.actorIDs[key] = i
    state.actorSlots[slot] = Int32(i + 1)
    state.actors.append(code)
    state.actorNames.append(EventAggregate.actorName(code: code, fileName: fileName, catalogue: catalogue))
    return i
  }

  /// The ISO short name of a code that event datasets use (the catalogue's first dataset name).
  private func isoName(_ code: String) -> String? { catalogue.datasetNames(of: ActorID(code)).first }

  private func actor(forCode code: String, name: String, _ state: inout State) -> Int {
    let key = code.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    if let i = state.actorIDs[key] { return i }
    let i = state.actors.count
    state.actorIDs[key] = i
    state.actors.append(code)
    state.actorNames.append(name)
    return i
  }

  private func add(
    _ a1: Int, _ a2: Int, _ kind: Int, _ date: Int, mentions: Int, goldstein: Double, _ state: inout State
  ) {
    let periodKey = period == .month ? date / 100 : date / 10_000
    let key = UInt64(a1) << 44 | UInt64(a2) << 24 | UInt64(kind) << 20 | UInt64(periodKey & 0xFFFFF)
    state.tallies[key, default: Tally()].count(mentions: mentions, goldstein: goldstein)
    state.summary.kept += 1
  }

  private func finish(_ state: State) -> Result {
    var summary = state.summary
    let aggregates = state.tallies.map { (key, t) in
      let p = Int(key & 0xFFFFF)
      return EventAggregate(
        period: period == .month ? p : p * 100, source: state.actors[Int(key >> 44)],
        target: state.actors[Int((key >> 24) & 0xFFFFF)], kind: cameo.kinds[Int((key >> 20) & 0xF)], tally: t)
    }
    let (graph, unplaced) = EventAggregate.graph(
      actors: Array(zip(state.actors, state.actorNames)).map { (code: $0.0, name: $0.1) }, aggregates: aggregates,
      dataset: Self.datasetName(format), catalogue: catalogue, vocabulary: vocabulary)
    if unplaced > 0 { summary.skipped["not an actor id or kind", default: 0] += unplaced }
    summary.relations = graph.relations.count
    return Result(graph: graph, summary: summary)
  }

  /// The dataset named in relation notes.
  static func datasetName(_ format: Format) -> String {
    switch format {
    case .gdelt1: return "GDELT 1.0"
    case .gdelt2: return "GDELT 2.0"
    case .icews: return "ICEWS"
    }
  }

  // MARK: Byte parsing

  /// A Goldstein score or ICEWS intensity: 0 for an empty field, the parsed value when
  /// it lies on the published scale -10...10, else `nil` (malformed: NaN, infinities and
  /// values such as 1e20 would poison their whole relation).
  static func score(_ parsed: Double?, empty: Bool) -> Double? {
    if empty { return 0 }
    guard let parsed, parsed.isFinite, abs(parsed) <= 10 else { return nil }
    return parsed
  }

  static func pack(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt32? {
    guard e - s == 3 else { return nil }
    var k: UInt32 = 0
    for i in s..<e {
      let c = b[i]
      guard (c >= 65 && c <= 90) || (c >= 48 && c <= 57) else { return nil }
      k = k << 8 | UInt32(c)
    }
    return k
  }

  static func yyyymmdd(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int? {
    guard e - s == 8, let v = ByteField.int(b, s, e, maxLength: 12, signed: false) else { return nil }
    let (y, m, d) = (v / 10_000, v / 100 % 100, v % 100)
    guard (1...12).contains(m), d >= 1, d <= GregorianCalendar.days(month: m, year: y), y >= 1 else { return nil }
    return v
  }
}
