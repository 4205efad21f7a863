import Foundation
import Testing

@testable import Entente

/// What `entente stats` counts, on a graph written for this test.
@Suite struct StatisticsTests {
  static let text = """
    entente: 1
    documents:
      - {id: memo, date: 2019-04}
    actors:
      - {id: CHL, name: Chile, kind: state}
      - {id: PER, name: Peru, kind: state}
      - {id: MERCOSUR, name: Mercosur, kind: organization}
    relations:
      - {source: CHL, target: PER, kind: trade, since: 2012, until: 2021}
      - {source: CHL, target: PER, kind: tension, at: 2019-04, evidence: [{doc: memo, sentence: 2}]}
      - {source: PER, target: MERCOSUR, kind: membership, since: 2015}
    """

  @Test func countsActorsRelationsTimeYearsAndEvidence() throws {
    let g = try GraphFileReader().read(text: Self.text)
    let s = ActorGraph.Statistics(g)
    #expect(s.events == 1 && s.intervals == 2 && s.cited == 1)
    #expect(s.years == 2012...2021)
    #expect(
      s.report(title: "t.yaml") == """
        t.yaml: 1 documents, 3 actors, 3 relations
        actors: 2 state, 1 organization
        relations: 1 membership, 1 trade, 1 tension
        time: 1 events, 2 intervals
        years: 2012 to 2021
        evidence: 1 relations cite documents, 2 are background facts

        """)
    let snapshot = Snapshot.Statistics(g.snapshot(at: try EntenteDate(parsing: "2019")))
    #expect(snapshot.report == "snapshot 2019: 3 actors, 3 edges (2 positive, 1 negative)\n")
  }

  @Test func anEmptyGraphHasNoYearsLine() throws {
    let s = ActorGraph.Statistics(try GraphFileReader().read(text: "entente: 1\n"))
    #expect(s.years == nil)
    #expect(!s.report(title: "e").contains("years:"))
  }

  @Test func edgeListsCountRowsActorsKindsAndArcs() throws {
    let list = try EdgeList.parse(
      Data("source\ttarget\tkind\tsign\tweight\tyear\nA\tB\tsupport\t1\t1\t2020\nB\tC\ttension\t-1\t1\t2020\n".utf8))
    #expect(
      EdgeList.Statistics(list).report(title: "l.tsv")
        == "l.tsv: 2 rows, 3 actors, 2 kinds (support, tension)\nindex: 3 nodes, 2 edges, 2 arcs\n")
  }

  @Test func inputKindFollowsTheFileName() {
    #expect(GraphInput.Kind(path: "graphs/seeds.yaml") == .graphFile)
    #expect(GraphInput.Kind(path: "bench/actors.tsv") == .edgeList)
  }

  @Test func includesAreWrittenPlainOrQuoted() throws {
    let g = ActorGraph(vocabulary: try RelationVocabulary.standard())
    #expect(GraphFileWriter(includes: ["../actors.yaml"]).yaml(for: g) == "entente: 1\ninclude: [../actors.yaml]\n")
    #expect(GraphFileWriter(includes: ["my actors.yaml"]).yaml(for: g) == "entente: 1\ninclude: [\"my actors.yaml\"]\n")
  }
}
