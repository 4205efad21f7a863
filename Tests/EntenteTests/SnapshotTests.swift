import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

/// The acceptance facts of the curated seed graph, year by year.
@Suite struct SeedGraphSnapshotTests {
  let graph: ActorGraph
  let y2016: Snapshot, y2020: Snapshot, y2022: Snapshot, y2024: Snapshot

  init() throws {
    graph = try Repo.seedGraph()
    (y2016, y2020, y2022, y2024) = (
      graph.snapshot(at: date("2016")), graph.snapshot(at: date("2020")), graph.snapshot(at: date("2022")),
      graph.snapshot(at: date("2024"))
    )
  }

  @Test func seedGraphIsConsistent() {
    #expect(graph.invariantViolations().isEmpty)
    #expect(graph.documents.map(\.id) == ["thread-2020", "blog-2022", "analysis-2024"])
  }

  @Test func armeniaInTheCSTOUntilItFrozeItsParticipationIn2024() throws {
    #expect(y2016.edge("ARM", "membership", "CSTO")?.phase == .holds)
    #expect(y2020.edge("ARM", "membership", "CSTO")?.phase == .holds)
    let e2024 = try #require(y2024.edge("ARM", "membership", "CSTO"))
    #expect(e2024.phase == .ends)
    #expect(e2024.evidence.contains(Provenance(document: "analysis-2024", sentence: 28)))
    #expect(!graph.snapshot(at: date("2025")).contains("ARM", "membership", "CSTO"))
    #expect(!graph.snapshot(at: date("2024-03")).contains("ARM", "membership", "CSTO"))
  }

  @Test func turkeyInNATOEveryYear() {
    for s in [y2016, y2020, y2022, y2024] { #expect(s.contains("TUR", "membership", "NATO"), "\(s.date)") }
  }

  @Test func minskGroupCoChairsIn2016And2020() {
    for s in [y2016, y2020] {
      for chair in ["FRA", "RUS", "USA"] as [ActorID] {
        #expect(s.contains(chair, "membership", "MINSK"), "\(chair) \(s.date)")
      }
    }
    #expect(!y2024.contains("RUS", "membership", "MINSK"))
    #expect(y2020.edge("RUS", "membership", "MINSK")?.evidence == [Provenance(document: "thread-2020", sentence: 11)])
  }

  @Test func armeniaAzerbaijanHostilityIn2016And2020() {
    #expect(y2016.contains("AZE", "hostility", "ARM"))
    #expect(y2020.contains("ARM", "hostility", "AZE"))  // undirected: either way round
    #expect(y2020.edge("AZE", "hostility", "ARM")?.phase == .ends)  // the war ended in November 2020
    #expect(!y2024.contains("AZE", "hostility", "ARM"))
  }

  @Test func russianArmsToBothArmeniaAndAzerbaijan() {
    for s in [y2016, y2020] {
      #expect(s.contains("RUS", "arms_supply", "ARM"), "\(s.date)")
      #expect(s.contains("RUS", "arms_supply", "AZE"), "\(s.date)")
      #expect(!s.contains("ARM", "arms_supply", "RUS"))
    }
    #expect(!y2024.contains("RUS", "arms_supply", "ARM"))
  }

  @Test func northKoreanAndIranianSuppliesToRussiaIn2024() {
    #expect(y2024.contains("PRK", "arms_supply", "RUS"))
    #expect(y2024.contains("IRN", "arms_supply", "RUS"))
    #expect(!y2020.contains("PRK", "arms_supply", "RUS"))
    #expect(!y2020.contains("IRN", "arms_supply", "RUS"))
  }

  @Test func russianPeacekeepersInKarabakhFromLate2020() {
    #expect(y2020.edge("RUS", "mediation", "KARABAKH")?.phase == .begins)
    #expect(graph.snapshot(at: date("2022")).edge("RUS", "mediation", "KARABAKH")?.phase == .holds)
    #expect(y2024.edge("RUS", "mediation", "KARABAKH")?.phase == .ends)
    #expect(!graph.snapshot(at: date("2020-10")).contains("RUS", "mediation", "KARABAKH"))
  }

  @Test func everyDocumentRelationCitesASentence() {
    let cited = graph.relations.filter { !$0.evidence.isEmpty }
    #expect(cited.count >= 40)
    #expect(graph.relations.allSatisfy { !$0.evidence.isEmpty || $0.note != nil })
  }
}

/// The snapshot rules on small graphs built for each rule.
@Suite struct SnapshotRuleTests {
  func graph(_ relations: [Relation]) throws -> ActorGraph {
    var g = ActorGraph(vocabulary: try .standard())
    try g.add(Document(id: "d", date: date("2020")))
    for id in ["A", "B", "C"] { try g.add(Actor(id: ActorID(id), name: id, kind: .state)) }
    try g.add(Actor(id: "ORG", name: "Org", kind: .organization))
    for r in relations { try g.add(r) }
    return g
  }

