import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// How far a pattern reaches for its words and its actors: coordinated modifiers before a
/// pattern's noun, a preposition repeated after "and", a state's rulers named by their
/// seat, and threats to act, which are tension and not the act.
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct ReachSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// "and"/"or" between a pattern's modifiers does not use up its three-word window.
  static let coordinatedModifiers: [(String, [String])] = [
    ("Peru cut diplomatic and commercial ties with Chile.", ["PER tension CHL 2022"]),
    ("Ghana suspended trade and diplomatic relations with Togo.", ["GHA tension TGO 2022"]),
    ("Chile cut political, trade and cultural ties with Bolivia.", ["CHL tension BOL 2022"]),
    // Still a window: a fourth word that is no coordinator stops it.
    ("Peru cut its long and very warm cultural ties with Chile.", []),
  ]

  @Test(arguments: coordinatedModifiers.indices)
  func yieldsCoordinatedModifiers(_ i: Int) { check(Self.coordinatedModifiers[i]) }

  /// A prepositional role whose first phrase names nobody takes the same preposition
  /// repeated after "and"; another preposition, or none, gives nothing.
  static let repeatedPrepositions: [(String, [String])] = [
    ("The Houthis fired rockets at tankers and at Israel.", ["HOUTHIS hostility ISR 2022"]),
    ("The Houthis fired rockets at tankers off the coast and at Israel.", ["HOUTHIS hostility ISR 2022"]),
    ("Peru sold grain to traders and to Chile.", ["PER trade CHL 2022"]),
    ("The Houthis fired rockets at tankers and near Israel.", []),
    ("The Houthis fired rockets at tankers and Israel condemned it.", []),
  ]

  @Test(arguments: repeatedPrepositions.indices)
  func yieldsRepeatedPrepositions(_ i: Int) { check(Self.repeatedPrepositions[i]) }

  /// "the government in Tripoli", "the junta in Niamey": a state's rulers, named by where
  /// they sit, are the state as a prepositional object too; other people there are not.
  static let rulersBySeat: [(String, [String])] = [
    ("Turkey shipped drones to the government in Tripoli.", ["TUR arms_supply LBY 2022"]),
    ("Chile sold rifles to the military government in La Paz.", ["CHL arms_supply BOL 2022"]),
    ("Peru imposed sanctions on the regime in Caracas.", ["PER sanction VEN 2022"]),
    ("Russia pledged aid to the junta in Bamako.", ["RUS support MLI 2022"]),
    ("Russia pledged aid to the farmers in Mali.", []),
  ]

  /// Strikes or attacks "inside" a state are against it.
  static let strikesInside: [(String, [String])] = [
    ("Peru carried out airstrikes inside Bolivia.", ["PER hostility BOL 2022"]),
    ("Chile launched strikes inside Peru.", ["CHL hostility PER 2022"]),
  ]

  @Test(arguments: strikesInside.indices)
  func yieldsStrikesInside(_ i: Int) { check(Self.strikesInside[i]) }

  @Test(arguments: rulersBySeat.indices)
  func yieldsRulersBySeat(_ i: Int) { check(Self.rulersBySeat[i]) }

  /// A threat to intervene, to sanction or to attack is tension (CAMEO 17), never the act
  /// it threatens, also when the act is a noun after the threatened verb.
  static let threatsToAct: [(String, [String])] = [
    ("Nigeria threatened to intervene militarily in Benin.", ["NGA tension BEN 2022"]),
    ("Peru threatened to impose sanctions on Chile.", ["PER tension CHL 2022"]),
    ("Chile threatened tariffs on Bolivian copper.", ["CHL tension BOL 2022"]),
    ("Turkey threatened to launch a new offensive against the PKK.", ["TUR tension PKK 2022"]),
    ("Turkey launched a new offensive against the PKK.", ["TUR hostility PKK 2022"]),
    ("Nigeria refused to intervene in Benin.", []),
  ]

  @Test(arguments: threatsToAct.indices)
  func yieldsThreatsToAct(_ i: Int) { check(Self.threatsToAct[i]) }
}
