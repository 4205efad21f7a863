import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteRender

@Suite struct DOTWriterTests {
  @Test func escapesEveryCharacterClass() {
    #expect(DOTEscape.id("node") == "\"node\"")
    #expect(DOTEscape.id("2016x") == "\"2016x\"")
    #expect(DOTEscape.id("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"")
    #expect(DOTEscape.text("AT&T <b> \\N \"q\"\nnext") == "\"AT&amp;T <b> \\\\N \\\"q\\\"\\nnext\"")
    #expect(HTMLLabel.text("<a href='x'>&\"").markup == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;")
    #expect(DOTEscape.number(1.0) == "\"1\"")
    #expect(DOTEscape.number(0.123456) == "\"0.1235\"")
  }

  @Test func leftJustifiedTextEndsEveryLineWithBackslashL() {
    #expect(DOTEscape.leftJustified("alliance (+)") == "\"alliance (+)\\l\"")
    #expect(DOTEscape.leftJustified("a\"b\\l\nc&d") == "\"a\\\"b\\\\l\\lc&amp;d\\l\"")
    #expect(DOTValue.leftJustified("x").written == "\"x\\l\"")
  }

  /// Issue #14, item 1: a weight of 1e20 trapped in `Int(_: Double)`.
  @Test func numbersBeyondIntAreWrittenInPlainDigits() {
    #expect(DOTEscape.number(1e20) == "\"100000000000000000000\"")
    #expect(DOTEscape.number(-9.3e18) == "\"-9300000000000000000\"")
    #expect(DOTEscape.number(.infinity) == "\"0\"")
  }

  @Test func writesDeterministicallyWithSortedAttributes() {
    var g = DOTGraph(name: "g", attributes: ["rankdir": .text("LR"), "bgcolor": .text("white")])
    g.nodes.append(DOTNode(id: "b", attributes: ["label": .text("B"), "color": .text("red")]))
    g.edges.append(DOTEdge(from: "b", to: "strict", attributes: ["dir": .text("none")]))
    #expect(
      g.text == """
        digraph "g" {
          graph ["bgcolor"="white", "rankdir"="LR"];
          "b" ["color"="red", "label"="B"];
          "b" -> "strict" ["dir"="none"];
        }

        """)
  }

  @Test func hostileIdsReachGraphvizIntact() throws {
    var g = DOTGraph(name: "digraph")
    for n in HostileNames.all { g.nodes.append(DOTNode(id: n, attributes: ["label": .text(n)])) }
    let svg = try DiagramRenderer.svg(g, engine: "neato")
    // Every id reaches Graphviz as its own node (ids are keys; labels carry the text shown).
    let titles = try nodeTitles(svg)
    #expect(titles.count == HostileNames.all.count)
    #expect(Set(titles).count == titles.count)
    #expect(
      titles.contains("node") && titles.contains("2016x") && titles.contains("</svg>")
        && titles.contains("Quote \"inside\""))
  }

  @Test func seedGraphDOTMatchesItsGoldenFile() throws {
    let g = try Repo.seedGraph()
    let dot = InfluenceDiagram(graph: g).dot(for: g.snapshot(at: try RenderRepo.date("2020")))
    try assertGolden(dot.text, at: "Tests/EntenteRenderTests/Golden/seeds-2020.dot")
  }

  @Test func hostileGraphDOTMatchesItsGoldenFile() throws {
    let g = try HostileNames.graph()
    let dot = InfluenceDiagram(graph: g, options: DiagramOptions(title: "Hostile <names> & \"quotes\"")).dot(
      for: g.snapshot(at: try RenderRepo.date("2020")))
    try assertGolden(dot.text, at: "Tests/EntenteRenderTests/Golden/hostile-2020.dot")
  }

  @Test func membershipCanBeDrawnAsClusters() throws {
    let g = try Repo.seedGraph()
    let dot = InfluenceDiagram(graph: g, options: DiagramOptions(membership: .clusters)).dot(
      for: g.snapshot(at: try RenderRepo.date("2016")))
    #expect(dot.clusters.map(\.id) == ["CSTO", "MINSK", "NATO"])
    // The organization's own node heads its box, so it is drawn once.
    #expect(
      dot.clusters[0].nodes.map(\.id) == [
        "actor-CSTO", "actor-ARM", "actor-BLR", "actor-KAZ", "actor-KGZ", "actor-RUS", "actor-TJK",
      ])
    #expect(!dot.nodes.contains { $0.id == "actor-CSTO" })
    // Russia sits in the CSTO box; its Minsk Group co-chair seat stays an edge.
    #expect(dot.edges.contains { $0.from == "actor-RUS" && $0.to == "actor-MINSK" })
    #expect(!dot.edges.contains { $0.from == "actor-RUS" && $0.to == "actor-CSTO" })
    let svg = try DiagramRenderer.svg(dot, engine: "fdp")
    #expect(svg.contains("<g id=\"cluster&#45;CSTO\" class=\"cluster membership\">"))
    #expect(try texts(svg).filter { $0 == "CSTO" }.count == 1)
  }
}
