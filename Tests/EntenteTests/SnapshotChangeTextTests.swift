import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

/// `entente snapshot` prints changes by the same rules as `diff` (`EdgeChange`).
@Suite struct SnapshotChangeTextTests {
  @Test func departuresAreEndedNewSanctionsAddedAndUnchangedWeightsSilent() throws {
    var g = ActorGraph(vocabulary: try .standard())
    try g.add(Actor(id: "MLI", name: "Mali", kind: .state))
    try g.add(Actor(id: "NER", name: "Niger", kind: .state))
    try g.add(Actor(id: "ECOWAS", name: "ECOWAS", kind: .organization))
    let d = { (s: String) throws -> EntenteDate in try EntenteDate(parsing: s) }
    try g.add(
      Relation(
        source: "MLI", target: "ECOWAS", kind: "membership", time: .interval(since: try d("1990"), until: nil)))
    try g.add(
      Relation(source: "MLI", target: "ECOWAS", kind: "membership", time: .event(try d("2025-01")), phase: .ends))
    try g.add(
      Relation(
        source: "NER", target: "ECOWAS", kind: "membership", time: .interval(since: try d("1990"), until: try d("2025"))
      ))
    try g.add(Relation(source: "ECOWAS", target: "NER", kind: "support", time: .event(try d("2023"))))
    try g.add(Relation(source: "ECOWAS", target: "NER", kind: "support", time: .event(try d("2025"))))
    try g.add(
      Relation(source: "ECOWAS", target: "NER", kind: "sanction", time: .interval(since: try d("2025-03"), until: nil)))
    let text = SnapshotFormatter.format([g.snapshot(at: try d("2023")), g.snapshot(at: try d("2025"))], as: .text)
    #expect(text.contains("Changes from 2023 to 2025: 1 added, 2 ended, 0 sign changed, 0 changed\n"))
    #expect(text.contains("  + ECOWAS -> NER sanction: begins\n"))
    #expect(text.contains("  - MLI -> ECOWAS membership: holds -> ends (2025-01)"))
    #expect(text.contains("  - NER -> ECOWAS membership: ended\n"))
    #expect(!text.contains("weight 1 -> 1,") && !text.contains("weight 1 -> 1\n"))
    #expect(!text.contains("~ "))
  }
}
