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
    // Goma is a city of the catalogue: a place of its state (cities.tsv).
    ("M23 fighters advanced on Goma as Kinshasa accused Kigali.", ["M23", "COD", "COD", "RWA"]),
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

  /// Names shared by a state and a place, a person or a common word: the catalogue's rules
  /// (Guides/Catalogue.md, "Decisions" and `places.tsv`), one sentence each.
  @Test(arguments: [
    // Congo: bare "Congo" and "Congolese" are the DRC; the Republic is named in full.
    ("Congo accused its neighbour; Congolese troops moved east.", ["COD", "COD"]),
    ("The Republic of the Congo and Congo-Brazzaville are one state.", ["COG", "COG"]),
    ("Barges on the Congo River crossed the Congo Basin.", []),
    // Georgia: the country as written; the US state's namesakes are places.
    ("Georgia and Armenia met; a Georgian envoy spoke.", ["GEO", "ARM", "GEO"]),
    ("Students at Georgia Tech and the University of Georgia left.", []),
    ("The state of Georgia certified its vote.", []),
    // Guinea: each Guinea by its full name; the gulf is a place.
    ("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea voted.", ["GIN", "GNB", "GNQ", "PNG"]),
    ("Pirates in the Gulf of Guinea seized a tanker.", []),
    // Niger and Nigeria: two words, two states; the river and delta are places.
    ("Niger and Nigeria reopened the border; Nigerien and Nigerian officials met.", ["NER", "NGA", "NER", "NGA"]),
    ("Militants in the Niger Delta cut a pipeline near the River Niger.", []),
    // Jordan and Chad: the states as written, never the lake, river or valley.
    ("Jordan hosted Chad's foreign minister.", ["JOR", "TCD"]),
    ("Jordan Bardella met Chad Wolf in Atlanta, Georgia.", []),
    ("Lake Chad shrank; the Jordan River and the Jordan Valley dried.", []),
    // Turkey: the state as written, the bird in lower case.
    ("Turkey banned turkey imports.", ["TUR"]),
    // China: the seas and the strait name no state.
    ("China and Vietnam clashed in the South China Sea and the East China Sea.", ["CHN", "VNM"]),
    ("Warships sailed through the Taiwan Strait.", []),
    // Korea: alone it is South Korea; North Korea by its name; "Korean" alone names nothing.
    ("Korea and North Korea met at the Korean border.", ["KOR", "PRK"]),
    // America: the United States, but not the continents or Latin America.
    ("America sold jets to Latin America and South America.", ["USA"]),
    // Accords named after a capital name no state; the capital alone does.
    ("Minsk hosted talks on the Minsk agreements.", ["BLR"]),
    ("Persian Gulf shipping and Indian Ocean routes grew.", []),
  ])
  func ambiguousNamesFollowTheCataloguesRules(text: String, expected: [String]) throws {
    #expect(try actors(text) == expected)
  }

  @Test func aPlaceIsReadWholeAndALongerActorFormStillWins() throws {
    // M23's alias "Congo River Alliance" is longer than the place "Congo River".
    #expect(try actors("The Congo River Alliance took Bunia.") == ["M23"])
    // A place a graph adds works like the catalogue's.
    var g = Gazetteer()
    g.add(Actor(id: "FRA", name: "France", kind: .state, metonyms: ["Paris"]))
    g.addPlace("Paris Club")
    #expect(ActorMatcher(gazetteer: g).mentions(in: "The Paris Club met in Paris.").map(\.actor) == ["FRA"])
  }

  @Test func peopleSpeakForTheirStateOnlyDuringTheirTerm() throws {
    #expect(try actors("Lavrov met Blinken.", at: "2022") == ["RUS", "USA"])
    #expect(try actors("Blinken spoke.", at: "2026").isEmpty)
    #expect(try actors("Shoigu inspected troops.", at: "2025").isEmpty)
  }

  @Test func aGraphsWordsComeBeforeTheCatalogues() throws {
    var graph = ActorGraph(vocabulary: try RelationVocabulary.standard())
    try graph.add(Actor(id: "BENELUX", name: "Benelux Union", kind: .organization, metonyms: ["Brussels"]))
    let m = ActorMatcher(gazetteer: try Gazetteer.standard(extendedWith: graph))
    #expect(m.mentions(in: "Brussels objected.").map(\.actor) == ["BENELUX"])
    // The catalogue's own reading: Brussels is the EU's seat, as news uses it.
    #expect(try actors("Brussels objected.") == ["EU"])
    #expect(try actors("Belgium objected.") == ["BEL"])
  }
}
