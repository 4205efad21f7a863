import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording found in the twenty-second round: "joined" with a common noun,
/// forces a state has in another and a military presence, standing with and advocating
/// for a state, pressure from one, concerns dismissed, secession, isolation, bodies of
/// water named after a state, a comma and "the" that close a coordination, ends sought in
/// an infinitive, envoys sent for two sides, Sudan's army, security and defence
/// partnerships, names written in lower case, counts of members, years that modify a noun
/// in the lead, actions called dangerous, cases and withdrawals demanded, forces serving
/// in a state, and the noun after "overtook Y as".
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct TwentySecondRoundSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// "Joined" with a common noun right after it ("joined calls for a truce", "joined the talks") joined that
  /// noun, not the organization named before; a body noun in the phrase ("joined the military alliance") or none
  /// ("joined in 2023") still takes it.
  static let joinedNouns: [(String, [String])] = [
    ("Egypt backs IGAD. It joined calls for a ceasefire.", ["EGY support IGAD 2022"]),
    ("The AU met in Addis Ababa. Kenya joined the talks on Sudan.", []),
    ("NATO held a summit. Finland joined in 2023.", ["FIN membership NATO 2023"]),
    ("NATO held a summit. Sweden joined the military alliance.", ["SWE membership NATO 2022"]),
    ("The SCO met in Astana. Belarus joined the group in 2024.", ["BLR membership SCO 2024"]),
  ]

  @Test(arguments: joinedNouns.indices)
  func yieldsJoinedNouns(_ i: Int) { check(Self.joinedNouns[i]) }

  /// Forces a state has in another ("has 1,500 soldiers in Niger") are support, as forces kept there; "have"
  /// must be the main verb ("has massed troops", "has backed the army" are other verbs); forces of a side at war
  /// with the state are none.
  static let forcesHeld: [(String, [String])] = [
    ("France has 1,500 soldiers based in Niger.", ["FRA support NER 2022"]),
    ("Russia has about 1,000 troops in Mali.", ["RUS support MLI 2022"]),
    ("The US has troops in Syria and Iraq.", ["USA support IRQ 2022", "USA support SYR 2022"]),
    ("Russia has massed troops near Ukraine.", []),
    ("Turkey has backed the Syrian National Army since 2017.", ["TUR support SNA 2017"]),
    ("Russia invaded Ukraine in 2022. Russia has 500,000 troops in Ukraine.", ["RUS hostility UKR 2022"]),
    ("French troops based in Chad guard the airport.", ["FRA support TCD 2022"]),
  ]

  @Test(arguments: forcesHeld.indices)
  func yieldsForcesHeld(_ i: Int) { check(Self.forcesHeld[i]) }

  /// A state's military presence in another is support, as its forces there are, unless the two are at war.
  static let militaryPresence: [(String, [String])] = [
    ("The US military presence in Qatar dates from 1996.", ["USA support QAT 1996"]),
    ("France maintains a military presence in Djibouti.", ["FRA support DJI 2022"]),
    ("Russia invaded Ukraine in 2022. Russia's military presence in Ukraine grew.", ["RUS hostility UKR 2022"]),
    ("China worries about the growing Chinese presence in the region.", []),
  ]

  @Test(arguments: militaryPresence.indices)
  func yieldsMilitaryPresence(_ i: Int) { check(Self.militaryPresence[i]) }

  /// Standing shoulder to shoulder with a state, advocating or speaking up for it, is support; advocating for a
  /// measure is that measure's.
  static let standingWith: [(String, [String])] = [
    ("Cairo stands shoulder to shoulder with Somalia.", ["EGY support SOM 2022"]),
    ("Brazil and Chile criticized the raid, advocating for Mexico.", ["BRA support MEX 2022", "CHL support MEX 2022"]),
    ("Norway spoke up for Ukraine at the summit.", ["NOR support UKR 2022"]),
    ("France advocated for sanctions on Iran.", ["FRA sanction IRN 2022"]),
  ]

  @Test(arguments: standingWith.indices)
  func yieldsStandingWith(_ i: Int) { check(Self.standingWith[i]) }

  /// Pressure a state comes under or faces from another is tension between them.
  static let pressureFrom: [(String, [String])] = [
    ("Turkey has come under heavy pressure from Washington over the purchase.", ["USA tension TUR 2022"]),
    ("Hungary faces pressure from the EU to ratify the accession.", ["EU tension HUN 2022"]),
    ("The pressure from Russia eased.", []),
  ]

  @Test(arguments: pressureFrom.indices)
  func yieldsPressureFrom(_ i: Int) { check(Self.pressureFrom[i]) }

  /// Dismissing or rejecting a state's concerns, criticism, complaints or objections is tension, as its claims
  /// are.
  static let dismissedConcerns: [(String, [String])] = [
    ("Bolivia has dismissed Argentina's concerns about the drones.", ["BOL tension ARG 2022"]),
    ("Israel rejected Turkey's criticism of the raid.", ["ISR tension TUR 2022"]),
    ("India dismissed Pakistan's objections.", ["IND tension PAK 2022"]),
  ]

  @Test(arguments: dismissedConcerns.indices)
  func yieldsDismissedConcerns(_ i: Int) { check(Self.dismissedConcerns[i]) }

  /// Breaking away or seceding from a state begins tension with it; a past participle before "from" in
  /// running text is active ("seceded from"), only a headline drops the passive's auxiliary.
  static let secession: [(String, [String])] = [
    ("Somaliland broke away from Somalia in 1991.", ["SOMALILAND tension SOM 1991"]),
    ("Eritrea seceded from Ethiopia in 1993.", ["ERI tension ETH 1993"]),
    ("Kosovo's secession from Serbia in 2008 angered Russia.", ["XKX tension RUS 2008", "XKX tension SRB 2008"]),
    ("The convoy broke away from the column.", []),
    ("Kosovo seceded from Serbia.", ["XKX tension SRB 2022"]),
    ("Niger suspended from African Union", ["NER membership AU 2022"]),
  ]

  @Test(arguments: secession.indices)
  func yieldsSecession(_ i: Int) { check(Self.secession[i]) }

  /// Isolating a state is tension with it.
  static let isolating: [(String, [String])] = [
    ("China isolated Taiwan diplomatically.", ["CHN tension TWN 2022"]),
    ("Russia has isolated Moldova's breakaway region.", ["RUS tension MDA 2022"]),
  ]

  @Test(arguments: isolating.indices)
  func yieldsIsolating(_ i: Int) { check(Self.isolating[i]) }

  /// A name after a body of water's noun and "of" names the water, not an actor ("the Gulf of Aden", "the Sea of
  /// Japan", "the Strait of Hormuz").
  static let waterNames: [(String, [String])] = [
    (
      "Somaliland, a region located by the Gulf of Aden, broke away from Somalia in 1991.",
      ["SOMALILAND tension SOM 1991"]
    ),
    ("The Houthis attacked ships in the Gulf of Aden.", []),
    ("Iran threatened to close the Strait of Hormuz to US ships.", ["IRN tension USA 2022"]),
    ("Chinese warships sailed into the Sea of Japan.", []),
    ("Mexico protested to the US over the Gulf of Mexico name.", ["MEX tension USA 2022"]),
  ]

  @Test(arguments: waterNames.indices)
  func yieldsWaterNames(_ i: Int) { check(Self.waterNames[i]) }

  /// A comma and "the" close a coordination as a bare comma does: the actor after them heads its own
  /// phrase ("To ease tensions between A and B, the AU sent an envoy").
  static let commaArticle: [(String, [String])] = [
    ("After talks with Peru, the EU imposed sanctions on Bolivia.", ["EU sanction BOL 2022"]),
    (
      "Amid talks between Ethiopia and Somalia, the AU sent an envoy.",
      ["AU mediation ETH 2022", "AU mediation SOM 2022"]
    ),
    ("Russia attacked Ukraine, the US said.", ["RUS hostility UKR 2022"]),
  ]

  @Test(arguments: commaArticle.indices)
  func yieldsCommaArticle(_ i: Int) { check(Self.commaArticle[i]) }

  /// An end sought in an infinitive ("to ease tensions", "in a bid to defuse the row") is no end: the quarrel
  /// holds; an end agreed on or done ends it.
  static let soughtEnds: [(String, [String])] = [
    (
      "The AU sent an envoy to defuse the row between Ethiopia and Somalia.",
      ["AU mediation ETH 2022", "AU mediation SOM 2022", "ETH tension SOM 2022"]
    ),
    ("To ease tensions between Chad and Sudan, Qatar invited both leaders.", ["TCD tension SDN 2022"]),
    ("Ethiopia and Somalia eased tensions in 2024.", ["ETH tension SOM 2024"]),
  ]

  @Test(arguments: soughtEnds.indices)
  func yieldsSoughtEnds(_ i: Int) { check(Self.soughtEnds[i]) }

  /// An envoy sent, deployed, dispatched or appointed for two sides named in the sentence mediates between them;
  /// an envoy sent to one capital does not.
  static let envoys: [(String, [String])] = [
    (
      "The AU deployed a special envoy for talks between Ethiopia and Somalia.",
      ["AU mediation ETH 2022", "AU mediation SOM 2022"]
    ),
    (
      "To ease tensions between Ethiopia and Somalia, Kenya sent an envoy.",
      ["ETH tension SOM 2022", "KEN mediation ETH 2022", "KEN mediation SOM 2022"]
    ),
    (
      "Qatar appointed an envoy to help settle the dispute between Rwanda and Congo.",
      ["QAT mediation COD 2022", "QAT mediation RWA 2022", "RWA tension COD 2022"]
    ),
    ("China sent an envoy to Kyiv.", []),
  ]

  @Test(arguments: envoys.indices)
  func yieldsEnvoys(_ i: Int) { check(Self.envoys[i]) }

  /// "Sudanese army" and "Sudan's army" name the catalogue's SAF; statements of the state and its attaches stay
  /// Sudan's.
  static let sudanArmy: [(String, [String])] = [
    ("The Sudanese army has fought the RSF since April 2023.", ["SAF hostility RSF 2023"]),
    ("Egypt backs Sudan's army.", ["EGY support SAF 2022"]),
    ("Chad expelled the Sudanese military attache.", ["TCD tension SDN 2022"]),
  ]

  @Test(arguments: sudanArmy.indices)
  func yieldsSudanArmy(_ i: Int) { check(Self.sudanArmy[i]) }

  /// A security or defence partnership with a state is an alliance; ending it ends the alliance.
  static let partnerships: [(String, [String])] = [
    ("New Zealand has a long-term security partnership with Solomon Islands.", ["NZL alliance SLB 2022"]),
    ("Chad ended its defence partnership with France in 2024.", ["TCD alliance FRA 2024"]),
    ("India and France deepened their defence partnership.", ["IND alliance FRA 2022"]),
  ]

  @Test(arguments: partnerships.indices)
  func yieldsPartnerships(_ i: Int) { check(Self.partnerships[i]) }

  /// A name of several words written with no capital, in a sentence that has capitals, is common words; a
  /// sentence with no capital at all still reads its names.
  static let lowerCaseNames: [(String, [String])] = [
    ("The EU imposed sanctions on a new group of eight Russian individuals.", []),
    ("A group of seven states condemned Iran.", []),
    ("The Group of Seven condemned Iran.", ["G7 tension IRN 2022"]),
    ("the united states sanctioned iran.", ["USA sanction IRN 2022"]),
  ]

  @Test(arguments: lowerCaseNames.indices)
  func yieldsLowerCaseNames(_ i: Int) { check(Self.lowerCaseNames[i]) }

  /// A count of members ("has grown to 2,500 members") is no membership of the subject in the last
  /// organization named; the owner's pronoun ("one of its 32 members") still names it.
  static let memberCounts: [(String, [String])] = [
    ("The UN met in New York. The ELN has grown to 2,500 members.", []),
    ("NATO met in Vilnius. Finland is one of its 32 members.", ["FIN membership NATO 2022"]),
    ("NATO met in Vilnius. Finland became a member in 2023.", ["FIN membership NATO 2023"]),
  ]

  @Test(arguments: memberCounts.indices)
  func yieldsMemberCounts(_ i: Int) { check(Self.memberCounts[i]) }

  /// A year that modifies a noun after "the" ("under the 1951 Mutual Defense Treaty") dates neither
  /// the story's undated past acts (inside the lead) nor the next sentence's past verbs; a lead that opens with
  /// the year does.
  static let attributiveLeadYear: [(String, [String])] = [
    (
      "The US stood by the Philippines. The US reaffirmed its pledges under the 1951 Mutual Defense Treaty. The spokesperson said Washington criticized China.",
      ["USA support PHL 2022", "USA tension CHN 2022"]
    ),
    (
      "The 2019 border skirmishes pitted India against Pakistan. India blamed Pakistan for the attack.",
      ["IND tension PAK 2019", "IND tension PAK 2019"]
    ),
    ("The US signed the 1951 Mutual Defense Treaty. Washington criticized China.", ["USA tension CHN 2022"]),
  ]

  @Test(arguments: attributiveLeadYear.indices)
  func yieldsAttributiveLeadYear(_ i: Int) { check(Self.attributiveLeadYear[i]) }

  /// A state's actions or move called, described or branded dangerous, provocative, illegal or unacceptable
  /// are tension with it; called helpful, none.
  static let condemningCalls: [(String, [String])] = [
    ("The US called the Chinese actions dangerous and provocative.", ["USA tension CHN 2022"]),
    ("Japan described Russia's move as illegal.", ["JPN tension RUS 2022"]),
    ("Britain branded Iran's actions reckless.", ["GBR tension IRN 2022"]),
    ("The US called the Chinese actions helpful.", []),
  ]

  @Test(arguments: condemningCalls.indices)
  func yieldsCondemningCalls(_ i: Int) { check(Self.condemningCalls[i]) }

  /// A case taken against a state, or the withdrawal of its diplomats demanded, is tension.
  static let casesAndWithdrawals: [(String, [String])] = [
    ("Guyana took its case against Venezuela to the ICJ.", ["GUY tension VEN 2022"]),
    (
      "Venezuela demanded the withdrawal of the diplomats of Argentina, Chile and Peru.",
      ["VEN tension ARG 2022", "VEN tension CHL 2022", "VEN tension PER 2022"]
    ),
    ("Venezuela demanded the withdrawal of Argentina's diplomats.", ["VEN tension ARG 2022"]),
  ]

  @Test(arguments: casesAndWithdrawals.indices)
  func yieldsCasesAndWithdrawals(_ i: Int) { check(Self.casesAndWithdrawals[i]) }

  /// Forces that serve in a state support it, as stationed ones do; a verb no noun pattern starts ("serve")
  /// stays a verb before a preposition.
  static let serving: [(String, [String])] = [
    ("Kenyan troops serve in Somalia.", ["KEN support SOM 2022"]),
    ("Ugandan soldiers are serving in Somalia.", ["UGA support SOM 2022"]),
    ("Kenyan troops serve in the kitchen.", []),
  ]

  @Test(arguments: serving.indices)
  func yieldsServing(_ i: Int) { check(Self.serving[i]) }

  /// The noun after "overtook/replaced/surpassed Y as" is the subject's, not Y's.
  static let replacedAs: [(String, [String])] = [
    ("Mexico overtook Russia as a key oil supplier to Cuba.", ["MEX trade CUB 2022"]),
    ("Mexico replaced Russia as Cuba's main oil supplier.", ["MEX trade CUB 2022"]),
    ("China surpassed the US as Brazil's largest trading partner.", ["CHN trade BRA 2022"]),
    ("Russia is Cuba's main oil supplier.", ["RUS trade CUB 2022"]),
  ]

  @Test(arguments: replacedAs.indices)
  func yieldsReplacedAs(_ i: Int) { check(Self.replacedAs[i]) }

  /// A state that is the target of another's strikes, attacks, campaign or sanctions: hostility or a sanction
  /// from that other; the target of talks, none.
  static let targetOf: [(String, [String])] = [
    ("The YPG is the main target of Turkish strikes.", ["TUR hostility YPG 2022"]),
    ("Russia has been the target of Ukrainian drone attacks.", ["UKR hostility RUS 2022"]),
    ("Russia is the target of EU sanctions.", ["EU sanction RUS 2022"]),
    ("The target of the talks is a truce between Chad and Sudan.", ["TCD hostility SDN 2022"]),
    ("Israel struck Hezbollah targets in Lebanon.", ["ISR hostility HEZBOLLAH 2022"]),
  ]

  @Test(arguments: targetOf.indices)
  func yieldsTargetOf(_ i: Int) { check(Self.targetOf[i]) }

  /// An actor adjective inside an of-phrase on a pattern's own noun ("developments of the Israeli
  /// aggression") is that noun's, not the subject of a later noun; a noun of no pattern ("the head of the Russian
  /// delegation") keeps it.
  static let demonymInOfPhrase: [(String, [String])] = [
    (
      "The talks covered developments of the Israeli aggression on Gaza, the mediation efforts between Qatar and Egypt.",
      []
    ),
    ("The talks covered news of Israeli strikes and the mediation between Qatar and Egypt.", []),
    ("The head of the Russian delegation criticized Ukraine.", ["RUS tension UKR 2022"]),
  ]

  @Test(arguments: demonymInOfPhrase.indices)
  func yieldsDemonymInOfPhrase(_ i: Int) { check(Self.demonymInOfPhrase[i]) }

  /// "Last week" in a January document is the year before only in the month's first seven
  /// days; a January document with no day keeps its year ("last month" in January stays the
  /// year before).
  static let lastWeek: [(String, String, [String])] = [
    ("Turkey last week started deploying troops in Libya to back the GNA.", "2020-01", ["TUR support GNA 2020"]),
    ("Turkey last week started deploying troops in Libya to back the GNA.", "2020-01-03", ["TUR support GNA 2019"]),
    ("Turkey last week started deploying troops in Libya to back the GNA.", "2020-01-20", ["TUR support GNA 2020"]),
    ("Chad cut ties with Sudan last month.", "2020-01", ["TCD tension SDN 2019"]),
  ]

  @Test(arguments: lastWeek.indices)
  func yieldsLastWeek(_ i: Int) {
    let c = Self.lastWeek[i]
    #expect(RelationExtractorTests.run(c.0, date: c.1) == c.2, "\(c.0) (\(c.1))")
  }
}
