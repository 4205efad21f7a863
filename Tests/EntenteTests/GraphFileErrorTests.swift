import Foundation
import Testing

@testable import Entente

/// Broken copies of a small valid graph file.
///
/// Each must fail with its own message, located at the file, line and column of the
/// fault. Each case breaks the base file one
/// way (most by one edit of one line); each message was read and judged.
@Suite struct GraphFileErrorTests {
  static let base = """
    entente: 1
    documents:
      - {id: d1, date: 2020-10-01, title: "A thread"}
    actors:
      - {id: ARM, name: Armenia, kind: state}
      - {id: AZE, name: Azerbaijan, kind: state}
      - {id: RUS, name: Russia, kind: state, aliases: ["Russian Federation"]}
      - {id: CSTO, name: CSTO, kind: organization}
    relations:
      - {source: ARM, target: CSTO, kind: membership, since: 2002-10-07, until: 2024-02-22}
      - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
    """

  @Test func baseFileIsValid() throws {
    let g = try GraphFileReader().read(text: Self.base, path: "broken.yaml")
    #expect(g.actors.count == 4)
    #expect(g.relations.count == 2)
  }

  /// One way to break the base file; lines count from 1.
  enum Breakage: Sendable {
    /// On line `line`, the text `old` (which occurs there exactly once) becomes `new`.
    case edit(line: Int, String, String)
    /// New lines inserted before line `before`.
    case insert(before: Int, String)
    /// Lines replaced by others, or removed (`with: nil`).
    case replace(lines: ClosedRange<Int>, with: String?)

    /// The base file broken this way, or `nil` when the breakage does not fit the base.
    func apply(to base: String) -> String? {
      var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      switch self {
      case .edit(let line, let old, let new):
        guard lines.indices.contains(line - 1), lines[line - 1].components(separatedBy: old).count == 2 else {
          return nil
        }
        lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
      case .insert(let before, let text):
        guard lines.indices.contains(before - 1) else { return nil }
        lines.insert(contentsOf: text.split(separator: "\n").map(String.init), at: before - 1)
      case .replace(let range, let text):
        guard lines.indices.contains(range.lowerBound - 1), lines.indices.contains(range.upperBound - 1) else {
          return nil
        }
        lines.replaceSubrange((range.lowerBound - 1)..<range.upperBound, with: text.map { [$0] } ?? [])
      }
      return lines.joined(separator: "\n")
    }
  }

  /// A broken file and the whole first line of the error it must give.
  struct BrokenFile: Sendable, CustomTestStringConvertible {
    let name: String
    let breakage: Breakage
    let expected: String

    init(_ name: String, _ breakage: Breakage, _ expected: String) {
      self.name = name
      self.breakage = breakage
      self.expected = expected
    }

    var testDescription: String { name }
  }

