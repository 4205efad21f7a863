import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

@Suite struct GraphFileWriterTests {
  @Test func seedGraphRoundTripsAndWritesIdenticalBytes() throws {
    let graph = try Repo.seedGraph()
    let first = GraphFileWriter().yaml(for: graph)
    let reread = try GraphFileReader().read(text: first, path: Repo.path("graphs/flattened.yaml"))
    #expect(reread == graph)
    #expect(GraphFileWriter().yaml(for: reread) == first)
  }

  @Test func hostileStringsSurviveTheRoundTrip() throws {
    var g = ActorGraph(vocabulary: try .standard())
    let names = [
      "quote \" and backslash \\", "line\nbreak", "tab\there", "# not a comment", "- dash", "key: value", "{braces}",
      "[brackets]", "yes", "null", "2016", "2016x", "<script>alert(1)</script>", "&amp;", "Zürich ünïcödé 🇦🇲",
      "trailing space ", " leading", "'single'", "%percent", "@at", "`tick`", "*star", "&anchor", "!tag", "|pipe",
      ">fold", "\u{7}bell", "\u{2028}separator",
    ]
    try g.add(Document(id: "doc \"1\"", path: "a path/with: colon.txt", date: date("2020"), title: names.joined()))
    for (i, n) in names.enumerated() {
      try g.add(Actor(id: ActorID("A\(i)"), name: n, kind: .group, aliases: [n, n + "2"], note: n))
    }
    try g.add(
      Relation(
        source: "A0", target: "A1", kind: "tension", time: .interval(since: date("2020-01"), until: date("2021-06-30")),
        phase: .begins, weight: 0.25, confidence: 0.125, note: names.joined(separator: "\n"),
        evidence: [
          Provenance(
            document: "doc \"1\"", sentence: 3, characters: 10..<20, sha256: String(repeating: "ab", count: 32))
        ]))
    let text = GraphFileWriter(header: "hostile\nnames").yaml(for: g)
    let back = try GraphFileReader().read(text: text)
    #expect(back == g)
    #expect(text.hasPrefix("# hostile\n# names\nentente: 1\n"))
  }

  @Test func addedKindsAreWrittenAndReadBack() throws {
    let yaml = """
      entente: 1
      kinds:
        - {id: cyber_attack, sign: -1, direction: directed, quad: material_conflict, summary: "cyber operations", style: {color: "#ff0000", line: dotted, arrow: tee}}
      actors: [{id: RUS, name: Russia, kind: state}, {id: UKR, name: Ukraine, kind: state}]
      relations:
        - {source: RUS, target: UKR, kind: cyber_attack, at: 2022-02}
      """
    let g = try GraphFileReader().read(text: yaml)
    #expect(g.vocabulary["cyber_attack"]?.sign == -1)
    let canonical = """
      entente: 1

      kinds:
        - {id: cyber_attack, sign: -1, direction: directed, quad: material_conflict, summary: "cyber operations", style: {color: "#ff0000", line: dotted, arrow: tee}}

      actors:
        - id: RUS
          name: Russia
          kind: state
        - id: UKR
          name: Ukraine
          kind: state

      relations:
        - {source: RUS, target: UKR, kind: cyber_attack, at: 2022-02}

      """
    #expect(GraphFileWriter().yaml(for: g) == canonical)
    #expect(try GraphFileReader().read(text: canonical) == g)
  }

  @Test func styleOverridesAreReadAppliedAndWrittenBack() throws {
    let yaml = """
      entente: 1
      styles:
        kinds:
          hostility: {color: "#000000", line: dotted, arrow: none}
        actors:
          organization: {shape: octagon, fill: "#ffffff"}
      actors: [{id: RUS, name: Russia, kind: state}, {id: UKR, name: Ukraine, kind: state}]
      """
    let g = try GraphFileReader().read(text: yaml)
    #expect(g.vocabulary["hostility"]?.style == EdgeStyle(color: "#000000", line: "dotted", arrow: "none"))
    #expect(g.nodeStyle(for: .organization) == NodeStyle(shape: "octagon", fill: "#ffffff"))
    #expect(g.nodeStyle(for: .state) == NodeStyle.standard(for: .state))
    let written = GraphFileWriter().yaml(for: g)
    #expect(written.contains("styles:\n  kinds:\n    hostility: {color: \"#000000\", line: dotted, arrow: none}\n"))
    #expect(try GraphFileReader().read(text: written) == g)
    #expect(throws: EntenteError.self) {
      try GraphFileReader().read(text: "entente: 1\nstyles:\n  kinds:\n    hostilty: {color: \"#000000\"}\n")
    }
  }
}
