import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteRender

#if canImport(FoundationXML)
import FoundationXML
#endif

/// SVGs that fit: nested parts inside their parent's viewBox, labels readable at a column width.
@Suite struct FitTests {
  /// The root's viewBox width and height.
  static func viewBox(_ svg: String) throws -> (Double, Double) {
    let root = try #require(try parseSVG(svg).rootElement())
    let parts = try #require(attr(root, "viewBox")).split(separator: " ").compactMap { Double($0) }
    try #require(parts.count == 4)
    return (parts[2], parts[3])
  }

  @Test func aDiagramFittedTo680PixelsHasNoLabelUnder11Pixels() throws {
    let g = try Repo.seedGraph()
    var options = DiagramOptions()
    options.width = 680
    let dot = InfluenceDiagram(graph: g, options: options).dot(for: g.snapshot(at: try RenderRepo.date("2024")))
    let svg = try DiagramRenderer.svg(dot, engine: "neato", embed: true)
    let root = String(svg.prefix { $0 != ">" })
    #expect(root.contains("width=\"100%\"") && !root.contains(" height="))
    let (w, _) = try Self.viewBox(svg)
    let sizes = elements(try parseSVG(svg)).filter { name($0) == "text" }.compactMap {
      attr($0, "font-size").flatMap(Double.init)
    }
    #expect(sizes.count > 30)
    let smallest = try #require(sizes.min()) * 680 / w
    #expect(smallest >= 11, "the smallest label is \(smallest) px at 680 px")
  }

  @Test func smallMultiplesPlaceEachPanelInsideTheFrameAtItsRealSize() throws {
    let g = try Repo.seedGraph()
    let set = try ComparisonDiagrams(graph: g, dates: try ["2016", "2020", "2024"].map(RenderRepo.date)).render()
    let (w, h) = try Self.viewBox(set.smallMultiples)
    let panels = elements(try parseSVG(set.smallMultiples)).filter { name($0) == "g" && attr($0, "class") == "panel" }
    #expect(panels.count == 3)
    for p in panels {
      let inner = try #require((p.children ?? []).compactMap { $0 as? XMLElement }.first { name($0) == "svg" })
      let x = try #require(attr(inner, "x").flatMap(Double.init))
      let y = try #require(attr(inner, "y").flatMap(Double.init))
      let pw = try #require(attr(inner, "width").flatMap(Double.init))
      let ph = try #require(attr(inner, "height").flatMap(Double.init))
      #expect(x + pw <= w + 0.01 && y + ph <= h + 0.01, "panel at \(x),\(y) \(pw)x\(ph) outside \(w)x\(h)")
      // Unitless, so a browser does not scale a panel by 4/3 and clip it.
      let vb = try #require(attr(inner, "viewBox")).split(separator: " ").compactMap { Double($0) }
      #expect(abs(vb[2] - pw) < 1 && abs(vb[3] - ph) < 1)
    }
  }

