import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteInterchange

#if canImport(FoundationXML)
import FoundationXML
#endif

/// What Gephi and NetworkX users get: viz colours, sizes and positions, node spells,
/// undirected kinds as undirected edges, GraphML labels, CSV years.
@Suite struct GephiExportTests {
  func gexf(_ table: InterchangeTable) throws -> XMLDocument {
    try XMLDocument(data: Data(GEXF.write(table).utf8), options: [])
  }

  @Test func gexfCarriesColoursSizesPositionsAndNodeSpells() throws {
    let g = try Seeds.graph()
    let table = InterchangeTable(graph: g, title: "seeds").drawn(graph: g, positions: ["RUS": (x: 120.25, y: -40)])
    let text = GEXF.write(table)
    _ = try gexf(table)  // well-formed, with the viz namespace declared
    #expect(text.contains("xmlns:viz=\"http://gexf.net/1.3/viz\""))
    let rus = try #require(text.split(separator: "\n").first { $0.contains("<node id=\"RUS\"") })
    // The state fill #eef3fb, deepened; the position as given, to a tenth; a size above the minimum.
    #expect(rus.contains("<viz:color r=\"119\" g=\"159\" b=\"223\"/><viz:position x=\"120.3\" y=\"-40.0\" z=\"0.0\"/>"))
    let size = try #require(
      rus.range(of: "<viz:size value=\"").map { Double(rus[$0.upperBound...].prefix { $0 != "\"" }) ?? 0 })
    #expect(size > 8)
    // A node lives from its first relation's start to its last relation's end.
    let spells = text
    let relations = g.relations.filter { $0.source == "PRK" || $0.target == "PRK" }
    let first = try #require(relations.map(\.time.startDay).min())
    #expect(
      spells.contains(
        "<node id=\"PRK\" label=\"North Korea\"><attvalues><attvalue for=\"kind\" value=\"state\"/></attvalues><spells><spell start=\"\(GEXF.day(first))\""
      ))
    #expect(text.contains("<viz:color r=\"255\" g=\"191\" b=\"7\"/>"))  // an organization: #fff7e0, deepened
  }

  @Test func undirectedKindsAreUndirectedEdges() throws {
    let g = try Seeds.graph()
    let table = InterchangeTable(snapshot: g.snapshot(at: try EntenteDate(parsing: "2020")), title: "s")
    let text = GEXF.write(table)
    #expect(text.contains("defaultedgetype=\"directed\""))
    let undirected = table.edges.filter { !$0.directed }
    #expect(!undirected.isEmpty)
    #expect(text.components(separatedBy: " type=\"undirected\"").count - 1 == undirected.count)
    // Read back, the type is the direction.
    let read = try GEXF.read(
      Data(text.replacingOccurrences(of: "<attvalue for=\"directed\" value=\"false\"/>", with: "").utf8), path: "x.gexf"
    )
    #expect(read.edges.filter { !$0.directed }.count == undirected.count)
    // Only undirected edges: the graph's default, which NetworkX reads as a MultiGraph.
    var only = table
    only.edges = undirected
    let u = GEXF.write(only)
    #expect(u.contains("defaultedgetype=\"undirected\"") && !u.contains(" type=\"undirected\""))
  }

  @Test func graphMLNamesTheDisplayNameLabel() throws {
    let g = try Seeds.graph()
    let text = GraphML.write(InterchangeTable(graph: g, title: "seeds"))
    #expect(text.contains("<key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"))
    #expect(text.contains("<node id=\"RUS\"><data key=\"n_label\">Russia</data>"))
    let back = try GraphML.read(Data(text.utf8), path: "g.graphml")
    #expect(back.nodes.first { $0.id == "RUS" }?.name == "Russia")
  }

  @Test func csvReadsAYearColumnAndNamesTheColumnsItLookedFor() throws {
    let dir = try temporaryFolder("entente-interchange")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "source,target,kind,year\nMLI,ECOWAS,membership,2019\nNER,MLI,support,2023.0\n"
      .write(toFile: dir + "/edges.csv", atomically: true, encoding: .utf8)
    let g = try InterchangeFormat.csv.read(path: dir + "/edges.csv").graph()
    #expect(
      g.relations.map(\.time.startDay) == [
        try EntenteDate(parsing: "2019").startDay, try EntenteDate(parsing: "2023").startDay,
      ])
    try "source,target,kind,when\nMLI,ECOWAS,membership,2019\n".write(
      toFile: dir + "/edges.csv", atomically: true, encoding: .utf8)
    let e = #expect(throws: EntenteError.self) { try InterchangeFormat.csv.read(path: dir + "/edges.csv").graph() }
    #expect(e?.message.contains("looked for at, year, since, until") == true)
    try "from,to\nMLI,ECOWAS\n".write(toFile: dir + "/edges.csv", atomically: true, encoding: .utf8)
    let h = #expect(throws: EntenteError.self) { try InterchangeFormat.csv.read(path: dir + "/edges.csv") }
    #expect(h?.message.contains("its first line has from, to") == true)
  }
}
