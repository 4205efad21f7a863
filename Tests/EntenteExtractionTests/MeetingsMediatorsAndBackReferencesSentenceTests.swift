import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording found in the fourteenth round: mediation said through invitations,
/// meetings and proposals, the sides of talks carried from a meeting, pairs described as
/// rivals, descriptions after a verb of saying, and acts of sanction named again; from
/// sweeps of our own sentences and the classes that recur across the tuned news sets.
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct MeetingsMediatorsAndBackReferencesSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// Mediation said without "mediate between".
  ///
  /// Two sides invited or brought together for talks, hosted for talks, meeting "at the invitation of" X, talks
  /// convened or a meeting chaired, a proposal of X the sides accept, shuttle diplomacy in a fronted phrase. A single
  /// invitee, guests of a summit on a third party's war, a meeting on trade, and pushing for a truce are no
  /// mediation.
  static let mediationFrames: [(String, [String])] = [
    (
      "Brazil invited Peru and Ecuador to peace talks in Brasilia.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022"]
    ),
    (
      "Norway invited the presidents of Colombia and Venezuela to talks in Oslo.",
      ["NOR mediation COL 2022", "NOR mediation VEN 2022"]
    ),
    (
      "Brazil brought together Peru and Ecuador for the first talks in years.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022"]
    ),
    ("Kenya hosted Ethiopia and Eritrea for talks on Friday.", ["KEN mediation ERI 2022", "KEN mediation ETH 2022"]),
    (
      "Peru and Ecuador held talks in Brasilia at the invitation of Brazil.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022"]
    ),
    (
      "The leaders of Armenia and Azerbaijan met in Prague for talks at the EU's invitation.",
      ["EU mediation ARM 2022", "EU mediation AZE 2022"]
    ),
    (
      "Turkey convened talks with Sudan and Chad on the border dispute.",
      ["TUR mediation SDN 2022", "TUR mediation TCD 2022"]
    ),
    ("Oman chaired the meeting between Iran and Saudi Arabia.", ["OMN mediation IRN 2022", "OMN mediation SAU 2022"]),
    ("Peru and Ecuador accepted a Brazilian proposal to end the fighting.", []),
    (
      "After weeks of shuttle diplomacy by Qatar, Israel and Hamas agreed on a ceasefire.",
      ["QAT mediation HAMAS 2022", "QAT mediation ISR 2022"]
    ),
    ("Brazil invited Peru to trade talks in Brasilia.", []),
    ("Switzerland invited India and China to the peace summit on Ukraine.", []),
    (
      "Peru and Ecuador met in Lima at the invitation of Brazil to discuss trade.",
      []
    ),
    ("Brazil chaired a meeting between its ministers and Chinese investors.", []),
    ("Qatar is pushing for a truce between Israel and Hamas.", []),
  ]

  @Test(arguments: mediationFrames.indices)
  func yieldsMediationFrames(_ i: Int) { check(Self.mediationFrames[i]) }

  /// A sentence that says two sides met ("A and B met", "A's president met his B counterpart") or agreed or signed a
  /// deal names the sides a later "the talks were mediated by X" or "X brokered the deal" takes; a meeting of one
  /// side with others, or talks about trade with no mediator, gives nothing.
  static let talksSidesFromMeetings: [(String, [String])] = [
    (
      "Peru and Ecuador met in Brasilia. The talks were mediated by Brazil.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022"]
    ),
    (
      "Peru's president met his Ecuadorian counterpart in Brasilia. The talks were mediated by Brazil.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022"]
    ),
    (
      "The presidents of Serbia and Kosovo met in Brussels on Monday. The meeting was brokered by the EU.",
      ["EU mediation SRB 2022", "EU mediation XKX 2022"]
    ),
    (
      "Armenia and Azerbaijan signed a deal in Washington. The United States brokered the deal.",
      ["USA mediation ARM 2022", "USA mediation AZE 2022"]
    ),
    (
      "Peru and Ecuador agreed to a truce on Monday. Brazil brokered the truce.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022", "PER hostility ECU 2022"]
    ),
    ("Putin met Xi in Beijing. The talks covered trade and energy.", []),
    (
      "Peru's president met Chinese investors in Lima. Brazil mediated a dispute between Chile and Bolivia.",
      ["BRA mediation BOL 2022", "BRA mediation CHL 2022", "CHL tension BOL 2022"]
    ),
  ]

  @Test(arguments: talksSidesFromMeetings.indices)
  func yieldsTalksSidesFromMeetings(_ i: Int) { check(Self.talksSidesFromMeetings[i]) }

  /// "The two rivals", "the two foes", "the two enemies", "the two adversaries" take a pair back like "the two
  /// countries"; two sides coordinated earlier in the same sentence come first, unless they are the speakers of a
  /// verb of saying ("A and B said the two sides had agreed").
  static let pairDescriptions: [(String, [String])] = [
    (
      "Brazil hosted Peru and Ecuador for talks. The two rivals agreed to a truce.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022", "PER hostility ECU 2022"]
    ),
    (
      "Peru and Ecuador clashed in May. The two foes later signed a truce.",
      ["PER hostility ECU 2022", "PER hostility ECU 2022"]
    ),
    (
      "Israel and Turkey held talks in Baku as the two adversaries conduct operations in Syria.",
      []
    ),
    ("Egypt and Qatar said the two sides had agreed to extend the truce.", []),
    (
      "Peru and Ecuador fought a border war. Brazil brokered a truce between the two enemies.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022", "PER hostility ECU 2022", "PER hostility ECU 2022"]
    ),
    ("Brazil hosted Peru and Chile, two old rivals, at a summit.", ["PER tension CHL 2022"]),
  ]

  @Test(arguments: pairDescriptions.indices)
  func yieldsPairDescriptions(_ i: Int) { check(Self.pairDescriptions[i]) }

  /// A description after a verb of saying is the speaker's.
  ///
  /// So "Chile's foreign minister said the country was mediating" names Chile; an office after "the" and a name ("the
  /// US president said he") holds it for that name's actor. An accused "country" is someone else's.
  static let speakerDescriptions: [(String, [String])] = [
    (
      "Chile's foreign minister said the country was mediating between Peru and Ecuador.",
      ["CHL mediation ECU 2022", "CHL mediation PER 2022"]
    ),
    (
      "Peru clashed with Ecuador in May. Chile's president said that the country is mediating between the two sides.",
      ["CHL mediation ECU 2022", "CHL mediation PER 2022", "PER hostility ECU 2022"]
    ),
    (
      "The US president said he had brokered the deal between Armenia and Azerbaijan.",
      ["USA mediation ARM 2022", "USA mediation AZE 2022"]
    ),
    (
      "The EU foreign policy chief said the bloc had imposed sanctions on Belarus.",
      ["EU sanction BLR 2022"]
    ),
    ("Peru accused the country of shelling its villages.", []),
    ("Russia said the country had attacked its border posts.", []),
  ]

  @Test(arguments: speakerDescriptions.indices)
  func yieldsSpeakerDescriptions(_ i: Int) { check(Self.speakerDescriptions[i]) }

  /// "Condemned the move", "denounced these sanctions", "criticised the measures" after a sanction take back its
  /// imposer (the noun of sanctions two sentences on, a bare "move" or "decision" one sentence on), as "the strikes"
  /// take back an attack's side; a sanction on someone else, a decision by someone else, or one said too long after
  /// gives nothing.
  static let sanctionActs: [(String, [String])] = [
    (
      "The United States imposed sanctions on Peru. Peru condemned the move.",
      ["PER tension USA 2022", "USA sanction PER 2022"]
    ),
    (
      "The United States imposed sanctions on Peru and Ecuador. Both countries condemned the decision.",
      ["ECU tension USA 2022", "PER tension USA 2022", "USA sanction ECU 2022", "USA sanction PER 2022"]
    ),
    (
      "The EU imposed sanctions on Belarus in 2021. Minsk denounced these sanctions in 2022.",
      ["BLR tension EU 2022", "EU sanction BLR 2021"]
    ),
    (
      "Canada imposed new sanctions on Iran. Tehran criticised the measures as illegal.",
      ["CAN sanction IRN 2022", "IRN tension CAN 2022"]
    ),
    (
      "Israel struck targets in Syria on Monday. Turkey condemned the strikes.",
      ["ISR hostility SYR 2022", "TUR tension ISR 2022"]
    ),
    (
      "The United States imposed sanctions on Peru. China condemned the sanctions on Chile.",
      ["USA sanction PER 2022"]
    ),
    (
      "The United States imposed sanctions on Peru. Peru welcomed the decision by Brazil to reopen its border.",
      ["USA sanction PER 2022"]
    ),
    (
      "The United States imposed sanctions on Peru. Peru held elections in June. Its parliament met in July. Peru condemned the decision.",
      ["USA sanction PER 2022"]
    ),
  ]

  @Test(arguments: sanctionActs.indices)
  func yieldsSanctionActs(_ i: Int) { check(Self.sanctionActs[i]) }

  /// A base kept in a state is support of that state.
  ///
  /// "Maintains" or "operates" a base in a state; a base that others attack, a base named only as a noun, troops
  /// deployed "in" a state (an invasion may say so) and "has a base" (also "has no base", "a fan base") give no
  /// support.
  static let troopsAndBases: [(String, [String])] = [
    ("Turkey maintains a military base in Somalia.", ["TUR support SOM 2022"]),
    ("France operates an air base in Djibouti.", ["FRA support DJI 2022"]),
    ("Russia has no base in Libya.", []),
    ("Russia deployed troops in Ukraine in 2022.", []),
    ("Iran-backed militias in Iraq launched drones at a US base in Syria.", []),
    ("Al-Shabaab attacked an African Union base in Somalia.", ["AL_SHABAAB hostility AU 2022"]),
  ]

  @Test(arguments: troopsAndBases.indices)
  func yieldsTroopsAndBases(_ i: Int) { check(Self.troopsAndBases[i]) }

  /// Alarm, worry and concern about another's conduct are tension.
  ///
  /// Being alarmed by, worried or concerned about another's deployment, launches, drilling or decision; concern for
  /// one's own citizens or for the weather is none. A "controversy" between two sides is a quarrel like a dispute.
  static let concernWording: [(String, [String])] = [
    (
      "Poland is alarmed by Russia's deployment of nuclear weapons to Belarus.",
      ["POL tension RUS 2022"]
    ),
    ("South Korea is deeply concerned about North Korea's missile launches.", ["KOR tension PRK 2022"]),
    ("The EU voiced concern about Turkey's drilling off Cyprus.", ["EU tension TUR 2022"]),
    ("Greece is worried about Turkey's decision to send a survey ship.", ["GRC tension TUR 2022"]),
    ("India is concerned about the safety of its citizens in Sudan.", []),
    ("Japan is worried about the weather.", []),
    ("The controversy between Venezuela and Guyana deepened.", ["VEN tension GUY 2022"]),
    ("The controversy over the vote deepened.", []),
  ]

  @Test(arguments: concernWording.indices)
  func yieldsConcernWording(_ i: Int) { check(Self.concernWording[i]) }

  /// The downing of an aircraft is hostility against the aircraft's state.
  ///
  /// Said with the downer as a "by" phrase or a possessive; a downing with no one named is none.
  static let aircraftDowned: [(String, [String])] = [
    ("The downing of a Malian drone by Algeria angered Bamako.", ["DZA hostility MLI 2022"]),
    ("Turkey's downing of a Russian jet in 2015 froze ties.", ["TUR hostility RUS 2015"]),
    ("The downing of the plane was an accident.", []),
    ("Turkey condemned Syria's downing of a Turkish jet.", ["SYR hostility TUR 2022"]),
  ]

  @Test(arguments: aircraftDowned.indices)
  func yieldsAircraftDowned(_ i: Int) { check(Self.aircraftDowned[i]) }

  /// An object pronoun is not its own clause's subject.
  ///
  /// "Tehran supplies them with drones" takes "them" from the sentences before, past Iran; "supplies the group with
  /// weapons" resolves "the group" though a preposition follows (only "of" and "in" make a phrase that may name its
  /// own actor). A description whose best antecedent its own sentence names before it still gives nothing ("Moscow
  /// sends the country weapons" after "Russia backs Mali": a known gap), and a junta "in its attempt" with no clear
  /// antecedent gives nothing new.
  static let objectPronounsAndDescriptions: [(String, [String])] = [
    (
      "The Houthis fight Saudi Arabia. Iran supplies them with drones.",
      ["HOUTHIS hostility SAU 2022", "IRN arms_supply HOUTHIS 2022"]
    ),
    (
      "Iran backs the Houthis. Tehran supplies them with drones.",
      ["IRN arms_supply HOUTHIS 2022", "IRN support HOUTHIS 2022"]
    ),
    (
      "The Houthis fight Saudi Arabia. Iran supplies the group with weapons.",
      ["HOUTHIS hostility SAU 2022", "IRN arms_supply HOUTHIS 2022"]
    ),
    (
      "The Houthis fight Saudi Arabia. Iran provides the militia with drones.",
      ["HOUTHIS hostility SAU 2022", "IRN arms_supply HOUTHIS 2022"]
    ),
    (
      "Russia backs the junta in Mali. Moscow sends the country weapons for its war.",
      ["RUS support MLI 2022"]
    ),
    ("Iran supplies itself with drones.", []),
    (
      "China is the main actor in Myanmar. Russia has sided with the junta in its attempt to crush the rebels.",
      []
    ),
  ]

  @Test(arguments: objectPronounsAndDescriptions.indices)
  func yieldsObjectPronounsAndDescriptions(_ i: Int) { check(Self.objectPronounsAndDescriptions[i]) }

  /// An attack in words and a conflict over a matter are tension.
  ///
  /// A person or an office holder who "attacked" a state and goes on ", saying" or "in a speech"; a state "in
  /// conflict with" another "over" a matter. A state that attacks, saying why, and a conflict "between" two sides
  /// stay hostility.
  static let wordsNotFighting: [(String, [String])] = [
    (
      "Venezuela's vice president attacked Guyana, saying its claims were illegal.",
      ["VEN tension GUY 2022"]
    ),
    ("Maduro attacked Guyana in a televised speech.", ["VEN tension GUY 2022"]),
    ("Russia attacked Ukraine, saying it was defending the Donbas.", ["RUS hostility UKR 2022"]),
    (
      "Israel attacked Hamas positions in Gaza, saying they were used for rocket fire.",
      ["ISR hostility HAMAS 2022"]
    ),
    ("Russia attacked Ukraine, killing 20 people.", ["RUS hostility UKR 2022"]),
    ("Egypt has been in conflict with Ethiopia for years over the dam.", ["EGY tension ETH 2022"]),
    (
      "The conflict between Armenia and Azerbaijan over Karabakh killed thousands.",
      ["ARM hostility AZE 2022"]
    ),
  ]

  @Test(arguments: wordsNotFighting.indices)
  func yieldsWordsNotFighting(_ i: Int) { check(Self.wordsNotFighting[i]) }

  /// Two sides that agreed, signed, met or held a meeting or summit name the sides of a later mediation.
  ///
  /// "Brazil brokered the agreement" and "following Brazilian mediation" take them (the mediation noun now falls back
  /// on the last sides, as the verbs did). A sponsorship is a mediation like auspices, and what was "made possible"
  /// by a mediation happened ("possible" alone still hedges). A mediation offered or proposed is not yet made; a
  /// ceremony hosted after a trade deal is no mediation.
  static let sidesOfAgreements: [(String, [String])] = [
    (
      "Peru and Ecuador agreed to restore ties. Brazil brokered the agreement.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022"]
    ),
    (
      "Peru and Ecuador agreed to restore ties. The two countries released a joint statement with Brazil, which brokered the agreement.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022"]
    ),
    (
      "Peru and Ecuador held a first meeting in May. They agreed to lower tensions following Brazilian mediation.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022"]
    ),
    ("Peru and Ecuador held a summit in Lima. Chile offered its mediation.", []),
    ("Peru and Chile signed a trade deal. Brazil hosted the ceremony.", ["PER trade CHL 2022"]),
    ("Chile offered its mediation between Peru and Ecuador.", []),
    (
      "Chile welcomed Brazil's mediation between Peru and Ecuador.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022"]
    ),
    (
      "Iran and Saudi Arabia signed a deal in Beijing. The deal was made possible by Chinese mediation.",
      ["CHN mediation IRN 2022", "CHN mediation SAU 2022"]
    ),
    ("Peru and Ecuador held talks under Brazil's sponsorship.", ["BRA mediation ECU 2022", "BRA mediation PER 2022"]),
    ("Qatar Airways ended its sponsorship of the club.", []),
    ("A truce is possible with Chinese mediation.", []),
  ]

  @Test(arguments: sidesOfAgreements.indices)
  func yieldsSidesOfAgreements(_ i: Int) { check(Self.sidesOfAgreements[i]) }

  /// A supplier or provider of arms in apposition supplies the possessor.
  ///
  /// "Russia, India's biggest arms supplier," and "X is India's biggest arms provider"; a plural head in apposition
  /// takes the whole coordination before its comma ("China and Russia, its two largest arms providers"), a singular
  /// one only the last conjunct. A trading partner in apposition ranks the partner as the exporter, as "Y is X's
  /// main trading partner" does.
  static let suppliersInApposition: [(String, [String])] = [
    (
      "Myanmar's military has tightened relations with China and Russia, its two largest arms providers.",
      ["CHN arms_supply MMR 2022", "RUS arms_supply MMR 2022"]
    ),
    ("Russia, India's biggest arms supplier, delivered the S-400.", ["RUS arms_supply IND 2022"]),
    ("France, Egypt's main arms supplier, signed a new deal.", ["FRA arms_supply EGY 2022"]),
    ("Russia is India's biggest arms provider.", ["RUS arms_supply IND 2022"]),
    ("Peru and Chile, two old rivals, met in Lima.", ["PER tension CHL 2022"]),
    ("Peru and Chile, a NATO partner, met in Lima.", []),
    ("China, Pakistan's main trading partner, sent aid.", ["CHN trade PAK 2022"]),
  ]

  @Test(arguments: suppliersInApposition.indices)
  func yieldsSuppliersInApposition(_ i: Int) { check(Self.suppliersInApposition[i]) }

  /// "Of which A and B are members" takes an organization named before an apposition.
  ///
  /// "The CSTO, a military alliance of which A and B are members," (a comma or a dash, a determiner, at most seven
  /// words, no other actor); a state described so ("Russia, a country of which many are wary") gives nothing.
  static let membersPastAnApposition: [(String, [String])] = [
    (
      "The CSTO, a military alliance of which Tajikistan and Kyrgyzstan are members, said it held talks.",
      ["KGZ membership CSTO 2022", "TJK membership CSTO 2022"]
    ),
    (
      "The Collective Security Treaty Organization (CSTO) - a military alliance of which Tajikistan and Kyrgyzstan are members - met.",
      ["KGZ membership CSTO 2022", "TJK membership CSTO 2022"]
    ),
    (
      "The CSTO, of which Tajikistan and Kyrgyzstan are members, held a summit.",
      ["KGZ membership CSTO 2022", "TJK membership CSTO 2022"]
    ),
    ("Russia, a country of which many are wary, met Iran.", []),
  ]

  @Test(arguments: membersPastAnApposition.indices)
  func yieldsMembersPastAnApposition(_ i: Int) { check(Self.membersPastAnApposition[i]) }

  /// Being concerned or alarmed by a pact or cooperation between two others is tension with both.
  ///
  /// As condemning it already was (@bond gains "pact"); concern about tensions or trade between two others names no
  /// tension of its own.
  static let concernAboutPacts: [(String, [String])] = [
    (
      "The United States, Japan and Australia are concerned by a security pact between China and the Solomon Islands.",
      [
        "AUS tension CHN 2022", "AUS tension SLB 2022", "CHN alliance SLB 2022", "JPN tension CHN 2022",
        "JPN tension SLB 2022", "USA tension CHN 2022", "USA tension SLB 2022",
      ]
    ),
    (
      "Japan is alarmed by the military cooperation between Russia and North Korea.",
      ["JPN tension PRK 2022", "JPN tension RUS 2022"]
    ),
    ("The pact between China and the Solomon Islands alarmed Australia.", ["CHN alliance SLB 2022"]),
    (
      "Peru condemned the pact between Chile and Bolivia.",
      ["CHL alliance BOL 2022", "PER tension BOL 2022", "PER tension CHL 2022"]
    ),
    ("Japan is worried by tensions between China and India.", ["CHN tension IND 2022"]),
    ("Japan is concerned about the trade between Brazil and Chile.", ["BRA trade CHL 2022"]),
  ]

  @Test(arguments: concernAboutPacts.indices)
  func yieldsConcernAboutPacts(_ i: Int) { check(Self.concernAboutPacts[i]) }
}
