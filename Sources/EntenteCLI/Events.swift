import ArgumentParser
import Entente
import EntenteEvents
import Foundation

extension SQLEngine: ExpressibleByArgument {}
extension EventImport.Format: ExpressibleByArgument {}

/// `entente events`: event data beyond one machine.
struct Events: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Aggregate event data where it lives (Spark, BigQuery), then import the result.",
    subcommands: [EventsSQL.self])
}

/// `entente events sql`: the statement that aggregates events in an engine as `entente import` does in process.
struct EventsSQL: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sql",
    abstract: "Print the SQL statement that aggregates events in Spark or BigQuery as `entente import` does.",
    discussion: """
      The statement keeps the rows `entente import` keeps (two different country codes, a CAMEO code with a \
      kind, a valid date, a Goldstein score from -10 to 10), maps codes to kinds by longest prefix from the same \
      table (or --cameo-map, inlined), ICEWS country names to actor ids through the actor catalogue (inlined), and \
      gives per source, target, kind and period the events, mentions, Goldstein sum and weight \
      (Σ mentions × max(|Goldstein|, 1) / 10). Save its result as CSV with a header and read it with \
      `entente import FILE.csv --format dyads`. See Guides/EventData.md.

      Examples:
        entente events sql --engine bigquery --source gdelt2 --period year \\
            --since 2015 --until 2024 > gdelt-years.sql
        entente events sql --engine spark --source icews --table icews > icews.sql
        entente events sql --engine bigquery --period year --since 2015 --until 2024 \\
            --actors ARM,AZE,RUS,TUR --table gdelt-bq.gdeltv2.events_partitioned > caucasus.sql
      """)

  @Option(help: "The engine: spark or bigquery.")
  var engine: SQLEngine

  @Option(help: "The dataset: gdelt1, gdelt2 or icews.")
  var source: EventImport.Format = .gdelt2

  @Option(help: "Aggregate by month or year.")
  var period: EventImport.Period = .month

  @Option(help: "A CAMEO code-to-kind table (code<TAB>kind per line) instead of the default.")
  var cameoMap: String?

  @Option(help: "Keep events from this date on (YYYY, YYYY-MM or YYYY-MM-DD).", transform: dateArgument)
  var since: EntenteDate?

  @Option(help: "Keep events up to the end of this date (YYYY, YYYY-MM or YYYY-MM-DD).", transform: dateArgument)
  var until: EntenteDate?

  @Option(
    help:
      "The input table or view (default: BigQuery's public GDELT table, icews_events, or the Spark view 'events')."
  )
  var table: String?

  @Option(
    help: "Keep only events between two of these actors (comma-separated ids, e.g. ARM,AZE,RUS,TUR).",
    transform: { $0.split(separator: ",").map { ActorID(String($0)) } })
  var actors: [ActorID] = []

  func run() throws {
    let cameo = try cameoMap.map { (p) throws(EntenteError) in
      try CameoMap(path: p, vocabulary: try RelationVocabulary.standard())
    }
    let sql = try checkOption {
      () throws(EntenteError) in
      try EventSQL(
        engine: engine, format: source, period: period, cameo: cameo, since: since, until: until, table: table,
        actors: actors)
    }
    print(sql.statement, terminator: "")
  }
}
