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
        == "5 of \(s.actors.count) actors with the most relations; \(s.actors.count - drawn.actors.count) actors and \(leftOut) relations not drawn, all in the tables"
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

  @Test func eachDateCountsItsOwnActors() throws {
    let g = try Repo.seedGraph()
    let dates = try ["2016", "2024"].map(RenderRepo.date)
    let snapshots = dates.map { g.snapshot(at: $0) }
    #expect(snapshots[0].actors.count != snapshots[1].actors.count, "the seed graph's two dates differ in size")
    let selection = try #require(FigureSelection.top(6, of: snapshots))
    for s in snapshots {
      let drawn = s.actors.filter { selection.kept.contains($0.id) }.count
      #expect(selection.note(for: s).hasPrefix("\(drawn) of \(s.actors.count) actors"))
    }
  }

  @Test func cutDiagramsDropPhaseLabelsButKeepThemInTooltips() throws {
    let g = try Repo.seedGraph()
    let dates = try ["2020", "2024"].map(RenderRepo.date)
    let whole = try ComparisonDiagrams(graph: g, dates: dates).render()
    let labelled = (whole.perDate + whole.diffs).map(\.svg).joined()
    #expect(Self.phaseLabels(in: labelled) > 0)
    var comparison = ComparisonDiagrams(graph: g, dates: dates)
    comparison.actorLimit = 12
    let cut = try comparison.render()
    let svg = (cut.perDate + cut.diffs).map(\.svg).joined()
    #expect(svg.contains("not drawn"))
    #expect(Self.phaseLabels(in: svg) == 0)
    #expect(svg.contains("(begins)") || svg.contains("(ends)"), "the tooltips still give the phase")
  }

  /// Edge labels that give a phase or a change ("begins 2020", "ends", "ended 2022"); the
  /// legend's "ends this period (faded)" is not one.
  static func phaseLabels(in svg: String) -> Int {
    svg.matches(of: /<text[^>]*>(begins|ends|ended)( [0-9-]+)?<\/text>/).count
  }
}