  @Test func intervalsAreHalfOpenAtTheStartOfUntil() throws {
    let g = try graph([
      Relation(
        source: "A", target: "ORG", kind: "membership", time: .interval(since: date("2002"), until: date("2024-02-22")))
    ])
    #expect(g.snapshot(at: date("2024-02-21")).edges.count == 1)
    #expect(g.snapshot(at: date("2024-02-22")).edges.isEmpty)
    #expect(g.snapshot(at: date("2024-02")).edges.first?.phase == .ends)
    #expect(g.snapshot(at: date("2001")).edges.isEmpty)
    #expect(g.snapshot(at: date("2002")).edges.first?.phase == .begins)
    #expect(g.snapshot(at: date("2010")).edges.first?.phase == .holds)
  }

  @Test func eventsCountInTheirPeriodAndInTheWindowAfter() throws {
    let g = try graph([Relation(source: "A", target: "B", kind: "hostility", time: .event(date("2016-04")))])
    #expect(g.snapshot(at: date("2016")).edges.count == 1)
    #expect(g.snapshot(at: date("2016-04-02")).edges.count == 1)
    #expect(g.snapshot(at: date("2016-05")).edges.isEmpty)
    #expect(g.snapshot(at: date("2017")).edges.isEmpty)
    #expect(g.snapshot(at: date("2017"), window: 1).edges.count == 1)
    #expect(g.snapshot(at: date("2018"), window: 1).edges.isEmpty)
  }

  @Test func repeatedRelationsMergeWithTheDocumentedWeight() throws {
    let p = { (i: Int) in Provenance(document: "d", sentence: i) }
    let g = try graph([
      Relation(
        source: "B", target: "A", kind: "tension", time: .event(date("2020")), weight: 2, confidence: 0.5,
        evidence: [p(1), p(2)]),
      Relation(
        source: "A", target: "B", kind: "tension", time: .event(date("2020-06")), weight: 1, confidence: 0.5,
        evidence: [p(2)]),
      Relation(source: "A", target: "B", kind: "alliance", time: .event(date("2020"))),
      Relation(source: "A", target: "C", kind: "arms_supply", time: .event(date("2020"))),
      Relation(source: "C", target: "A", kind: "arms_supply", time: .event(date("2020"))),
    ])
    let s = g.snapshot(at: date("2020"))
    #expect(s.edges.count == 4)  // tension merged; alliance apart; arms supply kept per direction
    let t = try #require(s.edge("A", "tension", "B"))
    #expect(t.source == "A" && t.target == "B")  // undirected: smaller id first
    #expect(t.relationCount == 2)
    #expect(t.evidence == [p(1), p(2)])
    #expect(abs(t.weight - 1.5 * (1 + log(3.0))) < 1e-12)  // mean weight × (1 + ln 3 mentions)
    #expect(abs(t.confidence - 0.75) < 1e-12)  // noisy-or of 0.5 and 0.5
    #expect(s.actors.map(\.id) == ["A", "B", "C"])
  }

  @Test func changesBetweenSnapshotsAreAddedRemovedAndChanged() throws {
    let g = try graph([
      Relation(source: "A", target: "B", kind: "hostility", time: .event(date("2016"))),
      Relation(
        source: "A", target: "ORG", kind: "membership", time: .interval(since: date("2010"), until: date("2020-06"))),
      Relation(source: "C", target: "B", kind: "support", time: .event(date("2020"))),
    ])
    let c = SnapshotChange(from: g.snapshot(at: date("2016")), to: g.snapshot(at: date("2020")))
    #expect(c.added.map(\.kind) == ["support"])
    #expect(c.removed.map(\.kind) == ["hostility"])
    #expect(c.changed.map(\.after.phase) == [.ends])
    #expect(c.actorsAdded == ["C"])
  }
}
