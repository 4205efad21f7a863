import Entente
import Foundation
import Testing

@testable import EntenteAnalysis

@Suite struct ShiftTests {
  func shift(_ a: String, _ b: String, poles: [String] = []) throws -> Shift {
    Shift(
      from: try Fixture.seedSnapshot(a), to: try Fixture.seedSnapshot(b), measures: [.pagerank, .betweenness, .degree],
      poles: poles)
  }

  @Test func relationChangesCarryTheirSources() throws {
    let s = try shift("2016", "2020")
    #expect(s.relations.filter { $0.change == "added" }.count == 8)
    let support = try #require(s.relations.first { $0.edge.kind == "support" && $0.edge.source == "TUR" })
    #expect(support.change == "added")
    #expect(support.edge.evidence.map(\.citation) == ["thread-2020#5", "thread-2020#14", "thread-2020#20"])
  }

  @Test func russiasRiseIn2020IsExplainedByItsNewTies() throws {
    let s = try shift("2016", "2020")
    let rus = try #require(s.actors.first { $0.actor == "RUS" && $0.measure == .pagerank })
    #expect(rus.delta > 0.05)
    let top = try #require(rus.explanation.first)
    #expect(top.unit.actors.contains("RUS"))
    #expect(top.value > 0)
    #expect(rus.explanation.map { abs($0.value) } == rus.explanation.map { abs($0.value) }.sorted(by: >))
  }

  /// With one changed pair, its contribution is the whole change (the value with it undone is the value before).
  @Test func aLoneChangedPairExplainsTheWholeChange() throws {
    let b = try Fixture.seedSnapshot("2020")
    let gone = try #require(b.edges.first { $0.source == "AZE" && $0.target == "RUS" })
    let a = Snapshot(
      date: b.date, window: 0, actors: b.actors, edges: b.edges.filter { $0 != gone }, vocabulary: b.vocabulary)
    let s = Shift(from: a, to: b, measures: [.pagerank], countCitations: true)
    #expect(s.units.count == 1 && s.units[0].actors == ["AZE", "RUS"])
    let rus = try #require(s.actors.first { $0.actor == "RUS" })
    let g = AnalysisGraph(GraphIndex(a))
    let pr = try #require(Centrality.pageRank(g))
    let i = try #require(g.names.firstIndex(of: "RUS"))
    #expect(abs(rus.before - pr[i]) < 1e-12)
    #expect(rus.explanation.count == 1 && abs(rus.explanation[0].value - rus.delta) < 1e-12)
  }

  @Test func theEndOfPivotalDeterrenceShowsIn2024() throws {
    let s = try shift("2020", "2024", poles: ["RUS"])
    let before = Set(s.before.pivots.map { "\($0.pivot):\($0.sides.map(\.rawValue).joined(separator: "-"))" })
    let after = Set(s.after.pivots.map { "\($0.pivot):\($0.sides.map(\.rawValue).joined(separator: "-"))" })
    #expect(before.contains("RUS:ARM-AZE") && !after.contains("RUS:ARM-AZE"))
    let removed = Set(
      s.relations.filter { $0.change == "removed" }.map { "\($0.edge.source)>\($0.edge.target):\($0.edge.kind)" })
    #expect(removed.isSuperset(of: ["RUS>ARM:arms_supply", "RUS>AZE:arms_supply"]))
    let i = try #require(s.after.names.firstIndex(of: "AZE"))
    let j = try #require(s.before.names.firstIndex(of: "AZE"))
    #expect(s.before.alignment[j][0] > 0 && s.after.alignment[i][0] == -1)
  }

  /// Above the explanation limit, a date whose actors are the whole union takes its values
  /// from its analysis instead of measuring again: the same values as measured, on both layers.
  @Test func withoutExplanationsTheAnalysesValuesAreReused() throws {
    let b = try Fixture.seedSnapshot("2020")
    // Drop relations whose actors keep other relations, so both dates have the same actors.
    var edges = b.edges
    for e in b.edges.prefix(6) {
      let rest = edges.filter { $0 != e }
      let ids = Set(rest.flatMap { [$0.source, $0.target] })
      if ids.contains(e.source) && ids.contains(e.target) { edges = rest }
    }
    #expect(edges.count < b.edges.count)
    let a = Snapshot(date: b.date, window: 0, actors: b.actors, edges: edges, vocabulary: b.vocabulary)
    let layers: [Layer] = [.cooperative, .conflict]
    let measured = Shift(from: a, to: b, measures: [.pagerank, .betweenness, .degree], layers: layers)
    let reused = Shift(
      from: a, to: b, measures: [.pagerank, .betweenness, .degree], layers: layers, explainLimit: 0)
    #expect(reused.unexplained != nil && reused.actors.allSatisfy(\.explanation.isEmpty))
    #expect(measured.actors.map { "\($0.actor) \($0.column)" } == reused.actors.map { "\($0.actor) \($0.column)" })
    for (x, y) in zip(measured.actors, reused.actors) {
      #expect(abs(x.before - y.before) < 1e-12 && abs(x.after - y.after) < 1e-12, "\(x.actor) \(x.column)")
      #expect(x.rankBefore == y.rankBefore && x.rankAfter == y.rankAfter)
    }
  }

