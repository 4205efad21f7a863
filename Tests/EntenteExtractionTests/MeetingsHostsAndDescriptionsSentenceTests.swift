import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording found in the eighteenth round: member lists set off by dashes,
/// measures agreed on, the sides of led or sponsored talks, arms given "with" support,
/// the staged or economic "attacks" that are none, acts an accusation alleges, and the
/// actors who act together ("joined X to", "along with X").
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct MeetingsHostsAndDescriptionsSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// A description set off by commas after the subject ("Peru, an ally of Chile's president,", "Peru,
  /// once Bolivia's closest partner in the region,") describes it: the names inside it do not act.
  static let describedSubjects: [(String, [String])] = [
    (
      "Peru, an ally of Chile's president, condemned the Bolivian raid.",
      ["PER alliance CHL 2022", "PER tension BOL 2022"]
    ),
    ("Peru, once Bolivia's closest partner in the region, cut ties with Bolivia.", ["PER tension BOL 2022"]),
    (
      "Ecuador, a close friend of Colombia's government, also criticised the Venezuelan strike.",
      ["ECU tension VEN 2022"]
    ),
    ("Kenya, long Somalia's main backer in the region, withdrew its troops from Somalia.", ["KEN support SOM 2022"]),
    (
      "Peru, Chile and Bolivia condemned the Argentine raid.",
      ["BOL tension ARG 2022", "CHL tension ARG 2022", "PER tension ARG 2022"]
    ),
    // (A comma and "the" close the opening phrase since the twenty-second round: the EU acts
    // alone, where "Peru, the EU" had been one subject and nothing was read.)
    ("After talks with Peru, the EU imposed sanctions on Bolivia.", ["EU sanction BOL 2022"]),
  ]

  @Test(arguments: describedSubjects.indices)
  func yieldsDescribedSubjects(_ i: Int) { check(Self.describedSubjects[i]) }

  /// A third party meeting or talking with both sides to settle their quarrel mediates between them: "met the
  /// leaders of A and B to ease tensions", "held talks with A and B in a bid to halt the fighting", "met his A and B counterparts".
  static let thirdPartyMeetings: [(String, [String])] = [
    (
      "The Brazilian president met his Peruvian and Bolivian counterparts in an attempt to settle the border dispute.",
      ["BRA mediation BOL 2022", "BRA mediation PER 2022"]
    ),
    (
      "Nigeria met the leaders of Ghana and Togo to ease tensions over the frontier.",
      ["NGA mediation GHA 2022", "NGA mediation TGO 2022"]
    ),
    (
      "Kenya held talks with officials of Ethiopia and Somalia in a bid to halt the fighting.",
      ["KEN mediation ETH 2022", "KEN mediation SOM 2022"]
    ),
    (
      "Norway's foreign minister brought together the foreign ministers of Colombia and Venezuela.",
      ["NOR mediation COL 2022", "NOR mediation VEN 2022"]
    ),
    ("Brazil met Peru and Bolivia to discuss a trade corridor.", []),
    ("Brazil met Peru in Lima to settle the dispute.", []),
    ("The Argentine president met his Chilean counterpart in Santiago.", []),
  ]

  @Test(arguments: thirdPartyMeetings.indices)
  func yieldsThirdPartyMeetings(_ i: Int) { check(Self.thirdPartyMeetings[i]) }

  /// "A and B agreed to halt hostilities after a push by X for a diplomatic resolution": the push's author mediates between
  /// the sides that agreed.
  static let pushForPeace: [(String, [String])] = [
    (
      "Peru and Ecuador agreed to halt hostilities after a push by Brazil for a diplomatic resolution.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022"]
    ),
    (
      "Ghana and Togo agreed to a ceasefire after a push by Nigeria for a settlement.",
      ["GHA hostility TGO 2022", "NGA mediation GHA 2022", "NGA mediation TGO 2022"]
    ),
    ("Peru and Ecuador agreed to a trade pact after a push by Brazil for lower tariffs.", []),
  ]

  @Test(arguments: pushForPeace.indices)
  func yieldsPushForPeace(_ i: Int) { check(Self.pushForPeace[i]) }

  /// A state hosting another's forces or base is supported by that other: "Lithuania hosts a NATO battlegroup",
  /// "Djibouti hosts a Chinese naval base", "hosts troops from A and B"; talks and refugees hosted are no support.
  static let hostedForces: [(String, [String])] = [
    ("Estonia hosts a NATO multinational battlegroup.", ["NATO support EST 2022"]),
    ("Djibouti hosts a Japanese naval base.", ["JPN support DJI 2022"]),
    (
      "Poland hosts a battalion of troops from Canada, Spain and Italy.",
      ["CAN support POL 2022", "ESP support POL 2022", "ITA support POL 2022"]
    ),
    ("Qatar hosts thousands of American soldiers at a desert air base.", ["USA support QAT 2022"]),
    ("Chad hosted talks between Sudan and South Sudan.", ["TCD mediation SDN 2022", "TCD mediation SSD 2022"]),
    ("Chad hosted Sudanese refugees.", []),
  ]

  @Test(arguments: hostedForces.indices)
  func yieldsHostedForces(_ i: Int) { check(Self.hostedForces[i]) }

  /// An actor adjective on the thing a verb moves says whose the thing is, not who receives it ("sent American
  /// missiles to X"); an actor name may stand before the thing's adjectives ("a NATO multinational battlegroup").
  static let thingAdjectives: [(String, [String])] = [
    ("Britain sent American missiles to Ukraine.", ["GBR arms_supply UKR 2022"]),
    ("Chile sold Chilean rifles to Peru.", ["CHL arms_supply PER 2022"]),
    ("Colombia shipped advanced Israeli drones to Ecuador.", ["COL arms_supply ECU 2022"]),
    ("Peru sold Bolivia fighter jets.", ["PER arms_supply BOL 2022"]),
  ]

  @Test(arguments: thingAdjectives.indices)
  func yieldsThingAdjectives(_ i: Int) { check(Self.thingAdjectives[i]) }

  /// Relations that are, or have grown, tense, frosty or rocky are a tension between the two.
  static let strainedPredicates: [(String, [String])] = [
    ("Relations between Peru and Chile have become increasingly tense.", ["PER tension CHL 2022"]),
    ("Ties between Ghana and Togo are frosty.", ["GHA tension TGO 2022"]),
    ("Relations between Peru and Chile are warm.", []),
  ]

  @Test(arguments: strainedPredicates.indices)
  func yieldsStrainedPredicates(_ i: Int) { check(Self.strainedPredicates[i]) }

  /// Warnings, criticism, a rebuke or protests drawn "from" a state by the clause's subject are a tension between
  /// the two; the subject of a possessed noun ("X's purchase of Y's tanks drew") is its possessor.
  static let reactionsDrawn: [(String, [String])] = [
    ("Peru bought the missiles, sparking warnings from Chile.", ["CHL tension PER 2022"]),
    ("Bolivia deployed the jets, drawing sharp criticism from Paraguay.", ["PRY tension BOL 2022"]),
    (
      "Chile's purchase of Peruvian tanks drew a rebuke from Bolivia.",
      ["BOL tension CHL 2022", "PER arms_supply CHL 2022"]
    ),
    ("Kenya received warnings from Uganda over the dam.", ["UGA tension KEN 2022"]),
    ("The report cited warnings from Japan.", []),
  ]

  @Test(arguments: reactionsDrawn.indices)
  func yieldsReactionsDrawn(_ i: Int) { check(Self.reactionsDrawn[i]) }

  /// "X is the only country that recognises Y", "X, which is the only state that arms Y", "X is one of the few
  /// countries that back Y": a relative on a copula's complement noun takes the copula's subject.
  static let copularAntecedents: [(String, [String])] = [
    ("Turkey is the only country that recognises Northern Cyprus.", ["TUR support NORTHERN_CYPRUS 2022"]),
    (
      "Russia, which is the only state that supplies weapons to Myanmar, denied the report.",
      ["RUS arms_supply MMR 2022"]
    ),
    ("Iran is one of the few countries that back the Houthis.", ["IRN support HOUTHIS 2022"]),
    ("Chile is a country that values free trade with Peru.", []),
  ]

  @Test(arguments: copularAntecedents.indices)
  func yieldsCopularAntecedents(_ i: Int) { check(Self.copularAntecedents[i]) }

  /// A relative clause on the first side of a "between" phrase ends before the ", and" that names the other side:
  /// "tensions between Turkey, which backs X, and Greece".
  static let relativeOnBetweenSide: [(String, [String])] = [
    (
      "Tensions rose between Turkey, which backs Northern Cyprus, and Greece.",
      ["TUR support NORTHERN_CYPRUS 2022", "TUR tension GRC 2022"]
    ),
    ("Tensions rose between Peru, which arms the rebels, and Chile.", ["PER tension CHL 2022"]),
    ("Tensions rose between Peru and Chile.", ["PER tension CHL 2022"]),
  ]

  @Test(arguments: relativeOnBetweenSide.indices)
  func yieldsRelativeOnBetweenSide(_ i: Int) { check(Self.relativeOnBetweenSide[i]) }

  /// The state a ship is flagged or registered in is no sanctioned party and no exporter: "sanctions on a
  /// Liberian-flagged tanker that ships Venezuelan crude to Cuba" is the crude's trade only.
  static let flagStates: [(String, [String])] = [
    (
      "The US imposed sanctions on a Liberian-flagged tanker that ships Venezuelan crude to Cuba.",
      ["VEN trade CUB 2022"]
    ),
    ("The EU sanctioned a Panama-registered tanker.", []),
    ("The EU imposed sanctions on Panama.", ["EU sanction PAN 2022"]),
  ]

  @Test(arguments: flagStates.indices)
  func yieldsFlagStates(_ i: Int) { check(Self.flagStates[i]) }

  /// A possessor right before a name heads no phrase of its own: "between Peru's Boluarte and Chile's Boric" names
  /// both sides ("Bolivia's army", "Afghanistan's Taliban regime" stay the state's).
  static let possessorsOfNames: [(String, [String])] = [
    (
      "Brazil hosted talks between Russia's Putin and Ukraine's Zelensky.",
      ["BRA mediation RUS 2022", "BRA mediation UKR 2022"]
    ),
    (
      "Angola's president mediated between Congo's Tshisekedi and Rwanda's Kagame.",
      ["AGO mediation COD 2022", "AGO mediation RWA 2022"]
    ),
    ("Clashes between Bolivia's army and Peru's army killed ten soldiers.", ["BOL hostility PER 2022"]),
  ]

  @Test(arguments: possessorsOfNames.indices)
  func yieldsPossessorsOfNames(_ i: Int) { check(Self.possessorsOfNames[i]) }

  /// Coordinated subjects of a fighting verb whose object is a non-state group fought side by side, not each
  /// other; with no object they clashed.
  static let alliesAgainstGroups: [(String, [String])] = [
    ("Hezbollah and Syria's army fought the rebels.", []),
    ("Mali and Burkina Faso fought jihadist insurgents near the border.", []),
    ("Peru and Chile clashed at the border.", ["PER hostility CHL 2022"]),
  ]

  @Test(arguments: alliesAgainstGroups.indices)
  func yieldsAlliesAgainstGroups(_ i: Int) { check(Self.alliesAgainstGroups[i]) }

  /// A backer's hyphened participle before a group's name is the group's support, not part of its name: "the
  /// Turkish-backed SNA", "the Turkish-backed Syrian National Army (SNA)".
  static let backedNames: [(String, [String])] = [
    ("The SDF battled the Turkish-backed SNA.", ["SDF hostility SNA 2022", "TUR support SNA 2022"]),
    (
      "The SDF continues to battle the Turkish-backed Syrian National Army (SNA) in northern Syria.",
      ["SDF hostility SNA 2022", "TUR support SNA 2022"]
    ),
    ("The Syrian National Army clashed with the SDF.", ["SNA hostility SDF 2022"]),
  ]

  @Test(arguments: backedNames.indices)
  func yieldsBackedNames(_ i: Int) { check(Self.backedNames[i]) }

  /// A description that names a region ("the Central American country", "the East African nation") takes back
  /// the latest actor of its own sentence in that region, before any earlier sentence's; never an actor outside it.
  static let regionalDescriptions: [(String, [String])] = [
    (
      "Honduras voted. China and Nicaragua restored ties after the Central American country broke relations with Taiwan.",
      ["CHN tension NIC 2022", "NIC tension TWN 2022"]
    ),
    (
      "Kenya spoke. Ethiopia and China signed a deal after the East African country cut ties with Somalia.",
      ["ETH tension SOM 2022"]
    ),
    ("Russia attacked the East European country.", []),
  ]

  @Test(arguments: regionalDescriptions.indices)
  func yieldsRegionalDescriptions(_ i: Int) { check(Self.regionalDescriptions[i]) }

  /// "after", "before", "since" opening a clause with its own subject and verb end the pattern's prepositional
  /// phrases: "restored ties after X broke relations with Y" restores no ties with Y; "after talks with Y" is a phrase.
  static let timeClauses: [(String, [String])] = [
    (
      "China and Nicaragua restored ties after Nicaragua broke relations with Taiwan.",
      ["CHN tension NIC 2022", "NIC tension TWN 2022"]
    ),
    (
      "Peru signed a pact with Chile after Bolivia invaded Ecuador.",
      ["BOL hostility ECU 2022", "PER alliance CHL 2022"]
    ),
    ("Peru cut ties with Chile after talks with Bolivia failed.", ["PER tension CHL 2022"]),
  ]

  @Test(arguments: timeClauses.indices)
  func yieldsTimeClauses(_ i: Int) { check(Self.timeClauses[i]) }
}
