import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording found in the eighth round: coalitions and the states in them,
/// organizations described as groupings of their members, and interventions asked for.
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct CoalitionsAndGroupingsSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// An organization described as a grouping, confederation, bloc or union of the states it
  /// names has them as members; a coalition of states with no organization named is a pact.
  static let groupings: [(String, [String])] = [
    (
      "Leaders of the Quad, a grouping of the United States, Japan, India and Australia, met in Tokyo.",
      ["AUS membership QUAD 2022", "IND membership QUAD 2022", "JPN membership QUAD 2022", "USA membership QUAD 2022"]
    ),
    (
      "The Alliance of Sahel States is a confederation of Mali, Niger and Burkina Faso.",
      ["BFA membership AES 2022", "MLI membership AES 2022", "NER membership AES 2022"]
    ),
    (
      "Mercosur, the trade bloc of Brazil, Argentina, Paraguay and Uruguay, signed a deal with Canada.",
      [
        "ARG membership MERCOSUR 2022", "BRA membership MERCOSUR 2022", "PRY membership MERCOSUR 2022",
        "URY membership MERCOSUR 2022",
      ]
    ),
    // No organization is described: the coalition's states are allied among themselves.
    (
      "Saudi Arabia is part of a coalition of the UAE, Egypt and Sudan.",
      ["ARE alliance EGY 2022", "ARE alliance SDN 2022", "EGY alliance SDN 2022"]
    ),
    ("Russia, a country of vast size, borders China.", []),
  ]

  @Test(arguments: groupings.indices)
  func yieldsGroupings(_ i: Int) { check(Self.groupings[i]) }

  /// An intervention in a state at its request or invitation, or to help it, supports it;
  /// leading a coalition against a side is hostility with that side.
  static let interventions: [(String, [String])] = [
    (
      "In 2019 Turkey launched a military intervention in Libya at the request of the Libyan government.",
      ["TUR support LBY 2019"]
    ),
    ("Russia intervened in Syria in 2015 at the request of President Assad.", ["RUS support SYR 2015"]),
    ("Russia's intervention in Syria at the invitation of Damascus began in 2015.", ["RUS support SYR 2015"]),
    ("France intervened in Mali in 2013 to help its government.", ["FRA support MLI 2013"]),
    ("Saudi Arabia led a coalition of ten states against the Houthis.", ["SAU hostility HOUTHIS 2022"]),
    // No request and no help: nothing is said of whom it served.
    ("Russia intervened in Georgia in 2008.", []),
  ]

  @Test(arguments: interventions.indices)
  func yieldsInterventions(_ i: Int) { check(Self.interventions[i]) }

  /// States that contribute forces, warplanes or ground operations to a war just told of
  /// fight its foe; a clause of their own after "while" is theirs, and the war's sides stay
  /// the ones told of ("the intervention was backed by X" backs the side that launched it).
  static let contributions: [(String, [String])] = [
    (
      "Saudi Arabia launched airstrikes on the Houthis in 2015. Egypt, Jordan and Sudan provided air and ground forces, while Kuwait and Bahrain led ground operations.",
      [
        "BHR hostility HOUTHIS 2015", "EGY hostility HOUTHIS 2015", "JOR hostility HOUTHIS 2015",
        "KWT hostility HOUTHIS 2015", "SAU hostility HOUTHIS 2015", "SDN hostility HOUTHIS 2015",
      ]
    ),
    (
      "Saudi Arabia launched airstrikes on the Houthis in 2015. Egypt and Jordan contributed warplanes. The intervention was backed by France.",
      [
        "EGY hostility HOUTHIS 2015", "FRA support SAU 2015", "JOR hostility HOUTHIS 2015",
        "SAU hostility HOUTHIS 2015",
      ]
    ),
    // Rescue work in a place is no part of the war.
    ("Turkey shelled PKK positions in Iraq. Qatar led rescue operations in the region.", ["TUR hostility PKK 2022"]),
  ]

  @Test(arguments: contributions.indices)
  func yieldsContributions(_ i: Int) { check(Self.contributions[i]) }

  /// First-person pronouns in quoted words are the speaker's: the actor a speech verb of the
  /// sentence attributes them to, before or after the verb; with no speaker, nothing.
  static let speakers: [(String, [String])] = [
    (
      "\"We condemn Israel's strikes on Qatar,\" Turkey's foreign minister said.",
      ["ISR hostility QAT 2022", "TUR tension ISR 2022"]
    ),
    ("Iran's foreign minister said: \"We strongly condemn the Israeli aggression.\"", ["IRN tension ISR 2022"]),
    ("\"We condemn Israel's strikes on Qatar,\" said Turkey.", ["ISR hostility QAT 2022", "TUR tension ISR 2022"]),
    ("\"Our forces repelled the Russian attack,\" Ukraine's army said.", ["UKR hostility RUS 2022"]),
    ("\"We condemn Israel's strikes on Qatar,\" Erdogan said.", ["ISR hostility QAT 2022", "TUR tension ISR 2022"]),
    // No speaker: the pronoun names no one.
    ("\"We condemn Israel's strikes on Qatar.\"", ["ISR hostility QAT 2022"]),
  ]

  @Test(arguments: speakers.indices)
  func yieldsSpeakers(_ i: Int) { check(Self.speakers[i]) }

  /// A state's right to defend itself reaffirmed, affirmed, upheld or defended is support;
  /// one's own right is no one's.
  static let rights: [(String, [String])] = [
    ("Germany reaffirmed Ukraine's right to self-defence.", ["DEU support UKR 2022"]),
    (
      "President Macron met Prime Minister Modi. The two leaders reaffirmed Israel's right to defend itself.",
      ["FRA support ISR 2022", "IND support ISR 2022"]
    ),
    ("Russia reaffirmed its right to respond to NATO.", []),
  ]

  @Test(arguments: rights.indices)
  func yieldsRights(_ i: Int) { check(Self.rights[i]) }

  /// A verb of a series ("condemned X, reaffirmed Y, and called for Z") shares the first
  /// verb's subject, and a possessive in it is that subject's; a participle set off by
  /// commas keeps its own reading.
  static let series: [(String, [String])] = [
    (
      "Macron and Modi condemned Hamas, affirmed Israel's right to self-defence, and urged restraint.",
      ["FRA support ISR 2022", "FRA tension HAMAS 2022", "IND support ISR 2022", "IND tension HAMAS 2022"]
    ),
    (
      "Macron and Modi condemned Hamas, reaffirmed their support for Israel, and called for restraint.",
      ["FRA support ISR 2022", "FRA tension HAMAS 2022", "IND support ISR 2022", "IND tension HAMAS 2022"]
    ),
    ("Turkey condemned the attack, expressed its solidarity with Qatar.", ["TUR support QAT 2022"]),
    ("Russia struck Kyiv with drones, supplied by Iran.", ["IRN arms_supply RUS 2022", "RUS hostility UKR 2022"]),
    // "and its": the object's.
    ("Russia attacked Ukraine and its allies.", ["RUS hostility UKR 2022"]),
  ]

  @Test(arguments: series.indices)
  func yieldsSeries(_ i: Int) { check(Self.series[i]) }

  /// Passives whose agent stands behind the means ("supported by airstrikes by X"), a
  /// passive verb after "and" that shares the series' subject, ", and X was ..." opening a
  /// clause of its own, and "it" as what was brokered (the deal, so the war's two sides).
  static let passives: [(String, [String])] = [
    ("Mali has been supported by airstrikes by Russia.", ["RUS support MLI 2022"]),
    ("The RSF was backed by drones from the UAE.", ["ARE support RSF 2022"]),
    (
      "Somalia's government was backed by troops from Kenya and Uganda.",
      ["KEN support SOM 2022", "UGA support SOM 2022"]
    ),
    (
      "Egypt holds the east, has the loyalty of Sudan, and was backed by drone strikes from Russia.",
      ["RUS support EGY 2022"]
    ),
    // The series' subject names no actor: the earlier object is none.
    (
      "The assembly holds the north, enjoys the loyalty of the LNA, and was backed by drone strikes from Chad.", []
    ),
    ("Russia attacked Ukraine, and Kyiv was backed by Poland.", ["POL support UKR 2022", "RUS hostility UKR 2022"]),
    (
      "Israel and Iran agreed to a ceasefire in June 2025. It was brokered by Qatar.",
      ["ISR hostility IRN 2025", "QAT mediation IRN 2025", "QAT mediation ISR 2025"]
    ),
    ("Kenya was hit by a drought in 2021.", []),
  ]

  @Test(arguments: passives.indices)
  func yieldsPassives(_ i: Int) { check(Self.passives[i]) }

  /// A city stands for its state as the place of an act ("struck Kharkiv"); unnamed targets,
  /// sites or positions in a state are the state's, but an armed group's camps or targets
  /// are the group's; a list inside "with support from" is no subject, however long.
  static let places: [(String, [String])] = [
    ("Russian missiles struck Kharkiv on Tuesday, killing four people.", ["RUS hostility UKR 2022"]),
    ("Ukraine struck Belgorod with drones.", ["UKR hostility RUS 2022"]),
    ("The RSF shelled El Fasher for a third day.", ["RSF hostility SDN 2022"]),
    ("Hezbollah fired rockets at Haifa.", ["HEZBOLLAH hostility ISR 2022"]),
    ("Russian forces crossed the Dnipro River.", []),
    ("India struck targets in Pakistan.", ["IND hostility PAK 2022"]),
    ("Russia struck energy facilities in Ukraine overnight.", ["RUS hostility UKR 2022"]),
    ("India struck terrorist camps in Pakistan.", []),
    ("The US struck Houthi targets in Yemen.", ["USA hostility HOUTHIS 2022"]),
    (
      "The armies of France and Italy, with support from Spain, Greece, Denmark, and Portugal, conducted strikes against the Houthis.",
      [
        "DNK support FRA 2022", "DNK support ITA 2022", "ESP support FRA 2022", "ESP support ITA 2022",
        "FRA hostility HOUTHIS 2022", "GRC support FRA 2022", "GRC support ITA 2022", "ITA hostility HOUTHIS 2022",
        "PRT support FRA 2022", "PRT support ITA 2022",
      ]
    ),
  ]

  @Test(arguments: places.indices)
  func yieldsPlaces(_ i: Int) { check(Self.places[i]) }

  /// A mediator named by a hyphen compound on the deal ("a US-brokered ceasefire") mediates
  /// between the subjects that agree to, sign, reach or carry out the deal; a third party
  /// that backs the deal names no sides, and a refusal is no deal.
  static let brokeredDeals: [(String, [String])] = [
    (
      "Thailand, Cambodia agree to Malaysia-brokered truce",
      ["MYS mediation KHM 2022", "MYS mediation THA 2022", "THA hostility KHM 2022"]
    ),
    (
      "Israel and Hezbollah agreed to a US-brokered ceasefire in November.",
      // (November before a document of May 2022: the year before.)
      ["ISR hostility HEZBOLLAH 2021", "USA mediation HEZBOLLAH 2021", "USA mediation ISR 2021"]
    ),
    (
      "Kinshasa and Kigali signed an Angolan-brokered ceasefire in July.",
      ["AGO mediation COD 2021", "AGO mediation RWA 2021", "COD hostility RWA 2021"]
    ),
    (
      "Russia and Ukraine carried out a UAE-mediated prisoner exchange on Friday.",
      ["ARE mediation RUS 2022", "ARE mediation UKR 2022"]
    ),
    ("Peru and Chile backed the Qatar-brokered truce.", []),
    ("Israel and Hezbollah refused to accept a US-brokered ceasefire.", []),
  ]

  @Test(arguments: brokeredDeals.indices)
  func yieldsBrokeredDeals(_ i: Int) { check(Self.brokeredDeals[i]) }

  /// Mediators named after the verb ("through the mediation of X, Y and Z") mediate between
  /// the clause's subjects; a speaker is no subject of the clause it reports; a verb right
  /// after "and" has the first verb's subject, not its object.
  static let mediatorsAndSpeakers: [(String, [String])] = [
    (
      "Israel and Hamas agreed on a hostage-release deal through the mediation of Qatar, Egypt and the United States.",
      [
        "EGY mediation HAMAS 2022", "EGY mediation ISR 2022", "QAT mediation HAMAS 2022", "QAT mediation ISR 2022",
        "USA mediation HAMAS 2022", "USA mediation ISR 2022",
      ]
    ),
    (
      "Under the mediation of Qatar, Israel and Hamas agreed to a truce.",
      ["QAT mediation HAMAS 2022", "QAT mediation ISR 2022"]
    ),
    ("Mediators Egypt and Qatar said the two sides had agreed to extend the truce.", []),
    ("Russia said it had struck Ukraine.", ["RUS hostility UKR 2022"]),
    ("Jordan's king met Biden at the White House and criticised Israel's offensive in Gaza.", ["JOR tension ISR 2022"]),
    ("France's president visited Rabat and backed Morocco's autonomy plan.", ["FRA support MAR 2022"]),
  ]

  @Test(arguments: mediatorsAndSpeakers.indices)
  func yieldsMediatorsAndSpeakers(_ i: Int) { check(Self.mediatorsAndSpeakers[i]) }

  /// A pact, blockade or truce under negotiation, discussion or consideration, or the
  /// subject of a modal ("could be signed next year"), is a prospect, not a fact; one that
  /// will remain in force still holds.
  static let prospects: [(String, [String])] = [
    ("Washington and Riyadh are negotiating a defence treaty.", []),
    ("A defence pact between Washington and Riyadh could be signed next year, a source said.", []),
    ("Analysts warned that a Chinese blockade of Taiwan could trigger a wider war.", []),
    ("A defence pact between Washington and Riyadh was signed last year.", ["USA alliance SAU 2021"]),
    ("The alliance between Egypt and Jordan will remain strong.", ["EGY alliance JOR 2022"]),
    (
      "Qatar is negotiating a ceasefire between Israel and Hamas.",
      ["QAT mediation HAMAS 2022", "QAT mediation ISR 2022"]
    ),
  ]

  @Test(arguments: prospects.indices)
  func yieldsProspects(_ i: Int) { check(Self.prospects[i]) }

  /// Alliance said as being allied with a state (across a copula only), as a state's most
  /// loyal ally, as a pledge to come to a state's defence or a commitment to defend it; an
  /// organization's ally named after it is a member; coming to a state's aid is support.
  static let allies: [(String, [String])] = [
    ("Japan is allied with the United States.", ["JPN alliance USA 2022"]),
    ("Several Gulf states allied with the United States criticised Qatar.", []),
    ("Russia remains Belarus's most important ally.", ["RUS alliance BLR 2022"]),
    ("Russia pledged to come to North Korea's defence.", ["RUS alliance PRK 2022"]),
    ("Washington reaffirmed its commitment to defend the Philippines.", ["USA alliance PHL 2022"]),
    ("NATO ally Turkey blocked the move.", ["TUR membership NATO 2022"]),
    ("US ally Israel struck Iran.", ["ISR hostility IRN 2022", "USA alliance ISR 2022"]),
    ("Russia came to Syria's aid in 2015.", ["RUS support SYR 2015"]),
    ("Russia did not come to Armenia's defence.", []),
  ]

  @Test(arguments: allies.indices)
  func yieldsAllies(_ i: Int) { check(Self.allies[i]) }

  /// Sanctions said as listing (an entity list, a blacklist, a list of terrorist
  /// organisations, "listed X as a terrorist entity"), entry bans, countermeasures, export
  /// restrictions and "X-sanctioned" compounds; a possessive after "to", "from" or "on" that
  /// follows the verb's object is the subject's ("added Y to its list").
  static let listings: [(String, [String])] = [
    ("The US Commerce Department added dozens of Chinese chipmakers to its entity list.", ["USA sanction CHN 2022"]),
    ("The EU added the Wagner Group to its list of terrorist organisations.", ["EU sanction WAGNER 2022"]),
    ("Britain added the IRGC to its sanctions list.", ["GBR sanction IRGC 2022"]),
    ("Canada listed the IRGC as a terrorist entity.", ["CAN sanction IRGC 2022"]),
    ("Russia banned entry to 500 Americans.", ["RUS sanction USA 2022"]),
    ("Moldova barred Russian officials from entering the country.", ["MDA sanction RUS 2022"]),
    ("China announced countermeasures against nine US defence companies.", ["CHN sanction USA 2022"]),
    ("China imposed export restrictions on rare earths to Japan.", ["CHN sanction JPN 2022"]),
    ("A US-sanctioned Iranian airline flew to Caracas.", ["USA sanction IRN 2022"]),
    ("The US sanctioned dozens of Chinese firms.", ["USA sanction CHN 2022"]),
    ("Greece added Albania to its list of safe countries.", []),
  ]

  @Test(arguments: listings.indices)
  func yieldsListings(_ i: Int) { check(Self.listings[i]) }

  /// Hosting a meeting of two sides' people is mediation.
  ///
  /// So is hosting or receiving the leaders of two states the document told of in
  /// conflict; one side's people are a visit. An event noun after "since" has no agent in
  /// its clause.
  static let hosts: [(String, [String])] = [
    (
      "Riyadh hosted a meeting of US and Russian officials, the first such contact since the invasion of Ukraine.",
      ["SAU mediation RUS 2022", "SAU mediation USA 2022"]
    ),
    (
      "Rwanda and Congo clashed on the border in January. Qatar hosted the leaders of Congo and Rwanda in March.",
      ["QAT mediation COD 2022", "QAT mediation RWA 2022", "RWA hostility COD 2022"]
    ),
    (
      "Congo accused Rwanda of backing the rebels. The Emir of Qatar received the presidents of Congo and Rwanda in Doha.",
      ["COD tension RWA 2022", "QAT mediation COD 2022", "QAT mediation RWA 2022"]
    ),
    // No conflict told of: guests, not sides.
    ("Qatar hosted the leaders of Congo and Rwanda.", []),
    ("Poland hosted a meeting of NATO defence ministers.", []),
    ("Kenya received the president of Somalia.", []),
    ("US and Russian officials met for the first time since the invasion of Ukraine.", []),
  ]

  @Test(arguments: hosts.indices)
  func yieldsHosts(_ i: Int) { check(Self.hosts[i]) }

  /// Joining or adopting another's sanctions is a sanction of one's own, never membership;
  /// adopting a package of sanctions begins them; the catalogue knows "Zelenskiy" and "the
  /// Commonwealth"; an adjective may stand before a state's organ in a coordination.
  static let joinedSanctions: [(String, [String])] = [
    ("Norway joined EU sanctions on Belarus.", ["EU sanction BLR 2022", "NOR sanction BLR 2022"]),
    ("Switzerland adopted the EU's latest sanctions on Belarus.", ["CHE sanction BLR 2022", "EU sanction BLR 2022"]),
    ("The EU adopted its 14th package of sanctions against Russia.", ["EU sanction RUS 2022"]),
    ("Sweden joined NATO in 2021.", ["SWE membership NATO 2021"]),
    ("Zelenskiy thanked Turkey for its support.", ["TUR support UKR 2022"]),
    ("Zimbabwe left the Commonwealth in 2003.", ["ZWE membership COMMONWEALTH 2003"]),
    ("Ethiopia's federal government and the TPLF signed a peace deal in Pretoria.", ["ETH hostility TPLF 2022"]),
  ]

  @Test(arguments: joinedSanctions.indices)
  func yieldsJoinedSanctions(_ i: Int) { check(Self.joinedSanctions[i]) }

  /// A description that names a region takes back only a state of that region ("the Nordic
  /// country" after Hungary and Sweden is Sweden); an actor adjective on a group's
  /// description is no actor ("the Lebanese group" is a group named before, or nothing).
  static let descriptions: [(String, [String])] = [
    (
      "Hungary approved Sweden's bid to join NATO on Monday. The Nordic country formally joined the alliance in March.",
      ["SWE membership NATO 2022"]
    ),
    ("Iran struck Qatar. The Gulf state condemned the attack.", ["IRN hostility QAT 2022", "QAT tension IRN 2022"]),
    (
      "Hezbollah fired drones at Haifa. The Lebanese group fired rockets at Israel in response.",
      ["HEZBOLLAH hostility ISR 2022", "HEZBOLLAH hostility ISR 2022"]
    ),
    ("Israel struck Beirut. The Lebanese group fired rockets at Israel in response.", ["ISR hostility LBN 2022"]),
    ("The Lebanese government condemned Israel.", ["LBN tension ISR 2022"]),
  ]

  @Test(arguments: descriptions.indices)
  func yieldsDescriptions(_ i: Int) { check(Self.descriptions[i]) }

  /// A gapped clause that ends the sentence ("and Sweden in 2021") repeats a membership for
  /// another member at its own year; other kinds may gap the object, so they do not.
  static let gapping: [(String, [String])] = [
    ("Finland joined NATO in 2020 and Sweden in 2021.", ["FIN membership NATO 2020", "SWE membership NATO 2021"]),
    ("Bulgaria joined the EU in 2007, and Croatia in 2013.", ["BGR membership EU 2007", "HRV membership EU 2013"]),
    ("Russia sold arms to Syria in 2015, and Iran in 2016.", ["RUS arms_supply SYR 2015"]),
  ]

  @Test(arguments: gapping.indices)
  func yieldsGapping(_ i: Int) { check(Self.gapping[i]) }

  /// Facilitators, guarantors and brokers named after talks whose sides a "between" before
  /// them names; a deal facilitated by X in the passive; the restoration of ties brokered
  /// between two states; a shipment's origin is its weapons' maker, not who intercepts it.
  static let facilitators: [(String, [String])] = [
    // (Sudan's army is the catalogue's SAF since the twenty-second round.)
    (
      "Talks between Sudan's army and the RSF resumed in Jeddah, with Saudi Arabia and the United States acting as facilitators.",
      ["SAU mediation RSF 2022", "SAU mediation SAF 2022", "USA mediation RSF 2022", "USA mediation SAF 2022"]
    ),
    // (Sudan's army is the catalogue's SAF since the twenty-second round.)
    (
      "Talks between Sudan's army and the RSF resumed in Jeddah, with Saudi Arabia as facilitator.",
      ["SAU mediation RSF 2022", "SAU mediation SAF 2022"]
    ),
    (
      "The peace deal between Armenia and Azerbaijan was facilitated by the United States.",
      ["ARM hostility AZE 2022", "USA mediation ARM 2022", "USA mediation AZE 2022"]
    ),
    (
      "China brokered the restoration of diplomatic ties between Saudi Arabia and Iran in 2021.",
      ["CHN mediation IRN 2021", "CHN mediation SAU 2021"]
    ),
    // (No mediation; the trade itself is between the two.)
    ("Qatar facilitated trade between Iran and Iraq.", ["IRN trade IRQ 2022"]),
    // The sides mediate nothing between themselves.
    ("Ghana and Togo signed a truce to facilitate peace talks.", ["GHA hostility TGO 2022"]),
    ("The US Navy intercepted a shipment of Iranian weapons bound for the Houthis.", ["IRN arms_supply HOUTHIS 2022"]),
  ]

  @Test(arguments: facilitators.indices)
  func yieldsFacilitators(_ i: Int) { check(Self.facilitators[i]) }

  /// Troops massed or deployed on one's border with X are tension with X (troops deployed to
  /// X itself support X); an act a state is
  /// accused "of" as a noun is alleged, the accusation is the tension.
  static let postures: [(String, [String])] = [
    ("Venezuela massed troops on its border with Guyana.", ["VEN tension GUY 2022"]),
    ("Serbia deployed troops to the border with Kosovo.", ["SRB tension XKX 2022"]),
    // (Deployed to a state by its own name, with no border: the host's support.)
    ("Kenya deployed troops to Haiti.", ["KEN support HTI 2022"]),
    ("Moscow accused Kyiv of a drone attack on the Kremlin.", ["RUS tension UKR 2022"]),
  ]

  @Test(arguments: postures.indices)
  func yieldsPostures(_ i: Int) { check(Self.postures[i]) }

  /// Responsibility claimed for an attack on X, or for one just told of, is the claimant's
  /// hostility; adjectives may stand between a copula and "a NATO ally", and a style that
  /// capitalizes "Ally" after the name still says it.
  static let claimsAndStyles: [(String, [String])] = [
    (
      "Jaish-e-Mohammed claimed responsibility for the attack on Indian troops.",
      ["JAISH_E_MOHAMMED hostility IND 2022"]
    ),
    (
      "Boko Haram attacked Nigerian soldiers in Borno. ISWAP claimed responsibility for the attack.",
      ["BOKO_HARAM hostility NGA 2022", "ISWAP hostility NGA 2022"]
    ),
    ("Nobody claimed responsibility for the attack on Israel.", []),
    ("Romania has been a strong NATO ally since 2004.", ["ROU membership NATO 2004"]),
    ("Romania has been a strong NATO Ally since 2004.", ["ROU membership NATO 2004"]),
    ("The U.S.-Azerbaijan Economic Partnership Commission met in Baku.", []),
  ]

  @Test(arguments: claimsAndStyles.indices)
  func yieldsClaimsAndStyles(_ i: Int) { check(Self.claimsAndStyles[i]) }

  /// Companions ", joined by X and a few other states," act with the subject; limits and
  /// curbs imposed on a state's people are a sanction.
  static let companions: [(String, [String])] = [
    (
      "In 2019, Chad, Niger and Mali, joined by Benin and a few other states, severed relations with Libya and imposed limits on the entry of Libyan nationals.",
      [
        "BEN sanction LBY 2019", "BEN tension LBY 2019", "MLI sanction LBY 2019", "MLI tension LBY 2019",
        "NER sanction LBY 2019", "NER tension LBY 2019", "TCD sanction LBY 2019", "TCD tension LBY 2019",
      ]
    ),
    ("Chad imposed restrictions on the entry of Libyan nationals and vessels.", ["TCD sanction LBY 2022"]),
  ]

  @Test(arguments: companions.indices)
  func yieldsCompanions(_ i: Int) { check(Self.companions[i]) }

  /// Recognition "by X" after the noun's "of" phrase, in an adjunct that keeps its own phase
  /// ("froze the deal following recognition of Y by X" is a recognition that begins).
  static let recognitions: [(String, [String])] = [
    ("Germany froze the deal following recognition of Abkhazia by Russia in 2008.", ["RUS support ABKHAZIA 2008"]),
    (
      "Germany suspended the project in 2021, following official recognition of Abkhazia and South Ossetia by the Russian parliament and President Putin.",
      ["RUS support ABKHAZIA 2021", "RUS support SOUTH_OSSETIA 2021"]
    ),
    ("The invasion of Ukraine by Russia began in 2022.", ["RUS hostility UKR 2022"]),
    // A state's organ after its adjective opens the subordinate clause it is the subject of.
    ("Grain prices soared after the Russian army launched its offensive against Ukraine.", ["RUS hostility UKR 2022"]),
  ]

  @Test(arguments: recognitions.indices)
  func yieldsRecognitions(_ i: Int) { check(Self.recognitions[i]) }

  /// An end agreed on is decided ("agreed to lift the blockade"), as a purchase agreed on
  /// is; other acts agreed to are still to come.
  static let agreedEnds: [(String, [String])] = [
    (
      "In January 2021, Saudi Arabia and Egypt agreed to lift the blockade on Qatar and restore ties.",
      ["EGY sanction QAT 2021", "SAU sanction QAT 2021"]
    ),
    ("The EU agreed to lift sanctions on Syria in 2021.", ["EU sanction SYR 2021"]),
    // (A purchase agreed on is a deal made, as a measure agreed on is: twenty-first round.)
    ("Russia agreed to buy drones from Iran.", ["IRN arms_supply RUS 2022"]),
  ]

  @Test(arguments: agreedEnds.indices)
  func yieldsAgreedEnds(_ i: Int) { check(Self.agreedEnds[i]) }

  /// Phases: a state that became a member or a supplier begins to be one; an end agreed on
  /// ends ("SOURCE kind TARGET YEAR phase").
  static let phases: [(String, [String])] = [
    ("Finland became NATO's 31st member in 2021.", ["FIN membership NATO 2021 begins"]),
    ("Finland became a NATO member in 2021.", ["FIN membership NATO 2021 begins"]),
    ("Finland is NATO's 31st member.", ["FIN membership NATO 2022 holds"]),
    ("The EU agreed to lift sanctions on Syria in 2021.", ["EU sanction SYR 2021 ends"]),
  ]

  @Test(arguments: phases.indices)
  func yieldsPhases(_ i: Int) {
    #expect(WordingClassSentenceTests.run(Self.phases[i].0) == Self.phases[i].1, "\(Self.phases[i].0)")
  }
}
