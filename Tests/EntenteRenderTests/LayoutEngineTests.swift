import Entente
import Testing

@testable import EntenteRender

/// Engine names, `auto`, and node sizes by degree.
@Suite struct LayoutEngineTests {
  @Test func enginesAreNamedAndAutoPicksBySize() throws {
    #expect(try LayoutEngine(named: "sfdp") == .sfdp)
    #expect(LayoutEngine.list == "neato, fdp, sfdp, circo, dot, twopi or auto")
    #expect(LayoutEngine.auto.resolved(nodes: GraphvizRenderer.maximumNeatoNodes) == .neato)
    #expect(LayoutEngine.auto.resolved(nodes: GraphvizRenderer.maximumNeatoNodes + 1) == .sfdp)
    #expect(LayoutEngine.dot.resolved(nodes: 10_000) == .dot)
    do {
      _ = try LayoutEngine(named: "spring")
      Issue.record("spring was accepted")
    } catch {
      #expect(error.code == .invalidRequest && error.message.hasPrefix("unknown engine 'spring'; use neato"))
    }
  }

  @Test func degreeSizesCountEdgesAtEachActor() throws {
    let g = try GraphFileReader().read(
      text: """
        entente: 1
        actors:
          - {id: CHL, name: Chile, kind: state}
          - {id: PER, name: Peru, kind: state}
          - {id: BOL, name: Bolivia, kind: state}
        relations:
          - {source: CHL, target: PER, kind: trade, at: 2020}
          - {source: CHL, target: BOL, kind: tension, at: 2020}
        """)
    let s = g.snapshot(at: try EntenteDate(parsing: "2020"))
    #expect(NodeSizing.degree.sizes(in: s) == [ActorID("CHL"): 2, ActorID("PER"): 1, ActorID("BOL"): 1])
    #expect(NodeSizing.none.sizes(in: s).isEmpty)
  }
}
