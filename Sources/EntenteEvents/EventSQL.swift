import Entente
import Foundation

/// The aggregation `EventImport` does in process, as one SQL statement for Spark or BigQuery.
///
/// The statement keeps the rows `EventImport` keeps and aggregates them the same way:
/// CAMEO codes get their kind by longest prefix from the same table (inlined, reduced to
/// the prefixes where the kind changes), ICEWS country names become actor ids through the
/// actor catalogue's dataset names (inlined), and each source, target, kind and period gets
/// its events, mentions, Goldstein sum and weight Σ mentions × max(|Goldstein|, 1) / 10.
/// Its result has the columns `DyadImport` reads (`entente import FILE --format dyads`).
///
/// What a statement cannot check: a file row's column count and its UTF-8 (the engine's
/// reader has made columns of it already), and ICEWS dates written other than
/// `YYYY-MM-DD` (which the published files never are), which the statement skips.
///
///     let sql = try EventSQL(engine: .bigquery, format: .gdelt2, period: .year).statement
public struct EventSQL: Sendable {
  /// The engine the statement is for.
  public let engine: SQLEngine
  /// The dataset's layout.
  public let format: EventImport.Format
  /// How relations are dated.
  public let period: EventImport.Period
  /// Keep events on or after this date's first day.
  public let since: EntenteDate?
  /// Keep events on or before this date's last day.
  public let until: EntenteDate?
  /// The table (or view) the statement reads.
  public let table: String
  /// Keep only events between two of these actors (ids), or all when empty.
  public let actors: [ActorID]
  let cameo: CameoMap
  let catalogue: ActorCatalogue

  /// Creates a statement's description.
  ///
  /// - Parameters:
  ///   - engine: Spark or BigQuery.
  ///   - format: the dataset (GDELT 1.0, GDELT 2.0 or ICEWS).
  ///   - period: aggregate by month or year.
  ///   - cameo: the CAMEO table, or nil for the default one `entente import` uses.
  ///   - since: the first date kept, or nil.
  ///   - until: the last date kept, or nil.
  ///   - table: the input table, or nil for `defaultTable(engine:format:)`.
  ///   - actors: keep only events between two of these actors; all when empty. An actor
  ///     the catalogue does not know then takes its name from its first event among them.
  /// - Throws: `EntenteError` when the default CAMEO table or the catalogue cannot be
  ///   read, `since` is after `until`, the table name is empty, or an actor id is not one.
  public init(
    engine: SQLEngine, format: EventImport.Format, period: EventImport.Period = .month, cameo: CameoMap? = nil,
    since: EntenteDate? = nil, until: EntenteDate? = nil, table: String? = nil, actors: [ActorID] = []
  ) throws(EntenteError) {
    if let bad = actors.first(where: { !$0.isWellFormed }) {
      throw EntenteError(
        .invalidValue, "'\(bad)' is not an actor id; write ids such as ARM or AZE (upper-case letters and digits)")
    }
    self.actors = Array(Set(actors)).sorted()
    self.engine = engine
    self.format = format
    self.period = period
    self.since = since
    self.until = until
    self.table = table ?? Self.defaultTable(engine: engine, format: format)
    if self.table.isEmpty { throw EntenteError(.invalidValue, "the table name is empty; name the table to read") }
    if let since, let until, since.startDay >= until.endDay {
      throw EntenteError(.invalidValue, "--since \(since) is after --until \(until); give a period that has days")
    }
    if let cameo {
      self.cameo = cameo
    } else {
      self.cameo = try CameoMap.standard(vocabulary: try RelationVocabulary.standard())
    }
    catalogue = try ActorCatalogue.standard()
  }

  /// The table a statement reads unless told otherwise: BigQuery's public GDELT tables
  /// (`gdelt-bq.full.events`, `gdelt-bq.gdeltv2.events`), a table named `icews_events`
  /// for ICEWS (BigQuery has no public copy), and a view named `events` in Spark.
  ///
  /// - Parameters:
  ///   - engine: the engine.
  ///   - format: the dataset.
  /// - Returns: the table's name.
  public static func defaultTable(engine: SQLEngine, format: EventImport.Format) -> String {
    switch (engine, format) {
    case (.bigquery, .gdelt1): return "gdelt-bq.full.events"
    case (.bigquery, .gdelt2): return "gdelt-bq.gdeltv2.events"
    case (.bigquery, .icews): return "icews_events"
    case (.spark, _): return "events"
    }
  }

