import Entente
import EntenteExtraction
import EntenteReview
import EntenteTestSupport
import Foundation
import Testing

@Suite("Review: decisions, the in-place graph writer, sentences")
struct ReviewCoreTests {
  @Test("the graph file grows in place: comments, include and order stay, documents and relations are appended")
  func editorKeepsTheFile() throws {
    let relation = Relation(
      source: "FRA", target: "ARM", kind: "arms_supply", time: .event(try EntenteDate(parsing: "2023")),
      evidence: [
        Provenance(document: "alpha", sentence: 0, characters: 0..<46, sha256: String(repeating: "a", count: 64))
      ])
    let doc = Document(id: "alpha", path: "../docs/alpha.txt", date: try EntenteDate(parsing: "2024-01"))
    let out = try GraphFileEditor.appending(
      documents: [doc], relations: [relation], to: ReviewFixture.graphText, path: "topic.yaml")
    let old = ReviewFixture.graphText.split(separator: "\n", omittingEmptySubsequences: false)
    let new = out.split(separator: "\n", omittingEmptySubsequences: false)
    // Every old line is still there, in the same order.
    var i = 0
    for line in new where i < old.count && line == old[i] { i += 1 }
    #expect(i == old.count)
    #expect(new.count == old.count + 2)
    #expect(out.contains("  - {id: alpha, path: \"../docs/alpha.txt\", date: 2024-01}\n\nrelations:"))
    #expect(out.contains("background\"}\n  - {source: FRA, target: ARM, kind: arms_supply, at: 2023"))
    // A file without the sections gets them at the end; an empty flow list becomes a block.
    let bare = try GraphFileEditor.appending(
      documents: [doc], relations: [relation], to: "entente: 1\nrelations: []\n", path: "g.yaml")
    #expect(bare.hasPrefix("entente: 1\n\ndocuments:\n  - {id: alpha"))
    #expect(bare.contains("relations:\n  - {source: FRA"))
    #expect(throws: EntenteError.self) {
      try GraphFileEditor.appending(
        documents: [], relations: [relation], to: "entente: 1\nrelations: [{source: A}]\n", path: "g.yaml")
    }
  }

  @Test("entente sentences numbers sentences as evidence does, with ranges in the file")
  func sentenceListing() throws {
    let f = try ReviewFixture()
    defer { f.remove() }
    let corpus = try f.corpus()
    let doc = corpus.documents[0]
    let listing = SentenceListing.text(doc.source).split(separator: "\n")
    #expect(listing.count == doc.sentences.count)
    #expect(listing[0].hasPrefix("0\t0-46\tFrance delivered howitzers"))
    // Every candidate's evidence range is the listed range of its sentence.
    for c in corpus.candidates where c.document == 0 {
      let fields = listing[c.key.sentence].split(separator: "\t")
      #expect(fields[1] == "\(c.key.characters.lowerBound)-\(c.key.characters.upperBound)")
    }
  }

  @Test("accept, reject, edit and add: the graph gets the relations with evidence, the decisions file the keys")
  func decisionsRoundTrip() throws {
    let f = try ReviewFixture()
    defer { f.remove() }
    let s = try f.session()
    let c = s.corpus.candidates
    #expect(c.count >= 4, "candidates: \(c.map(\.key.description))")
    #expect(try s.accept(candidate: c[0].id, expecting: nil) == .saved)
    #expect(try s.reject(candidate: c[1].id, expecting: nil) == .saved)
    let edited = Decision.Change(
      source: c[2].relation.source, target: c[2].relation.target, kind: c[2].relation.kind,
      time: .event(try EntenteDate(parsing: "2019")), phase: .begins)
    #expect(try s.edit(candidate: c[2].id, change: edited, expecting: nil) == .saved)
    let missed = Decision.Change(
      source: "ZEDLAND", target: "UKR", kind: "mediation", time: .event(try EntenteDate(parsing: "2022")))
    #expect(try s.add(document: 0, sentence: 1, change: missed) == .saved)
    // A second decision on a decided candidate with a stale expectation is refused.
    #expect(try s.reject(candidate: c[0].id, expecting: nil) == .stale(current: .accepted))

    let graph = try f.text(f.graph)
    #expect(
      graph.hasPrefix("# Curated by hand; this comment must survive every write.\nentente: 1\ninclude: [actors.yaml]\n")
    )
    #expect(graph.contains("  # A treaty everyone knows about.\n"))
    #expect(graph.contains("{id: alpha, path: \"../docs/alpha.txt\", date: 2024-01}"))
    #expect(graph.contains("at: 2019, phase: begins, evidence: [{doc: alpha"))
    #expect(
      graph.contains("{source: ZEDLAND, target: UKR, kind: mediation, at: 2022, evidence: [{doc: alpha, sentence: 1"))
    let read = try GraphFileReader().read(path: f.graph)
    #expect(read.relations.count == 4)
    #expect(read.relations.allSatisfy { $0.note == "background" || $0.evidence.first?.sha256?.count == 64 })

    let decisions = try DecisionsFile.read(path: f.decisions)
    #expect(decisions.map(\.status).sorted { $0.rawValue < $1.rawValue } == [.accepted, .added, .edited, .rejected])
    #expect(decisions.allSatisfy { $0.key.documentSHA256 == s.corpus.documents[0].sha256 || $0.key.file == "beta.txt" })
    // Written sorted and deterministic: reading and writing gives the same bytes.
    #expect(DecisionsFile.text(decisions, graphName: "topic.yaml") == (try f.text(f.decisions)))
  }

  @Test("extract --decisions: rejected stay rejected, accepted are done, only new candidates are pending")
  func applyingDecisions() throws {
    let f = try ReviewFixture()
    defer { f.remove() }
    let s = try f.session()
    let c = s.corpus.candidates
    _ = try s.accept(candidate: c[0].id, expecting: nil)
    _ = try s.reject(candidate: c[1].id, expecting: nil)
    let sources = s.corpus.documents.map(\.source)
    let found = s.corpus.candidates.map(\.relation)
    let applied = AppliedDecisions(
      decisions: try DecisionsFile.read(path: f.decisions), candidates: found, documents: sources)
    #expect(applied.accepted == 1 && applied.rejected == 1)
    #expect(applied.pending.count == found.count - 2)
    #expect(!applied.pending.contains(c[1].relation))
    #expect(applied.flagged.isEmpty)
  }

  @Test("a document edited on disk: decisions are kept and flagged, never applied; new decisions are refused")
  func changedDocument() throws {
    let f = try ReviewFixture()
    defer { f.remove() }
    let s = try f.session()
    let first = s.corpus.candidates[0]
    _ = try s.reject(candidate: first.id, expecting: nil)
    // A sentence inserted at the top shifts every sentence.
    try ("Armenia and France met in 2020.\n" + ReviewFixture.alphaText).write(
      toFile: f.docs[0], atomically: true, encoding: .utf8)
    #expect(s.changedOnDisk(s.corpus.documents[0]))
    #expect(throws: EntenteError.self) { try s.accept(candidate: s.corpus.candidates[1].id, expecting: nil) }
    // A new review of the changed file: the old decision is flagged, not applied to the new sentences.
    let again = try f.session()
    let decisions = try again.store.decisions()
    #expect(again.flagged(again.corpus.documents[0], in: decisions).count == 1)
    #expect(again.corpus.candidates.allSatisfy { decisions[$0.key] == nil })
    let applied = AppliedDecisions(
      decisions: Array(decisions.values), candidates: again.corpus.candidates.map(\.relation),
      documents: again.corpus.documents.map(\.source))
    #expect(applied.rejected == 0 && applied.flagged.count == 1)
    #expect(applied.summary.contains("their document changed (alpha.txt)"))
  }

  @Test("two sessions on one graph: no decision is lost, a stale one is refused")
  func concurrentSessions() async throws {
    let f = try ReviewFixture()
    defer { f.remove() }
    let a = try f.session()
    let b = try f.session()
    let ids = a.corpus.candidates.map(\.id)
    // Both sessions decide different candidates at once.
    try await withThrowingTaskGroup(of: Void.self) { group in
      for (n, id) in ids.enumerated() {
        let s = n % 2 == 0 ? a : b
        group.addTask { _ = try s.reject(candidate: id, expecting: nil) }
      }
      try await group.waitForAll()
    }
    #expect(try DecisionsFile.read(path: f.decisions).count == ids.count)
    #expect(try a.store.decisions().count == ids.count)
    // B saw candidate 0 pending; A reopened and accepted it meanwhile: B's reject is refused.
    _ = try a.reopen(candidate: ids[0])
    _ = try a.accept(candidate: ids[0], expecting: nil)
    #expect(try b.reject(candidate: ids[0], expecting: nil) == .stale(current: .accepted))
    #expect(
      try DecisionsFile.read(path: f.decisions).first { $0.key == a.corpus.candidates[0].key }?.status == .accepted)
  }

  @Test("the decisions file: a malformed entry is reported at its line")
  func malformedDecisions() throws {
    let text = "entente-decisions: 1\ndecisions:\n  - {file: a.txt, decision: maybe}\n"
    #expect {
      try DecisionsFile.parse(text, path: "d.yaml")
    } throws: { e in
      (e as? EntenteError)?.location?.line == 3
    }
  }

  @Test("entente init writes a topic whose graph reads, and never replaces a file")
  func scaffold() throws {
    let dir = try temporaryFolder("entente-init")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let written = try TopicScaffold.write(into: dir + "/sahel")
    #expect(written.count == 4)
    let g = try GraphFileReader().read(path: dir + "/sahel/graphs/topic.yaml")
    #expect(g.relations.isEmpty)
    #expect(throws: EntenteError.self) { try TopicScaffold.write(into: dir + "/sahel") }
  }
}
