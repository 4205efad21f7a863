import Foundation
import Testing

@testable import EntenteRender

@Suite struct GraphvizRendererTests {
  let small = "digraph g { a -> b; b -> c }"

  @Test(arguments: ["svg", "png", "pdf", "dot", "plain"])
  func rendersEachFormatInProcess(format: String) throws {
    let data = try GraphvizRenderer.shared.render(dot: small, engine: "neato", format: format)
    let prefixes = ["svg": "<?xml", "png": "\u{89}PNG", "pdf": "%PDF", "dot": "digraph", "plain": "graph "]
    let head = String(decoding: data.prefix(8), as: UTF8.self)
    #expect(data.count > 20)
    if format == "png" {
      #expect(data.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    } else {
      #expect(head.hasPrefix(prefixes[format] ?? "?"), "\(format): \(head)")
    }
  }

  @Test(arguments: ["dot", "neato", "fdp", "sfdp", "circo", "auto"])
  func rendersWithEachEngine(engine: String) throws {
    let svg = try GraphvizRenderer.shared.render(dot: small, engine: engine, format: "svg")
    #expect(String(decoding: svg, as: UTF8.self).contains("<title>a&#45;&gt;b</title>"))
  }

  @Test func malformedDOTGivesGraphvizsMessageAndTheNextRenderWorks() throws {
    #expect(throws: RenderError(.invalidDOT, "syntax error in line 1 near '->'")) {
      try GraphvizRenderer.shared.render(dot: "digraph { a -> -> b }", engine: "neato", format: "svg")
    }
    #expect(try GraphvizRenderer.shared.render(dot: small, engine: "neato", format: "svg").count > 100)
  }

  @Test func lineNumbersDoNotCarryOverFromEarlierInputs() throws {
    let r = GraphvizRenderer.shared
    for earlier in ["digraph { a -> b }\n\n\n", "digraph { unterminated", "digraph { a -> -> b }\nmore\nlines\n"] {
      _ = try? r.render(dot: earlier, engine: "neato", format: "svg")
      #expect(throws: RenderError(.invalidDOT, "syntax error in line 2 near '->'"), "after \(earlier)") {
        try r.render(dot: "digraph {\n a -> -> b }", engine: "neato", format: "svg")
      }
    }
  }

  @Test func unknownEngineGivesGraphvizsMessageAndTheNextRenderWorks() throws {
    let error = #expect(throws: RenderError.self) {
      try GraphvizRenderer.shared.render(dot: small, engine: "nosuch", format: "svg")
    }
    #expect(error?.code == .layoutFailed)
    #expect(error?.message.hasPrefix("Layout type: \"nosuch\" not recognized. Use one of:") == true)
    #expect(try GraphvizRenderer.shared.render(dot: small, engine: "neato", format: "svg").count > 100)
  }

  @Test func unknownFormatGivesGraphvizsMessageAndTheNextRenderWorks() throws {
    let error = #expect(throws: RenderError.self) {
      try GraphvizRenderer.shared.render(dot: small, engine: "neato", format: "nosuch")
    }
    #expect(error?.code == .renderFailed)
    #expect(error?.message == "renderer for nosuch is unavailable")  // Graphviz 2.42's wording
    #expect(try GraphvizRenderer.shared.render(dot: small, engine: "neato", format: "svg").count > 100)
  }

  @Test func dotIsRefusedOnLargeGraphsAndAutoPicksAnEngine() throws {
    let big = "digraph g {" + (0..<400).map { "n\($0) -> n\(($0 * 7 + 1) % 400);" }.joined() + "}"
    #expect(
      throws: RenderError(
        .tooLargeForDot,
        "the dot engine needs minutes on 400 nodes and 400 edges (it is refused above 300 nodes or 1000 edges); use sfdp, or auto"
      )
    ) {
      try GraphvizRenderer.shared.render(dot: big, engine: "dot", format: "svg")
    }
    #expect(try GraphvizRenderer.shared.render(dot: big, engine: "auto", format: "plain").count > 1000)
  }

  @Test func rendersFromManyTasksAtOnce() async throws {
    try await withThrowingTaskGroup(of: Int.self) { group in
      for i in 0..<16 {
        group.addTask {
          let dot = i % 4 == 0 ? "digraph { broken" : "digraph { a\(i) -> b\(i) }"
          do { return try GraphvizRenderer.shared.render(dot: dot, engine: "neato", format: "svg").count } catch {
            return -1
          }
        }
      }
      var failures = 0
      for try await n in group where n < 0 { failures += 1 }
      #expect(failures == 4)
    }
  }
}

/// Issue #14, item 19: every engine has a size limit, refused before the layout starts.
@Suite struct EngineLimitTests {
  @Test(arguments: LayoutEngine.allCases.filter { $0 != .auto })
  func aGraphAboveTheEnginesLimitIsRefusedAtOnce(engine: LayoutEngine) throws {
    let n = engine.sizeLimit.nodes + 1
    let dot = "graph g {" + (0..<n).map { "n\($0);" }.joined() + "}"
    let clock = ContinuousClock()
    var error: RenderError? = nil
    let took = clock.measure {
      do { _ = try GraphvizRenderer.shared.render(dot: dot, engine: engine.rawValue, format: "plain") } catch let e
        as RenderError
      {
        error = e
      } catch {}
    }
    #expect(error?.code == (engine == .dot ? .tooLargeForDot : .tooLargeForEngine))
    #expect(error?.message.contains("the \(engine.rawValue) engine needs minutes on \(n) nodes") == true)
    #expect(error?.message.contains(engine == .sfdp ? "draw fewer actors" : "use sfdp") == true)
    #expect(took < .seconds(5))
  }
}
