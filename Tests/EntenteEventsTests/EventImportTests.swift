import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteEvents

enum EventFixture {
  static let shared: String? = Repo.sharedPath("data").flatMap {
    FileManager.default.fileExists(atPath: $0 + "/gdelt2_events_20201113-15.export.csv") ? $0 : nil
  }

  /// A GDELT row with `columns` columns: date, the two country codes and names, event
  /// code, Goldstein and mentions where GDELT puts them; other columns empty.
  static func gdelt(
    _ date: String, _ c1: String, _ c2: String, _ code: String, goldstein: String = "-10.0", mentions: String = "3",
    columns: Int = 61
  ) -> String {
    var f = [String](repeating: "", count: columns)
    f[0] = "1"
    f[1] = date
    f[6] = c1.isEmpty ? "" : "NAME \(c1)"
    f[7] = c1
    f[16] = "NAME \(c2)"
    f[17] = c2
    f[26] = code
    f[30] = goldstein
    f[31] = mentions
    return f.joined(separator: "\t")
  }

  static func note(_ r: EventImport.Result, _ s: String, _ t: String, _ kind: String) -> String? {
    r.graph.relations.first { $0.source.rawValue == s && $0.target.rawValue == t && $0.kind == kind }?.note
  }
}

@Suite struct EventImportTests {
  @Test func cameoCodesMapByLongestPrefix() throws {
    let m = try CameoMap.standard(vocabulary: try .standard())
    #expect(m.kind(of: "190") == "hostility")
    #expect(m.kind(of: "072") == "arms_supply")  // longer than 07 (aid -> support)
    #expect(m.kind(of: "0714") == "support")
    #expect(m.kind(of: "1631") == "sanction")
    #expect(m.kind(of: "010") == nil)  // statements have no kind
    #expect(m.kind(of: "x1") == nil)
  }

  @Test func aUserTableIsCheckedWithLineNumbers() throws {
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "# mine\n19\thostility\n190\tbattle\n".write(toFile: dir + "/m.tsv", atomically: true, encoding: .utf8)
    #expect(throws: EntenteError.self) { try CameoMap(path: dir + "/m.tsv", vocabulary: try .standard()) }
    do { _ = try CameoMap(path: dir + "/m.tsv", vocabulary: try .standard()) } catch {
      #expect(error.location?.line == 3)
      #expect(error.code == .unknownKind)
    }
    try "19\thostility\n190\t-\n".write(toFile: dir + "/m.tsv", atomically: true, encoding: .utf8)
    let m = try CameoMap(path: dir + "/m.tsv", vocabulary: try .standard())
    #expect(m.kind(of: "193") == "hostility" && m.kind(of: "190") == nil)
  }

