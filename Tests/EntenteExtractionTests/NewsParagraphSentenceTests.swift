import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording found by writing whole news paragraphs (a dateline, people, pronouns,
/// asides) rather than one-clause sentences: who acts when an aside or a companion phrase
/// stands between subject and verb, what "the kingdom" and an object "it" take back,
/// forces sent to help, support said as thanks or cover, tension said as standing off or
/// reopening, and offers that have not happened.
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct NewsParagraphSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// ", X's proxy in Y," describes the actor before it: that actor acts, and the possessor
  /// backs it; ", together with A and B," adds companions to the subject.
  static let asides: [(String, [String])] = [
    (
      "Hamas, Iran's ally in Gaza, fired rockets at Israel.",
      ["HAMAS alliance IRN 2022", "HAMAS hostility ISR 2022"]
    ),
    (
      "The Houthis, Iran's proxy in Yemen, attacked Saudi Arabia.",
      ["HOUTHIS hostility SAU 2022", "IRN support HOUTHIS 2022"]
    ),
    (
      "Peru, together with Chile and Ecuador, imposed sanctions on Bolivia.",
      ["CHL sanction BOL 2022", "ECU sanction BOL 2022", "PER sanction BOL 2022"]
    ),
    (
      "Ghana, along with the Gambia, cut ties with Togo.",
      ["GHA tension TGO 2022", "GMB tension TGO 2022"]
    ),
    // A companion phrase that opens the sentence adds its actors to the main clause's subject
    // (`SentenceRoles.alongWithSubjects`, eighteenth round).
    ("Together with Chile, Peru imposed sanctions on Bolivia.", ["CHL sanction BOL 2022", "PER sanction BOL 2022"]),
  ]

  @Test(arguments: asides.indices)
  func yieldsAsides(_ i: Int) { check(Self.asides[i]) }

  /// "the kingdom" takes back a monarchy and "the emirate" an emirate, skipping other
  /// states; an object "it" in a sentence with no subject-like actor is the actor just named.
  static let descriptions: [(String, [String])] = [
    (
      "Kuwait hosted the summit. The kingdom later cut ties with Iran. Jordan praised it.",
      []
    ),
    (
      "Jordan and Kuwait met in Amman. The kingdom later cut ties with Syria.",
      ["JOR tension SYR 2022"]
    ),
    (
      "Oman and Qatar met in Muscat. The emirate later cut ties with Egypt.",
      ["QAT tension EGY 2022"]
    ),
    (
      "Bahrain hosted Israel. The kingdom, together with Egypt, cut ties with Doha in 2017, accusing it of backing terrorism.",
      ["BHR tension QAT 2017", "EGY tension QAT 2017"]
    ),
  ]

  @Test(arguments: descriptions.indices)
  func yieldsDescriptions(_ i: Int) { check(Self.descriptions[i]) }

  /// Forces sent to a state to help it, or at its request, and forces a state welcomes or
  /// invites in, are support; so is a deployment to a state named as such with no purpose
  /// said (never into it, to its border, or to a city or region of it).
  static let forcesSent: [(String, [String])] = [
    ("Kenya sent 400 police officers to Haiti to help restore order.", ["KEN support HTI 2022"]),
    ("Russia dispatched paratroopers to Kazakhstan at the request of its president.", ["RUS support KAZ 2022"]),
    ("Somalia welcomed troops from Ethiopia.", ["ETH support SOM 2022"]),
    ("The Central African Republic invited Rwandan forces to protect the capital.", ["RWA support CAF 2022"]),
    ("Chad thanked France for its support.", ["FRA support TCD 2022"]),
    ("Russia deployed troops to Belarus in February.", ["RUS support BLR 2022"]),
  ]

  @Test(arguments: forcesSent.indices)
  func yieldsForcesSent(_ i: Int) { check(Self.forcesSent[i]) }

  /// Support said as standing behind, diplomatic cover, shielding; offering to help is
  /// not yet help.
  static let supportSaidOtherwise: [(String, [String])] = [
    ("Turkey stands firmly behind Azerbaijan.", ["TUR support AZE 2022"]),
    ("China provided diplomatic cover for Myanmar at the UN.", ["CHN support MMR 2022"]),
    ("Russia shielded Syria from censure.", ["RUS support SYR 2022"]),
    ("Brazil offered to help Bolivia.", []),
    ("Qatar is pushing for a truce between Israel and Hamas.", []),
  ]

  @Test(arguments: supportSaidOtherwise.indices)
  func yieldsSupportSaidOtherwise(_ i: Int) { check(Self.supportSaidOtherwise[i]) }

  /// Tension said as standing off, as condemning acts "by" another, as relations that
  /// plunged or cooled; reopening a border ends it; a seized ship belongs to its flag.
  static let tensionSaidOtherwise: [(String, [String])] = [
    ("Chinese and Indian troops faced off in the mountains.", ["CHN tension IND 2022"]),
    ("China condemned naval drills by Japan and the Philippines.", ["CHN tension JPN 2022", "CHN tension PHL 2022"]),
    ("Relations between Peru and Chile plunged to their lowest point.", ["PER tension CHL 2022"]),
    ("Ties between Ghana and Togo have cooled.", ["GHA tension TGO 2022"]),
    ("Peru reopened its border with Bolivia.", ["PER tension BOL 2022"]),
    ("Iran seized a Liberian-flagged tanker.", ["IRN hostility LBR 2022"]),
  ]

  @Test(arguments: tensionSaidOtherwise.indices)
  func yieldsTensionSaidOtherwise(_ i: Int) { check(Self.tensionSaidOtherwise[i]) }

  /// A noun of a possessor's members or suppliers has a subject across "as" after a verb;
  /// "spent months" before a gerund is no reduced relative; "including" before a
  /// preposition lists no members; Omani mediation between sides named before.
  static let reach: [(String, [String])] = [
    ("Bolivia was admitted as Mercosur's sixth member.", ["BOL membership MERCOSUR 2022"]),
    ("Oman spent months mediating between Iran and Egypt.", ["OMN mediation EGY 2022", "OMN mediation IRN 2022"]),
    (
      "Talks between Iran and the United States were held with Omani mediation.",
      ["OMN mediation IRN 2022", "OMN mediation USA 2022"]
    ),
    ("The EU urged Serbia to act, including on visas for Russia.", []),
  ]

  @Test(arguments: reach.indices)
  func yieldsReach(_ i: Int) { check(Self.reach[i]) }

  /// The subject of a clause opened by "after", "since", "before" is its own ("after Peru
  /// invaded Bolivia"), not the main clause's; a possessor there is no subject.
  static let subordinateSubjects: [(String, [String])] = [
    (
      "Ghana said it was enforcing the ban after Togo invaded Benin.",
      ["TGO hostility BEN 2022"]
    ),
    ("Sanctions followed after Peru's invasion of Bolivia.", ["PER hostility BOL 2022"]),
    ("Exports fell after Peru and Chile signed a defence pact.", ["PER alliance CHL 2022"]),
  ]

  @Test(arguments: subordinateSubjects.indices)
  func yieldsSubordinateSubjects(_ i: Int) { check(Self.subordinateSubjects[i]) }

  /// Acts said on the way: relations broken (not only broken off), hotlines cut, spying,
  /// shuttling between two sides, a forum quit, a response "by" an act, and a group's
  /// fighters coordinated with a state's troops.
  static let actsSaidOnTheWay: [(String, [String])] = [
    ("Paraguay broke diplomatic relations with Venezuela.", ["PRY tension VEN 2022"]),
    ("Seoul cut two military hotlines with Pyongyang.", ["KOR tension PRK 2022"]),
    ("Peru says Chile spies on its navy.", ["CHL tension PER 2022"]),
    ("Norway's envoy shuttled between Colombia and the ELN.", ["NOR mediation COL 2022", "NOR mediation ELN 2022"]),
    (
      "Nauru joined the Pacific Islands Forum in 1999. Nauru quit the forum in 2021.",
      ["NRU membership PIF 1999", "NRU membership PIF 2021"]
    ),
    ("Chile retaliated by expelling Peruvian diplomats.", ["CHL tension PER 2022"]),
    ("Peru responded by attacking Bolivia.", ["PER hostility BOL 2022"]),
    ("Hamas fighters and Israeli troops clashed near the crossing.", ["HAMAS hostility ISR 2022"]),
    // Other "by" gerunds stay nouns: their subjects lie further off.
    ("Peru was surprised by Chile attacking Bolivia.", ["CHL hostility BOL 2022"]),
  ]

  @Test(arguments: actsSaidOnTheWay.indices)
  func yieldsActsSaidOnTheWay(_ i: Int) { check(Self.actsSaidOnTheWay[i]) }

  /// Asides that name no side: a place's demonym and a speaker do not make "the two sides";
  /// a request's infinitive ("pressed both sides to stop fighting") hedges a noun after it;
  /// a pressure campaign is tension, not force; carriers handed over and soldiers trained.
  static let asidesAndPressure: [(String, [String])] = [
    (
      "Ghana and the rebels agreed to a truce after talks in the Togolese city of Lome, Accra said. "
        + "Togo's foreign ministry said the two sides would resolve disputes through dialogue.",
      []
    ),
    ("Chile and Bolivia clashed. Peru pressed both sides to stop fighting.", ["CHL hostility BOL 2022"]),
    ("Peru urged Chile to lift its sanctions on Bolivia.", []),
    ("The United States waged a maximum pressure campaign against Venezuela.", ["USA tension VEN 2022"]),
    ("Peru launched a diplomatic campaign against Chile.", []),
    ("Peru launched a military campaign against Chile.", ["PER hostility CHL 2022"]),
    ("Turkey handed over armoured personnel carriers to Somalia.", ["TUR arms_supply SOM 2022"]),
    ("Britain has trained thousands of Ukrainian soldiers.", ["GBR support UKR 2022"]),
    ("Polish troops trained with American forces.", []),
  ]

  @Test(arguments: asidesAndPressure.indices)
  func yieldsAsidesAndPressure(_ i: Int) { check(Self.asidesAndPressure[i]) }

  /// Peace efforts between two sides are mediation; an actor hyphen-joined to a
  /// participle in a verb's object modifies it and is no object ("backed the Qatar-brokered
  /// truce", "attacked the Chile-based rebels"), unless it leads ("the Saudi-led coalition").
  static let effortsAndModifiers: [(String, [String])] = [
    (
      "Ghana and Senegal are leading peace efforts between Mali and the rebels of the north.",
      ["GHA mediation MLI 2022", "SEN mediation MLI 2022"]
    ),
    ("Peru backed the Qatar-brokered truce.", []),
    ("Peru attacked the Chile-based rebels.", []),
    ("Russia armed the Iran-backed Houthis.", ["IRN support HOUTHIS 2022", "RUS arms_supply HOUTHIS 2022"]),
  ]

  @Test(arguments: effortsAndModifiers.indices)
  func yieldsEffortsAndModifiers(_ i: Int) { check(Self.effortsAndModifiers[i]) }

  /// Verbs coordinated before one object share it; money given as bankrolling; an
  /// organization bringing its members together, and a state chairing it or taking over its
  /// chairmanship, give membership ("took over" is a particle, no "over" adjunct); chairing
  /// talks between two sides is no membership but mediation.
  static let sharedObjectsAndChairs: [(String, [String])] = [
    ("Iran armed and funded the Houthis.", ["IRN arms_supply HOUTHIS 2022", "IRN support HOUTHIS 2022"]),
    ("Peru condemned and sanctioned Chile.", ["PER sanction CHL 2022", "PER tension CHL 2022"]),
    ("Qatar bankrolls Hamas.", ["QAT support HAMAS 2022"]),
    (
      "ASEAN brings together ten states: Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Vietnam.",
      [
        "BRN membership ASEAN 2022", "IDN membership ASEAN 2022", "KHM membership ASEAN 2022",
        "LAO membership ASEAN 2022", "MMR membership ASEAN 2022", "MYS membership ASEAN 2022",
        "PHL membership ASEAN 2022", "SGP membership ASEAN 2022", "THA membership ASEAN 2022",
        "VNM membership ASEAN 2022",
      ]
    ),
    ("Ghana took over the rotating chairmanship of ECOWAS.", ["GHA membership ECOWAS 2022"]),
    ("Peru chairs the Andean Community this year.", ["PER membership ANDEAN_COMMUNITY 2022"]),
    ("Peru chaired the talks between Chile and Bolivia.", ["PER mediation BOL 2022", "PER mediation CHL 2022"]),
  ]

  @Test(arguments: sharedObjectsAndChairs.indices)
  func yieldsSharedObjectsAndChairs(_ i: Int) { check(Self.sharedObjectsAndChairs[i]) }

  /// Border wars said as in wire copy: "Fighting broke out between A and B" (a first word
  /// in -ing before a verb is a noun), a disputed border between two states, "A and B
  /// accused each other" (each the other's object; not "each other's interests"), posts
  /// and checkpoints in a state, and "the two former Soviet republics" taking back both
  /// sides (an actor adjective in the pair phrase names nobody, nor is it "the former").
  static let borderWars: [(String, [String])] = [
    ("Fighting broke out between Peru and Ecuador.", ["PER hostility ECU 2022"]),
    ("Troops massed along the disputed border between Peru and Ecuador.", ["PER tension ECU 2022"]),
    ("Armenia and Azerbaijan accused each other of shelling.", ["ARM tension AZE 2022", "AZE tension ARM 2022"]),
    ("Armenia and Azerbaijan respect each other's borders.", []),
    ("Azerbaijani forces attacked checkpoints in Armenia.", ["AZE hostility ARM 2022"]),
    (
      "Armenia and Azerbaijan clashed. The two former Soviet republics are members of the CIS.",
      ["ARM hostility AZE 2022", "ARM membership CIS 2022", "AZE membership CIS 2022"]
    ),
  ]

  @Test(arguments: borderWars.indices)
  func yieldsBorderWars(_ i: Int) { check(Self.borderWars[i]) }

  /// "hit" between two actors is hostility, "hit X with tariffs" a sanction, and nothing
  /// when no actor hits; territory retaken or recaptured; a count before an actor's people
  /// ("sanctions on 92 US citizens") still reaches the actor (not "8% of US production").
  static let hitsAndCounts: [(String, [String])] = [
    ("Chile hit Peru with artillery.", ["CHL hostility PER 2022"]),
    ("Peruvian missiles hit Santiago overnight.", ["PER hostility CHL 2022"]),
    ("Peru hit Chile with tariffs.", ["PER sanction CHL 2022"]),
    ("Sanctions hit Peru hard.", []),
    ("The war hit Chile's economy.", []),
    ("Azerbaijan retook Karabakh.", ["AZE hostility KARABAKH 2022"]),
    ("Peru imposed sanctions on 12 Chilean officials.", ["PER sanction CHL 2022"]),
    ("Imports from Peru rose to 8 percent of Chilean output.", []),
  ]

  @Test(arguments: hitsAndCounts.indices)
  func yieldsHitsAndCounts(_ i: Int) { check(Self.hitsAndCounts[i]) }

  /// A wire dateline tells the document's own news: the years of the next sentence are
  /// background, not the lead year an undated first act takes.
  static let datelines: [(String, [String])] = [
    (
      "LIMA, May 3 - Peru cut ties with Chile on Tuesday. The two states fought a war in 1932.",
      ["PER hostility CHL 1932", "PER tension CHL 2022"]
    ),
    (
      "NEW DELHI (Wire) - India halted imports from Pakistan. The two countries fought a war in 1965.",
      ["PAK hostility IND 1965", "PAK trade IND 2022"]
    ),
  ]

  @Test(arguments: datelines.indices)
  func yieldsDatelines(_ i: Int) { check(Self.datelines[i]) }

  @Test func datelinesAreCapitalsThenADashABracketOrAMonth() {
    func dateline(_ s: String) -> Bool {
      let bytes = Array(s.utf8)
      return bytes.withUnsafeBufferPointer { RelationExtractor.hasDateline($0, 0..<bytes.count) }
    }
    #expect(dateline("NIAMEY, Jan 28 - Mali quit."))
    #expect(dateline("PORT-AU-PRINCE - Kenya sent police."))
    #expect(dateline("KHARTOUM (Wire) - The army struck."))
    #expect(!dateline("ECOWAS, the bloc, suspended Niger."))
    #expect(!dateline("UN, May 3"))
    #expect(!dateline("Peru, May 3 - nothing."))
  }

  /// Mediation told across sentences: a peace deal signed by two sides ends their war and
  /// names the sides that a later "mediated the agreement" or "hosted talks" takes, as two
  /// sides opening a sentence about talks do; a host of anything but talks mediates nothing.
  static let acrossSentences: [(String, [String])] = [
    ("Peru and Ecuador signed a peace agreement.", ["PER hostility ECU 2022"]),
    (
      "Peru and Ecuador signed a peace deal in Brasilia. Brazil and Chile mediated the agreement.",
      [
        "BRA mediation ECU 2022", "BRA mediation PER 2022", "CHL mediation ECU 2022", "CHL mediation PER 2022",
        "PER hostility ECU 2022",
      ]
    ),
    (
      "Fighting between Sudan and the RSF continued. Saudi Arabia hosted several rounds of talks.",
      ["SAU mediation RSF 2022", "SAU mediation SDN 2022", "SDN hostility RSF 2022"]
    ),
    ("Peru and Chile fought a war. Brazil hosted a trade fair.", ["PER hostility CHL 2022"]),
    // Two sides opening a sentence about talks are the sides a later mediator takes.
    (
      "Colombia and the ELN resumed negotiations in Caracas. The talks are hosted by Mexico and Norway.",
      ["MEX mediation COL 2022", "MEX mediation ELN 2022", "NOR mediation COL 2022", "NOR mediation ELN 2022"]
    ),
    ("Israel and Hamas resumed talks. Qatar mediated.", ["QAT mediation HAMAS 2022", "QAT mediation ISR 2022"]),
    ("Israel and Hamas resumed talks. Qatar sold gas to Egypt.", ["QAT trade EGY 2022"]),
    // ... and those a mediator noun, an intermediary or "a key role in the talks" takes.
    (
      "Peru and Chile resumed talks. Brazil is the main mediator.",
      ["BRA mediation CHL 2022", "BRA mediation PER 2022"]
    ),
    (
      "Peru and Chile resumed talks. Brazil played a key role in the negotiations.",
      ["BRA mediation CHL 2022", "BRA mediation PER 2022"]
    ),
    ("Peru played a key role in the UN.", []),
    (
      "Peru and Chile resumed talks. The negotiations take place under the auspices of Brazil.",
      ["BRA mediation CHL 2022", "BRA mediation PER 2022"]
    ),
  ]

  @Test(arguments: acrossSentences.indices)
  func yieldsAcrossSentences(_ i: Int) { check(Self.acrossSentences[i]) }
}
