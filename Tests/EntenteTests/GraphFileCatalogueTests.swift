import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

@Suite struct GraphFileCatalogueTests {
  @Test func relationsMayCiteCatalogueActorsWithoutDeclaringThem() throws {
    let g = try GraphFileReader().read(
      text: """
        entente: 1
        relations:
          - {source: MLI, target: ECOWAS, kind: membership, since: 1975, until: 2025}
          - {source: MLI, target: AES, kind: membership, since: 2023}
          - {source: RSF, target: SDN, kind: hostility, at: 2023-04}
        """)
    #expect(g.actors.map(\.id) == ["MLI", "ECOWAS", "AES", "RSF", "SDN"])
    #expect(g.actor("MLI") == Actor(id: "MLI", name: "Mali", kind: .state))
    #expect(g.actor("AES")?.name == "Alliance of Sahel States")
    #expect(g.actor("RSF")?.kind == .group)
    #expect(g.relations.count == 3)
  }

  @Test func aDeclaredActorKeepsItsOwnFields() throws {
    let g = try GraphFileReader().read(
      text: """
        entente: 1
        actors:
          - {id: NER, name: "Republic of the Niger", kind: state, aliases: [Niger]}
        relations:
          - {source: NER, target: MLI, kind: alliance, since: 2023-09}
        """)
    #expect(g.actors.map(\.id) == ["NER", "MLI"])
    #expect(g.actor("NER") == Actor(id: "NER", name: "Republic of the Niger", kind: .state, aliases: ["Niger"]))
  }

  @Test func partOfMayCiteACatalogueActor() throws {
    let g = try GraphFileReader().read(
      text: """
        entente: 1
        actors:
          - {id: SAHEL_CELL, name: "Sahel cell", kind: group, part_of: [JNIM]}
        relations:
          - {source: SAHEL_CELL, target: BFA, kind: hostility, at: 2024}
        """)
    #expect(g.actors.map(\.id) == ["SAHEL_CELL", "JNIM", "BFA"])
  }

  @Test func idsOutsideTheCatalogueAreStillErrors() {
    let e = #expect(throws: EntenteError.self) {
      try GraphFileReader().read(
        text: "entente: 1\nrelations:\n  - {source: MLII, target: NER, kind: alliance, at: 2024}\n")
    }
    #expect(e?.code == .unknownActor)
    #expect(e?.location?.line == 3)
  }

  @Test func catalogueKindsStillDecideDirections() {
    let e = #expect(throws: EntenteError.self) {
      try GraphFileReader().read(
        text: "entente: 1\nrelations:\n  - {source: ECOWAS, target: MLI, kind: membership, since: 1975}\n")
    }
    #expect(e?.code == .directionMismatch)
  }

  @Test func aGivenCatalogueReplacesTheStandardOne() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "XAA\tstate\tAlphaland\nXBB\tstate\tBetaland\n".write(
      toFile: dir + "/states.tsv", atomically: true, encoding: .utf8)
    let reader = GraphFileReader(vocabulary: nil, catalogue: try ActorCatalogue(directory: dir))
    let g = try reader.read(text: "entente: 1\nrelations:\n  - {source: XAA, target: XBB, kind: tension, at: 2024}\n")
    #expect(g.actors.map(\.name) == ["Alphaland", "Betaland"])
    #expect(throws: EntenteError.self) {
      try reader.read(text: "entente: 1\nrelations:\n  - {source: MLI, target: XBB, kind: tension, at: 2024}\n")
    }
  }
}