  @Test func theLegendDrawsTheDiagramsOwnArrowheadsAndDashes() throws {
    let g = try Repo.seedGraph()
    let dot = InfluenceDiagram(graph: g, options: DiagramOptions(title: "Title")).dot(
      for: g.snapshot(at: try RenderRepo.date("2024")))
    let legend = try #require(dot.legend)
    let samples = legend.entries.compactMap { e -> DOTAttributes? in if case .edge(let a) = e.sample { a } else { nil }
    }
    let heads = Set(samples.compactMap { a -> String? in if case .text(let s)? = a["arrowhead"] { s } else { nil } })
    #expect(heads.isSuperset(of: ["normal", "empty", "vee", "odiamond", "tee", "none"]))
    let svg = try DiagramRenderer.svg(dot, engine: "neato")
    #expect(svg.contains("class=\"edge legend&#45;sample\""))
    // The title is on top: above every node's label.
    let texts = elements(try parseSVG(svg)).filter { name($0) == "text" }
    let titleY = try #require(texts.first { $0.stringValue == "Title" }.flatMap { attr($0, "y") }.flatMap(Double.init))
    let russiaY = try #require(
      texts.first { $0.stringValue == "Russia" }.flatMap { attr($0, "y") }.flatMap(Double.init))
    #expect(titleY < russiaY)
  }

  /// Graphviz 2.42 leaks every HTML-like label's text items on each layout (about 0.1 KiB
  /// per text, found with valgrind; Guides/Benchmarks.md), so the legend, drawn on every
  /// SVG, uses plain labels, left-justified: each column's texts start at one x.
  @Test func theLegendUsesNoHTMLLabelsAndItsTextsAreLeftAligned() throws {
    let g = try Repo.seedGraph()
    let dot = InfluenceDiagram(graph: g, options: DiagramOptions(title: "Title")).dot(
      for: g.snapshot(at: try RenderRepo.date("2024")))
    let legend = try #require(dot.legend)
    let legendDOT = legend.dot(width: 300)
    #expect(!legendDOT.text.contains("label=<"))
    #expect(!dot.text.contains("label=<"))
    let svg = String(
      decoding: try GraphvizRenderer.shared.render(dot: legendDOT.text, engine: "nop2", format: "svg"), as: UTF8.self)
    let texts = elements(try parseSVG(svg)).filter { name($0) == "text" }
    let entryTexts = Set(legend.entries.map(\.text))
    let legendTexts = texts.filter { entryTexts.contains($0.stringValue ?? "") }
    #expect(legendTexts.count == legend.entries.count)
    // 300 points wide holds one column: every text starts at the same x.
    let xs = Set(legendTexts.compactMap { attr($0, "x") })
    #expect(xs.count == 1)
    #expect(legendTexts.allSatisfy { attr($0, "text-anchor") == "start" })
  }

  /// Legends are laid out once per distinct DOT and reused: diagrams with different
  /// legends, drawn in turn, each get their own, byte for byte as when drawn first.
  @Test func cachedLegendsBelongToTheirOwnDiagram() throws {
    let g = try Repo.seedGraph()
    let dots = try ["2016", "2024"].map {
      InfluenceDiagram(graph: g, options: DiagramOptions(title: $0)).dot(for: g.snapshot(at: try RenderRepo.date($0)))
    }
    let first = try dots.map { try DiagramRenderer.svg($0, engine: "neato") }
    #expect(first[0] != first[1])
    for _ in 0..<2 {
      #expect(try dots.map { try DiagramRenderer.svg($0, engine: "neato") } == first)
    }
  }

  /// Fonts that cannot reach 11 px by growing stay as they are.
  ///
  /// sfdp keeps nodes apart, so a crowded graph's drawing grows as fast as its fonts and
  /// no factor makes its labels 11 px in a narrow column. The fonts then stay as they are
  /// (the page scrolls such a figure) instead of growing hundreds of times over, which
  /// left every line a hairline beside giant labels.
  @Test func fontsStayWhenGrowingThemCannotReachElevenPixels() throws {
    var crowded = DOTGraph(
      name: "crowded", attributes: ["overlap": .text("prism"), "outputorder": .text("edgesfirst")])
    crowded.nodeDefaults = ["shape": .text("box"), "fontsize": .number(14)]
    for i in 0..<120 { crowded.nodes.append(DOTNode(id: "n\(i)", attributes: ["label": .text("Actor number \(i)")])) }
    var state: UInt64 = 7
    for _ in 0..<600 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let a = Int(state >> 33) % 120
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let b = Int(state >> 33) % 120
      if a != b { crowded.edges.append(DOTEdge(from: "n\(a)", to: "n\(b)")) }
    }
    // sfdp's start draws on state earlier layouts leave, so the verdict must hold at
    // several widths whatever ran before.
    for width in [250.0, 400, 550] {
      #expect(try DiagramRenderer.fontScale(fitting: crowded, engine: "sfdp", width: width) == 1, "at \(width) px")
    }
    // A small graph still grows its fonts to fit the column, within the cap.
    var small = DOTGraph(name: "small")
    for i in 0..<6 { small.nodes.append(DOTNode(id: "m\(i)")) }
    for i in 0..<5 { small.edges.append(DOTEdge(from: "m\(i)", to: "m\(i + 1)")) }
    let scale = try DiagramRenderer.fontScale(fitting: small, engine: "neato", width: 50)
    #expect(scale > 1 && scale <= DiagramRenderer.largestFontScale)
  }
}
