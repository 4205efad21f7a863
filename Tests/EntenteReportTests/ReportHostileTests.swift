import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteReport

/// Issue #14, items 5 and 7: a report reads no document outside the graph's folder tree
/// and the --docs folder, and its Markdown holds names and sentences as inert text.
@Suite struct ReportHostileTests {
  func graph(documentPath: String, in dir: String) throws -> (ActorGraph, String) {
    let path = dir + "/graphs/g.yaml"
    try """
    entente: 1
    documents:
      - {id: d1, path: "\(documentPath)", date: 2020}
    actors:
      - {id: ARM, name: Armenia, kind: state}
      - {id: AZE, name: Azerbaijan, kind: state}
    relations:
      - {source: AZE, target: ARM, kind: hostility, at: 2020, evidence: [{doc: d1, sentence: 0}]}
    """.write(toFile: path, atomically: true, encoding: .utf8)
    return (try GraphFileReader().read(path: path), path)
  }

  func layout() throws -> String {
    let dir = try temporaryFolder("entente-report-policy")
    for f in ["graphs/docs", "outside", "given"] {
      try FileManager.default.createDirectory(atPath: dir + "/" + f, withIntermediateDirectories: true)
    }
    try "The secret line stays home.\n".write(toFile: dir + "/outside/s.txt", atomically: true, encoding: .utf8)
    try "Azerbaijan and Armenia fought.\n".write(
      toFile: dir + "/graphs/docs/in.txt", atomically: true, encoding: .utf8)
    try "A given folder line.\n".write(toFile: dir + "/given/s.txt", atomically: true, encoding: .utf8)
    return dir
  }

  @Test(arguments: ["../outside/s.txt", "ABS", "/etc/passwd", "/proc/self/environ", "docs/link.txt"])
  func documentsOutsideTheTreeAreNotRead(path: String) throws {
    let dir = try layout()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/graphs/docs/link.txt", withDestinationPath: dir + "/outside/s.txt")
    let written = path == "ABS" ? dir + "/outside/s.txt" : path
    let (g, graphPath) = try graph(documentPath: written, in: dir)
    let reader = EvidenceReader(graph: g, folder: nil, graphPath: graphPath)
    #expect(reader.isEmpty)
    #expect(reader.refusals.count == 1)
    #expect(reader.refusals.first?.contains("'\(written)' leads outside") == true, "\(reader.refusals)")
    let p = Provenance(document: "d1", sentence: 0)
    #expect(reader.read(p) == .missing("document d1 not found"))
  }

  @Test func documentsInsideTheTreeOrTheGivenFolderAreRead() throws {
    let dir = try layout()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let (g, graphPath) = try graph(documentPath: "docs/in.txt", in: dir)
    let reader = EvidenceReader(graph: g, folder: nil, graphPath: graphPath)
    #expect(reader.read(Provenance(document: "d1", sentence: 0)) == .sentence("Azerbaijan and Armenia fought."))
    // With --docs the file is taken by name from that folder, wherever the graph says it is.
    let (g2, graphPath2) = try graph(documentPath: "../outside/s.txt", in: dir)
    let given = EvidenceReader(graph: g2, folder: dir + "/given", graphPath: graphPath2)
    #expect(given.read(Provenance(document: "d1", sentence: 0)) == .sentence("A given folder line."))
    #expect(given.refusals.isEmpty)
  }

  @Test func markdownHoldsHostileNamesAsInertText() throws {
    var g = ActorGraph(vocabulary: try RelationVocabulary.standard())
    let hostile = [
      "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
      "![p](http://example.invalid/p.png)", "<!-- hidden", "`code` *em* _u_ | pipe", "# heading", "esc\u{1B}[31m",
    ]
    for (i, name) in hostile.enumerated() {
      try g.add(Actor(id: ActorID("A\(i)"), name: name, kind: .state))
    }
    for i in 1..<hostile.count {
      try g.add(
        Relation(
          source: ActorID("A0"), target: ActorID("A\(i)"), kind: "hostility",
          time: .interval(since: try EntenteDate(parsing: "2019"), until: nil)))
    }
    let r = try Report.build(graph: g, dates: [try EntenteDate(parsing: "2020"), try EntenteDate(parsing: "2021")])
    let md = r.markdown
    // Each of these is inert when its first character is backslash-escaped.
    func bare(_ needle: String) -> Bool {
      var rest = md[...]
      while let r = rest.range(of: needle) {
        if r.lowerBound == md.startIndex || md[md.index(before: r.lowerBound)] != "\\" { return true }
        rest = md[r.upperBound...]
      }
      return false
    }
    for needle in ["<script", "<img", "](javascript", "![p]", "<!--", "`code`", "*em*"] {
      #expect(!bare(needle), "\(needle)")
    }
    #expect(!md.contains("\u{1B}"))
    #expect(md.contains("\\<script\\>alert(1)\\</script\\>"))
    #expect(md.contains("\\[x\\](javascript:alert(1))"))
    #expect(MarkdownText.inline("# heading\nnext") == "\\# heading next")
    #expect(MarkdownText.inline("U.S. (2020) - fine") == "U.S. (2020) - fine")
  }
}
