import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

/// Issue #14, items 7, 11, 14, 15 and 17 at the graph-file reader and the shared helpers.
@Suite struct HostileGraphFileTests {
  let head =
    "entente: 1\nactors:\n  - {id: ARM, name: Armenia, kind: state}\n  - {id: AZE, name: Azerbaijan, kind: state}\n"

  /// Item 14: Swift's Double("0x10") is 16; a graph file's weight is decimal only.
  @Test(arguments: ["0x10", "0x1p3", "nan", "inf", "infinity", "1e999", "1_000", "+", "."])
  func weightsThatAreNotDecimalNumbersAreRefused(weight: String) throws {
    let text = head + "relations:\n  - {source: AZE, target: ARM, kind: hostility, at: 2020, weight: \(weight)}\n"
    let e = #expect(throws: EntenteError.self) { try GraphFileReader().read(text: text, path: "w.yaml") }
    #expect(e?.code == .invalidValue)
    #expect(e?.location?.line == 6)
    #expect(e?.message.contains("decimal number") == true, "\(e?.message ?? "")")
  }

  @Test func decimalNumbersInEveryNotationAreRead() throws {
    for (text, value) in [("2", 2.0), ("2.5", 2.5), (".5", 0.5), ("5.", 5.0), ("+1e2", 100.0), ("1E-1", 0.1)] {
      #expect(NumberText.number(text) == value)
    }
    for text in ["0x10", "", "-", "e5", "1e", "1e+", " 1", "1 ", "nan", "Infinity"] {
      #expect(NumberText.number(text) == nil)
    }
  }

  /// Item 14: an error in a CRLF file kept no excerpt ("\r\n" is one Character).
  @Test func errorsInCRLFFilesKeepTheirExcerpt() throws {
    let text = (head + "relations:\n  - {source: AZE, target: ARMM, kind: hostility, at: 2020}\n")
      .replacingOccurrences(of: "\n", with: "\r\n")
    let e = #expect(throws: EntenteError.self) { try GraphFileReader().read(text: text, path: "crlf.yaml") }
    #expect(e?.location?.line == 6)
    #expect(e?.snippet?.hasPrefix("    - {source: AZE, target: ARMM, kind: hostility, at: 2020}\n    ") == true)
    #expect(e?.snippet?.hasSuffix("^") == true)
    #expect(e?.description.contains("\r") == false)
  }

  /// Item 7: an ESC byte in a value reached the terminal through the error message.
  @Test func controlCharactersInErrorsAreShownNotSent() throws {
    let text = head + "relations:\n  - {source: AZE, target: \"X\\e[2J\", kind: hostility, at: 2020}\n"
    let e = #expect(throws: EntenteError.self) { try GraphFileReader().read(text: text, path: "esc.yaml") }
    let shown = e?.description ?? ""
    #expect(!shown.unicodeScalars.contains { $0.value == 0x1B })
    #expect(shown.contains("\\u{1B}"))
    #expect(TerminalText.printable("a\u{7}b\u{9B}c\nd") == "a\\u{7}b\\u{9B}c\nd")
  }

  /// Item 17: an unknown top-level key is refused before the YAML parser builds what is under it.
  @Test func anUnknownTopLevelKeyIsRefusedBeforeParsing() throws {
    // The list is never parsed: a YAML syntax error after it would otherwise be reported first
    // (the YAML parser reads the whole file, 25M items took 130 s and 4.5 GB).
    var text = "entente: 1\nactorz:\n"
    for i in 0..<10_000 { text += "  - \(i)\n" }
    text += "relations: [unclosed\n"
    let e = #expect(throws: EntenteError.self) { try GraphFileReader().read(text: text, path: "big.yaml") }
    #expect(e?.code == .unknownField)
    #expect(e?.location?.line == 2)
    #expect(e?.message.hasPrefix("unknown field 'actorz'; did you mean 'actors'?") == true)
    let known = text.replacingOccurrences(of: "actorz:", with: "actors:")
    #expect(throws: EntenteError.self) { try GraphFileReader().read(text: known, path: "big.yaml") }
    // Keys inside brackets or quotes at column 1 are not top-level keys.
    let flow = "entente: 1\nactors: [\n{id: ARM, name: Armenia, kind: state}\n]\n"
    #expect(try GraphFileReader().read(text: flow, path: "flow.yaml").actors.count == 1)
  }

  /// Item 11: what an importer builds must be writable and readable again.
  @Test func actorsAGraphFileCouldNotHoldAreRefusedWhenAdded() throws {
    var g = ActorGraph(vocabulary: try RelationVocabulary.standard())
    let long = String(repeating: "x", count: SourceText.maximumScalar + 1)
    for bad in [
      Actor(id: "A", name: "", kind: .state), Actor(id: "B", name: "  ", kind: .state),
      Actor(id: "C", name: long, kind: .state), Actor(id: "D", name: "D", kind: .state, aliases: [long]),
      Actor(id: "E", name: "E", kind: .state, aliases: [""]),
    ] {
      #expect(throws: EntenteError.self) { try g.add(bad) }
    }
    try g.add(Actor(id: "F", name: String(repeating: "y", count: SourceText.maximumScalar), kind: .state))
    let written = GraphFileWriter().yaml(for: g)
    #expect(try GraphFileReader().read(text: written, path: "back.yaml").actors.count == 1)
  }
}
