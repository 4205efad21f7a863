import Entente
import Testing

@testable import EntenteAnalysis

/// The kind selections and measure lists analyze and diff take.
@Suite struct SelectionTests {
  @Test func kindSelectionsTestKindsBySignOrName() throws {
    let vocabulary = try RelationVocabulary.standard()
    let cooperative = try KindSelection(parsing: "cooperative").predicate(in: vocabulary)
    let conflict = try KindSelection(parsing: "conflict").predicate(in: vocabulary)
    let listed = try KindSelection(parsing: "trade,sanction").predicate(in: vocabulary)
    #expect(cooperative("alliance") && !cooperative("hostility"))
    #expect(conflict("sanction") && !conflict("trade"))
    #expect(listed("trade") && listed("sanction") && !listed("support"))
    #expect(
      KindSelection(parsing: "all").isAll && KindSelection(parsing: "trade,sanction").description == "trade,sanction")
  }

  @Test func anUnknownKindIsAnErrorOnlyAgainstAVocabulary() throws {
    let vocabulary = try RelationVocabulary.standard()
    #expect(throws: EntenteError.self) { try KindSelection(parsing: "trade,war").predicate(in: vocabulary) }
    let free = try KindSelection(parsing: "war").predicate(in: nil)
    #expect(free("war") && !free("trade"))
  }

  @Test func measureListsParseInOrderAndNameTheUnknown() throws {
    #expect(try MeasureList(parsing: "pagerank,in_degree").measures == [.pagerank, .inDegree])
    #expect(MeasureList.analysisDefault.description == "pagerank,betweenness,degree,closeness,pn")
    #expect(MeasureList.shiftDefault.description == "pagerank,betweenness,degree")
    do {
      _ = try MeasureList(parsing: "degree,fame")
      Issue.record("fame was accepted")
    } catch {
      #expect(error.message.hasPrefix("unknown measure 'fame'; measures: degree, in_degree"))
    }
  }
}
