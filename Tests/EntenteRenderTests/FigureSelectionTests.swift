import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteRender

/// Diagrams of large graphs draw the most connected actors and say what they leave out.
@Suite struct FigureSelectionTests {
  @Test func keepsTheMostConnectedActorsAndTheRelationsAmongThem() throws {
    let g = try Repo.seedGraph()
    let s = g.snapshot(at: try RenderRepo.date("2020"))
    #expect(FigureSelection.top(s.actors.count, of: [s]) == nil)
    let selection = try #require(FigureSelection.top(5, of: [s]))
    #expect(selection.kept.count == 5)
    var degree: [ActorID: Set<ActorID>] = [:]
    for e in s.edges where e.source != e.target {
      degree[e.source, default: []].insert(e.target)
      degree[e.target, default: []].insert(e.source)
    }
    let weakestKept = selection.kept.map { degree[$0]?.count ?? 0 }.min() ?? 0
    let strongestLeft = s.actors.filter { !selection.kept.contains($0.id) }.map { degree[$0.id]?.count ?? 0 }.max() ?? 0
    #expect(weakestKept >= strongestLeft)
    let drawn = selection.apply(s)
    #expect(drawn.actors.allSatisfy { selection.kept.contains($0.id) })
    #expect(drawn.edges.allSatisfy { selection.kept.contains($0.source) && selection.kept.contains($0.target) })
    let leftOut = s.edges.count - drawn.edges.count
    #expect(
      selection.note(for: s)
        == "5 of \(s.actors.count) actors with the most relations; \(s.actors.count - drawn.actors.count) actors and \(leftOut) relations not drawn (all in the tables)"
    )
  }

  @Test func comparisonsAboveTheLimitSayWhatTheyLeaveOut() throws {
    let g = try Repo.seedGraph()
    var comparison = ComparisonDiagrams(graph: g, dates: try ["2016", "2020"].map(RenderRepo.date))
    comparison.actorLimit = 6
    let set = try comparison.render()
    for d in set.perDate { #expect(d.svg.contains("6 of ") && d.svg.contains("not drawn")) }
    #expect(set.positions.count == 6)
  }
}