  /// The CAMEO table reduced to the codes whose kind differs from their one-digit-shorter
  /// prefix's (`-` for none), sorted: the longest listed prefix of a code gives its kind,
  /// exactly as `CameoMap` looks it up.
  ///
  /// - Complexity: O(11,100): every code of 2 to 4 digits is looked up once.
  var cameoPrefixes: [(prefix: String, kind: String)] {
    var out: [(String, String)] = []
    var kinds: [String: String] = [:]
    for length in 2...4 {
      for v in 0..<Int(pow(10, Double(length))) {
        let digits = String(v)
        let code = String(repeating: "0", count: length - digits.count) + digits
        let kind = cameo.kind(of: code) ?? "-"
        kinds[code] = kind
        let parent = length == 2 ? "-" : kinds[String(code.dropLast())] ?? "-"
        if kind != parent { out.append((code, kind)) }
      }
    }
    return out.sorted { $0.0 < $1.0 }
  }

  /// Each ICEWS country name, lower-cased, with the actor id the catalogue gives it, sorted.
  var countryNames: [(name: String, id: String)] {
    var seen: [String: String] = [:]
    for actor in catalogue.actors {
      for name in catalogue.datasetNames(of: actor.id) {
        if let id = catalogue.actor(forDatasetName: name) { seen[name.lowercased()] = id.rawValue }
      }
    }
    return seen.sorted { $0.key < $1.key }.map { (name: $0.key, id: $0.value) }
  }

  /// The SQL statement: deterministic, with every inlined string escaped for the engine.
  public var statement: String {
    var s = header
    s += "WITH cameo AS (\n" + inlineTable(["prefix", "kind"], cameoPrefixes.map { [$0.prefix, $0.kind] }) + "\n),\n"
    if format == .icews {
      s += "countries AS (\n" + inlineTable(["name", "id"], countryNames.map { [$0.name, $0.id] }) + "\n),\n"
    }
    s += format == .icews ? icewsRows : gdeltRows
    s += kept + aggregates
    s += format == .icews ? "" : names
    s += result
    return s
  }

  // MARK: Parts

  private var datasetName: String { EventImport.datasetName(format) }

  private var header: String {
    let flags =
      "--engine \(engine.rawValue) --source \(format.rawValue) --period \(period.rawValue)"
      + (since.map { " --since \($0)" } ?? "") + (until.map { " --until \($0)" } ?? "")
      + (actors.isEmpty ? "" : " --actors " + actors.map(\.rawValue).joined(separator: ","))
    return """
      -- Entente: \(datasetName) events aggregated by \(period.rawValue) into dyads, exactly as
      -- `entente import --format \(format.rawValue) --period \(period.rawValue)` aggregates them in process.
      -- Written by `entente events sql \(flags)` for \(engine == .spark ? "Spark SQL" : "BigQuery (GoogleSQL)").
      -- Reads \(engine.identifier(table)) with the \(datasetName) columns \(inputColumns.joined(separator: ", ")).
      -- Result columns: source, target, kind, period, events, mentions, weight, goldstein, source_name,
      -- target_name, dataset. Save it as CSV with a header and run `entente import FILE.csv --format dyads`.

      """
  }

  /// The input columns the statement reads.
  var inputColumns: [String] {
    switch format {
    case .gdelt1, .gdelt2:
      return [
        "GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1CountryCode", "Actor2Name", "Actor2CountryCode", "EventCode",
        "GoldsteinScale", "NumMentions",
      ]
    case .icews:
      let names = ["Event Date", "Source Country", "CAMEO Code", "Intensity", "Target Country"]
      return engine == .spark ? names : names.map { $0.replacingOccurrences(of: " ", with: "_") }
    }
  }

  private func column(_ i: Int) -> String { engine.identifier(inputColumns[i]) }

  private func text(_ e: String) -> String { engine.cast(e, .text) }

  private func double(_ v: Int) -> String { engine.cast(String(v), .double) }

  /// A small table written into the statement.
  ///
  /// Spark reads it as VALUES; BigQuery, which has no VALUES, as SELECT and UNION ALL. An
  /// empty table gets one row that matches nothing.
  private func inlineTable(_ columns: [String], _ rows: [[String]]) -> String {
    let rows = rows.isEmpty ? [columns.map { _ in "" }] : rows
    switch engine {
    case .spark:
      let values = rows.map { "    (" + $0.map(engine.literal).joined(separator: ", ") + ")" }
      return "  SELECT * FROM VALUES\n" + values.joined(separator: ",\n")
        + "\n  AS t(\(columns.joined(separator: ", ")))"
    case .bigquery:
      let first =
        "  SELECT " + zip(rows[0], columns).map { engine.literal($0) + " AS " + $1 }.joined(separator: ", ")
      let rest = rows.dropFirst().map { "  UNION ALL SELECT " + $0.map(engine.literal).joined(separator: ", ") }
      return ([first] + rest).joined(separator: "\n")
    }
  }

