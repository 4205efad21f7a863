import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

@Suite struct EdgeListTests {
  let sample = """
    source\ttarget\tkind\tsign\tweight\tyear
    RUS\tARM\tarms_supply\t1\t0.5\t2016
    AZE\tARM\thostility\t-1\t1.0\t2020
    RUS\tAZE\tarms_supply\t1\t2.125\t2016

    """

  @Test func readsColumnsAndInternsNames() throws {
    let list = try EdgeList.parse(Data(sample.utf8))
    #expect(list.count == 3)
    #expect(list.actors == ["RUS", "ARM", "AZE"])
    #expect(list.kindNames == ["arms_supply", "hostility"])
    #expect(list.sources == [0, 2, 0])
    #expect(list.targets == [1, 1, 2])
    #expect(list.signs == [1, -1, 1])
    #expect(list.weights == [0.5, 1.0, 2.125])
    #expect(list.years == [2016, 2020, 2016])
  }

  @Test func writesWhatItReads() throws {
    let list = try EdgeList.parse(Data(sample.utf8))
    let again = try EdgeList.parse(Data(list.tsv().utf8))
    #expect(again == list)
    #expect(list.tsv() == again.tsv())
  }

  @Test(arguments: [1, 2, 3, 7, 16, 1 << 20])
  func streamedReadingCutsLinesAnywhere(chunkSize: Int) throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/e.tsv"
    try (sample + "X\tY\tk\t1\t0.25\t1999").write(toFile: path, atomically: true, encoding: .utf8)  // no final newline
    let list = try EdgeList.read(path: path, chunkSize: chunkSize)
    #expect(list == (try EdgeList.parse(Data((sample + "X\tY\tk\t1\t0.25\t1999\n").utf8))))
    #expect(list.count == 4)
    try "source\ttarget\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: EntenteError.self) { try EdgeList.read(path: path, chunkSize: chunkSize) }
    try "".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: EntenteError.self) { try EdgeList.read(path: path, chunkSize: chunkSize) }
  }

  @Test func parsesNumbersExactly() throws {
    let weights = ["0.1", "0.001", "19.999", "123456.789", "1e-3", "-0.25", "7", "0.30000000000000004"]
    let text = EdgeList.header + "\n" + weights.map { "A\tB\tk\t1\t\($0)\t2000" }.joined(separator: "\n") + "\n"
    let list = try EdgeList.parse(Data(text.utf8))
    #expect(list.weights == weights.compactMap(Double.init))
  }

  @Test(arguments: [
    (
      "source\ttarget\n",
      "<input>:1:1: error: the first line must be the header 'source<TAB>target<TAB>kind<TAB>sign<TAB>weight<TAB>year'"
    ),
    ("A\tB\tk\t1\t1\n", "<input>:2:10: error: 5 fields; expected 6 (source, target, kind, sign, weight, year)"),
    (
      "A\tB\tk\t1\t1\t2000\tx\n",
      "<input>:2:15: error: more than 6 tab-separated fields; expected source, target, kind, sign, weight, year"
    ),
    ("A\tB\tk\t0\t1\t2000\n", "<input>:2:7: error: sign must be 1 or -1"),
    ("A\tB\tk\t1\tnan\t2000\n", "<input>:2:9: error: weight must be a finite number"),
    ("A\tB\tk\t1\tabc\t2000\n", "<input>:2:9: error: weight must be a finite number"),
    ("A\tB\tk\t1\t1\t20x0\n", "<input>:2:11: error: year must be a whole number from 1 to 9999"),
    ("\tB\tk\t1\t1\t2000\n", "<input>:2:1: error: empty source"),
    (
      "A\u{0}X\tB\tk\t1\t1\t2000\n",
      "<input>:2:2: error: control character U+0000 in field 1; ids, kinds and numbers are printable text"
    ),
    (
      "A\tB\tk\u{1B}[2J\t1\t1\t2000\n",
      "<input>:2:6: error: control character U+001B in field 3; ids, kinds and numbers are printable text"
    ),
  ])
  func reportsTheLineAndColumnOfABadField(row: String, message: String) {
    let text = row.hasPrefix("source\ttarget\n") ? row : EdgeList.header + "\n" + row
    #expect(throws: EntenteError.self) { try EdgeList.parse(Data(text.utf8)) }
    do { _ = try EdgeList.parse(Data(text.utf8)) } catch { #expect(error.description == message) }
  }

  @Test func reportsInvalidUTF8() {
    var data = Data((EdgeList.header + "\nA\t").utf8)
    data.append(contentsOf: [0xFF, 0xFE])
    data.append(Data("\tk\t1\t1\t2000\n".utf8))
    do {
      _ = try EdgeList.parse(data)
      Issue.record("accepted invalid UTF-8")
    } catch { #expect(error.description == "<input>:2:3: error: invalid UTF-8 in field 2") }
  }

  @Test func readsTheBenchGeneratorsFormat() throws {
    // The first lines of ../shared/bench/gen.py's output for N=50, in its exact layout.
    let text =
      "source\ttarget\tkind\tsign\tweight\tyear\nS0001\tS0000\talliance\t1\t0.739\t2021\nS0002\tS0001\thostility\t-1\t0.5\t2003\r\n"
    let list = try EdgeList.parse(Data(text.utf8))
    #expect(list.count == 2)
    #expect(list.signs == [1, -1])
  }
}

@Suite struct GraphIndexTests {
  @Test func buildsOutAndInAdjacencyByCountingSort() throws {
    let text =
      EdgeList.header + "\nA\tB\tk\t1\t1\t2000\nA\tC\tk\t1\t2\t2000\nC\tB\tk\t-1\t3\t2000\nA\tB\tj\t1\t4\t2001\n"
    let index = GraphIndex(try EdgeList.parse(Data(text.utf8)))
    #expect(index.nodeCount == 3)
    #expect(index.edgeCount == 4)
    #expect(index.outOffsets == [0, 3, 3, 4])
    #expect(Array(index.outArcs(of: 0).map(\.neighbor)) == [1, 2, 1])
    #expect(Array(index.outArcs(of: 0).map(\.edge)) == [0, 1, 3])
    #expect(Array(index.inArcs(of: 1).map(\.neighbor)) == [0, 2, 0])
    #expect(index.inDegree(of: 0) == 0)
    #expect(index.outDegree(of: 2) == 1)
    #expect(index.edgeSigns == [1, 1, -1, 1])
    #expect(index.kindNames == ["k", "j"])
  }

  @Test func undirectedSnapshotEdgesAreArcsBothWays() throws {
    let graph = try Repo.seedGraph()
    let s = graph.snapshot(at: date("2020"))
    let index = GraphIndex(s)
    #expect(index.nodeCount == s.actors.count)
    #expect(index.edgeCount == s.edges.count)
    let undirected = s.edges.filter { s.vocabulary[$0.kind]?.direction == .undirected }.count
    #expect(index.outNeighbors.count == s.edges.count + undirected)
    #expect(index.inNeighbors.count == s.edges.count + undirected)
    let arm = try #require(index.node(of: "ARM"))
    let aze = try #require(index.node(of: "AZE"))
    let hostile = index.outArcs(of: aze).contains { $0.neighbor == arm && index.edgeSigns[$0.edge] < 0 }
    #expect(hostile)  // ARM -- AZE is stored ARM->AZE and walks both ways
    #expect(index.outArcs(of: arm).contains { $0.neighbor == aze && index.edgeSigns[$0.edge] < 0 })
  }

  @Test func emptyInputsGiveEmptyIndexes() throws {
    let index = GraphIndex(try EdgeList.parse(Data((EdgeList.header + "\n").utf8)))
    #expect(index.nodeCount == 0)
    #expect(index.outOffsets == [0])
    var g = ActorGraph(vocabulary: try .standard())
    try g.add(Actor(id: "A", name: "A", kind: .state))
    #expect(GraphIndex(g.snapshot(at: date("2020"))).nodeCount == 0)
  }
}
