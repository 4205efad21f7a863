import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

/// The relations section read without the YAML parser gives exactly what the YAML
/// parser gives (values and locations), and declines whatever it does not read exactly.
@Suite struct RelationSectionTests {
  static let synthetic = """
    entente: 1
    documents:
      - {id: d1, date: 2020-06, title: "a made-up note"}
    actors:
      - {id: AAA, name: "Alpha", kind: state}
      - {id: BBB, name: "Béta Land", kind: state}

    relations:
      # comment lines and blank lines may sit between items

      - {source: AAA, target: BBB, kind: hostility, at: 2016-04, note: "über den Fluss, with commas", evidence: [{doc: d1, sentence: 3}, {doc: d1, sentence: 13, chars: 4-20}]}
      - {source: BBB, target: AAA, kind: trade, since: 2001, until: 2009, weight: 2.5, confidence: 0.8}
      - {source: 'AAA', target: "BBB",   kind: support , since: 2010-03-01, phase: begins, note: plain words (here)}
      - {source: AAA, target: BBB, kind: sanction, at: 2021, evidence: [{doc: d1, sentence: 0, sha256: \(String(repeating: "ab", count: 32))}]}
      - {source: BBB, target: AAA, kind: mediation, at: 2022, evidence: []}

    """

  static func bothWays(_ text: String, path: String = "t.yaml") throws -> (fast: ParsedGraphFile, slow: ParsedGraphFile)
  {
    let source = try SourceText(data: Data(text.utf8), path: path)
    return (try GraphFileParser.parse(source, fast: true), try GraphFileParser.parse(source, fast: false))
  }

  static func expectSame(_ a: ParsedGraphFile, _ b: ParsedGraphFile) {
    #expect(a.relations.map(\.value) == b.relations.map(\.value))
    #expect(a.relations.map(\.location) == b.relations.map(\.location))
    #expect(a.relations.map(a.fieldLocations(of:)) == b.relations.map(b.fieldLocations(of:)))
    #expect(a.actors.map(\.value) == b.actors.map(\.value))
    #expect(a.documents.map(\.value) == b.documents.map(\.value))
    #expect(a.source.text == b.source.text)
  }

  @Test func syntheticSectionReadsAsTheYAMLParserReadsIt() throws {
    #expect(RelationSection.read(Self.synthetic, path: "t.yaml")?.relations.count == 5)
    let (fast, slow) = try Self.bothWays(Self.synthetic)
    #expect(slow.relations.count == 5)
    Self.expectSame(fast, slow)
  }

  @Test func repositoryGraphsReadTheSameBothWays() throws {
    for name in ["seeds", "background", "actors"] {
      let path = Repo.root + "/graphs/\(name).yaml"
      let source = try SourceText(path: path)
      Self.expectSame(try GraphFileParser.parse(source, fast: true), try GraphFileParser.parse(source, fast: false))
    }
    let seeds = try String(contentsOfFile: Repo.root + "/graphs/seeds.yaml", encoding: .utf8)
    #expect(RelationSection.read(seeds, path: "seeds.yaml") != nil)
  }

  @Test(arguments: [
    "  - {source: AAA, target: BBB, kind: trade, at: 2020, note: \"a \\\"quoted\\\" word\"}",
    "  - {source: AAA, target: BBB, kind: trade, at: 2020, note: 'it''s'}",
    "  - {source: AAA, target: BBB, kind: trade, at: 2020, note: time 12:30}",
    "  - {source: AAA, target: BBB,\n      kind: trade, at: 2020}",
    "  - source: AAA\n    target: BBB\n    kind: trade\n    at: 2020",
    "  - {source: AAA, target: BBB, kind: trade, at: 2020} # trailing comment",
    "  - {source: &a AAA, target: BBB, kind: trade, at: 2020}",
    "  - {source: AAA, target: BBB, kind: trade, at: 2020, at: 2021}",
  ])
  func unusualItemsAreLeftToTheYAMLParserAndReadTheSame(_ item: String) throws {
    let text = "entente: 1\nrelations:\n" + item + "\n"
    #expect(RelationSection.read(text, path: "t.yaml") == nil)
    let source = try SourceText(data: Data(text.utf8), path: "t.yaml")
    let fast = Result { () throws(EntenteError) in try GraphFileParser.parse(source, fast: true) }
    let slow = Result { () throws(EntenteError) in try GraphFileParser.parse(source, fast: false) }
    switch (fast, slow) {
    case (.success(let a), .success(let b)): Self.expectSame(a, b)
    case (.failure(let a), .failure(let b)): #expect(a.description == b.description)
    default: Issue.record("the fast and the YAML path disagree on \(item)")
    }
  }

  @Test func scannedRelationsKeepNoFieldLocationsButErrorsStillPointAtTheField() throws {
    let (fast, _) = try Self.bothWays(Self.synthetic)
    #expect(fast.relationsScanned && fast.relations.allSatisfy { $0.fields.isEmpty })
    let text = Self.synthetic.replacingOccurrences(of: "{doc: d1, sentence: 13", with: "{doc: d2, sentence: 13")
    let error = #expect(throws: EntenteError.self) { try GraphFileReader().read(text: text, path: "t.yaml") }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let row = try #require(lines.firstIndex { $0.contains("{doc: d2") })
    let at = try #require(lines[row].range(of: "{doc: d2"))
    // The second evidence entry, its column in Unicode scalars as libyaml counts them.
    #expect(error?.location?.line == row + 1)
    #expect(error?.location?.column == lines[row][..<at.lowerBound].unicodeScalars.count + 1)
    #expect(error?.message.contains("unknown document 'd2'") == true)
  }

  @Test func aBadValueGivesTheYAMLPathsMessage() throws {
    let text = "entente: 1\nrelations:\n  - {source: AAA, target: BBB, kind: trade, at: 2020-13}\n"
    #expect(RelationSection.read(text, path: "bad.yaml") == nil)
    let error = #expect(throws: EntenteError.self) { try GraphFileReader().read(text: text, path: "bad.yaml") }
    #expect(error?.description.contains("bad.yaml:3:") == true)
  }

  @Test func aSectionFollowedByAnotherKeyIsLeftToYAML() {
    let text = "entente: 1\nrelations:\n  - {source: AAA, target: BBB, kind: trade, at: 2020}\nactors: []\n"
    #expect(RelationSection.read(text, path: "t.yaml") == nil)
  }
}
