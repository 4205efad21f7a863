import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// The default gazetteer is the actor catalogue: these sentences need no graph file.
@Suite struct GazetteerTests {
  static let matcher: ActorMatcher? = (try? Gazetteer.standard()).map(ActorMatcher.init)

  func actors(_ text: String, at year: String? = "2024") throws -> [String] {
    let m = try #require(Self.matcher)
    return m.mentions(in: text, at: try year.map { try EntenteDate(parsing: $0) }).map(\.actor.rawValue)
  }

  @Test(arguments: [
    (
      "Mali, Burkina Faso and Niger quit ECOWAS for the Alliance of Sahel States.",
      ["MLI", "BFA", "NER", "ECOWAS", "AES"]
    ),
    ("M23 fighters advanced on Goma as Kinshasa accused Kigali.", ["M23", "COD", "RWA"]),
    ("Congo and Congo-Brazzaville signed a river accord.", ["COD", "COG"]),
    ("The Houthis fired at ships; Hamas and Hezbollah praised them.", ["HOUTHIS", "HAMAS", "HEZBOLLAH"]),
    ("Daesh and the Taliban clashed near the border.", ["ISIL", "TALIBAN"]),
    ("The Africa Corps replaced Wagner in Bamako.", ["WAGNER", "WAGNER", "MLI"]),
    ("The Arab League and the GCC met the Quad and AUKUS envoys.", ["ARAB_LEAGUE", "GCC", "QUAD", "AUKUS"]),
    ("Foggy Bottom and Zhongnanhai traded notes via the Élysée.", ["USA", "CHN", "FRA"]),
    ("Kosovar and Serbian officials met in Pristina.", ["XKX", "SRB", "XKX"]),
    ("Dominican and Nigerien ministers met Nigerian ones.", ["DOM", "NER", "NGA"]),
    ("The National Security Council briefed the Security Council.", ["USA", "UN"]),
    ("The Emirates and Libyan Government of National Unity officials met.", ["ARE", "GNA"]),
  ])
  func catalogueFormsNeedNoGraph(text: String, expected: [String]) throws {
    #expect(try actors(text) == expected)
  }

  @Test func commonWordsAreNotCountries() throws {
    #expect(try actors("They carved the turkey and asked for a chad.").isEmpty)
    #expect(try actors("Turkey and Chad signed a pact.") == ["TUR", "TCD"])
    #expect(try actors("Let us go.").isEmpty)
  }

  @Test func peopleSpeakForTheirStateOnlyDuringTheirTerm() throws {
    #expect(try actors("Lavrov met Blinken.", at: "2022") == ["RUS", "USA"])
    #expect(try actors("Blinken spoke.", at: "2026").isEmpty)
    #expect(try actors("Shoigu inspected troops.", at: "2025").isEmpty)
  }

  @Test func aGraphsWordsComeBeforeTheCatalogues() throws {
    var graph = ActorGraph(vocabulary: try RelationVocabulary.standard())
    try graph.add(Actor(id: "EU", name: "European Union", kind: .organization, metonyms: ["Brussels"]))
    let m = ActorMatcher(gazetteer: try Gazetteer.standard(extendedWith: graph))
    #expect(m.mentions(in: "Brussels objected.").map(\.actor) == ["EU"])
    #expect(try actors("Brussels objected.") == ["BEL"])
  }
}
