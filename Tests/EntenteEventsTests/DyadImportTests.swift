import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteEvents

@Suite struct DyadImportTests {
  /// The dyads an engine would compute for a small GDELT file, split over several rows as
  /// concatenated result files are, give the very graph file the in-process import writes.
  @Test func dyadsGiveTheGraphOfTheInProcessImport() throws {
    let dir = try temporaryFolder("entente-dyads")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let events = [
      EventFixture.gdelt("20201113", "AZE", "ARM", "190", mentions: "5"),
      EventFixture.gdelt("20201114", "AZE", "ARM", "193", mentions: "2"),
      EventFixture.gdelt("20201214", "RUS", "ARM", "072", goldstein: "8.3", mentions: "10"),
      EventFixture.gdelt("20201215", "AFR", "TUR", "0312", goldstein: "", mentions: ""),
      EventFixture.gdelt("20201215", "1AB", "TUR", "0312"),  // no actor id: skipped by both
    ]
    try events.joined(separator: "\n").write(toFile: dir + "/e.csv", atomically: true, encoding: .utf8)
    let inProcess = try EventImport(format: .gdelt2).run(path: dir + "/e.csv")
    #expect(inProcess.summary.skipped == ["not an actor id or kind": 1])
    let dyads = """
      source,target,kind,period,events,mentions,weight,goldstein,source_name,target_name,dataset
      AZE,ARM,hostility,2020-11,1,5,5.0,-10.0,NAME AZE,NAME ARM,GDELT 2.0
      RUS,ARM,arms_supply,2020-12,1,10,8.3,8.3,NAME RUS,NAME ARM,GDELT 2.0\r
      AZE,ARM,hostility,2020-11,1,2,2.0,-10.0,NAME AZE,NAME ARM,GDELT 2.0
      "AFR","TUR",support,2020-12,1,1,1.0E-1,0,"NAME AFR",NAME TUR,GDELT 2.0

      """
    try dyads.write(toFile: dir + "/d.csv", atomically: true, encoding: .utf8)
    let fromDyads = try DyadImport().run(path: dir + "/d.csv")
    #expect(fromDyads.summary.rows == 4 && fromDyads.summary.kept == 4 && fromDyads.summary.relations == 3)
    let writer = GraphFileWriter(header: "same")
    #expect(writer.yaml(for: fromDyads.graph) == writer.yaml(for: inProcess.graph))
    #expect(fromDyads.graph.actor("AFR")?.name == "Name Afr")
    #expect(fromDyads.graph.actor("AFR")?.kind == .region)
    #expect(fromDyads.graph.actors.map(\.id.rawValue) == ["AFR", "ARM", "AZE", "RUS", "TUR"])
  }

  @Test func quotedFieldsAndMissingOptionalColumnsAreRead() throws {
    let dir = try temporaryFolder("entente-dyads")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let dyads =
      "weight,mentions,events,period,kind,target,source,source_name\n"
      + "2.5,4,3,2019,tension,USA,EUR,\"Europe, \"\"West\"\"\"\n"
    try dyads.write(toFile: dir + "/d.csv", atomically: true, encoding: .utf8)
    let r = try DyadImport().run(path: dir + "/d.csv")
    #expect(r.graph.actor("EUR")?.name == "Europe, \"West\"")
    let relation = try #require(r.graph.relations.first)
    #expect(relation.note == "3 events, 4 mentions (dyads)")
    #expect(relation.time == .event(try EntenteDate(parsing: "2019")))
    #expect(relation.weight == 2.5)
  }

  @Test func malformedRowsAreCountedWithLinesAndAMissingColumnIsNamed() throws {
    let dir = try temporaryFolder("entente-dyads")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let dyads = """
      source,target,kind,period,events,mentions,weight
      AZE,ARM,hostility,2020-11,2,7,7
      AZE,ARM,hostility,2020-11-13,2,7,7
      AZE,ARM,hostility,2020-11,two,7,7
      AZE,ARM,hostility,2020-11,2,7
      AZE,ARM,hostility,2020-11,2,7,-1
      AZE,ARM,friendship,2020-11,2,7,7
      """
    try dyads.write(toFile: dir + "/d.csv", atomically: true, encoding: .utf8)
    let r = try DyadImport().run(path: dir + "/d.csv")
    #expect(r.summary.examples.map(\.line) == [3, 4, 5, 6])
    #expect(r.summary.malformed["period not YYYY-MM or YYYY"] == 1)
    #expect(r.summary.malformed["7 columns, expected 6"] == nil && r.summary.malformed["6 columns, expected 7"] == 1)
    #expect(r.summary.skipped.values.reduce(0, +) == 2)  // the unknown kind's 2 events
    #expect(r.graph.relations.count == 1)
    try "source,target,kind,period\nAZE,ARM,hostility,2020\n".write(
      toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
    do {
      _ = try DyadImport().run(path: dir + "/bad.csv")
      Issue.record("a file without counts was read")
    } catch {
      #expect(error.message.contains("events, mentions, weight"))
      #expect(error.location?.line == 1)
    }
  }

  /// Engines sum in another order than the file's; the mean in notes must not move (a
  /// float sum did, at the second decimal, for 1,752 of 148,208 relations of 2 M rows).
  @Test func goldsteinSumsAreTheSameInAnyOrder() {
    let scores = [-3.4, 0.1, 0.2, -2.8, 7.0, 1.9, -10, 0.3, 0.1, -3.4, 0.2, -3.9]
    var a = EventImport.Tally()
    var b = EventImport.Tally()
    for g in scores { a.count(mentions: 1, goldstein: g) }
    for g in scores.reversed() { b.count(mentions: 1, goldstein: g) }
    #expect(a.goldsteinMicros == b.goldsteinMicros)
    #expect(a.goldsteinMicros == -13_700_000)
  }
}
