import Foundation
import Testing

@testable import Entente

/// Broken copies of a small valid graph file: each must fail with its own message,
/// located at the file, line and column of the fault. The table was produced by
/// breaking the base file one way at a time; each message was read and judged.
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

  static let cases: [(name: String, yaml: String, expected: String)] = [
    (
      "unknownActor",
      """
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
        - {source: ARMM, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:14: error: unknown actor 'ARMM'; did you mean ARM?"
    ),
    (
      "unknownActorByName",
      """
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
        - {source: AZE, target: Russia, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:27: error: unknown actor 'Russia'; did you mean RUS?"
    ),
    (
      "unknownKind",
      """
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
        - {source: AZE, target: ARM, kind: hostilty, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:38: error: unknown relation kind 'hostilty'; did you mean hostility? known kinds: alliance, membership, arms_supply, trade, support, mediation, tension, sanction, hostility, or define it under 'kinds:'"
    ),
    (
      "malformedDate",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020/09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:53: error: '2020/09' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (for example 2020-10)"
    ),
    (
      "impossibleDate",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2021-02-29, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:53: error: day 29 does not exist in 2021-02, which has 28 days"
    ),
    (
      "untilBeforeSince",
      """
      entente: 1
      documents:
        - {id: d1, date: 2020-10-01, title: "A thread"}
      actors:
        - {id: ARM, name: Armenia, kind: state}
        - {id: AZE, name: Azerbaijan, kind: state}
        - {id: RUS, name: Russia, kind: state, aliases: ["Russian Federation"]}
        - {id: CSTO, name: CSTO, kind: organization}
      relations:
        - {source: ARM, target: CSTO, kind: membership, since: 2024, until: 2002}
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:10:71: error: 'until: 2002' is not after 'since: 2024'; an interval holds from the start of since up to the start of until, so until must come later"
    ),
    (
      "directionAgainstKind",
      """
      entente: 1
      documents:
        - {id: d1, date: 2020-10-01, title: "A thread"}
      actors:
        - {id: ARM, name: Armenia, kind: state}
        - {id: AZE, name: Azerbaijan, kind: state}
        - {id: RUS, name: Russia, kind: state, aliases: ["Russian Federation"]}
        - {id: CSTO, name: CSTO, kind: organization}
      relations:
        - {source: CSTO, target: ARM, kind: membership, since: 2002-10-07, until: 2024-02-22}
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:10:28: error: membership runs from member to organization, but target 'ARM' is a state; swap source and target (source: ARM, target: CSTO)"
    ),
    (
      "duplicateActor",
      """
      entente: 1
      documents:
        - {id: d1, date: 2020-10-01, title: "A thread"}
      actors:
        - {id: ARM, name: Armenia, kind: state}
        - {id: ARM, name: Azerbaijan, kind: state}
        - {id: RUS, name: Russia, kind: state, aliases: ["Russian Federation"]}
        - {id: CSTO, name: CSTO, kind: organization}
      relations:
        - {source: ARM, target: CSTO, kind: membership, since: 2002-10-07, until: 2024-02-22}
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:6:10: error: actor 'ARM' is defined twice; keep one definition and merge its names"
    ),
    (
      "duplicateDocument",
      """
      entente: 1
      documents:
        - {id: d1, date: 2020-10-01, title: "A thread"}
        - {id: d1, date: 2021}
      actors:
        - {id: ARM, name: Armenia, kind: state}
        - {id: AZE, name: Azerbaijan, kind: state}
        - {id: RUS, name: Russia, kind: state, aliases: ["Russian Federation"]}
        - {id: CSTO, name: CSTO, kind: organization}
      relations:
        - {source: ARM, target: CSTO, kind: membership, since: 2002-10-07, until: 2024-02-22}
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:4:5: error: document 'd1' is listed twice; give each document its own id"
    ),
    (
      "unknownDocument",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d2, sentence: 0}]}
      """,
      "broken.yaml:11:73: error: evidence cites unknown document 'd2'; did you mean d1?"
    ),
    (
      "unknownField",
      """
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
        - {source: AZE, targt: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:19: error: unknown field 'targt'; did you mean 'target'? Fields here: source, target, kind, at, since, until, phase, weight, confidence, note, evidence"
    ),
    (
      "missingField",
      """
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
        - {source: AZE, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:5: error: a relation has no 'target'; add 'target: ...'"
    ),
    (
      "missingTime",
      """
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
        - {source: AZE, target: ARM, kind: hostility, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:5: error: a relation needs a time: 'at: 2020' for an event, or 'since: 2002' (and 'until:') for a standing relation"
    ),
    (
      "bothTimes",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, since: 2020, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:69: error: a relation has either 'at' (an event) or 'since'/'until' (an interval), not both"
    ),
    (
      "untilWithAt",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, until: 2021, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:69: error: 'until' goes with 'since', not with 'at'; an event has one date"
    ),
    (
      "invalidActorKind",
      """
      entente: 1
      documents:
        - {id: d1, date: 2020-10-01, title: "A thread"}
      actors:
        - {id: ARM, name: Armenia, kind: state}
        - {id: AZE, name: Azerbaijan, kind: state}
        - {id: RUS, name: Russia, kind: state, aliases: ["Russian Federation"]}
        - {id: CSTO, name: CSTO, kind: organisation}
      relations:
        - {source: ARM, target: CSTO, kind: membership, since: 2002-10-07, until: 2024-02-22}
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:8:34: error: 'organisation' is not a valid kind; did you mean 'organization'? valid: state, organization, region, company, group"
    ),
    (
      "invalidActorID",
      """
      entente: 1
      documents:
        - {id: d1, date: 2020-10-01, title: "A thread"}
      actors:
        - {id: ARM, name: Armenia, kind: state}
        - {id: AZE, name: Azerbaijan, kind: state}
        - {id: rus, name: Russia, kind: state, aliases: ["Russian Federation"]}
        - {id: CSTO, name: CSTO, kind: organization}
      relations:
        - {source: ARM, target: CSTO, kind: membership, since: 2002-10-07, until: 2024-02-22}
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:7:10: error: actor id 'rus' is not valid; use upper-case letters, digits, '_' or '-' starting with a letter (ISO alpha-3 for states, e.g. ARM)"
    ),
    (
      "negativeWeight",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, weight: -2, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:70: error: weight -2.0 is not a positive number; write a weight above 0 (1 is the default)"
    ),
    (
      "confidenceAboveOne",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, confidence: 1.5, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:74: error: confidence 1.5 is outside 0...1; write a confidence from 0 to 1"
    ),
    (
      "yamlSyntax",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]
      """,
      "broken.yaml:11:5: error: YAML syntax: did not find expected ',' or '}' (while parsing a flow mapping that starts at 11:5)"
    ),
    (
      "missingVersion",
      """
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
      """,
      "broken.yaml:1:1: error: a graph file starts with 'entente: 1' (the format version)"
    ),
    (
      "unsupportedVersion",
      """
      entente: 2
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
      """,
      "broken.yaml:1:10: error: format version 2 is not supported; this Entente reads 'entente: 1'"
    ),
    (
      "wrongType",
      """
      entente: 1
      documents:
        - {id: d1, date: 2020-10-01, title: "A thread"}
      actors:
        - {id: ARM, name: Armenia, kind: state}
        - {id: AZE, name: Azerbaijan, kind: state}
        - {id: RUS, name: Russia, kind: state, aliases: ["Russian Federation"]}
        - {id: CSTO, name: CSTO, kind: organization}
      relations: none
      """,
      "broken.yaml:9:12: error: expected a list for 'relations', found a single value"
    ),
    (
      "duplicateKey",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, at: 2021, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:49: error: field 'at' appears twice in one mapping; keep one"
    ),
    (
      "selfRelation",
      """
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
        - {source: ARM, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:27: error: a relation of 'ARM' with itself; source and target must differ"
    ),
    (
      "negativeSentence",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: -1}]}
      """,
      "broken.yaml:11:93: error: 'sentence' must be a whole number from 0 to 2147483647, found '-1'"
    ),
    (
      "badSHA",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0, sha256: abc}]}
      """,
      "broken.yaml:11:104: error: sha256 must be 64 lower-case hex digits, found 'abc'"
    ),
    (
      "badChars",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0, chars: 40-10}]}
      """,
      "broken.yaml:11:103: error: chars '40-10' must be START-END with 0 <= START < END (character offsets)"
    ),
    (
      "unknownPhase",
      """
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
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, phase: stops, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:11:69: error: 'stops' is not a valid phase; valid: holds, begins, ends"
    ),
    (
      "spokespersonInterval",
      """
      entente: 1
      documents:
        - {id: d1, date: 2020-10-01, title: "A thread"}
      actors:
        - {id: ARM, name: Armenia, kind: state, spokespeople: [{name: X, since: 2020, until: 2019}]}
        - {id: AZE, name: Azerbaijan, kind: state}
        - {id: RUS, name: Russia, kind: state, aliases: ["Russian Federation"]}
        - {id: CSTO, name: CSTO, kind: organization}
      relations:
        - {source: ARM, target: CSTO, kind: membership, since: 2002-10-07, until: 2024-02-22}
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:5:88: error: 'until: 2019' is not after 'since: 2020' for X"
    ),
    (
      "unknownPartOf",
      """
      entente: 1
      documents:
        - {id: d1, date: 2020-10-01, title: "A thread"}
      actors:
        - {id: ARM, name: Armenia, kind: state}
        - {id: AZE, name: Azerbaijan, kind: state}
        - {id: RUS, name: Russia, kind: state, aliases: ["Russian Federation"]}
        - {id: CSTO, name: CSTO, kind: organization, part_of: [OSC]}
      relations:
        - {source: ARM, target: CSTO, kind: membership, since: 2002-10-07, until: 2024-02-22}
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:8:57: error: part_of names unknown actor 'OSC'; define it under 'actors:' (ISO alpha-3 for states, upper-case names for organizations)"
    ),
    (
      "kindRedefined",
      """
      entente: 1
      documents:
        - {id: d1, date: 2020-10-01, title: "A thread"}
      kinds:
        - {id: trade, sign: 1, direction: directed, quad: material_cooperation}
      actors:
        - {id: ARM, name: Armenia, kind: state}
        - {id: AZE, name: Azerbaijan, kind: state}
        - {id: RUS, name: Russia, kind: state, aliases: ["Russian Federation"]}
        - {id: CSTO, name: CSTO, kind: organization}
      relations:
        - {source: ARM, target: CSTO, kind: membership, since: 2002-10-07, until: 2024-02-22}
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:5:5: error: relation kind 'trade' is defined twice; give the new kind another id"
    ),
    (
      "kindBadSign",
      """
      entente: 1
      documents:
        - {id: d1, date: 2020-10-01, title: "A thread"}
      kinds:
        - {id: cyber, sign: 0, direction: undirected, quad: material_conflict}
      actors:
        - {id: ARM, name: Armenia, kind: state}
        - {id: AZE, name: Azerbaijan, kind: state}
        - {id: RUS, name: Russia, kind: state, aliases: ["Russian Federation"]}
        - {id: CSTO, name: CSTO, kind: organization}
      relations:
        - {source: ARM, target: CSTO, kind: membership, since: 2002-10-07, until: 2024-02-22}
        - {source: AZE, target: ARM, kind: hostility, at: 2020-09, evidence: [{doc: d1, sentence: 0}]}
      """,
      "broken.yaml:5:23: error: sign must be 1 (cooperation) or -1 (conflict)"
    ),
  ]

  @Test(arguments: 0..<cases.count)
  func eachBreakageHasItsOwnLocatedMessage(index: Int) {
    let c = Self.cases[index]
    do {
      _ = try GraphFileReader().read(text: c.yaml + "\n", path: "broken.yaml")
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