  @Test(arguments: [1, 7, 64, 8 << 20])
  func malformedRowsAreCountedWithLineNumbersAndNoValidRowIsLost(chunk: Int) throws {
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var rows = [
      EventFixture.gdelt("20201113", "AZE", "ARM", "190", mentions: "5"),  // 1 kept
      EventFixture.gdelt("20201113", "AZE", "ARM", "193", mentions: "2"),  // 2 kept, same relation
      EventFixture.gdelt("20201113", "AZE", "ARM", "190", columns: 40),  // 3 wrong column count
      EventFixture.gdelt("20201131", "AZE", "ARM", "190"),  // 4 bad date (30 days)
      EventFixture.gdelt("20201113", "AZE", "ARM", "19X"),  // 5 bad code
      EventFixture.gdelt("20201113", "", "ARM", "190"),  // 6 skipped: one side missing
      EventFixture.gdelt("20201113", "ARM", "ARM", "190"),  // 7 skipped: domestic
      EventFixture.gdelt("20201113", "RUS", "ARM", "010"),  // 8 skipped: no kind
      EventFixture.gdelt("20201214", "RUS", "ARM", "0874"),  // 9 skipped: no kind (yield)
      EventFixture.gdelt("20201214", "RUS", "ARM", "072", goldstein: "8.3", mentions: "10"),  // 10 kept
    ]
    rows.append("")  // 11 blank line, ignored
    var data = Data(rows.joined(separator: "\n").utf8)
    data.append(Data("\n".utf8))
    var bad = Data(EventFixture.gdelt("20201113", "AZE", "ARM", "190").utf8)
    bad.replaceSubrange(bad.count - 5..<bad.count - 4, with: [0xFF])
    data.append(bad)  // 12 invalid UTF-8
    data.append(Data(("\n" + EventFixture.gdelt("20201113", "TUR", "AZE", "0312")).utf8))  // 13 kept, no final newline
    try data.write(to: URL(fileURLWithPath: dir + "/e.csv"))
    var importer = try EventImport(format: .gdelt2)
    importer.chunkSize = chunk
    let r = try importer.run(path: dir + "/e.csv")
    #expect(r.summary.rows == 12)
    #expect(r.summary.kept == 4)
    #expect(
      r.summary.malformed == ["40 columns, expected 61": 1, "bad date": 1, "bad CAMEO code": 1, "invalid UTF-8": 1])
    #expect(r.summary.examples.map(\.line) == [3, 4, 5, 12])
    #expect(
      r.summary.skipped == ["not between two countries": 1, "within one country": 1, "CAMEO code without a kind": 2])
    #expect(
      EventFixture.note(r, "AZE", "ARM", "hostility") == "2 events, 7 mentions, mean Goldstein -10.00 (GDELT 2.0)")
    let arms = try #require(r.graph.relations.first { $0.kind == "arms_supply" })
    #expect(arms.time == .event(try EntenteDate(parsing: "2020-12")))
    #expect(abs(arms.weight - 8.3) < 1e-9)  // 10 mentions × 8.3 / 10
    #expect(r.graph.actor("TUR")?.name == "Türkiye")
  }

  @Test func gdelt1AcceptsBothOfItsLayoutsAndYearPeriods() throws {
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let text = [
      EventFixture.gdelt("20150218", "USA", "UKR", "0721", columns: 58),
      EventFixture.gdelt("20150301", "USA", "UKR", "072", columns: 57),
      EventFixture.gdelt("20150301", "USA", "UKR", "072", columns: 61),
    ].joined(separator: "\n")
    try text.write(toFile: dir + "/g1.tsv", atomically: true, encoding: .utf8)
    let r = try EventImport(format: .gdelt1, period: .year).run(path: dir + "/g1.tsv")
    #expect(r.summary.kept == 2)
    #expect(r.summary.malformed == ["61 columns, expected 57 or 58": 1])
    #expect(r.graph.relations.map(\.time) == [.event(try EntenteDate(parsing: "2015"))])
  }

  @Test func icewsCountryNamesFollowISONotRunningText() throws {
    // In datasets "Congo" is the Republic of the Congo (ISO); the catalogue's running-text
    // reading (the DRC) must not leak into event import.
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let header =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID"
    let rows = [
      "1\t2019-03-01\tA\tGov\tCongo\tSign\t057\t8\tB\tGov\tDemocratic Republic of Congo\t1",
      "2\t2019-03-02\tA\tGov\tTaiwan\tThreaten\t138\t-7\tB\tGov\tChina\t2",
      "3\t2019-03-02\tA\tGov\tKosovo\tThreaten\t138\t-7\tB\tGov\tSerbia\t3",
    ]
    try ([header] + rows).joined(separator: "\n").write(toFile: dir + "/c.tab", atomically: true, encoding: .utf8)
    let r = try EventImport(format: .icews).run(path: dir + "/c.tab")
    #expect(r.graph.relations.contains { $0.source == "COG" && $0.target == "COD" })
    #expect(r.graph.actor("COG")?.name == "Congo")
    #expect(r.graph.actor("COD")?.name == "Congo, The Democratic Republic of the")
    #expect(r.graph.actor("TWN")?.name == "Taiwan, Province of China")
    #expect(r.summary.skipped == ["unknown country name": 1])  // Kosovo has no ISO 3166-1 name
  }

  @Test func icewsNamesBecomeActorIDs() throws {
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let header =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID"
    let rows = [
      "1\t2018-06-01\tPutin\tGov\tRussian Federation\tThreaten\t138\t-7\tUkraine\tGov\tUkraine\t9",
      "2\t2018-06-02\tX\tGov\tRussian Federation\tThreaten\t130\t-4.4\tY\tGov\tUkraine\t9",
      "3\t2018-06-31\tX\tGov\tRussian Federation\tThreaten\t130\t-4.4\tY\tGov\tUkraine\t9",
      "4\t2018-06-02\tX\tGov\tNA\tConsult\t040\t1\tY\tGov\tUkraine\t9",
      "5\t2018-06-02\tX\tGov\tAtlantis\tFight\t190\t-10\tY\tGov\tUkraine\t9",
      "6\t2018-06-02\tX\tGov\tthe former Yugoslav Republic of Macedonia\tSign\t057\t8\tY\tGov\tGreece\t9",
    ]
    try ([header] + rows).joined(separator: "\n").write(toFile: dir + "/i.tab", atomically: true, encoding: .utf8)
    let r = try EventImport(format: .icews).run(path: dir + "/i.tab")
    #expect(r.summary.rows == 6)
    #expect(EventFixture.note(r, "RUS", "UKR", "tension") == "2 events, 2 mentions, mean Goldstein -5.70 (ICEWS)")
    #expect(r.summary.malformed == ["bad date": 1])
    #expect(r.summary.skipped == ["not between two countries": 1, "unknown country name": 1])
    #expect(r.graph.relations.contains { $0.source == "MKD" && $0.target == "GRC" && $0.kind == "alliance" })
    try "Event ID\tWhen\n1\t2018\n".write(toFile: dir + "/bad.tab", atomically: true, encoding: .utf8)
    #expect(throws: EntenteError.self) { try EventImport(format: .icews).run(path: dir + "/bad.tab") }
  }

  /// Issue #14, items 1 and 12: a Goldstein score of NaN wiped out its pair-month, and one
  /// of 1e20 reached the writers as a weight beyond `Int`; both are malformed rows now.
  @Test func goldsteinOffTheScaleIsMalformedAndSparesItsRelation() throws {
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let rows = [
      EventFixture.gdelt("20201113", "AZE", "ARM", "190", goldstein: "-10", mentions: "1"),
      EventFixture.gdelt("20201114", "AZE", "ARM", "190", goldstein: "-5", mentions: "1"),
      EventFixture.gdelt("20201115", "AZE", "ARM", "190", goldstein: "nan"),
      EventFixture.gdelt("20201116", "AZE", "ARM", "190", goldstein: "99999999999999999999999"),
      EventFixture.gdelt("20201116", "AZE", "ARM", "190", goldstein: "-inf"),
    ]
    try rows.joined(separator: "\n").write(toFile: dir + "/g.csv", atomically: true, encoding: .utf8)
    let r = try EventImport(format: .gdelt2).run(path: dir + "/g.csv")
    #expect(r.summary.kept == 2)
    #expect(r.summary.malformed == ["Goldstein score not a number from -10 to 10": 3])
    #expect(EventFixture.note(r, "AZE", "ARM", "hostility") == "2 events, 2 mentions, mean Goldstein -7.50 (GDELT 2.0)")
    let header = "Event Date\tSource Country\tCAMEO Code\tIntensity\tTarget Country"
    let icews = [
      header, "2018-06-01\tRussian Federation\t138\t-7\tUkraine", "2018-06-02\tRussian Federation\t138\tnan\tUkraine",
    ]
    try icews.joined(separator: "\n").write(toFile: dir + "/i.tab", atomically: true, encoding: .utf8)
    let i = try EventImport(format: .icews).run(path: dir + "/i.tab")
    #expect(i.summary.malformed == ["Intensity not a number from -10 to 10": 1])
    #expect(EventFixture.note(i, "RUS", "UKR", "tension") == "1 events, 1 mentions, mean Goldstein -7.00 (ICEWS)")
  }

  /// Issue #14, item 4: summing NumMentions of 999,999,999,999 overflowed `Int` and trapped.
  @Test func mentionCountsSaturateInsteadOfTrapping() throws {
    var t = EventImport.Tally()
    t.mentions = Int.max - 10
    t.count(mentions: 999_999_999_999, goldstein: -10)
    #expect(t.mentions == Int.max && t.events == 1)
    #expect(EventImport.Tally.saturating(Int.min + 1, -5) == Int.min)
    #expect(EventImport.Tally.saturating(40, 2) == 42)
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let rows = (0..<3).map { _ in EventFixture.gdelt("20201113", "AZE", "ARM", "190", mentions: "999999999999") }
    try rows.joined(separator: "\n").write(toFile: dir + "/m.csv", atomically: true, encoding: .utf8)
    let r = try EventImport(format: .gdelt2).run(path: dir + "/m.csv")
    #expect(
      EventFixture.note(r, "AZE", "ARM", "hostility")
        == "3 events, 2999999999997 mentions, mean Goldstein -10.00 (GDELT 2.0)")
  }

  /// Issue #14, item 12: a `--format` that does not match the file made every row malformed
  /// and an empty graph; it is an error naming the expected columns now.
  @Test func aFileWithNoRowOfTheFormatIsAnError() throws {
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let rows = (0..<4).map { _ in EventFixture.gdelt("20201113", "AZE", "ARM", "190", columns: 58) }
    try rows.joined(separator: "\n").write(toFile: dir + "/g1.csv", atomically: true, encoding: .utf8)
    let e = #expect(throws: EntenteError.self) { try EventImport(format: .gdelt2).run(path: dir + "/g1.csv") }
    #expect(e?.location?.line == 1)
    #expect(e?.message.contains("none of the 4 rows") == true)
    #expect(e?.message.contains("GDELT 2.0 rows have 61 tab-separated columns") == true)
    #expect(try EventImport(format: .gdelt1).run(path: dir + "/g1.csv").summary.kept == 4)
  }

  @Test func emptyAndMissingFiles() throws {
    let dir = try temporaryFolder("entente-events")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "".write(toFile: dir + "/empty.csv", atomically: true, encoding: .utf8)
    let r = try EventImport(format: .gdelt2).run(path: dir + "/empty.csv")
    #expect(r.summary.rows == 0 && r.graph.relations.isEmpty)
    #expect(throws: EntenteError.self) { try EventImport(format: .gdelt2).run(path: dir + "/none.csv") }
  }
}