  static let cases: [BrokenFile] = [
    BrokenFile(
      "unknownActor", .edit(line: 11, "source: AZE", "source: ARMM"),
      "broken.yaml:11:14: error: unknown actor 'ARMM'; did you mean ARM?"),
    BrokenFile(
      "unknownActorByName", .edit(line: 11, "target: ARM", "target: Russia"),
      "broken.yaml:11:27: error: unknown actor 'Russia'; did you mean RUS?"),
    BrokenFile(
      "unknownKind", .edit(line: 11, "kind: hostility", "kind: hostilty"),
      "broken.yaml:11:38: error: unknown relation kind 'hostilty'; did you mean hostility? known kinds: alliance, membership, arms_supply, trade, support, mediation, tension, sanction, hostility, or define it under 'kinds:'"
    ),
    BrokenFile(
      "malformedDate", .edit(line: 11, "at: 2020-09", "at: 2020/09"),
      "broken.yaml:11:53: error: '2020/09' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (for example 2020-10)"),
    BrokenFile(
      "impossibleDate", .edit(line: 11, "at: 2020-09", "at: 2021-02-29"),
      "broken.yaml:11:53: error: day 29 does not exist in 2021-02, which has 28 days"),
    BrokenFile(
      "untilBeforeSince", .edit(line: 10, "since: 2002-10-07, until: 2024-02-22", "since: 2024, until: 2002"),
      "broken.yaml:10:71: error: 'until: 2002' is not after 'since: 2024'; an interval holds from the start of since up to the start of until, so until must come later"
    ),
    BrokenFile(
      "directionAgainstKind", .edit(line: 10, "source: ARM, target: CSTO", "source: CSTO, target: ARM"),
      "broken.yaml:10:28: error: membership runs from member to organization, but target 'ARM' is a state; swap source and target (source: ARM, target: CSTO)"
    ),
    BrokenFile(
      "duplicateActor", .edit(line: 6, "id: AZE", "id: ARM"),
      "broken.yaml:6:10: error: actor 'ARM' is defined twice; keep one definition and merge its names"),
    BrokenFile(
      "duplicateDocument", .insert(before: 4, "  - {id: d1, date: 2021}"),
      "broken.yaml:4:5: error: document 'd1' is listed twice; give each document its own id"),
    BrokenFile(
      "unknownDocument", .edit(line: 11, "doc: d1", "doc: d2"),
      "broken.yaml:11:73: error: evidence cites unknown document 'd2'; did you mean d1?"),
    BrokenFile(
      "unknownField", .edit(line: 11, "target:", "targt:"),
      "broken.yaml:11:19: error: unknown field 'targt'; did you mean 'target'? Fields here: source, target, kind, at, since, until, phase, weight, confidence, note, evidence"
    ),
    BrokenFile(
      "missingField", .edit(line: 11, "target: ARM, ", ""),
      "broken.yaml:11:5: error: a relation has no 'target'; add 'target: ...'"),
    BrokenFile(
      "missingTime", .edit(line: 11, "at: 2020-09, ", ""),
      "broken.yaml:11:5: error: a relation needs a time: 'at: 2020' for an event, or 'since: 2002' (and 'until:') for a standing relation"
    ),
    BrokenFile(
      "bothTimes", .edit(line: 11, "at: 2020-09,", "at: 2020-09, since: 2020,"),
      "broken.yaml:11:69: error: a relation has either 'at' (an event) or 'since'/'until' (an interval), not both"),
    BrokenFile(
      "untilWithAt", .edit(line: 11, "at: 2020-09,", "at: 2020-09, until: 2021,"),
      "broken.yaml:11:69: error: 'until' goes with 'since', not with 'at'; an event has one date"),
    BrokenFile(
      "invalidActorKind", .edit(line: 8, "kind: organization", "kind: organisation"),
      "broken.yaml:8:34: error: 'organisation' is not a valid kind; did you mean 'organization'? valid: state, organization, region, company, group"
    ),
    BrokenFile(
      "invalidActorID", .edit(line: 7, "id: RUS", "id: rus"),
      "broken.yaml:7:10: error: actor id 'rus' is not valid; use upper-case letters, digits, '_' or '-' starting with a letter (ISO alpha-3 for states, e.g. ARM)"
    ),
    BrokenFile(
      "negativeWeight", .edit(line: 11, "at: 2020-09,", "at: 2020-09, weight: -2,"),
      "broken.yaml:11:70: error: weight -2.0 is not a positive number; write a weight above 0 (1 is the default)"),
    BrokenFile(
      "confidenceAboveOne", .edit(line: 11, "at: 2020-09,", "at: 2020-09, confidence: 1.5,"),
      "broken.yaml:11:74: error: confidence 1.5 is outside 0...1; write a confidence from 0 to 1"),
    BrokenFile(
      "yamlSyntax", .edit(line: 11, "0}]}", "0}]"),
      "broken.yaml:11:5: error: YAML syntax: did not find expected ',' or '}' (while parsing a flow mapping that starts at 11:5)"
    ),
    BrokenFile(
      "missingVersion", .replace(lines: 1...1, with: nil),
      "broken.yaml:1:1: error: a graph file starts with 'entente: 1' (the format version)"),
    BrokenFile(
      "unsupportedVersion", .edit(line: 1, "entente: 1", "entente: 2"),
      "broken.yaml:1:10: error: format version 2 is not supported; this Entente reads 'entente: 1'"),
    BrokenFile(
      "wrongType", .replace(lines: 9...11, with: "relations: none"),
      "broken.yaml:9:12: error: expected a list for 'relations', found a single value"),
    BrokenFile(
      "duplicateKey", .edit(line: 11, "at: 2020-09,", "at: 2020-09, at: 2021,"),
      "broken.yaml:11:49: error: field 'at' appears twice in one mapping; keep one"),
    BrokenFile(
      "selfRelation", .edit(line: 11, "source: AZE", "source: ARM"),
      "broken.yaml:11:27: error: a relation of 'ARM' with itself; source and target must differ"),
    BrokenFile(
      "negativeSentence", .edit(line: 11, "sentence: 0", "sentence: -1"),
      "broken.yaml:11:93: error: 'sentence' must be a whole number from 0 to 2147483647, found '-1'"),
    BrokenFile(
      "badSHA", .edit(line: 11, "sentence: 0}", "sentence: 0, sha256: abc}"),
      "broken.yaml:11:104: error: sha256 must be 64 lower-case hex digits, found 'abc'"),
    BrokenFile(
      "badChars", .edit(line: 11, "sentence: 0}", "sentence: 0, chars: 40-10}"),
      "broken.yaml:11:103: error: chars '40-10' must be START-END with 0 <= START < END (character offsets)"),
    BrokenFile(
      "unknownPhase", .edit(line: 11, "at: 2020-09,", "at: 2020-09, phase: stops,"),
      "broken.yaml:11:69: error: 'stops' is not a valid phase; valid: holds, begins, ends"),
    BrokenFile(
      "spokespersonInterval",
      .edit(line: 5, "kind: state}", "kind: state, spokespeople: [{name: X, since: 2020, until: 2019}]}"),
      "broken.yaml:5:88: error: 'until: 2019' is not after 'since: 2020' for X"),
    BrokenFile(
      "unknownPartOf", .edit(line: 8, "kind: organization}", "kind: organization, part_of: [OSC]}"),
      "broken.yaml:8:57: error: part_of names unknown actor 'OSC'; define it under 'actors:' (ISO alpha-3 for states, upper-case names for organizations)"
    ),
    BrokenFile(
      "kindRedefined",
      .insert(before: 4, "kinds:\n  - {id: trade, sign: 1, direction: directed, quad: material_cooperation}"),
      "broken.yaml:5:5: error: relation kind 'trade' is defined twice; give the new kind another id"),
    BrokenFile(
      "kindBadSign",
      .insert(before: 4, "kinds:\n  - {id: cyber, sign: 0, direction: undirected, quad: material_conflict}"),
      "broken.yaml:5:23: error: sign must be 1 (cooperation) or -1 (conflict)"),
  ]

  @Test(arguments: cases)
  func eachBreakageHasItsOwnLocatedMessage(_ c: BrokenFile) throws {
    let yaml = try #require(c.breakage.apply(to: Self.base), "\(c.name): the breakage does not fit the base file")
    do {
      _ = try GraphFileReader().read(text: yaml + "\n", path: "broken.yaml")
      Issue.record("\(c.name): read without error")
    } catch {
      let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(String(lines[0]) == c.expected, "\(c.name)")
      // Every message is located and shows the line with a caret under the column.
      #expect(error.location?.file == "broken.yaml")
      #expect(lines.count == 3 && lines[2].hasSuffix("^"), "\(c.name)")
    }
  }

  @Test func messagesAreDistinct() {
    #expect(Set(Self.cases.map(\.expected)).count == Self.cases.count)
    #expect(Self.cases.count >= 20)
  }
}
