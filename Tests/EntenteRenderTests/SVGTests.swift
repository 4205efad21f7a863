import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteRender

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SVGTests {
  @Test func hostileSVGParsesAsXMLAndShowsEveryNameAsText() throws {
    let g = try HostileNames.graph()
    let dot = InfluenceDiagram(graph: g).dot(for: g.snapshot(at: try RenderRepo.date("2020")))
    let svg = try DiagramRenderer.svg(dot, engine: "neato")
    let shown = try texts(svg)
    for name in HostileNames.all {
      for line in name.split(separator: "\n") {
        #expect(shown.contains(String(line)), "\(line) is not shown as text")
      }
    }
    #expect(!elements(try parseSVG(svg)).contains { EntenteRenderTests.name($0) == "script" })
    #expect(!svg.contains("<!--"))
  }

  @Test func svgIsByteIdenticalForTheSameInputAndKeepsGraphvizGroups() throws {
    let g = try Repo.seedGraph()
    let dot = InfluenceDiagram(graph: g).dot(for: g.snapshot(at: try RenderRepo.date("2024")))
    let a = try DiagramRenderer.svg(dot, engine: "neato")
    let b = try DiagramRenderer.svg(dot, engine: "neato")
    #expect(a == b)
    #expect(a.contains("<g id=\"actor&#45;RUS\" class=\"node actor state\">\n<title>actor&#45;RUS</title>"))
    #expect(a.contains("class=\"edge relation arms_supply positive\""))
    #expect(a.contains("xlink:title=\"PRK &#45;&gt; RUS: arms_supply in 2024 (holds)"))
  }

  @Test func embedModeDropsPrologAndScalesWithItsContainer() throws {
    let g = try Repo.seedGraph()
    let dot = InfluenceDiagram(graph: g).dot(for: g.snapshot(at: try RenderRepo.date("2016")))
    let svg = try DiagramRenderer.svg(dot, engine: "neato", embed: true)
    #expect(svg.hasPrefix("<svg style=\"max-width: "))
    #expect(!svg.contains("<?xml") && !svg.contains("<!DOCTYPE"))
    let root = String(svg.prefix { $0 != ">" })
    #expect(root.contains("width=\"100%\"") && !root.contains(" height=") && root.contains("viewBox="))
    _ = try parseSVG(svg)
  }

  @Test func comparisonKeepsEveryActorInTheSamePlace() throws {
    let g = try Repo.seedGraph()
    let dates = try ["2016", "2020", "2024"].map(RenderRepo.date)
    let set = try ComparisonDiagrams(graph: g, dates: dates).render()
    #expect(set.perDate.map(\.name) == ["influence-2016", "influence-2020", "influence-2024"])
    #expect(set.diffs.map(\.name) == ["diff-2016-2020", "diff-2020-2024"])
    let centres = try set.perDate.map { try nodeCentres($0.svg) }
    let present = dates.map { Set(g.snapshot(at: $0).actors.map { "actor-" + $0.id.rawValue }) }
    var compared = 0
    for i in 0..<3 {
      for j in (i + 1)..<3 {
        for id in present[i].intersection(present[j]) {
          let (a, b) = (try #require(centres[i][id]), try #require(centres[j][id]))
          #expect(abs(a.0 - b.0) < 1e-9 && abs(a.1 - b.1) < 1e-9, "\(id) moved between \(dates[i]) and \(dates[j])")
          compared += 1
        }
      }
    }
    #expect(compared > 20)
    // Russia and Azerbaijan turned from cooperation (arms, mediation) to conflict.
    #expect(set.diffs[1].svg.contains("class=\"edge relation tension negative sign&#45;changed\""))
    #expect(set.diffs[1].svg.contains("relation arms_supply positive ended"))
    _ = try parseSVG(set.smallMultiples)
    #expect(set.smallMultiples.components(separatedBy: "class=\"panel\"").count == 4)
  }

  @Test func hiddenAbsentActorsAreInvisibleButKeepTheirPlace() throws {
    let g = try Repo.seedGraph()
    var options = DiagramOptions()
    options.absent = .hidden
    let set = try ComparisonDiagrams(graph: g, dates: try ["2016", "2024"].map(RenderRepo.date), options: options)
      .render()
    #expect(!set.perDate[0].svg.contains("<title>actor&#45;PRK</title>"))
    #expect(set.perDate[1].svg.contains("<title>actor&#45;PRK</title>"))
  }
}

@Suite struct ExampleTests {
  /// The SVGs committed under examples/comparison are what the current code renders.
  @Test(arguments: ["influence-2016", "influence-2020", "influence-2024", "diff-2016-2020", "diff-2020-2024"])
  func committedExampleEqualsAFreshRender(name: String) throws {
    let g = try Repo.seedGraph()
    let set = try ComparisonDiagrams(graph: g, dates: try ["2016", "2020", "2024"].map(RenderRepo.date)).render()
    let fresh = try #require((set.perDate + set.diffs).first { $0.name == name })
    let committed = try String(contentsOfFile: Repo.root + "/examples/comparison/\(name).svg", encoding: .utf8)
    #expect(
      fresh.svg == committed,
      "examples/comparison/\(name).svg is stale; rerun: entente render graphs/seeds.yaml --compare 2016,2020,2024 -o examples/comparison"
    )
  }
}
