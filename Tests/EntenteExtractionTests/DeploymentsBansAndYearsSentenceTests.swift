import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording found in the twelfth round: deployments, bans, mediators and backed
/// sides, tension wording, requests, years that date another event, and the targets'
/// holders; from sweeps of our own sentences and from two held-out news sets (fresh10,
/// fresh11) whose misses were described as classes and are tuned on from this round.
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct DeploymentsBansAndYearsSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// Troops, police or peacekeepers deployed, sent or stationed to or in a state named as such support it; "into" a
  /// state is an incursion, "to" its border a show of force, and a city, a region or "northern X" is no host; forces
  /// withdrawn from a state end that support.
  static let deployments: [(String, [String])] = [
    ("Egypt deployed troops to Somalia.", ["EGY support SOM 2022"]),
    ("Egypt has deployed 1,000 troops to Somalia under the AU mission.", ["EGY support SOM 2022"]),
    ("Chad stationed troops in Niger.", ["TCD support NER 2022"]),
    ("Rwanda sent troops to Mozambique in 2021.", ["RWA support MOZ 2021"]),
    ("The United States deployed troops to Poland.", ["USA support POL 2022"]),
    ("Kenya sent police officers to Haiti in 2021.", ["KEN support HTI 2021"]),
    ("Russia sent troops into Ukraine in 2022.", ["RUS hostility UKR 2022"]),
    ("Russia sent troops to Ukraine's border.", ["RUS tension UKR 2022"]),
    ("India deployed soldiers to the Chinese border.", ["IND tension CHN 2022"]),
    ("Russia deployed troops to Crimea in 2014.", []),
    ("Ukraine sent troops to Kursk.", []),
    ("Turkey sent troops to northern Syria to fight the YPG.", ["TUR hostility YPG 2022"]),
    ("Russia sent troops to Abkhazia.", []),
    ("Britain sent warships to the Gulf.", []),
    ("Burundi has deployed a battalion of peacekeepers to Somalia.", ["BDI support SOM 2022"]),
    ("France withdrew its troops from Mali in 2022.", ["FRA support MLI 2022"]),
    ("The withdrawal of French troops from Mali ended in 2022.", ["FRA support MLI 2022"]),
    ("Russia withdrew its troops from Kherson in 2022.", []),
    ("Israel withdrew its troops from southern Lebanon in 2000.", []),
    // (An announced withdrawal with a plain "will" ends the support it names, as one made does.)
    ("France will withdraw its troops from Niger.", ["FRA support NER 2022"]),
  ]

  @Test(arguments: deployments.indices)
  func yieldsDeployments(_ i: Int) { check(Self.deployments[i]) }

  /// A buyer's arms or oil purchases suspended, halted or stopped end the supply; relief rushed, flown or delivered
  /// to a state is aid; a cause championed is support.
  static let purchasesAndRelief: [(String, [String])] = [
    ("Colombia suspended arms purchases from Israel.", ["ISR arms_supply COL 2022"]),
    ("Colombia halted purchases of weapons from Israel in 2021.", ["ISR arms_supply COL 2021"]),
    ("Colombia stopped arms purchases from Israel after the raid.", ["ISR arms_supply COL 2022"]),
    ("India halted purchases of oil from Russia in 2021.", ["RUS trade IND 2021"]),
    ("Turkey criticised arms purchases from Russia.", []),
    ("India rushed relief supplies to Sri Lanka after the cyclone.", ["IND support LKA 2022"]),
    ("Turkey flew relief to Syria after the earthquake.", ["TUR support SYR 2022"]),
    ("Algeria has long championed the cause of the Polisario Front.", ["DZA support POLISARIO 2022"]),
    ("The Red Cross delivered relief to the region.", []),
  ]

  @Test(arguments: purchasesAndRelief.indices)
  func yieldsPurchasesAndRelief(_ i: Int) { check(Self.purchasesAndRelief[i]) }

  /// Acronyms written as words ("Ecowas", "Nato") name their organization; people "affiliated with", "belonging to"
  /// or envoys "from" an actor act for it.
  static let acronymsAndAllegiance: [(String, [String])] = [
    ("Ecowas imposed sanctions on Guinea in 2021.", ["ECOWAS sanction GIN 2021"]),
    ("Sadc deployed troops to Mozambique in 2021.", ["SADC support MOZ 2021"]),
    ("Igad mediated between Sudan and South Sudan.", ["IGAD mediation SDN 2022", "IGAD mediation SSD 2022"]),
    ("Nato admitted Finland in 2023.", ["FIN membership NATO 2023"]),
    (
      "Ambassadors from Poland and Hungary were summoned by Ukraine.", ["UKR tension HUN 2022", "UKR tension POL 2022"]
    ),
    ("Fighters affiliated with Hezbollah attacked Israeli positions.", ["HEZBOLLAH hostility ISR 2022"]),
    ("Militants belonging to the Islamic State attacked Nigerien troops.", ["ISIL hostility NER 2022"]),
    (
      "Officials from Qatar mediated between Israel and Hamas.", ["QAT mediation HAMAS 2022", "QAT mediation ISR 2022"]
    ),
    ("France recalled its ambassador from Niger.", ["FRA tension NER 2022"]),
    ("Refugees from Syria crossed into Turkey.", []),
  ]

  @Test(arguments: acronymsAndAllegiance.indices)
  func yieldsAcronymsAndAllegiance(_ i: Int) { check(Self.acronymsAndAllegiance[i]) }

  /// Entry, airspace and visa bans aimed at a state; "belong to" an organization is membership (not a territory's
  /// belonging); blocked exports or access are sanctions.
  static let bansAndBelonging: [(String, [String])] = [
    ("Togo prohibited Ghanaian officials from entering its territory.", ["TGO sanction GHA 2022"]),
    ("Algeria closed its air space to Moroccan aircraft in 2021.", ["DZA tension MAR 2021"]),
    ("Russia halted visas for Georgian citizens.", ["RUS tension GEO 2022"]),
    ("Russia suspended visas for Georgians in 2021.", ["RUS tension GEO 2021"]),
    ("The law prohibits the sale of weapons to Sudan.", []),
    ("Armenia belongs to the CSTO.", ["ARM membership CSTO 2022"]),
    (
      "Kenya and Uganda, which belong to the EAC, signed a deal.",
      ["KEN membership EAC 2022", "UGA membership EAC 2022"]
    ),
    ("Crimea belongs to Ukraine.", []),
    ("Chad blocked Sudanese oil exports.", ["TCD sanction SDN 2022"]),
    ("Chad blocked Sudan's access to its port.", ["TCD sanction SDN 2022"]),
  ]

  @Test(arguments: bansAndBelonging.indices)
  func yieldsBansAndBelonging(_ i: Int) { check(Self.bansAndBelonging[i]) }

  /// Talks orchestrated or steered and meetings arranged between two sides are mediation; in "between the X-backed A
  /// and B" the backer is no side, in "between the X-led coalition and B" the leader is; who settles disputes is no
  /// side of them.
  static let mediatorsAndBackedSides: [(String, [String])] = [
    ("Oman orchestrated talks between Iran and Saudi Arabia.", ["OMN mediation IRN 2022", "OMN mediation SAU 2022"]),
    (
      "Qatar steered the negotiations between Israel and Hamas.",
      ["QAT mediation HAMAS 2022", "QAT mediation ISR 2022"]
    ),
    ("Turkey organised a meeting between Sudan and the UAE.", ["TUR mediation ARE 2022", "TUR mediation SDN 2022"]),
    (
      "Kenya arranged a meeting between the leaders of Ethiopia and Eritrea in 2021.",
      ["KEN mediation ERI 2021", "KEN mediation ETH 2021"]
    ),
    (
      "Kenya brokered a ceasefire between the Rwandan-backed M23 and Congo.",
      ["KEN mediation COD 2022", "KEN mediation M23 2022", "M23 hostility COD 2022", "RWA support M23 2022"]
    ),
    (
      "Egypt mediated between the Iran-backed Hamas and Israel.",
      ["EGY mediation HAMAS 2022", "EGY mediation ISR 2022", "IRN support HAMAS 2022"]
    ),
    (
      "Fighting between the Iran-backed Houthis and Saudi Arabia resumed.",
      ["HOUTHIS hostility SAU 2022", "IRN support HOUTHIS 2022"]
    ),
    (
      "The war between the Saudi-led coalition and the Houthis killed thousands.",
      ["SAU hostility HOUTHIS 2022"]
    ),
    ("Fighting between the French-led force and JNIM intensified in 2021.", ["FRA hostility JNIM 2021"]),
    ("Norway and Switzerland have long been involved in settling disputes.", []),
    ("Kenya and Ghana settled their border dispute in 2020.", ["KEN tension GHA 2020"]),
  ]

  @Test(arguments: mediatorsAndBackedSides.indices)
  func yieldsMediatorsAndBackedSides(_ i: Int) { check(Self.mediatorsAndBackedSides[i]) }

  /// Pressure put on a state, anger drawn in one, military build-ups near or at a border, coming under fire or
  /// attack, and tensions "amid" which a state acts.
  static let tensionWording: [(String, [String])] = [
    ("France stepped up pressure on Mali over the elections.", ["FRA tension MLI 2022"]),
    ("Pressure on Iran grew.", []),
    ("Serbia's pact with Russia drew fury in Croatia.", ["HRV tension SRB 2022"]),
    ("Chad's decision caused outrage in Sudan.", ["SDN tension TCD 2022"]),
    ("The pact sparked anger in Croatia.", []),
    ("Turkey announced a military buildup at its border with Syria.", ["TUR tension SYR 2022"]),
    ("Russia's build-up near Ukraine alarmed the Baltic states.", ["RUS tension UKR 2022"]),
    ("Russia built up forces near Ukraine in 2021.", ["RUS tension UKR 2021"]),
    ("China built up its navy.", []),
    ("Israeli positions came under fire from Hezbollah.", ["HEZBOLLAH hostility ISR 2022"]),
    ("Ukraine came under attack by Russia in 2021.", ["RUS hostility UKR 2021"]),
    ("Eritrea, amid tensions with Ethiopia, closed its embassy.", ["ERI tension ETH 2022"]),
    ("Eritrea signed a deal with Kenya despite tensions with Ethiopia.", ["ERI tension ETH 2022"]),
  ]

  @Test(arguments: tensionWording.indices)
  func yieldsTensionWording(_ i: Int) { check(Self.tensionWording[i]) }

  /// "Called on X to" asks, and the act asked for is no one's; an active verb's thing patient stands after the verb
  /// ("Vietnamese troops killed Cambodian soldiers"); region adjectives such as "South American" are no United States
  /// and pick their states for a description; a treaty ally in apposition; "efforts to end" a war or sanctions are an
  /// attempt, which ends nothing.
  static let requestsThingsAndDescriptions: [(String, [String])] = [
    ("Brazil called on the EU to lift sanctions on Venezuela.", []),
    ("Brazil called on the EU to impose sanctions on Venezuela.", []),
    ("Brazil helped the EU to lift sanctions on Venezuela.", ["BRA support EU 2022", "EU sanction VEN 2022"]),
    ("Vietnamese soldiers killed Cambodian troops.", ["VNM hostility KHM 2022"]),
    ("Indian soldiers wounded two Chinese troops in the clash.", ["IND hostility CHN 2022"]),
    ("The Kachin Independence Army overran a base near the Chinese border.", []),
    (
      "The Houthis, backed chiefly by Iran, attacked Saudi Arabia.",
      ["HOUTHIS hostility SAU 2022", "IRN support HOUTHIS 2022"]
    ),
    (
      "Madrid criticized Bolivia. Spain cut aid to the South American country.",
      ["ESP support BOL 2022", "ESP tension BOL 2022"]
    ),
    (
      "Madrid criticized Honduras. Spain cut aid to the Central American country.",
      ["ESP support HND 2022", "ESP tension HND 2022"]
    ),
    ("Latin American leaders met in Brasilia.", []),
    ("Japan's treaty ally, the United States, sent warships to the area.", ["JPN alliance USA 2022"]),
    (
      "The African Union is leading efforts to end the war between Ethiopia and the TPLF.",
      ["AU mediation ETH 2022", "AU mediation TPLF 2022"]
    ),
    ("Turkey led efforts to end the sanctions on Iran.", []),
    ("Brazil lifted the embargo on Cuba in 2021.", ["BRA sanction CUB 2021"]),
  ]

  @Test(arguments: requestsThingsAndDescriptions.indices)
  func yieldsRequestsThingsAndDescriptions(_ i: Int) { check(Self.requestsThingsAndDescriptions[i]) }

  /// A year that dates another event does not date the relation: a figure compared ("up from $1.5 billion last year"), a
  /// concessive phrase ("despite a 2019 accord"), a relative clause after a comma; a relation noun that is the
  /// subject of a present perfect holds at the document's date; exports "from X to Y".
  static let yearsOfAnotherEvent: [(String, [String])] = [
    (
      "Russian forces keep shelling Georgian villages despite a 2019 ceasefire accord.",
      ["RUS hostility GEO 2022"]
    ),
    (
      "Chile's navy struck Peruvian boats, which Lima says was revenge for last year's border incident.",
      ["CHL hostility PER 2022"]
    ),
    (
      "Trade between Kenya and Uganda rose to $2 billion, up from $1.5 billion last year.",
      ["KEN trade UGA 2022"]
    ),
    (
      "Chile closed its border with Peru in March 2020. The dispute between Peru and Chile has escalated.",
      ["CHL tension PER 2020", "PER tension CHL 2022"]
    ),
    (
      "In 2020 Chile closed its border with Peru. The dispute between Peru and Chile was bitter.",
      ["CHL tension PER 2020", "PER tension CHL 2020"]
    ),
    ("Frictions between Mali and Chad have grown since 2020.", ["MLI tension TCD 2020"]),
    (
      "Oil exports from Iraq to India fell to 900,000 barrels, down from a million in 2019.",
      ["IRQ trade IND 2022"]
    ),
    ("Exports of oil from Iraq to India rose.", ["IRQ trade IND 2022"]),
    ("Exports from Iraq rose.", []),
  ]

  @Test(arguments: yearsOfAnotherEvent.indices)
  func yieldsYearsOfAnotherEvent(_ i: Int) { check(Self.yearsOfAnotherEvent[i]) }

  /// Targets named with their holder ("depots used by X", "camps and positions held by X"); an -s word after a past
  /// verb is a noun ("struck arms depots"); proxies take their own adjective.
  static let holdersAndProxies: [(String, [String])] = [
    ("Israel struck depots used by Hezbollah.", ["ISR hostility HEZBOLLAH 2022"]),
    ("Israel struck camps and positions held by Hezbollah.", ["ISR hostility HEZBOLLAH 2022"]),
    ("Israel struck weapons depots used by Hezbollah.", ["ISR hostility HEZBOLLAH 2022"]),
    ("Israel struck arms depots belonging to Hezbollah.", ["ISR hostility HEZBOLLAH 2022"]),
    ("Israel struck camps and Hezbollah fired back.", []),
    ("Iran armed Hezbollah and arms the Houthis.", ["IRN arms_supply HEZBOLLAH 2022", "IRN arms_supply HOUTHIS 2022"]),
    (
      "Israel's campaign against Iranian proxies, including Hezbollah, intensified.",
      ["IRN support HEZBOLLAH 2022"]
    ),
    (
      "Iran's proxies, including Hezbollah and the Houthis, attacked Israel.",
      [
        "HEZBOLLAH hostility ISR 2022", "HOUTHIS hostility ISR 2022", "IRN support HEZBOLLAH 2022",
        "IRN support HOUTHIS 2022",
      ]
    ),
    ("Kyrgyzstan said its forces repelled Tajik attacks.", ["KGZ hostility TJK 2022"]),
  ]

  @Test(arguments: holdersAndProxies.indices)
  func yieldsHoldersAndProxies(_ i: Int) { check(Self.holdersAndProxies[i]) }

  /// Support and tension said otherwise: leaning on a backer for security, intelligence provided or shared, money poured
  /// into a state, forces trained; troops asked to withdraw, a diplomat told to leave, concern voiced over another's
  /// act, threats traded, relations frozen; a security deal; a state rattled; leaders hosted for peace talks, a side taken, forces moved, a bloc
  /// led.
  static let saidOtherwise: [(String, [String])] = [
    ("Mali has leaned on Russia for security since the coup.", ["RUS support MLI 2022"]),
    ("Moscow provided Damascus with intelligence.", ["RUS support SYR 2022"]),
    ("The US shared intelligence with Ukraine.", ["USA support UKR 2022"]),
    ("The UAE has poured billions into Egypt's economy.", ["ARE support EGY 2022"]),
    ("Iran pumped money into Hezbollah.", ["IRN support HEZBOLLAH 2022"]),
    ("Washington trained Colombia's special forces.", ["USA support COL 2022"]),
    ("The Maldives asked India to withdraw its troops by March.", ["MDV tension IND 2022"]),
    ("The US asked Japan to withdraw from the talks.", []),
    ("Mali's junta told France's ambassador to leave within 72 hours.", ["MLI tension FRA 2022"]),
    ("Tashkent voiced concern over the Taliban's canal project.", ["UZB tension TALIBAN 2022"]),
    ("Kenya expressed concern over the situation in Sudan.", []),
    ("Israel and Iran traded threats in 2021.", ["ISR tension IRN 2021"]),
    ("Relations between Rabat and Algiers have been frozen since 2021.", ["MAR tension DZA 2021"]),
    ("Qatar, which hosts the Taliban's political office, called for calm.", []),
    ("The pact rattled Australia.", []),
    ("Russia's moves rattled Finland.", ["RUS tension FIN 2022"]),
    ("Turkey signed a security deal with Libya in 2019.", ["TUR alliance LBY 2019"]),
    (
      "The minister and his counterparts from Qatar and Egypt condemned Israel.",
      ["EGY tension ISR 2022", "QAT tension ISR 2022"]
    ),
    ("Iran supplied Russia with bombs.", ["IRN arms_supply RUS 2022"]),
    ("Syria received weaponry from Iran.", ["IRN arms_supply SYR 2022"]),
    ("Relations between Male and New Delhi have cooled.", ["MDV tension IND 2022"]),
    (
      "Kenya hosted the leaders of Ethiopia and Eritrea for peace talks.",
      ["KEN mediation ERI 2022", "KEN mediation ETH 2022"]
    ),
    ("Kenya hosted Ethiopian and Eritrean officials.", []),
    ("Belgium moved soldiers to Benin.", ["BEL support BEN 2022"]),
    // (Sudan's army is the catalogue's SAF since the twenty-second round.)
    ("Egypt has openly taken the side of the Sudanese army.", ["EGY support SAF 2022"]),
    ("Saudi Arabia leads the GCC.", ["SAU membership GCC 2022"]),
    ("Russia led the offensive against Ukraine.", ["RUS hostility UKR 2022"]),
  ]

  @Test(arguments: saidOtherwise.indices)
  func yieldsSaidOtherwise(_ i: Int) { check(Self.saidOtherwise[i]) }
}
