import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteRender

/// The one-pass byte cleaning gives exactly what the earlier string-search cleaning gave
/// (kept here as the oracle), on Graphviz's own output and on awkward inputs.
@Suite struct SVGBytesTests {
  /// The earlier cleaning: search the rest for each comment, then split into lines.
  static func oracleClean(_ svg: String, embed: Bool) -> String {
    var out = ""
    var rest = Substring(svg)
    var closed = true
    while let start = rest.range(of: "<!--") {
      out += rest[..<start.lowerBound]
      guard let end = rest[start.upperBound...].range(of: "-->") else {
        closed = false
        break
      }
      rest = rest[end.upperBound...]
    }
    if closed { out += rest }
    if embed {
      if let start = out.range(of: "<svg") { out = String(out[start.lowerBound...]) }
      if let open = out.range(of: ">"), let width = SVGDocument.attribute("width", in: out[..<open.upperBound]),
        let height = SVGDocument.attribute("height", in: out[..<open.upperBound])
      {
        var tag = String(out[..<open.upperBound])
        tag = tag.replacingOccurrences(of: "width=\"\(width)\"", with: "width=\"100%\"")
        tag = tag.replacingOccurrences(of: " height=\"\(height)\"", with: "")
        tag = tag.replacingOccurrences(
          of: "<svg ", with: "<svg style=\"max-width: \(width); height: auto\" preserveAspectRatio=\"xMidYMid meet\" ")
        out = tag + out[open.upperBound...]
      }
    }
    return out.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n") + "\n"
  }

  @Test func cleaningGraphvizOutputMatchesTheStringSearchCleaning() throws {
    let g = try Repo.seedGraph()
    let dot = InfluenceDiagram(graph: g).dot(for: g.snapshot(at: try RenderRepo.date("2024")))
    let raw = String(
      decoding: try GraphvizRenderer.shared.render(dot: dot.text, engine: "neato", format: "svg"), as: UTF8.self)
    #expect(raw.contains("<!--"))
    for embed in [false, true] {
      let cleaned = SVGDocument.clean(raw, embed: embed)
      #expect(cleaned == Self.oracleClean(raw, embed: embed))
      #expect(!cleaned.contains("<!--"))
    }
  }

  @Test(arguments: [
    "", "\n\n", "a<!-- x -->b", "<!-- only -->", "x\n<!-- a -->\n\ny\n", "keep <!-- unclosed",
    "é<!--ü-->ß\n\n<svg width=\"10pt\" height=\"20pt\" viewBox=\"0 0 10 20\">\n</svg>",
    "<?xml?>\n<!-- c -->\n<svg width=\"5pt\"\n height=\"6pt\">\n<g/>\n</svg>", "--> <!-- <!-- --> -->",
  ])
  func awkwardInputsCleanAsBefore(_ text: String) {
    for embed in [false, true] {
      #expect(SVGDocument.clean(text, embed: embed) == Self.oracleClean(text, embed: embed))
    }
  }

  @Test func raisedEdgesMoveAfterTheNodesInOrderWithTheirNestedGroups() {
    let svg = """
      <svg>
      <g id="graph0" class="graph">
      <g id="e1" class="edge relation ends">
      <g id="a_e1"><path/></g>
      </g>
      <g id="n1" class="node actor">
      <text>A</text>
      </g>
      <g id="e2" class="edge relation holds">
      <path/>
      </g>
      <g id="e3" class="edge relation ended">
      <path/>
      </g>
      <g id="n2" class="node actor">
      </g>
      </g>
      </svg>

      """
    let out = SVGDocument.raisingEdges(svg, classes: ["ends", "ended"])
    let expected = """
      <svg>
      <g id="graph0" class="graph">
      <g id="n1" class="node actor">
      <text>A</text>
      </g>
      <g id="e2" class="edge relation holds">
      <path/>
      </g>
      <g id="n2" class="node actor">
      </g>
      <g id="e1" class="edge relation ends">
      <g id="a_e1"><path/></g>
      </g>
      <g id="e3" class="edge relation ended">
      <path/>
      </g>
      </g>
      </svg>

      """
    #expect(out == expected)
    #expect(SVGDocument.raisingEdges(svg, classes: ["begins"]) == svg)
  }
}
