import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteAnalysis

/// Explanations that add up (issue 16, item 2), on the seed graph.
@Suite struct ExplanationTests {
  static let measures: [Measure] = [.pagerank, .betweenness, .degree]

  static func shift(_ a: String, _ b: String, exactUnits: Int = Shift.exactUnits) throws -> Shift {
    let g = try Fixture.seedGraph()
    return Shift(
      from: g.snapshot(at: try EntenteDate(parsing: a)), to: g.snapshot(at: try EntenteDate(parsing: b)),
      measures: measures, layers: [.cooperative, .conflict], graph: g, exactUnits: exactUnits)
  }

  /// Every actor's contributions sum to its change, exactly computed and sampled.
  @Test(arguments: [("2016", "2020", Shift.exactUnits), ("2020", "2024", Shift.exactUnits), ("2016", "2020", 2)])
  func contributionsSumToTheChange(a: String, b: String, exactUnits: Int) throws {
    let s = try Self.shift(a, b, exactUnits: exactUnits)
    #expect(s.isExact == (s.units.count <= exactUnits))
    #expect(!s.actors.isEmpty)
    for x in s.actors {
      let sum = x.explanation.reduce(0) { $0 + $1.value }
      #expect(abs(sum - x.delta) < 1e-9, "\(a)->\(b) \(x.column) \(x.actor): \(sum) vs \(x.delta)")
    }
  }

  /// Turkey's betweenness change from 2016 to 2020 on all relations comes whole from its
  /// pair with Russia (tension and trade together: neither alone moves it).
  @Test func turkeysBetweennessIsExplainedByTheRussiaTurkeyPair() throws {
    let g = try Fixture.seedGraph()
    let s = Shift(
      from: g.snapshot(at: try EntenteDate(parsing: "2016")), to: g.snapshot(at: try EntenteDate(parsing: "2020")),
      measures: [.betweenness], graph: g)
    let tur = try #require(s.actors.first { $0.actor == "TUR" })
    #expect(tur.before == 0 && tur.delta > 0.01)
    let main = try #require(tur.mainReason)
    #expect(main.unit.actors == ["RUS", "TUR"])
    #expect(abs(main.value - tur.delta) < 1e-12)
    #expect(Set(main.unit.relations.map(\.edge.kind)).isSuperset(of: ["tension", "trade"]))
  }

  /// The actor set is the union of both dates: no explanation changes N, so an actor's
  /// degree moves only with pairs it belongs to.
  @Test func noExplanationChangesN() throws {
    let s = try Self.shift("2016", "2020")
    let union = Set(s.before.names).union(s.after.names)
    #expect(Set(s.actors.map(\.actor)).isSubset(of: union))
    for x in s.actors where x.measure == .degree {
      for c in x.explanation { #expect(c.unit.actors.contains(x.actor), "\(x.actor) degree moved by \(c.unit.actors)") }
    }
  }

  /// A main reason explains at least half of the change; actors at 0 both times are not listed or ranked.
  @Test func mainReasonsExplainHalfAndZeroTiesAreNotRanked() throws {
    for (a, b) in [("2016", "2020"), ("2020", "2024")] {
      let s = try Self.shift(a, b)
      for x in s.actors {
        #expect(abs(x.delta) > 1e-12)
        if let m = x.mainReason { #expect(abs(m.value) * 2 >= abs(x.delta)) }
        if x.before == 0 { #expect(x.rankBefore == nil) }
        if x.after == 0 { #expect(x.rankAfter == nil) }
      }
    }
  }

  /// A relation cited again is listed apart and moves nothing unless citations count.
  @Test func evidenceOnlyChangesAreApartAndMoveNothing() throws {
    let g = try Fixture.seedGraph()
    let (a, b) = (g.snapshot(at: try EntenteDate(parsing: "2016")), g.snapshot(at: try EntenteDate(parsing: "2020")))
    let s = Shift(from: a, to: b, measures: [.pagerank], graph: g)
    #expect(!s.evidenceOnly.isEmpty)
    let cited = Set(s.evidenceOnly.map { Shift.pairKey($0.edge.source.rawValue, $0.edge.target.rawValue) })
    let units = Set(s.units.map { $0.actors.joined(separator: "|") })
    #expect(
      cited.isDisjoint(with: units) || s.units.allSatisfy { u in !u.relations.contains { s.evidenceOnly.contains($0) } }
    )
    #expect(!s.relations.contains { r in s.evidenceOnly.contains(r) })
    let counted = Shift(from: a, to: b, measures: [.pagerank], graph: g, countCitations: true)
    #expect(counted.evidenceOnly == s.evidenceOnly)
    #expect(counted.units.count > s.units.count)
  }
}
