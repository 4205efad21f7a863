import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteInterchange

#if canImport(FoundationXML)
import FoundationXML
#endif

enum Seeds {
  static func graph() throws -> ActorGraph { try Repo.seedGraph() }

  static func keys(_ g: ActorGraph, _ at: String) throws -> [String] {
    g.snapshot(at: try EntenteDate(parsing: at)).edges.map { "\($0.source) \($0.target) \($0.kind)" }
  }
}

@Suite struct InterchangeTests {
  @Test(arguments: InterchangeFormat.allCases)
  func everyFormatRoundTripsTheWholeGraph(format: InterchangeFormat) throws {
    let g = try Seeds.graph()
    let dir = try temporaryFolder("entente-interchange")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let table = InterchangeTable(graph: g, title: "seeds")
    let path: String
    switch format {
    case .graphml:
      path = dir + "/g.graphml"
      try GraphML.write(table).write(toFile: path, atomically: true, encoding: .utf8)
    case .gexf:
      path = dir + "/g.gexf"
      try GEXF.write(table).write(toFile: path, atomically: true, encoding: .utf8)
    case .json:
      path = dir + "/g.json"
      try NodeLinkJSON.write(table).write(toFile: path, atomically: true, encoding: .utf8)
    case .csv:
      let (n, e) = InterchangeCSV.write(table)
      try n.write(toFile: dir + "/nodes.csv", atomically: true, encoding: .utf8)
      path = dir + "/edges.csv"
      try e.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let back = try format.read(path: path).graph()
    #expect(back.actors.map(\.id) == g.actors.map(\.id))
    #expect(back.actor("CSTO")?.kind == .organization)
    for year in ["2016", "2020", "2022", "2024"] {
      #expect(try Seeds.keys(back, year) == Seeds.keys(g, year), "\(format) \(year)")
    }
    if format == .gexf {
      // GEXF spells are days: an interval's year or month precision becomes its first day.
      #expect(
        back.relations.map { [$0.time.startDay, $0.time.endDay] }
          == g.relations.map { [$0.time.startDay, $0.time.endDay] })
    } else {
      #expect(back.relations.map(\.time) == g.relations.map(\.time))
    }
  }

  @Test func hostileNamesMakeWellFormedFilesAndSurvive() throws {
    var g = ActorGraph(vocabulary: try .standard())
    let names = ["<script>\"&'", "a]]>b", "line\nbreak", "comma, \"quoted\"", "Ереван 🇦🇲"]
    for (i, n) in names.enumerated() { try g.add(Actor(id: ActorID("H\(i)"), name: n, kind: .group)) }
    try g.add(
      Relation(
        source: "H0", target: "H1", kind: "tension", time: .event(try EntenteDate(parsing: "2020")),
        note: names.joined(separator: " | ")))
    let table = InterchangeTable(graph: g, title: names[0])
    for text in [GraphML.write(table), GEXF.write(table)] {
      _ = try XMLDocument(data: Data(text.utf8), options: [])
    }
    _ = try JSONSerialization.jsonObject(with: Data(NodeLinkJSON.write(table).utf8))
    let dir = try temporaryFolder("entente-interchange")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for format in [InterchangeFormat.graphml, .json, .csv] {
      let path = dir + "/h." + format.rawValue
      switch format {
      case .graphml: try GraphML.write(table).write(toFile: path, atomically: true, encoding: .utf8)
      case .json: try NodeLinkJSON.write(table).write(toFile: path, atomically: true, encoding: .utf8)
      default:
        let (n, e) = InterchangeCSV.write(table)
        try n.write(toFile: dir + "/nodes.csv", atomically: true, encoding: .utf8)
        try e.write(toFile: path, atomically: true, encoding: .utf8)
      }
      let back = try format.read(path: path).graph()
      #expect(back.actors.map(\.name) == names, "\(format)")
    }
  }

  @Test func peerFilesWithoutKindsOrDatesNeedDefaults() throws {
    let dir = try temporaryFolder("entente-interchange")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let json =
      #"{"directed": true, "multigraph": false, "graph": {}, "nodes": [{"id": "a b"}, {"id": 2}], "links": [{"source": "a b", "target": 2}]}"#
    try json.write(toFile: dir + "/p.json", atomically: true, encoding: .utf8)
    let table = try InterchangeFormat.json.read(path: dir + "/p.json")
    #expect(throws: EntenteError(.missingField, "edge 1 (a b -> 2) has no kind; give one with --kind")) {
      try table.graph()
    }
    #expect(
      throws: EntenteError(
        .missingField,
        "edge 1 (a b -> 2) has no date: looked for at, year, since, until (columns of CSV, attributes of GraphML and "
          + "JSON, or a GEXF spell) and found none set; add one of them, or give every edge a date with --at")
    ) {
      try table.graph(defaultKind: "support")
    }
    let g = try table.graph(defaultKind: "support", defaultDate: try EntenteDate(parsing: "2020"))
    #expect(g.actors.map(\.id) == ["A_B", "N2"])
    #expect(g.actor("A_B")?.aliases == ["a b"])
    #expect(g.relations.count == 1)
  }

  @Test func edgeListsWithoutNodesTakeCatalogueNamesAndKinds() throws {
    let dir = try temporaryFolder("entente-interchange")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "source,target,kind,since\nMLI,ECOWAS,membership,1975\nMLI,Timbuktu Cell,hostility,2012\n"
      .write(toFile: dir + "/edges.csv", atomically: true, encoding: .utf8)
    let g = try InterchangeFormat.csv.read(path: dir + "/edges.csv").graph()
    #expect(
      g.actor("ECOWAS") == Actor(id: "ECOWAS", name: "Economic Community of West African States", kind: .organization))
    #expect(g.actor("MLI")?.name == "Mali")
    #expect(g.actor("TIMBUKTU_CELL")?.kind == .state)
    #expect(g.relations.count == 2)
  }

  @Test func malformedFilesAreClearErrors() throws {
    let dir = try temporaryFolder("entente-interchange")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "<graphml><graph><node id=\"a></graph>".write(toFile: dir + "/bad.graphml", atomically: true, encoding: .utf8)
    let e = #expect(throws: EntenteError.self) { try InterchangeFormat.graphml.read(path: dir + "/bad.graphml") }
    #expect(e?.message.hasPrefix("not well-formed GraphML") == true)
    #expect(e?.location?.line == 1)
    try "[1, 2]".write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
    #expect(throws: EntenteError.self) { try InterchangeFormat.json.read(path: dir + "/bad.json") }
    try "a,b\n1,2\n".write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
    #expect(throws: EntenteError.self) { try InterchangeFormat.csv.read(path: dir + "/bad.csv") }
  }

  @Test func gexfSpellsAreDatedPeriods() {
    #expect(GEXF.day(0) == "1970-01-01")
    #expect(GEXF.period("2016-01-01", "2016-12-31") == "2016")
    #expect(GEXF.period("2020-02-01", "2020-02-29") == "2020-02")
    #expect(GEXF.period("2020-02-01", "2020-03-03") == nil)
  }
}