  /// The date bounds as `yyyymmdd` integers, and the actors kept.
  private var bounds: String {
    var s = ""
    if !actors.isEmpty {
      let list = actors.map { engine.literal($0.rawValue) }.joined(separator: ", ")
      s += "\n    AND typed.c1 IN (\(list)) AND typed.c2 IN (\(list))"
    }
    if let since {
      s += "\n    AND ymd >= \(since.year * 10_000 + (since.month ?? 1) * 100 + (since.day ?? 1))"
    }
    if let until {
      s += "\n    AND ymd <= \(until.year * 10_000 + (until.month ?? 12) * 100 + (until.day ?? 31))"
    }
    return s
  }

  /// A day that exists in the proleptic Gregorian calendar, from the integers y, mo, dd.
  private let validDate = """
    y >= 1 AND mo BETWEEN 1 AND 12 AND dd >= 1
        AND dd <= CASE WHEN mo IN (4, 6, 9, 11) THEN 30
          WHEN mo = 2 THEN CASE WHEN MOD(y, 4) = 0 AND (MOD(y, 100) <> 0 OR MOD(y, 400) = 0) THEN 29 ELSE 28 END
          ELSE 31 END
    """

  /// A number as Swift's `Double(_:)` reads one: sign, digits with an optional point, exponent.
  private let number = "^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?$"

  /// A score that `EventImport.score` accepts: empty (0) or a number from -10 to 10.
  private func scoreIsValid(_ g: String) -> String {
    "(\(g) IS NULL OR \(g) = '' OR (LENGTH(\(g)) <= 32 AND \(engine.matches(g, number)) AND ABS(\(engine.tryCast(g, .double))) <= 10))"
  }

  private func score(_ g: String) -> String {
    "CASE WHEN \(g) IS NULL OR \(g) = '' THEN \(double(0)) ELSE \(engine.tryCast(g, .double)) END"
  }

  private var partitionFilter: String {
    guard engine == .bigquery, table.hasSuffix("_partitioned"), let since,
      let day = try? EntenteDate(year: since.year, month: since.month ?? 1, day: since.day ?? 1).description
    else { return "" }
    // Events are filed under the day GDELT added them, never before the day they happened.
    return "\n  WHERE _PARTITIONTIME >= TIMESTAMP(\(engine.literal(day)))"
  }

  private var gdeltRows: String {
    let periodExpression = period == .month ? "SUBSTR(d, 1, 4) || '-' || SUBSTR(d, 5, 2)" : "SUBSTR(d, 1, 4)"
    return """
      src AS (
        SELECT
          \(engine.tryCast(column(0), .integer)) AS row_id,
          \(text(column(1))) AS d,
          \(engine.tryCast("SUBSTR(\(text(column(1))), 1, 4)", .integer)) AS y,
          \(engine.tryCast("SUBSTR(\(text(column(1))), 5, 2)", .integer)) AS mo,
          \(engine.tryCast("SUBSTR(\(text(column(1))), 7, 2)", .integer)) AS dd,
          COALESCE(\(text(column(2))), '') AS n1,
          \(text(column(3))) AS c1,
          COALESCE(\(text(column(4))), '') AS n2,
          \(text(column(5))) AS c2,
          \(text(column(6))) AS code,
          \(text(column(7))) AS g,
          \(text(column(8))) AS m
        FROM \(engine.identifier(table))\(partitionFilter)
      ),
      typed AS (
        SELECT row_id, c1, c2, n1, n2, code,
          \(engine.tryCast("d", .integer)) AS ymd,
          CASE WHEN \(engine.matches("m", "^[0-9]{1,12}$")) THEN GREATEST(\(engine.tryCast("m", .integer)), 1) ELSE 1 END AS mentions,
          \(score("g")) AS goldstein,
          \(periodExpression) AS period
        FROM src
        WHERE \(engine.matches("d", "^[0-9]{8}$"))
          AND \(validDate)
          AND \(engine.matches("c1", "^[A-Z][A-Z0-9]{2}$")) AND \(engine.matches("c2", "^[A-Z][A-Z0-9]{2}$")) AND c1 <> c2
          AND \(engine.matches("code", "^[0-9]{2,4}$"))
          AND \(scoreIsValid("g"))
      ),

      """
  }