  /// Without explanations, a date lacking some of the union's actors takes its values from its
  /// own analysis, rescaled for the absent (isolated) actors, and measures again only what has no
  /// such factor (PageRank, eigenvector, PN index): the same values as measured over the union.
  @Test func aDateWithoutSomeActorsIsExtendedAsIfMeasuredOverTheUnion() throws {
    let full = try Fixture.seedSnapshot("2020")
    // Each date loses every relation of one actor (a different one), so each lacks an actor of the union.
    func without(_ id: ActorID) -> Snapshot {
      let edges = full.edges.filter { $0.source != id && $0.target != id }
      let ids = Set(edges.flatMap { [$0.source, $0.target] })
      return Snapshot(
        date: full.date, window: 0, actors: full.actors.filter { ids.contains($0.id) }, edges: edges,
        vocabulary: full.vocabulary)
    }
    // The two actors with the fewest relations (ties by id), so the changed pairs stay few.
    let degree = Dictionary(full.edges.flatMap { [($0.source, 1), ($0.target, 1)] }, uniquingKeysWith: +)
    let sparse = full.actors.map(\.id).sorted { (degree[$0] ?? 0, $0) < (degree[$1] ?? 0, $1) }
    let (a, b) = (without(sparse[0]), without(sparse[1]))
    #expect(a.actors.count < full.actors.count && b.actors.count < full.actors.count)
    let measures: [Measure] = [
      .pagerank, .betweenness, .betweennessWeighted, .degree, .inDegree, .outDegree, .strength, .closeness,
      .harmonic, .eigenvector, .pn, .positiveDegree, .negativeDegree,
    ]
    let layers: [Layer] = [.cooperative, .conflict]
    let measured = Shift(from: a, to: b, measures: measures, layers: layers)
    let extended = Shift(from: a, to: b, measures: measures, layers: layers, explainLimit: 0)
    #expect(measured.unexplained == nil && extended.unexplained != nil)
    // Equal shifts may be listed in another order (their deltas differ in the last bit): compare by actor and column.
    let byKey = Dictionary(extended.actors.map { ("\($0.actor) \($0.column)", $0) }, uniquingKeysWith: { x, _ in x })
    #expect(Set(measured.actors.map { "\($0.actor) \($0.column)" }) == Set(byKey.keys))
    #expect(Set(measured.actors.map(\.column)).count > 10)
    for x in measured.actors {
      let y = try #require(byKey["\(x.actor) \(x.column)"])
      let scale = max(1, abs(x.before), abs(x.after))
      #expect(
        abs(x.before - y.before) <= 1e-12 * scale && abs(x.after - y.after) <= 1e-12 * scale, "\(x.actor) \(x.column)")
      #expect(x.rankBefore == y.rankBefore && x.rankAfter == y.rankAfter, "\(x.actor) \(x.column)")
    }
  }

  /// Adding actors without relations moves each scalable measure by exactly its factor.
  @Test func isolatedActorsScaleTheMeasuresTheyDoNotTouch() throws {
    let s = try Fixture.seedSnapshot("2024")
    let index = GraphIndex(s)
    let g = AnalysisGraph(index)
    let names = index.names + ["ZZ1", "ZZ2", "ZZ3"]
    let grown = AnalysisGraph(
      names: names, sources: (0..<g.nodeCount).flatMap { u in g.outArcs(of: u).map { _ in Int32(u) } },
      targets: (0..<g.nodeCount).flatMap { u in g.outArcs(of: u).map { Int32($0.target) } },
      weights: (0..<g.nodeCount).flatMap { u in g.outArcs(of: u).map(\.weight) })
    let signed = SignedGraph(index)
    for m in Measure.allCases where !m.isSigned {
      guard let scale = m.isolatedScale(nodes: g.nodeCount, total: names.count) else {
        #expect([.pagerank, .eigenvector].contains(m))
        continue
      }
      let (x, y) = (try #require(m.values(g, signed)), try #require(m.values(grown, signed)))
      for i in x.indices { #expect(abs(x[i] * scale - y[i]) <= 1e-12 * max(1, abs(y[i])), "\(m) \(names[i])") }
      #expect(y[g.nodeCount...].allSatisfy { $0 == 0 }, "\(m)")
    }
    #expect(Measure.pn.isolatedScale(nodes: 4, total: 5) == nil)
    #expect(Measure.betweenness.isolatedScale(nodes: 4, total: 4) == 1)
  }
}
