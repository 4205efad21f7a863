import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording found in the twentieth round: the sides a fronted mediation phrase's
/// clause names, backers a relative "whose" names, aspect verbs and their negation, a "with"
/// phrase that holds a verb's thing, refusals to join, acts answered, middlemen and crises,
/// threats perceived, causes that date themselves, mediators named with no sides, a lone
/// "as", recognised governments, switched ties, reliance as a noun, confederations, "aligned
/// with", sanctions a cause prompted, conflicts that pit two sides, the war a supply is
/// for, days before an object, and unhyphenated compounds.
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct TwentiethRoundSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// After a fronted "Under X's mediation," the sides are the clause subject's actors, even when people or a
  /// plural noun name them ("the leaders of A and B", "A's president and his B counterpart").
  static let frontedMediationSides: [(String, [String])] = [
    (
      "Under the mediation of Kenya, the leaders of Sudan and South Sudan met in Nairobi.",
      ["KEN mediation SDN 2022", "KEN mediation SSD 2022"]
    ),
    (
      "Under Brazilian mediation, the presidents of Peru and Ecuador met at the border.",
      ["BRA mediation ECU 2022", "BRA mediation PER 2022"]
    ),
    (
      "Under the mediation of Kenya, Sudan's president and his South Sudanese counterpart met in Nairobi.",
      ["KEN mediation SDN 2022", "KEN mediation SSD 2022"]
    ),
    (
      "Under the mediation of Kenya, Sudan and South Sudan signed a deal.",
      ["KEN mediation SDN 2022", "KEN mediation SSD 2022"]
    ),
    ("Under the mediation of Kenya, talks opened in Nairobi.", []),
  ]

  @Test(arguments: frontedMediationSides.indices)
  func yieldsFrontedMediationSides(_ i: Int) { check(Self.frontedMediationSides[i]) }

  /// "Y's main backers include A and B", and through a relative "Y, whose main backers include A and B,": A and B
  /// support Y; "whose" owns the noun, so Y is none of its subjects.
  static let whoseBackers: [(String, [String])] = [
    ("Venezuela's main backers include Russia and China.", ["CHN support VEN 2022", "RUS support VEN 2022"]),
    (
      "Maduro, whose main backers also include Russia and China, refused to resign.",
      ["CHN support VEN 2022", "RUS support VEN 2022"]
    ),
    (
      "Assad, whose backers include Russia and Iran, rejected the plan.",
      ["IRN support SYR 2022", "RUS support SYR 2022"]
    ),
    ("Chile, whose exports include copper and lithium, signed the deal.", []),
  ]

  @Test(arguments: whoseBackers.indices)
  func yieldsWhoseBackers(_ i: Int) { check(Self.whoseBackers[i]) }

  /// "has begun mediating", "has begun supplying": the irregular participle of "begin" is an ongoing aspect verb as "began"
  /// and "started" are; the aspect verb's own negation ("has not started supplying") negates the act.
  static let begunAspect: [(String, [String])] = [
    (
      "Norway has begun mediating talks between Colombia and the ELN.",
      ["NOR mediation COL 2022", "NOR mediation ELN 2022"]
    ),
    ("Turkey has begun supplying drones to Ukraine.", ["TUR arms_supply UKR 2022"]),
    ("Turkey has not begun supplying drones to Ukraine.", []),
    ("Turkey did not start arming Azerbaijan.", []),
    ("Turkey hasn't started supplying drones to Ukraine.", []),
    ("Turkey has started supplying drones to Ukraine.", ["TUR arms_supply UKR 2022"]),
  ]

  @Test(arguments: begunAspect.indices)
  func yieldsBegunAspect(_ i: Int) { check(Self.begunAspect[i]) }

  /// "Leaders from A and B" speak for their states, as officials and envoys from them do.
  static let leadersFrom: [(String, [String])] = [
    (
      "Leaders from Sudan and Morocco normalized relations with Israel.",
      ["MAR tension ISR 2022", "SDN tension ISR 2022"]
    ),
    (
      "Officials from Canada and Norway condemned the Russian strikes on Ukraine.",
      ["CAN tension RUS 2022", "NOR tension RUS 2022", "RUS hostility UKR 2022"]
    ),
  ]

  @Test(arguments: leadersFrom.indices)
  func yieldsLeadersFrom(_ i: Int) { check(Self.leadersFrom[i]) }

  /// A verb's thing may stand in a "with" phrase after a long object ("hit X's state-owned potash exporter with
  /// sanctions").
  static let withPhraseThing: [(String, [String])] = [
    ("Canada hit Belarus's state-owned potash exporter with fresh financial sanctions.", ["CAN sanction BLR 2022"]),
    ("The EU hit Belarus with new penalties over the crackdown.", ["EU sanction BLR 2022"]),
    ("Chile hit the Bolivian border post with artillery fire.", ["CHL hostility BOL 2022"]),
  ]

  @Test(arguments: withPhraseThing.indices)
  func yieldsWithPhraseThing(_ i: Int) { check(Self.withPhraseThing[i]) }

  /// "refused to join A in imposing sanctions on Y": only those joined act; "joined A in condemning Y" has both act.
  static let refusedJoin: [(String, [String])] = [
    ("Brazil refused to join France in condemning Israel.", ["FRA tension ISR 2022"]),
    ("Brazil did not join France in condemning Israel.", ["FRA tension ISR 2022"]),
    ("Brazil joined France in condemning Israel.", ["BRA tension ISR 2022", "FRA tension ISR 2022"]),
  ]

  @Test(arguments: refusedJoin.indices)
  func yieldsRefusedJoin(_ i: Int) { check(Self.refusedJoin[i]) }

  /// An act named after "responding to", "in response to", "in retaliation for" is another's: the clause's subject
  /// did not carry it out.
  static let answeredActs: [(String, [String])] = [
    (
      "Bolivia broke off relations with Peru, responding to a raid on the Chilean consulate in Lima.",
      ["BOL tension PER 2022"]
    ),
    ("Chile expelled the envoy in response to an attack on the Peruvian consulate.", []),
    ("Chile attacked the Peruvian consulate in La Paz.", ["CHL hostility PER 2022"]),
  ]

  @Test(arguments: answeredActs.indices)
  func yieldsAnsweredActs(_ i: Int) { check(Self.answeredActs[i]) }

  /// A middleman between sides mediates; "mediating the crisis in X" makes the crisis's state its party when no
  /// sides are named (never a venue's city).
  static let middlemenAndCrises: [(String, [String])] = [
    (
      "Oman served as the main middleman in the negotiations to ease tensions between Tehran and Washington.",
      ["IRN tension USA 2022", "OMN mediation IRN 2022", "OMN mediation USA 2022"]
    ),
    ("Qatar has been mediating the crisis in Sudan.", ["QAT mediation SDN 2022"]),
    ("Turkey mediated the war in Ukraine for months.", ["TUR mediation UKR 2022"]),
    ("Qatar mediated talks in Doha.", []),
  ]

  @Test(arguments: middlemenAndCrises.indices)
  func yieldsMiddlemenAndCrises(_ i: Int) { check(Self.middlemenAndCrises[i]) }

  /// A state seen or regarded as a threat or a foe, viewed with suspicion, or one a state is wary of, is in tension
  /// with it; a partner seen as such is not.
  static let perceivedThreats: [(String, [String])] = [
    ("India sees China as its main strategic threat.", ["IND tension CHN 2022"]),
    ("Moscow regards NATO as an adversary.", ["RUS tension NATO 2022"]),
    ("Australia views China's growing presence in the Pacific with suspicion.", ["AUS tension CHN 2022"]),
    ("Vietnam has long been wary of China.", ["VNM tension CHN 2022"]),
    ("India sees Japan as a key partner.", []),
    ("Kenya views the deal as a threat to regional stability.", []),
  ]

  @Test(arguments: perceivedThreats.indices)
  func yieldsPerceivedThreats(_ i: Int) { check(Self.perceivedThreats[i]) }

  /// Bailing a state out supports it, actively or passively, as a bailout for it does.
  static let bailingOut: [(String, [String])] = [
    ("Beijing bailed out Laos with a currency swap.", ["CHN support LAO 2022"]),
    ("Laos was bailed out by China.", ["CHN support LAO 2022"]),
  ]

  @Test(arguments: bailingOut.indices)
  func yieldsBailingOut(_ i: Int) { check(Self.bailingOut[i]) }

  /// A year after "stem from" or "rooted in" dates the cause; the state it caused holds when the document says so.
  static let causesDated: [(String, [String])] = [
    ("Tensions between Niger and Benin stem from a coup in Niger in July 2020.", ["NER tension BEN 2022"]),
    ("The rivalry between Peru and Chile is rooted in a war fought in 1879.", ["PER tension CHL 2022"]),
    ("Tensions between Niger and Benin rose in 2020.", ["NER tension BEN 2020"]),
  ]

  @Test(arguments: causesDated.indices)
  func yieldsCausesDated(_ i: Int) { check(Self.causesDated[i]) }

  /// A mediator named with no sides mediates the conflict the document reads most often (hostility first, then
  /// tension or sanction), before or after; hosting alone does not.
  static let unsidedMediators: [(String, [String])] = [
    (
      "Kuwait is trying to mediate the crisis. Saudi Arabia cut ties with Qatar in March.",
      ["KWT mediation QAT 2022", "KWT mediation SAU 2022", "SAU tension QAT 2022"]
    ),
    (
      "Qatar and Egypt stepped up their mediation. Israel struck Hamas positions in Gaza. Hamas fired rockets at Israel.",
      [
        "EGY mediation HAMAS 2022", "EGY mediation ISR 2022", "HAMAS hostility ISR 2022", "ISR hostility HAMAS 2022",
        "QAT mediation HAMAS 2022", "QAT mediation ISR 2022",
      ]
    ),
    ("Qatar hosted talks on Monday. Israel struck Hamas positions in Gaza.", ["ISR hostility HAMAS 2022"]),
    ("Kuwait is trying to mediate the crisis.", []),
  ]

  @Test(arguments: unsidedMediators.indices)
  func yieldsUnsidedMediators(_ i: Int) { check(Self.unsidedMediators[i]) }

  /// A lone "as" coordinates nothing, and "as X wages war" opens a clause with its own subject; "as well as" coordinates.
  static let loneAs: [(String, [String])] = [
    ("The US is worried about Iran as Russia wages war against Ukraine.", ["RUS hostility UKR 2022"]),
    ("France as well as Germany sent tanks to Ukraine.", ["DEU arms_supply UKR 2022", "FRA arms_supply UKR 2022"]),
  ]

  @Test(arguments: loneAs.indices)
  func yieldsLoneAs(_ i: Int) { check(Self.loneAs[i]) }

  /// A name that backs or recognises an object ("the UN-recognised government in Tripoli") is not the object.
  static let recognisedObject: [(String, [String])] = [
    ("Rebel forces seized Derna from the UN-recognised government in Tripoli.", []),
    ("The US sold jets to the Saudi-led coalition.", ["USA arms_supply SAU 2022"]),
  ]

  @Test(arguments: recognisedObject.indices)
  func yieldsRecognisedObject(_ i: Int) { check(Self.recognisedObject[i]) }

  /// Switching ties from one capital to another ends ties with the first; a tariff war between two states is
  /// friction as a trade war is.
  static let switchedTies: [(String, [String])] = [
    ("Kiribati switched diplomatic ties from Taiwan to Beijing in 2019.", ["KIR tension TWN 2019"]),
    ("Nauru switched ties from Taipei to Beijing.", ["NRU tension TWN 2022"]),
    ("The summit took place amid a tariff war between the United States and China.", ["USA tension CHN 2022"]),
  ]

  @Test(arguments: switchedTies.indices)
  func yieldsSwitchedTies(_ i: Int) { check(Self.switchedTies[i]) }

  /// Reliance or dependence on another's forces, aid or money, said as a noun, is support from that other; mercenaries
  /// sent are forces sent.
  static let relianceNouns: [(String, [String])] = [
    ("Tensions grew over Bamako's growing reliance on Russian security support.", ["RUS support MLI 2022"]),
    ("The report noted Laos's reliance on Chinese loans.", ["CHN support LAO 2022"]),
    ("Russia sent mercenaries to Libya.", ["RUS support LBY 2022"]),
    ("The reliance on Russian support worries Paris.", []),
  ]

  @Test(arguments: relianceNouns.indices)
  func yieldsRelianceNouns(_ i: Int) { check(Self.relianceNouns[i]) }

  /// Forming a confederation is forming a pact: the coordinated founders are allies pair by pair.
  static let confederations: [(String, [String])] = [
    (
      "Niger, Burkina Faso and Mali have formed their own confederation.",
      ["BFA alliance MLI 2022", "NER alliance BFA 2022", "NER alliance MLI 2022"]
    ),
    ("Switzerland is a confederation.", []),
  ]

  @Test(arguments: confederations.indices)
  func yieldsConfederations(_ i: Int) { check(Self.confederations[i]) }

  /// A state or group aligned with another, as a description or a predicate, is its ally; the aside holds at the
  /// document's date, not at the year of the clause around it; aligning rules with a body is none.
  static let alignedWith: [(String, [String])] = [
    (
      "The Houthis, aligned with Iran, seized Sanaa in 2014.",
      ["HOUTHIS alliance IRN 2022", "HOUTHIS hostility YEM 2014"]
    ),
    ("The Houthis are closely aligned with Iran.", ["HOUTHIS alliance IRN 2022"]),
    ("Georgia aligned its rules with the EU.", []),
  ]

  @Test(arguments: alignedWith.indices)
  func yieldsAlignedWith(_ i: Int) { check(Self.alignedWith[i]) }

  /// Sanctions that a cause "prompted", "led" or "spurred" a sanctioner to impose fall on the one state the cause names.
  static let promptedSanctions: [(String, [String])] = [
    ("A coup in Niger in 2020 prompted ECOWAS to impose strict sanctions.", ["ECOWAS sanction NER 2020"]),
    (
      "Mali's president was ousted in a coup in March, prompting ECOWAS to impose tough sanctions.",
      ["ECOWAS sanction MLI 2022"]
    ),
    (
      "The attack on Peru prompted Chile and Bolivia to impose sanctions.",
      ["BOL sanction PER 2022", "CHL sanction PER 2022"]
    ),
    ("After talks with Peru, the EU imposed sanctions.", []),
  ]

  @Test(arguments: promptedSanctions.indices)
  func yieldsPromptedSanctions(_ i: Int) { check(Self.promptedSanctions[i]) }

  /// A war or conflict that pits A against B is fighting between them; a dispute or a row that does is a tension.
  static let pittingConflicts: [(String, [String])] = [
    (
      "The talks aim to end the conflict pitting the Houthis against Yemeni government forces.",
      ["HOUTHIS hostility YEM 2022"]
    ),
    ("The war pitting Ethiopia against Eritrea ended in 2000.", ["ETH hostility ERI 2000"]),
    ("The dispute pits Guyana against Venezuela.", ["GUY tension VEN 2022"]),
  ]

  @Test(arguments: pittingConflicts.indices)
  func yieldsPittingConflicts(_ i: Int) { check(Self.pittingConflicts[i]) }

  /// A war a supply is "for" is waged by the recipient named right after the supply verb.
  static let warOfTheRecipient: [(String, [String])] = [
    (
      "North Korea is supplying the Russian army with shells for the war against Ukraine.",
      ["PRK arms_supply RUS 2022", "RUS hostility UKR 2022"]
    ),
    ("The US sent weapons for the war against Russia.", []),
  ]

  @Test(arguments: warOfTheRecipient.indices)
  func yieldsWarOfTheRecipient(_ i: Int) { check(Self.warOfTheRecipient[i]) }

  /// A day between a verb and its object ("condemned on Thursday the launches"), and a collective's "of" ("the
  /// latest round of North Korean launches"), leave the object's actor in reach.
  static let dayBeforeObject: [(String, [String])] = [
    (
      "Canada, Japan and Norway condemned on Thursday the latest round of North Korean missile launches.",
      ["CAN tension PRK 2022", "JPN tension PRK 2022", "NOR tension PRK 2022"]
    ),
    ("Chile condemned yesterday the Peruvian strikes.", ["CHL tension PER 2022"]),
    ("The US sanctioned a fresh wave of Chinese firms.", ["USA sanction CHN 2022"]),
  ]

  @Test(arguments: dayBeforeObject.indices)
  func yieldsDayBeforeObject(_ i: Int) { check(Self.dayBeforeObject[i]) }

  /// A participle between a name inside a prepositional phrase and a common noun (an unhyphenated "from the
  /// UN recognised government") is the name's compound, not a verb.
  static let unhyphenatedCompounds: [(String, [String])] = [
    ("Rebels seized Derna from the U.N. recognised government in Tripoli.", []),
    ("The EU imposed sanctions on Iran.", ["EU sanction IRN 2022"]),
  ]

  @Test(arguments: unhyphenatedCompounds.indices)
  func yieldsUnhyphenatedCompounds(_ i: Int) { check(Self.unhyphenatedCompounds[i]) }

  /// Supplies "for" a state are supplies to it ("cut gas supplies for A, B and C"); supplies for a war name no recipient.
  static let suppliesFor: [(String, [String])] = [
    (
      "Russia has cut gas supplies for Finland, Poland and Bulgaria.",
      ["RUS trade BGR 2022", "RUS trade FIN 2022", "RUS trade POL 2022"]
    ),
    ("Qatar secured LNG supplies for Germany.", ["QAT trade DEU 2022"]),
    ("Russia sent supplies for the war.", []),
  ]

  @Test(arguments: suppliesFor.indices)
  func yieldsSuppliesFor(_ i: Int) { check(Self.suppliesFor[i]) }

  /// "Y, X's main oil supplier," and "Y, X's largest trading partner," rank Y as X's exporter, as "Y is X's main oil
  /// supplier" does.
  static let supplierApposed: [(String, [String])] = [
    ("Venezuela, Cuba's main oil supplier, cut shipments.", ["VEN trade CUB 2022"]),
    ("Russia, India's top oil supplier, raised prices.", ["RUS trade IND 2022"]),
    ("China, Brazil's largest trading partner, bought more soy.", ["CHN trade BRA 2022"]),
  ]

  @Test(arguments: supplierApposed.indices)
  func yieldsSupplierApposed(_ i: Int) { check(Self.supplierApposed[i]) }
}
