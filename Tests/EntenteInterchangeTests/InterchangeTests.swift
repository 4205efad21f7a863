import Entente
import Foundation
import Testing

@testable import EntenteInterchange

#if canImport(FoundationXML)
  import FoundationXML
#endif

enum Seeds {
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static func graph() throws -> ActorGraph { try GraphFileReader().read(path: root + "/graphs/seeds.yaml") }

  static func keys(_ g: ActorGraph, _ at: String) throws -> [String] {
    g.snapshot(at: try EntenteDate(parsing: at)).edges.map { "\($0.source) \($0.target) \($0.kind)" }
  }

  static func folder() throws -> String {
    let p = NSTemporaryDirectory() + "entente-interchange-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
    return p
  }
}

@Suite struct InterchangeTests {
  @Test(arguments: InterchangeWriter.Format.allCases)
  func everyFormatRoundTripsTheWholeGraph(format: InterchangeWriter.Format) throws {
    let g = try Seeds.graph()
    let dir = try Seeds.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let table = InterchangeTable(graph: g, title: "seeds")
    let path: String
    switch format {
    case .graphml: path = dir + "/g.graphml"; try InterchangeWriter.graphML(table).write(toFile: path, atomically: true, encoding: .utf8)
    case .gexf: path = dir + "/g.gexf"; try InterchangeWriter.gexf(table).write(toFile: path, atomically: true, encoding: .utf8)
    case .json: path = dir + "/g.json"; try InterchangeWriter.json(table).write(toFile: path, atomically: true, encoding: .utf8)
    case .csv:
      let (n, e) = InterchangeWriter.csv(table)
      try n.write(toFile: dir + "/nodes.csv", atomically: true, encoding: .utf8)
      path = dir + "/edges.csv"
      try e.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let back = try InterchangeReader.read(path: path, format: format).graph()
    #expect(back.actors.map(\.id) == g.actors.map(\.id))
    #expect(back.actor("CSTO")?.kind == .organization)
    for year in ["2016", "2020", "2022", "2024"] { #expect(try Seeds.keys(back, year) == Seeds.keys(g, year), "\(format) \(year)") }
    if format == .gexf {
      // GEXF spells are days: an interval's year or month precision becomes its first day.
      #expect(back.relations.map { [$0.time.startDay, $0.time.endDay] } == g.relations.map { [$0.time.startDay, $0.time.endDay] })
    } else {
      #expect(back.relations.map(\.time) == g.relations.map(\.time))
    }
  }

  @Test func hostileNamesMakeWellFormedFilesAndSurvive() throws {
    var g = ActorGraph(vocabulary: try .standard())
    let names = ["<script>\"&'", "a]]>b", "line\nbreak", "comma, \"quoted\"", "Ереван 🇦🇲"]
    for (i, n) in names.enumerated() { try g.add(Actor(id: ActorID("H\(i)"), name: n, kind: .group)) }
    try g.add(Relation(source: "H0", target: "H1", kind: "tension", time: .event(try EntenteDate(parsing: "2020")), note: names.joined(separator: " | ")))
    let table = InterchangeTable(graph: g, title: names[0])
    for text in [InterchangeWriter.graphML(table), InterchangeWriter.gexf(table)] {
      _ = try XMLDocument(data: Data(text.utf8), options: [])
    }
    _ = try JSONSerialization.jsonObject(with: Data(InterchangeWriter.json(table).utf8))
    let dir = try Seeds.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for format in [InterchangeWriter.Format.graphml, .json, .csv] {
      let path = dir + "/h." + format.rawValue
      switch format {
      case .graphml: try InterchangeWriter.graphML(table).write(toFile: path, atomically: true, encoding: .utf8)
      case .json: try InterchangeWriter.json(table).write(toFile: path, atomically: true, encoding: .utf8)
      default:
        let (n, e) = InterchangeWriter.csv(table)
        try n.write(toFile: dir + "/nodes.csv", atomically: true, encoding: .utf8)
        try e.write(toFile: path, atomically: true, encoding: .utf8)
      }
      let back = try InterchangeReader.read(path: path, format: format).graph()
      #expect(back.actors.map(\.name) == names, "\(format)")
    }
  }

  @Test func peerFilesWithoutKindsOrDatesNeedDefaults() throws {
    let dir = try Seeds.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let json = #"{"directed": true, "multigraph": false, "graph": {}, "nodes": [{"id": "a b"}, {"id": 2}], "links": [{"source": "a b", "target": 2}]}"#
    try json.write(toFile: dir + "/p.json", atomically: true, encoding: .utf8)
    let table = try InterchangeReader.read(path: dir + "/p.json", format: .json)
    #expect(throws: EntenteError(.missingField, "edge 1 (a b -> 2) has no kind; give one with --kind")) { try table.graph() }
    #expect(throws: EntenteError(.missingField, "edge 1 (a b -> 2) has no date; give one with --at")) { try table.graph(defaultKind: "support") }
    let g = try table.graph(defaultKind: "support", defaultDate: try EntenteDate(parsing: "2020"))
    #expect(g.actors.map(\.id) == ["A_B", "N2"])
    #expect(g.actor("A_B")?.aliases == ["a b"])
    #expect(g.relations.count == 1)
  }

  @Test func edgeListsWithoutNodesTakeCatalogueNamesAndKinds() throws {
    let dir = try Seeds.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "source,target,kind,since\nMLI,ECOWAS,membership,1975\nMLI,Timbuktu Cell,hostility,2012\n"
      .write(toFile: dir + "/edges.csv", atomically: true, encoding: .utf8)
    let g = try InterchangeReader.read(path: dir + "/edges.csv", format: .csv).graph()
    #expect(g.actor("ECOWAS") == Actor(id: "ECOWAS", name: "Economic Community of West African States", kind: .organization))
    #expect(g.actor("MLI")?.name == "Mali")
    #expect(g.actor("TIMBUKTU_CELL")?.kind == .state)
    #expect(g.relations.count == 2)
  }

  @Test func malformedFilesAreClearErrors() throws {
    let dir = try Seeds.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "<graphml><graph><node id=\"a></graph>".write(toFile: dir + "/bad.graphml", atomically: true, encoding: .utf8)
    let e = #expect(throws: EntenteError.self) { try InterchangeReader.read(path: dir + "/bad.graphml", format: .graphml) }
    #expect(e?.message.hasPrefix("not well-formed GraphML") == true)
    #expect(e?.location?.line == 1)
    try "[1, 2]".write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
    #expect(throws: EntenteError.self) { try InterchangeReader.read(path: dir + "/bad.json", format: .json) }
    try "a,b\n1,2\n".write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
    #expect(throws: EntenteError.self) { try InterchangeReader.read(path: dir + "/bad.csv", format: .csv) }
  }

  @Test func gexfSpellsAreDatedPeriods() {
    #expect(InterchangeWriter.day(0) == "1970-01-01")
    #expect(InterchangeReader.period("2016-01-01", "2016-12-31") == "2016")
    #expect(InterchangeReader.period("2020-02-01", "2020-02-29") == "2020-02")
    #expect(InterchangeReader.period("2020-02-01", "2020-03-03") == nil)
  }
}