@Suite(.disabled(if: EventFixture.shared == nil, "../shared/data is absent; the GDELT sample test is skipped"))
struct GDELTSampleTests {
  /// The November 2020 relations of Armenia, Azerbaijan and Russia in the GDELT 2.0
  /// sample, with counts computed independently (a short Python pass over the file
  /// with the same CAMEO table).
  @Test func november2020RelationsAndTheirCounts() throws {
    let dir = try #require(EventFixture.shared)
    let r = try EventImport(format: .gdelt2).run(path: dir + "/gdelt2_events_20201113-15.export.csv")
    #expect(r.summary.rows == 9354)
    let expected: [(String, String, String, String)] = [
      ("AZE", "ARM", "hostility", "20 events, 61 mentions"), ("ARM", "AZE", "hostility", "18 events, 67 mentions"),
      ("ARM", "AZE", "alliance", "10 events, 45 mentions"), ("ARM", "AZE", "tension", "20 events, 66 mentions"),
      ("RUS", "ARM", "mediation", "10 events, 82 mentions"), ("RUS", "ARM", "support", "11 events, 48 mentions"),
      ("ARM", "RUS", "mediation", "6 events, 16 mentions"), ("RUS", "ARM", "alliance", "4 events, 12 mentions"),
    ]
    for (s, t, k, counts) in expected {
      let note = EventFixture.note(r, s, t, k)
      #expect(note?.hasPrefix(counts + ",") == true, "\(s) \(k) \(t): \(note ?? "missing")")
    }
    let november = RelationTime.event(try EntenteDate(parsing: "2020-11"))
    #expect(r.graph.relations.filter { $0.source == "ARM" || $0.target == "ARM" }.allSatisfy { $0.time == november })
  }
}
