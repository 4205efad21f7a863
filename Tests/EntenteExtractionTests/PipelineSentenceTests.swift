import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Sentences written for these tests (none from the seeds or the development corpus),
/// grouped by the phenomenon each stage of the pipeline handles, each with the exact
/// relations it must yield ("SOURCE kind TARGET YEAR", sorted; the document is dated
/// 2022-05).
///
/// Empty lists are sentences that must yield nothing.
@Suite struct PipelineSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// Every inflection of a pattern lemma, both directions of supply verbs (sell to, buy from, export to, import from).
  static let inflections: [(String, [String])] = [
    ("Belgium sells howitzers to Chad.", ["BEL arms_supply TCD 2022"]),
    ("Spain is selling frigates to Morocco.", ["ESP arms_supply MAR 2022"]),
    ("Italy had sold helicopters to Qatar in 2019.", ["ITA arms_supply QAT 2019"]),
    ("Brazil exports beef to China.", ["BRA trade CHN 2022"]),
    ("Japan imports liquefied gas from Australia.", ["AUS trade JPN 2022"]),
    ("Hungary buys most of its gas from Russia.", ["RUS trade HUN 2022"]),
    ("Egypt purchased fighter jets from France in 2015.", ["FRA arms_supply EGY 2015"]),
    ("Vietnam acquired submarines from Russia.", ["RUS arms_supply VNM 2022"]),
    ("Nigeria receives rifles from Pakistan.", ["PAK arms_supply NGA 2022"]),
    ("Norway ships crude oil to Poland.", ["NOR trade POL 2022"]),
    ("Kenya bought drones from Turkey last year.", ["TUR arms_supply KEN 2021"]),
    ("Serbia is buying air-defence systems from China.", ["CHN arms_supply SRB 2022"]),
  ]

  @Test(arguments: inflections.indices)
  func inflectionsYield(_ i: Int) { check(Self.inflections[i]) }

  /// Passives: the by-agent acts, the subject is acted on; a reduced relative ("X, supported by Y,") too.
  static let passives: [(String, [String])] = [
    ("Ukraine was invaded by Russia in 2022.", ["RUS hostility UKR 2022"]),
    ("Armenia is backed by France.", ["FRA support ARM 2022"]),
    ("Qatar was blockaded by Saudi Arabia in 2017.", ["SAU hostility QAT 2017"]),
    ("Cuba has been sanctioned by the United States since 1962.", ["USA sanction CUB 1962"]),
    ("Georgia was attacked by Russia in 2008.", ["RUS hostility GEO 2008"]),
    ("The talks were mediated by Norway.", []),
    ("Taiwan is armed by the United States.", ["USA arms_supply TWN 2022"]),
    ("Mali, supported by Russia, expelled French troops.", ["MLI tension FRA 2022", "RUS support MLI 2022"]),
  ]

  @Test(arguments: passives.indices)
  func passivesYield(_ i: Int) { check(Self.passives[i]) }

  /// Nominalizations: a possessive or actor adjective acts, prepositions name the other side.
  static let nominalizations: [(String, [String])] = [
    ("Iran's support for Syria grew.", ["IRN support SYR 2022"]),
    ("The American sanctions on Cuba remain.", ["USA sanction CUB 2022"]),
    ("The Chinese blockade of Taiwan was rehearsed.", ["CHN hostility TWN 2022"]),
    ("Ethiopia's conflict with Eritrea lasted years.", ["ETH hostility ERI 2022"]),
    ("The Russian annexation of Crimea came in 2014.", ["RUS hostility UA-43 2014"]),
    ("Turkey's purchase of missiles from Russia angered NATO.", ["RUS arms_supply TUR 2022", "TUR tension NATO 2022"]),
    ("India's imports of oil from Iraq rose.", ["IRQ trade IND 2022"]),
    ("Germany's arms sales to Egypt drew criticism.", ["DEU arms_supply EGY 2022"]),
    ("Israel's attacks on Lebanon continued.", ["ISR hostility LBN 2022"]),
    ("Pakistan's accession to the SCO came in 2017.", ["PAK membership SCO 2017"]),
  ]

  @Test(arguments: nominalizations.indices)
  func nominalizationsYield(_ i: Int) { check(Self.nominalizations[i]) }

  /// Hyphen compounds: "X-backed Y", "X-brokered truce between A and B"; a compound modifier is not the actor of the clause, and things made somewhere are not that actor.
  static let compounds: [(String, [String])] = [
    ("Iran-backed militias attacked Iraq.", []),
    ("The Turkish-backed Azerbaijani army advanced.", ["TUR support AZE 2022"]),
    (
      "A Qatar-brokered truce between Israel and Palestine held.",
      ["ISR hostility PSE 2022", "QAT mediation ISR 2022", "QAT mediation PSE 2022"]
    ),
    (
      "An Egypt-mediated deal between Israel and Palestine was signed.",
      ["EGY mediation ISR 2022", "EGY mediation PSE 2022"]
    ),
    ("Russian-made tanks entered Georgia.", []),
  ]

  @Test(arguments: compounds.indices)
  func compoundsYield(_ i: Int) { check(Self.compounds[i]) }

  /// Coordinated subjects and objects each get their own relation.
  static let coordination: [(String, [String])] = [
    (
      "Mali, Niger and Burkina Faso left the AU in 2024.",
      ["BFA membership AU 2024", "MLI membership AU 2024", "NER membership AU 2024"]
    ),
    ("Russia and Belarus attacked Ukraine.", ["BLR hostility UKR 2022", "RUS hostility UKR 2022"]),
    (
      "France sold jets to Egypt, Qatar and India.",
      ["FRA arms_supply EGY 2022", "FRA arms_supply IND 2022", "FRA arms_supply QAT 2022"]
    ),
    ("Sweden and Finland joined NATO.", ["FIN membership NATO 2022", "SWE membership NATO 2022"]),
    (
      "Canada, Australia and Japan sanctioned Russia.",
      ["AUS sanction RUS 2022", "CAN sanction RUS 2022", "JPN sanction RUS 2022"]
    ),
  ]

  @Test(arguments: coordination.indices)
  func coordinationYield(_ i: Int) { check(Self.coordination[i]) }

  /// Relative clauses: the antecedent is the subject (or the object of an object relative), and actors inside a relative clause are not subjects outside it.
  static let relativeClauses: [(String, [String])] = [
    ("Armenia, which France backs, criticized Russia.", ["ARM tension RUS 2022", "FRA support ARM 2022"]),
    ("Serbia, which is backed by Russia, condemned Albania.", ["RUS support SRB 2022", "SRB tension ALB 2022"]),
    ("Lithuania, which China sanctioned, backed Taiwan.", ["CHN sanction LTU 2022", "LTU support TWN 2022"]),
    (
      "Qatar, which hosts a large base, mediated between Israel and Palestine.",
      ["QAT mediation ISR 2022", "QAT mediation PSE 2022"]
    ),
  ]

  @Test(arguments: relativeClauses.indices)
  func relativeClausesYield(_ i: Int) { check(Self.relativeClauses[i]) }

  /// Pronouns, descriptions and pair anaphors resolve to the most salient compatible actor before; with no compatible antecedent, nothing.
  static let coreference: [(String, [String])] = [
    ("Russia massed troops on the border. It then invaded Ukraine.", ["RUS hostility UKR 2022"]),
    ("Finland applied in 2022. The country joined NATO in 2023.", ["FIN membership NATO 2023"]),
    ("NATO met in Vilnius. The alliance condemned Russia.", ["NATO tension RUS 2022"]),
    (
      "Armenia and Azerbaijan fought in 2020. Russia mediated between both sides.",
      ["ARM hostility AZE 2020", "RUS mediation ARM 2020", "RUS mediation AZE 2020"]
    ),
    ("Putin spoke in Moscow. He later threatened Ukraine.", ["RUS tension UKR 2022"]),
    ("Saudi Arabia expelled diplomats. The kingdom also sanctioned Canada.", ["SAU sanction CAN 2022"]),
    ("The bloc imposed sanctions on Belarus.", []),
    ("Germany criticized China. The latter sanctioned Lithuania.", ["CHN sanction LTU 2022", "DEU tension CHN 2022"]),
    ("It attacked Ukraine.", []),
    ("Turkey clashed with Russia over the violation of its airspace.", ["TUR hostility RUS 2022"]),
    ("Armenia looked west. Its leaders criticized Russia.", ["ARM tension RUS 2022"]),
    (
      "Venezuela and Guyana quarrelled. The two countries agreed to talks mediated by Brazil.",
      ["BRA mediation GUY 2022", "BRA mediation VEN 2022", "VEN tension GUY 2022"]
    ),
  ]

  @Test(arguments: coreference.indices)
  func coreferenceYield(_ i: Int) { check(Self.coreference[i]) }

  /// Modality and negation: predictions, plans, conditions, refusals, denials and questions yield nothing; "will continue", "continues to" are ongoing; "May" the month is no modal; a threat is not cancelled by its own condition (its infinitive is).
  static let modes: [(String, [String])] = [
    ("Russia will continue to arm Belarus.", ["RUS arms_supply BLR 2022"]),
    ("Iran continues to supply drones to Russia.", ["IRN arms_supply RUS 2022"]),
    ("China might sell missiles to Iran.", []),
    ("In May 2021, Israel attacked Lebanon.", ["ISR hostility LBN 2021"]),
    ("Turkey threatened to attack Syria if Kurdish fighters advanced.", ["TUR tension SYR 2022"]),
    ("Russia refused to sell weapons to Georgia.", []),
    ("Iran denied supplying drones to Russia.", []),
    ("Serbia did not recognize Albania.", []),
    ("India never joined the CSTO.", []),
    ("Japan plans to buy missiles from the United States.", []),
    ("Poland was not obliged to buy tanks from Korea.", []),
    ("If Moscow attacks Kazakhstan, China would protest.", []),
    ("Hungary may veto sanctions on Russia.", []),
    ("Egypt is expected to mediate between Israel and Palestine.", []),
    ("Would Turkey sell drones to Ukraine?", []),
  ]

  @Test(arguments: modes.indices)
  func modesYield(_ i: Int) { check(Self.modes[i]) }

  /// What ends a relation still yields it (with phase ends): lifting, suspending, leaving, withdrawing, a ceasefire.
  static let ends: [(String, [String])] = [
    ("The EU lifted sanctions on Belarus in 2016.", ["EU sanction BLR 2016"]),
    ("Washington suspended sanctions on Venezuela.", ["USA sanction VEN 2022"]),
    ("Armenia withdrew from the CSTO.", ["ARM membership CSTO 2022"]),
    ("Qatar left OPEC in 2019.", ["QAT membership OPEC 2019"]),
    ("A ceasefire between Armenia and Azerbaijan took effect in 2020.", ["ARM hostility AZE 2020"]),
    ("Georgia quit the CIS in 2009.", ["GEO membership CIS 2009"]),
  ]

  @Test(arguments: ends.indices)
  func endsYield(_ i: Int) { check(Self.ends[i]) }

  /// Time: the year nearest in the clause, the first year of a range, "last year", a month alone in the document year, compared years ignored.
  static let time: [(String, [String])] = [
    ("Last year Turkey attacked Syria.", ["TUR hostility SYR 2021"]),
    ("Russia occupied Crimea from 2014 to 2022.", ["RUS hostility UA-43 2014", "RUS hostility UA-43 2022"]),
    ("In March, Iran attacked Israel.", ["IRN hostility ISR 2022"]),
    ("Unlike in 2019, India criticized China.", ["IND tension CHN 2022"]),
    ("Japan sanctioned Russia in 2014, and again in 2022.", ["JPN sanction RUS 2014"]),
  ]

  @Test(arguments: time.indices)
  func timeYield(_ i: Int) { check(Self.time[i]) }

  /// Verbal conflict and reduced relations: recalled ambassadors, cut ties, summons, accusations, protests, expulsions, disputes.
  static let verbalConflict: [(String, [String])] = [
    ("Morocco recalled its ambassador from Algeria.", ["MAR tension DZA 2022"]),
    ("Algeria cut diplomatic ties with Morocco in 2021.", ["DZA tension MAR 2021"]),
    ("China summoned the Japanese ambassador.", ["CHN tension JPN 2022"]),
    ("Poland accused Belarus of staging the crisis.", ["POL tension BLR 2022"]),
    ("Greece protested to Turkey over the flights.", ["GRC tension TUR 2022"]),
    ("Canada expelled Russian diplomats.", ["CAN tension RUS 2022"]),
    ("Venezuela disputes the region with Guyana.", ["VEN tension GUY 2022"]),
  ]

  @Test(arguments: verbalConflict.indices)
  func verbalConflictYield(_ i: Int) { check(Self.verbalConflict[i]) }

  /// Support given as a thing, recognition, hosted and brokered talks, "under the mediation of".
  static let supportAndMediation: [(String, [String])] = [
    ("China provided economic support to Pakistan.", ["CHN support PAK 2022"]),
    ("Saudi Arabia sent aid to Yemen.", ["SAU support YEM 2022"]),
    ("The United States recognized South Sudan in 2011.", ["USA support SSD 2011"]),
    ("Kuwait hosted talks between Qatar and Bahrain.", ["KWT mediation BHR 2022", "KWT mediation QAT 2022"]),
    (
      "Under the mediation of China, Iran and Saudi Arabia restored ties.",
      ["CHN mediation IRN 2022", "CHN mediation SAU 2022"]
    ),
    (
      "Oman brokered a prisoner swap between Iran and the United States.",
      ["OMN mediation IRN 2022", "OMN mediation USA 2022"]
    ),
  ]

  @Test(arguments: supportAndMediation.indices)
  func supportAndMediationYield(_ i: Int) { check(Self.supportAndMediation[i]) }

  /// Alliances: treaty allies, pacts signed, partnerships formed, alliances between.
  static let alliance: [(String, [String])] = [
    ("Japan is a treaty ally of the United States.", ["JPN alliance USA 2022"]),
    ("Mali and Niger signed a defence pact in 2023.", ["MLI alliance NER 2023"]),
    ("Russia and China formed a strategic partnership.", ["RUS alliance CHN 2022"]),
    ("The alliance between Egypt and Jordan endured.", ["EGY alliance JOR 2022"]),
  ]

  @Test(arguments: alliance.indices)
  func allianceYield(_ i: Int) { check(Self.alliance[i]) }

  /// Material conflict: strikes, launches at, exchanges of fire, clashes; fighting alongside
  /// is support; a city of the catalogue and unnamed targets in a state are the state's.
  static let hostility: [(String, [String])] = [
    ("Russian forces shelled Kharkiv.", ["RUS hostility UKR 2022"]),
    ("Azerbaijan launched drones at Armenia.", ["AZE hostility ARM 2022"]),
    ("Israel struck targets in Syria.", ["ISR hostility SYR 2022"]),
    ("Eritrean troops fought alongside Ethiopia.", ["ERI support ETH 2022"]),
    ("India and Pakistan exchanged fire in 2019.", ["IND hostility PAK 2019"]),
    ("North Korea fired missiles at Japan.", ["PRK hostility JPN 2022"]),
    ("Kyrgyzstan and Tajikistan clashed in 2021.", ["KGZ hostility TJK 2021"]),
  ]

  @Test(arguments: hostility.indices)
  func hostilityYield(_ i: Int) { check(Self.hostility[i]) }

  /// Venues, transit countries, tourists and unnamed actors give nothing.
  static let nothing: [(String, [String])] = [
    ("Leaders of France and Germany met in Turkey.", []),
    ("The summit in Kenya discussed Somalia.", []),
    ("Russian tourists visited Turkey.", []),
    ("Western countries sanctioned an unnamed firm.", []),
    ("Gas flows through Ukraine to Slovakia.", []),
  ]

  @Test(arguments: nothing.indices)
  func nothingYield(_ i: Int) { check(Self.nothing[i]) }

  @Test func thereAreAtLeastAHundredCasesHere() {
    let all: [[(String, [String])]] = [
      Self.inflections, Self.passives, Self.nominalizations, Self.compounds, Self.coordination, Self.relativeClauses,
      Self.coreference, Self.modes, Self.ends, Self.time, Self.verbalConflict, Self.supportAndMediation, Self.alliance,
      Self.hostility, Self.nothing,
    ]
    #expect(all.map(\.count).reduce(0, +) >= 100)
  }
}