  private var icewsRows: String {
    let periodExpression = period == .month ? "SUBSTR(d, 1, 7)" : "SUBSTR(d, 1, 4)"
    let date = text(column(0))
    return """
      src AS (
        SELECT
          \(date) AS d,
          \(engine.tryCast("SUBSTR(\(date), 1, 4)", .integer)) AS y,
          \(engine.tryCast("SUBSTR(\(date), 6, 2)", .integer)) AS mo,
          \(engine.tryCast("SUBSTR(\(date), 9, 2)", .integer)) AS dd,
          \(text(column(1))) AS s1,
          \(text(column(4))) AS s2,
          \(text(column(2))) AS code,
          \(text(column(3))) AS g
        FROM \(engine.identifier(table))
      ),
      typed AS (
        SELECT 0 AS row_id, k1.id AS c1, k2.id AS c2, '' AS n1, '' AS n2, src.code,
          y * 10000 + mo * 100 + dd AS ymd,
          1 AS mentions,
          \(score("g")) AS goldstein,
          \(periodExpression) AS period
        FROM src
        JOIN countries k1 ON k1.name = LOWER(src.s1)
        JOIN countries k2 ON k2.name = LOWER(src.s2)
        WHERE \(engine.matches("d", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
          AND \(validDate)
          AND src.s1 <> 'NA' AND src.s2 <> 'NA' AND k1.id <> k2.id
          AND \(engine.matches("src.code", "^[0-9]{2,4}$"))
          AND \(scoreIsValid("g"))
      ),

      """
  }

  private var kept: String {
    """
    kept AS (
      SELECT typed.*, COALESCE(m4.kind, m3.kind, m2.kind) AS kind
      FROM typed
      LEFT JOIN cameo m4 ON m4.prefix = typed.code
      LEFT JOIN cameo m3 ON m3.prefix = SUBSTR(typed.code, 1, 3)
      LEFT JOIN cameo m2 ON m2.prefix = SUBSTR(typed.code, 1, 2)
      WHERE TRUE\(bounds)
    ),

    """
  }

  private var aggregates: String {
    """
    dyads AS (
      SELECT c1 AS source, c2 AS target, kind, period,
        COUNT(*) AS events,
        SUM(mentions) AS mentions,
        SUM(\(engine.cast("mentions", .double)) * GREATEST(ABS(goldstein), \(double(1))) / \(double(10))) AS weight,
        \(engine.cast("SUM(\(engine.cast("ROUND(goldstein * \(double(1_000_000)))", .integer)))", .double)) / \(double(1_000_000)) AS goldstein,
        MIN(row_id) AS first_row,
        MIN_BY(n1, row_id) AS n1,
        MIN_BY(n2, row_id) AS n2
      FROM kept
      WHERE kind IS NOT NULL AND kind <> '-'
      GROUP BY c1, c2, kind, period
    )
    """
  }

  /// Each actor's name from its first kept event (the smallest GLOBALEVENTID, which
  /// grows in file order), as `EventImport` names an actor from the first row it keeps.
  private var names: String {
    """
    ,
    names AS (
      SELECT code, name FROM (
        SELECT code, name, ROW_NUMBER() OVER (PARTITION BY code ORDER BY first_row, side) AS rn
        FROM (
          SELECT source AS code, n1 AS name, first_row, 1 AS side FROM dyads
          UNION ALL
          SELECT target AS code, n2 AS name, first_row, 2 AS side FROM dyads
        ) AS sides
      ) AS ranked
      WHERE rn = 1
    )
    """
  }

  private var result: String {
    let dataset = engine.literal(datasetName)
    if format == .icews {
      return """

        SELECT source, target, kind, period, events, mentions, weight, goldstein,
          '' AS source_name, '' AS target_name, \(dataset) AS dataset
        FROM dyads
        ORDER BY period, source, target, kind;

        """
    }
    return """

      SELECT dyads.source, dyads.target, dyads.kind, dyads.period, dyads.events, dyads.mentions, dyads.weight,
        dyads.goldstein, ns.name AS source_name, nt.name AS target_name, \(dataset) AS dataset
      FROM dyads
      JOIN names ns ON ns.code = dyads.source
      JOIN names nt ON nt.code = dyads.target
      ORDER BY period, source, target, kind;

      """
  }
}
