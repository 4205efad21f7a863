import Entente
import EntenteExtraction
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteReport

#if canImport(FoundationXML)
import FoundationXML
#endif

enum ReportFixture {
  static func seeds() throws -> ActorGraph { try Repo.seedGraph() }

  static func dates(_ d: [String]) throws -> [EntenteDate] { try d.map { try EntenteDate(parsing: $0) } }
}

@Suite struct ReportTests {
  @Test(.tags(.slow)) func everyYearHasItsSectionDiagramAndTables() throws {
    let g = try ReportFixture.seeds()
    let r = try Report.build(
      graph: g, dates: try ReportFixture.dates(["2016", "2020", "2024"]), poles: ["RUS", "USA"])
    for (year, actors, relations) in [("2016", 16, 24), ("2020", 16, 32), ("2024", 19, 31)] {
      #expect(
        r.html.contains(
          "<section class=\"year\" id=\"y\(year)\" data-year=\"\(year)\" data-actors=\"\(actors)\" data-relations=\"\(relations)\">"
        ))
      #expect(
        r.markdown.contains(
          "## \(year)\n\n\(actors) actors, \(relations) relations.\n\n![Influence diagram \(year)](influence-\(year).svg)"
        ))
    }
    #expect(r.html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
    #expect(!r.html.contains("http://") || !r.html.contains("src=\"http"))
    #expect(r.html.components(separatedBy: "<table class=\"centrality\">").count == 4)
    #expect(r.html.contains("Russia between Armenia and Azerbaijan"))
    #expect(
      r.html.contains("<h3>The years side by side</h3>\n<figure class=\"diff\" tabindex=\"0\"><svg style=\"min-width: ")
    )
    #expect(
      r.svgs.map(\.name) == [
        "influence-2016.svg", "influence-2020.svg", "influence-2024.svg", "diff-2016-2020.svg", "diff-2020-2024.svg",
        "small-multiples.svg", "alignment.svg",
      ])
    for (name, svg) in r.svgs { #expect((try? XMLDocument(data: Data(svg.utf8), options: [])) != nil, "\(name)") }
  }

  @Test func thePageReadsWithoutScriptAndKeepsIdsUnique() throws {
    let g = try ReportFixture.seeds()
    let r = try Report.build(graph: g, dates: try ReportFixture.dates(["2016", "2020", "2024"]))
    // Sections are hidden only once the script has marked the page.
    #expect(r.html.contains("html.js section.year { display: none; }"))
    #expect(!r.html.contains("\nsection.year { display: none; }"))
    #expect(r.html.contains("@media print"))
    let ids = r.html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    #expect(ids.count > 500)
    #expect(
      Set(ids).count == ids.count,
      "repeated ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.prefix(5))")
    #expect(r.html.contains("role=\"img\" aria-label=\"Influence diagram of 2024: 19 actors, 31 relations\""))
    #expect(r.html.contains("<div class=\"table-scroll\" tabindex=\"0\"><table class=\"centrality\">"))
    // What changed, in sentences built from the same classification as the diagrams.
    #expect(
      r.html.contains(
        "<li><a href=\"#row-2024-ARM-CSTO-membership\">Armenia&#39;s membership of CSTO ends (2024-02-22).</a> <span class=\"cite\">[analysis-2024#28]</span></li>"
      )
        || r.html.contains(
          "<li><a href=\"#row-2024-ARM-CSTO-membership\">Armenia's membership of CSTO ends (2024-02-22).</a> <span class=\"cite\">[analysis-2024#28]</span></li>"
        )
    )
    #expect(r.markdown.contains("- North Korea begins supplying Russia with arms. [analysis-2024#11]\n"))
    #expect(r.markdown.contains("- Russia stops supplying Armenia with arms. [thread-2020#17, thread-2020#18]\n"))
    #expect(r.html.contains("<figcaption>"))
    // Each sentence links to its relation's row, where the sources are.
    #expect(r.html.contains("<tr id=\"row-2024-ARM-CSTO-membership\" class=\"rel kind-membership\""))
  }

  @Test(.tags(.slow)) func theReportIsByteIdenticalAcrossRuns() throws {
    let g = try ReportFixture.seeds()
    let d = try ReportFixture.dates(["2016", "2024"])
    let a = try Report.build(graph: g, dates: d)
    let b = try Report.build(graph: g, dates: d)
    #expect(a.html == b.html && a.markdown == b.markdown)
  }

  /// Above 200 actors a year's tables are cut on the page and written whole as CSV beside it.
  @Test(.tags(.slow)) func largeReportsCutTablesAndWriteCSVs() throws {
    var g = ActorGraph(vocabulary: try .standard())
    let n = 260
    for i in 0..<n { try g.add(Actor(id: ActorID("A\(i)"), name: "Actor \(i)", kind: .state)) }
    for year in ["2020", "2021"] {
      for i in 0..<n where year == "2020" || i % 3 != 0 {
        try g.add(
          Relation(
            source: ActorID("A\(i)"), target: ActorID("A\((i * 7 + 1) % n)"), kind: "support",
            time: .event(try EntenteDate(parsing: year))))
      }
    }
    let r = try Report.build(graph: g, dates: try ReportFixture.dates(["2020", "2021"]))
    #expect(
      r.tables.map(\.name) == [
        "centrality-2020.csv", "relations-2020.csv", "centrality-2021.csv", "relations-2021.csv",
      ])
    let centrality = try #require(r.tables.first?.csv)
    #expect(centrality.split(separator: "\n").count == n + 1)
    #expect(centrality.hasPrefix("rank,actor,name,"))
    #expect(r.html.contains("Showing 200 of \(n) actors, the most central; every one is in centrality-2020.csv"))
    #expect(r.markdown.contains("every one is in relations-2020.csv"))
  }

  @Test func hostileNamesAreShownAsText() throws {
    var g = ActorGraph(vocabulary: try .standard())
    try g.add(Actor(id: "A", name: "<script>alert(1)</script>", kind: .state))
    try g.add(Actor(id: "B", name: "\"quotes\" & </svg>", kind: .state))
    try g.add(
      Relation(
        source: "A", target: "B", kind: "tension", time: .event(try EntenteDate(parsing: "2020")),
        note: "<img src=x onerror=alert(2)>"))
    try g.add(Relation(source: "A", target: "B", kind: "support", time: .event(try EntenteDate(parsing: "2021"))))
    let r = try Report.build(graph: g, dates: try ReportFixture.dates(["2020", "2021"]))
    #expect(!r.html.contains("<script>alert"))
    #expect(!r.html.contains("<img src=x"))
    #expect(r.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(r.html.components(separatedBy: "<script>").count == 2)  // only the report's own script
  }

  @Test func evidenceIsReadFromTheDocumentsAndChangesAreFlagged() throws {
    let dir = try temporaryFolder("entente-report")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "Intro here. Turkey backed Azerbaijan.".write(toFile: dir + "/d.txt", atomically: true, encoding: .utf8)
    let yaml = """
      entente: 1
      documents: [{id: d, path: d.txt, date: 2020}]
      actors: [{id: TUR, name: Turkey, kind: state}, {id: AZE, name: Azerbaijan, kind: state}]
      relations:
        - {source: TUR, target: AZE, kind: support, at: 2020, evidence: [{doc: d, sentence: 1, sha256: \(String(repeating: "0", count: 64))}]}
        - {source: TUR, target: AZE, kind: support, at: 2021, evidence: [{doc: d, sentence: 1}]}
      """
    try yaml.write(toFile: dir + "/g.yaml", atomically: true, encoding: .utf8)
    let g = try GraphFileReader().read(path: dir + "/g.yaml")
    let reader = EvidenceReader(graph: g, folder: nil, graphPath: dir + "/g.yaml")
    #expect(reader.read(g.relations[1].evidence[0]) == .sentence("Turkey backed Azerbaijan."))
    #expect(reader.read(g.relations[0].evidence[0]) == .changed("Turkey backed Azerbaijan."))
    let r = try Report.build(graph: g, dates: try ReportFixture.dates(["2020", "2021"]), evidence: reader)
    #expect(
      r.html.contains(
        "<q>Turkey backed Azerbaijan.</q> <strong class=\"warning\">the document changed since extraction</strong>"))
  }

  @Test func evidenceSkipsHeaderLinesAsExtractionDoes() throws {
    let dir = try temporaryFolder("entente-report")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let text = "Source: a wire service\nDate: 2021-03-04\n\nIntro here. Turkey backed Azerbaijan."
    try text.write(toFile: dir + "/d.txt", atomically: true, encoding: .utf8)
    // Extraction numbers the sentences after the header lines.
    let source = try #require(try DocumentSource.load(paths: [dir + "/d.txt"], manifest: nil, date: nil).first)
    let found = try RelationExtractor(gazetteer: try Gazetteer.standard()).extract(source)
    let cited = try #require(found.first { $0.source == "TUR" && $0.target == "AZE" })
    #expect(cited.evidence.sentence == 1)
    let yaml = """
      entente: 1
      documents: [{id: d, path: d.txt, date: 2021}]
      relations:
        - {source: TUR, target: AZE, kind: support, at: 2021, evidence: [{doc: d, sentence: \(cited.evidence.sentence)}]}
      """
    try yaml.write(toFile: dir + "/g.yaml", atomically: true, encoding: .utf8)
    let g = try GraphFileReader().read(path: dir + "/g.yaml")
    let reader = EvidenceReader(graph: g, folder: nil, graphPath: dir + "/g.yaml")
    #expect(reader.read(g.relations[0].evidence[0]) == .sentence("Turkey backed Azerbaijan."))
  }
}
