import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteEvents

@Suite struct EventSQLTests {
  /// The prefixes inlined into a statement give every code of 2 to 4 digits the kind the
  /// in-process lookup gives it, read the way the statement reads them (the longest of the
  /// code itself, its first 3 digits, its first 2).
  @Test(arguments: [false, true])
  func inlinedPrefixesGiveEveryCodeItsInProcessKind(userTable: Bool) throws {
    let dir = try temporaryFolder("entente-sql")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "19\thostility\n190\t-\n1901\tsanction\n04\tmediation\n".write(
      toFile: dir + "/m.tsv", atomically: true, encoding: .utf8)
    let map =
      userTable
      ? try CameoMap(path: dir + "/m.tsv", vocabulary: try .standard())
      : try CameoMap.standard(vocabulary: try .standard())
    let sql = try EventSQL(engine: .spark, format: .gdelt2, cameo: map)
    let table = Dictionary(uniqueKeysWithValues: sql.cameoPrefixes.map { ($0.prefix, $0.kind) })
    var checked = 0
    for length in 2...4 {
      for v in 0..<Int(pow(10, Double(length))) {
        let code = String(repeating: "0", count: length - String(v).count) + String(v)
        let kind = table[code] ?? table[String(code.prefix(3))] ?? table[String(code.prefix(2))] ?? "-"
        #expect(kind == (map.kind(of: code) ?? "-"), "code \(code)")
        checked += 1
      }
    }
    #expect(checked == 11_100)
    #expect(table.count < 100)  // reduced, not every code
    if userTable { #expect(table["190"] == "-" && table["1901"] == "sanction") }
  }

  @Test func literalsAndNamesAreEscapedForEachEngine() {
    for engine in SQLEngine.allCases {
      #expect(engine.literal("Côte d'Ivoire") == "'Côte d\\'Ivoire'")
      #expect(engine.literal("a\\b\nc\u{1}") == "'a\\\\b\\nc\\u0001'")
    }
    #expect(SQLEngine.spark.identifier("db.ev`ents") == "`db`.`ev``ents`")
    #expect(SQLEngine.bigquery.identifier("my-project.gdelt.ev`x") == "`my-project.gdelt.ev\\`x`")
  }

  @Test func aStatementIsDeterministicAndInlinesEscapedCountryNames() throws {
    for engine in SQLEngine.allCases {
      let a = try EventSQL(engine: engine, format: .icews, period: .year).statement
      let b = try EventSQL(engine: engine, format: .icews, period: .year).statement
      #expect(a == b)
      #expect(a.filter { $0 == ";" }.count == 1 && a.hasSuffix(";\n"))
      #expect(a.contains("'antigua and barbuda', 'ATG'") || a.contains("'antigua and barbuda' AS name, 'ATG' AS id"))
      #expect(a.contains("people\\'s republic of china"))
      #expect(!a.contains("people's"))
    }
    let spark = try EventSQL(engine: .spark, format: .icews).statement
    #expect(spark.contains("`Event Date`") && spark.contains("FROM VALUES"))
    let bigquery = try EventSQL(engine: .bigquery, format: .icews).statement
    #expect(
      bigquery.contains("`Event_Date`") && bigquery.contains("UNION ALL SELECT") && bigquery.contains("SAFE_CAST"))
  }

  @Test func datesBoundTheRowsAndPartitionsCutTheScan() throws {
    let since = try EntenteDate(parsing: "2015")
    let until = try EntenteDate(parsing: "2024-02")
    let sql = try EventSQL(
      engine: .bigquery, format: .gdelt2, period: .year, since: since, until: until,
      table: "gdelt-bq.gdeltv2.events_partitioned"
    ).statement
    #expect(sql.contains("ymd >= 20150101") && sql.contains("ymd <= 20240231"))
    #expect(sql.contains("_PARTITIONTIME >= TIMESTAMP('2015-01-01')"))
    #expect(sql.contains("FROM `gdelt-bq.gdeltv2.events_partitioned`"))
    let plain = try EventSQL(engine: .bigquery, format: .gdelt2, since: since).statement
    #expect(plain.contains("FROM `gdelt-bq.gdeltv2.events`") && !plain.contains("_PARTITIONTIME"))
    #expect(throws: EntenteError.self) { try EventSQL(engine: .spark, format: .gdelt2, since: until, until: since) }
    #expect(throws: EntenteError.self) { try EventSQL(engine: .spark, format: .gdelt2, table: "") }
    let four = try EventSQL(engine: .spark, format: .gdelt2, actors: ["TUR", "ARM", "AZE", "RUS", "ARM"]).statement
    #expect(four.contains("AND typed.c1 IN ('ARM', 'AZE', 'RUS', 'TUR') AND typed.c2 IN ('ARM', 'AZE', 'RUS', 'TUR')"))
    #expect(throws: EntenteError.self) { try EventSQL(engine: .spark, format: .gdelt2, actors: ["x'--"]) }
  }
}
