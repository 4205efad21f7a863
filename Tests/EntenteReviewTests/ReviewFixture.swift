import Entente
import EntenteReview
import EntenteTestSupport
import Foundation

/// A small topic in a temporary folder: a curated graph with comments and an include, and
/// documents written for these tests (one with hostile text).
struct ReviewFixture {
  let dir: String
  var graph: String { dir + "/graphs/topic.yaml" }
  var actors: String { dir + "/graphs/actors.yaml" }
  var decisions: String { dir + "/graphs/topic.decisions.yaml" }
  var docs: [String] { [dir + "/docs/alpha.txt", dir + "/docs/beta.txt"] }
  var manifest: String { dir + "/docs/manifest.tsv" }

  static let graphText = """
    # Curated by hand; this comment must survive every write.
    entente: 1
    include: [actors.yaml]

    documents:
      - {id: older, path: ../docs/older.txt, date: 2019}

    relations:
      # A treaty everyone knows about.
      - {source: RUS, target: ARM, kind: alliance, since: 1997, note: "background"}

    """

  static let actorsText = """
    # Actors beyond the catalogue.
    entente: 1
    actors:
      - id: ZEDLAND
        name: Zedland
        kind: state
        aliases: [Zedland]
        demonyms: [Zedlandic]

    """

  /// Invented sentences: arms, an attack, hostile markup in the text.
  static let alphaText = """
    France delivered howitzers to Armenia in 2023.
    Russia attacked Ukraine in 2022 <script>alert('x')</script> and Zedland condemned Russia.
    The envoy wrote </textarea><b>bold</b> in a note, then Turkey supported Azerbaijan in 2020.
    Nothing happened on the quiet border that spring.

    """

  static let betaText = """
    Zedland sanctioned Russia in 2021.
    India bought oil from Russia in 2023.

    """

  init() throws {
    dir = try temporaryFolder("entente-review")
    try FileManager.default.createDirectory(atPath: dir + "/graphs", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: dir + "/docs", withIntermediateDirectories: true)
    try Self.graphText.write(toFile: graph, atomically: true, encoding: .utf8)
    try Self.actorsText.write(toFile: actors, atomically: true, encoding: .utf8)
    try Self.alphaText.write(toFile: docs[0], atomically: true, encoding: .utf8)
    try Self.betaText.write(toFile: docs[1], atomically: true, encoding: .utf8)
    try "alpha.txt\t2024-01\tA note on arms and attacks\nbeta.txt\t2023-06\tSanctions <i>and</i> oil\n".write(
      toFile: manifest, atomically: true, encoding: .utf8)
  }

  func remove() { try? FileManager.default.removeItem(atPath: dir) }

  func corpus() throws -> ReviewCorpus {
    try ReviewCorpus.load(graph: graph, documents: docs, manifest: manifest)
  }

  func session() throws -> ReviewSession { try ReviewSession(corpus: try corpus()) }

  func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
}
