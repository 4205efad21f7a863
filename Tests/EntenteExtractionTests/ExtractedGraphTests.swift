import Entente
import Testing

@testable import EntenteExtraction

/// The graph `entente extract` writes, built from hand-made candidates.
@Suite struct ExtractedGraphTests {
  static func doc() throws -> DocumentSource {
    DocumentSource(
      document: Document(
        id: "note", path: "notes/note.txt", date: try EntenteDate(parsing: "2021-03"), title: "A note"),
      text: "Chile sold grain to Peru.", offset: 0)
  }

  static func candidate() throws -> CandidateRelation {
    CandidateRelation(
      document: "note", file: "note.txt", source: "CHL", target: "PER", kind: "trade",
      date: try EntenteDate(parsing: "2021"),
      phase: .holds, confidence: 1, evidence: Provenance(document: "note", sentence: 0))
  }

  @Test func pathsAreRelativeToTheOutputAndTheIncludeIsListed() throws {
    let curated = try GraphFileReader().read(text: "entente: 1\nactors:\n  - {id: CHL, name: Chile, kind: state}\n")
    let extracted = try ExtractedGraph(
      documents: [try Self.doc()], relations: [try Self.candidate()], gazetteer: try Gazetteer.standard(),
      including: .init(graph: curated, path: "graphs/actors.yaml"), outputPath: "graphs/extracted/out.yaml")
    #expect(extracted.includes == ["../actors.yaml"])
    #expect(extracted.graph.documents.first?.path == "../../notes/note.txt")
    #expect(extracted.graph.documents.first?.title == nil)
    // Chile comes from the included graph; only Peru is written.
    #expect(extracted.graph.actors.map(\.id) == [ActorID("PER")])
    #expect(extracted.yaml.contains("entente: 1\ninclude: [../actors.yaml]\n"))
  }

  @Test func tsvHasOneRowPerRelation() throws {
    #expect(
      ExtractedGraph.tsv([try Self.candidate()])
        == "document\tsource\tkind\ttarget\tyear\tphase\tconfidence\tsentence\nnote.txt\tCHL\ttrade\tPER\t2021\tholds\t1.0\t0\n"
    )
  }
}
