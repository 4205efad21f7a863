import Testing

@testable import EntenteExtraction

@Suite struct KindMapTests {
  @Test func setsReadsAndRemovesByKind() {
    var m = KindMap<(Int32, Int32)>()
    #expect(m.isEmpty)
    #expect(m["hostility"] == nil)
    m["hostility"] = (1, 2)
    m["trade"] = (3, 4)
    m["hostility"] = (5, 6)
    #expect(!m.isEmpty)
    #expect(m["hostility"].map { [$0.0, $0.1] } == [5, 6])
    #expect(m["trade"].map { [$0.0, $0.1] } == [3, 4])
    #expect(m.all.map(\.kind) == ["hostility", "trade"])
    m["hostility"] = nil
    #expect(m["hostility"] == nil)
    #expect(m.all.map(\.kind) == ["trade"])
    m["alliance"] = nil
    #expect(m.all.count == 1)
    m["trade"] = nil
    #expect(m.isEmpty)
  }
}
