import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording found in the thirteenth round: hyphenated words, years of founding,
/// sides at war, possessed subjects and more; from sweeps of our own sentences and from two
/// news sets (fresh13, fresh14) whose misses were described as classes and are tuned on
/// from this round.
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct CompoundsFoundingsAndOwnersSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// A hyphenated word the patterns name, closed up or as written ("cease-fire", "stand-off", "peace-keepers",
  /// "S-400"), is one word; names and compounds joined to an actor ("Guinea-Bissau", "Iran-backed") stay as they
  /// were.
  static let hyphenatedWords: [(String, [String])] = [
    ("Israel and Hamas agreed to a cease-fire.", ["ISR hostility HAMAS 2022"]),
    ("Kenya sent peace-keepers to Haiti.", ["KEN support HTI 2022"]),
    ("The stand-off between Serbia and Kosovo deepened.", ["SRB tension XKX 2022"]),
    ("The falling-out between Qatar and Saudi Arabia lasted years.", ["QAT tension SAU 2022"]),
    ("Israel carried out air-strikes on Syria in 2019.", ["ISR hostility SYR 2019"]),
    ("Russia sold S-400 systems to Turkey.", ["RUS arms_supply TUR 2022"]),
    ("Guinea-Bissau joined ECOWAS in 1975.", ["GNB membership ECOWAS 1975"]),
    ("Iran-backed Houthis attacked Saudi Arabia.", ["HOUTHIS hostility SAU 2022", "IRN support HOUTHIS 2022"]),
    ("A cease-fire between Armenia and Azerbaijan took hold in 2020.", ["ARM hostility AZE 2020"]),
    ("The military build-up at the border with Venezuela worried Guyana.", []),
  ]

  @Test(arguments: hyphenatedWords.indices)
  func yieldsHyphenatedWords(_ i: Int) { check(Self.hyphenatedWords[i]) }

  /// A year in an aside of founding before the pattern ("The SCO, established in 2001, is a bloc of") dates the
  /// founding, not the pattern; sides "at war" are a pair, where a war only discussed or feared is none.
  static let foundingsAndWars: [(String, [String])] = [
    (
      "The SCO, established in 2001, is a bloc whose members include China, Russia and India.",
      ["CHN membership SCO 2022", "IND membership SCO 2022", "RUS membership SCO 2022"]
    ),
    ("ECOWAS, founded in 1975, suspended Niger.", ["NER membership ECOWAS 2022"]),
    ("NATO, founded in 1949, admitted Finland in 2023.", ["FIN membership NATO 2023"]),
    ("The SCO was established in 2001 by China and Russia.", ["CHN membership SCO 2001", "RUS membership SCO 2001"]),
    (
      "The RSF's drone campaign against Sudan, launched in 2023, hit the airport.",
      ["RSF hostility SDN 2023"]
    ),
    ("Armenia and Azerbaijan are at war.", ["ARM hostility AZE 2022"]),
    ("Ethiopia and Eritrea were at war from 1998 to 2000.", ["ETH hostility ERI 1998"]),
    ("Kenya and Uganda discussed the war in Sudan.", []),
    ("Russia is at war with Ukraine.", ["RUS hostility UKR 2022"]),
    ("Kenya and Uganda are worried about the war.", []),
    ("France and Germany laid wreaths at war memorials.", []),
    ("Armenia and Azerbaijan were at war in 2020.", ["ARM hostility AZE 2020"]),
    (
      "The talks, created in 2019, were mediated by Qatar between Israel and Hamas.",
      ["QAT mediation HAMAS 2019", "QAT mediation ISR 2019"]
    ),
  ]

  @Test(arguments: foundingsAndWars.indices)
  func yieldsFoundingsAndWars(_ i: Int) { check(Self.foundingsAndWars[i]) }

  /// A subject phrase that is a possessed noun with its of-phrase ("India's purchase of Russian jets angered X"): the
  /// possessor acts, not the actor in the of-phrase.
  static let possessedSubjects: [(String, [String])] = [
    ("India's purchase of Russian jets angered Washington.", ["IND tension USA 2022", "RUS arms_supply IND 2022"]),
    (
      "Turkey's recent purchase of the Russian S-400 angered Washington.",
      ["RUS arms_supply TUR 2022", "TUR tension USA 2022"]
    ),
    ("Iran's sale of drones to Russia angered Ukraine.", ["IRN arms_supply RUS 2022", "IRN tension UKR 2022"]),
    ("Russia's invasion of Ukraine angered Finland.", ["RUS hostility UKR 2022", "RUS tension FIN 2022"]),
    ("Pakistan's purchase of Chinese frigates alarmed India.", ["CHN arms_supply PAK 2022", "IND tension PAK 2022"]),
  ]

  @Test(arguments: possessedSubjects.indices)
  func yieldsPossessedSubjects(_ i: Int) { check(Self.possessedSubjects[i]) }

  /// A name apposed to a description after a preposition or a verb ("from the West African regional bloc ECOWAS",
  /// "the rebel group M23") is the argument, however many adjectives stand before the description; a description
  /// alone names no one.
  static let apposedNames: [(String, [String])] = [
    (
      "Mali, Niger and Burkina Faso withdrew from the West African regional bloc ECOWAS in 2024.",
      ["BFA membership ECOWAS 2024", "MLI membership ECOWAS 2024", "NER membership ECOWAS 2024"]
    ),
    ("Mali withdrew from the 15-member regional bloc ECOWAS.", ["MLI membership ECOWAS 2022"]),
    ("Kenya joined the East African trading bloc EAC in 2000.", ["KEN membership EAC 2000"]),
    ("Rwanda armed the rebel group M23.", ["RWA arms_supply M23 2022"]),
    ("Mali withdrew from the bloc.", []),
    ("Chad left the regional force in the Lake Chad basin.", []),
  ]

  @Test(arguments: apposedNames.indices)
  func yieldsApposedNames(_ i: Int) { check(Self.apposedNames[i]) }

  /// Tension said otherwise: airspace breached, an ambassador asked to leave, a collision course, provocations warned
  /// against, competition for influence; an instrument signed or passed ("a decree imposing sanctions") acts for its
  /// signer.
  static let tensionWordingAndInstruments: [(String, [String])] = [
    ("Putin signed a decree imposing sanctions on Japan.", ["RUS sanction JPN 2022"]),
    ("Putin signed a law imposing sanctions on Japan.", ["RUS sanction JPN 2022"]),
    ("The UN passed a resolution condemning Russia.", ["UN tension RUS 2022"]),
    ("Russian helicopters breached Finnish airspace.", ["RUS tension FIN 2022"]),
    ("Russian drones breached Poland's airspace.", ["RUS tension POL 2022"]),
    ("Niger requested that France's ambassador leave the country.", ["NER tension FRA 2022"]),
    ("Chad is on a collision course with Sudan.", ["TCD tension SDN 2022"]),
    ("Chad and Sudan are on a collision course.", ["TCD tension SDN 2022"]),
    ("Lithuania warned against provocations from Belarus.", ["LTU tension BLR 2022"]),
    ("India competes with China for influence in Nepal.", ["IND tension CHN 2022"]),
    ("Kenya competes with Uganda in athletics.", []),
    ("Niger requested that the UN send aid.", []),
  ]

  @Test(arguments: tensionWordingAndInstruments.indices)
  func yieldsTensionWordingAndInstruments(_ i: Int) { check(Self.tensionWordingAndInstruments[i]) }

  /// Police, peacekeepers or a contingent arriving in a state named as such support it (troops that arrive or land
  /// may be invading; a city is no host); a year before a "when" does not date a pattern with a month of its own; the
  /// sides of talks mediated in a phrase that opens the sentence are the coordinated subjects after its comma, when
  /// they say, agree or sign.
  static let arrivalsAndFrontedSides: [(String, [String])] = [
    ("Kenyan police arrived in Haiti.", ["KEN support HTI 2022"]),
    (
      "A contingent of Rwandan peacekeepers arrived in the Central African Republic.",
      ["RWA support CAF 2022"]
    ),
    ("Israeli troops arrived in Lebanon.", []),
    ("Chinese troops landed in Taiwan.", []),
    ("Russian troops arrived in Kherson.", []),
    ("Russian troops arrived in Ukraine's Donbas region.", []),
    ("The Kenyan president arrived in Haiti.", []),
    (
      "The mission was approved in October 2021 and began when Kenyan police arrived in Haiti in late June.",
      ["KEN support HTI 2022"]
    ),
    (
      "Russia invaded Ukraine in 2014 when its troops crossed the border in February.",
      ["RUS hostility UKR 2014"]
    ),
    (
      "After talks mediated by Qatar, Rwanda and Congo said they would sign a deal.",
      ["QAT mediation COD 2022", "QAT mediation RWA 2022"]
    ),
    (
      "Following Turkish-brokered talks, Somalia and Ethiopia agreed to end their dispute.",
      ["TUR mediation ETH 2022", "TUR mediation SOM 2022"]
    ),
    (
      "After talks mediated by Qatar, Rwanda and Congo have signed a deal.",
      ["QAT mediation COD 2022", "QAT mediation RWA 2022"]
    ),
    ("After talks mediated by Qatar, Rwanda said it would sign a deal.", []),
    ("After the deal mediated by Qatar, Kenya and Uganda praised it.", []),
    (
      "After Qatar mediated the hostage release, Egypt and Jordan said they welcomed it.",
      []
    ),
  ]

  @Test(arguments: arrivalsAndFrontedSides.indices)
  func yieldsArrivalsAndFrontedSides(_ i: Int) { check(Self.arrivalsAndFrontedSides[i]) }

  /// Living "under" an embargo or sanctions with adjectives before them; a state apposed to a bloc's chair, or taking
  /// over its chairmanship, is a member; a noun in an apposition (", a staunch Russian ally,") ends at the comma that
  /// closes it.
  static let sanctionsChairsAndAppositions: [(String, [String])] = [
    ("Cuba has long suffered under an unlawful US embargo.", ["USA sanction CUB 2022"]),
    ("Iran is under harsh US sanctions.", ["USA sanction IRN 2022"]),
    ("Cuba has lived for decades under a US embargo.", ["USA sanction CUB 2022"]),
    ("Indonesia, the current chair of ASEAN, called for calm.", ["IDN membership ASEAN 2022"]),
    ("Laos took over the ASEAN chairmanship in 2024.", ["LAO membership ASEAN 2024"]),
    ("Kenya's foreign minister, the chair of the talks, called for calm.", []),
    (
      "Belarus, a staunch Russian ally, shares borders with Poland and Lithuania.",
      ["BLR alliance RUS 2022"]
    ),
    ("Belarus, a Russian ally, has a long border with Poland.", ["BLR alliance RUS 2022"]),
    ("Poland, the largest supplier of arms to Ukraine, met Germany.", ["POL arms_supply UKR 2022"]),
  ]

  @Test(arguments: sanctionsChairsAndAppositions.indices)
  func yieldsSanctionsChairsAndAppositions(_ i: Int) { check(Self.sanctionsChairsAndAppositions[i]) }

  /// Wording from our own news-style probe (probe11): goods named as garments, fertiliser or goods; imports or
  /// purchases of another's goods ("China's imports of Russian crude", a noun's own of-phrase first); swaps overseen,
  /// proposals relayed, a truce monitored between two sides; financing; shoring up; exports barred; waters intruded
  /// into; a high commissioner expelled.
  static let flowsSwapsAndIntrusions: [(String, [String])] = [
    ("Bangladesh's garment shipments to Germany slowed in 2024.", ["BGD trade DEU 2024"]),
    ("Russia sold fertiliser to Brazil.", ["RUS trade BRA 2022"]),
    ("China's imports of Russian crude rose.", ["RUS trade CHN 2022"]),
    ("India's crude imports from Russia climbed.", ["RUS trade IND 2022"]),
    ("India stepped up purchases of Russian oil.", ["RUS trade IND 2022"]),
    (
      "The EU put a tariff on Chinese steel as punishment for Beijing's purchases of Iranian oil.",
      ["EU sanction CHN 2022", "IRN trade CHN 2022"]
    ),
    (
      "The UAE has overseen prisoner swaps between Moscow and Kyiv.",
      ["ARE mediation RUS 2022", "ARE mediation UKR 2022"]
    ),
    ("Qatar relayed proposals between Israel and Hamas.", ["QAT mediation HAMAS 2022", "QAT mediation ISR 2022"]),
    (
      "Russian peacekeepers monitored the truce between Armenia and Azerbaijan.",
      ["ARM hostility AZE 2022", "RUS mediation ARM 2022", "RUS mediation AZE 2022"]
    ),
    ("Iran's financing of Hamas is estimated in the hundreds of millions.", ["IRN support HAMAS 2022"]),
    ("Uganda shored up the government in Juba.", ["UGA support SSD 2022"]),
    ("China barred exports of gallium to the US.", ["CHN sanction USA 2022"]),
    ("Chinese coast guard vessels intruded into Japanese waters.", ["CHN tension JPN 2022"]),
    ("Vanuatu expelled the Australian high commissioner in 2023.", ["VUT tension AUS 2023"]),
    ("Washington warned against purchases of Iranian oil.", []),
    ("India boosted imports of Russian coal in 2023.", ["RUS trade IND 2023"]),
  ]

  @Test(arguments: flowsSwapsAndIntrusions.indices)
  func yieldsFlowsSwapsAndIntrusions(_ i: Int) { check(Self.flowsSwapsAndIntrusions[i]) }

  /// Two subjects that cut or broke off ties are the pair; talk or suggestions of a rift dismissed are doubted; a
  /// relative that says when the antecedent began dates it, and one with a governing verb ("which began arming")
  /// takes its antecedent as subject; an entry to fight another is no attack on the state entered; a council or envoy
  /// after a state's possessive is that state's organ.
  static let tiesEntriesAndOrgans: [(String, [String])] = [
    ("Egypt's military alliance with the UAE is intact.", ["EGY alliance ARE 2022"]),
    ("Morocco and Algeria broke off diplomatic relations in 2021.", ["MAR tension DZA 2021"]),
    ("Morocco and Algeria severed ties.", ["MAR tension DZA 2022"]),
    ("Qatar and Egypt cut ties with Iran.", ["EGY tension IRN 2022", "QAT tension IRN 2022"]),
    ("Officials in Canberra dismissed talk of a rift with Washington.", []),
    ("Officials dismissed suggestions of a rift between Japan and Korea.", []),
    ("A row between Australia and China, which began in 2020, eased.", ["AUS tension CHN 2020"]),
    (
      "Russia sanctioned Canada, which began arming Ukraine in 2014.",
      ["CAN arms_supply UKR 2014", "RUS sanction CAN 2022"]
    ),
    ("Iran condemned Britain, which continued to arm Israel.", ["GBR arms_supply ISR 2022", "IRN tension GBR 2022"]),
    ("Kenyan forces entered Somalia in 2011 to fight al-Shabaab.", ["KEN hostility AL_SHABAAB 2011"]),
    ("Rwandan troops entered Mozambique to fight insurgents.", []),
    ("Russian troops entered Ukraine in 2022.", ["RUS hostility UKR 2022"]),
    ("Ukraine's security council sanctioned Iranian drone makers.", ["UKR sanction IRN 2022"]),
    ("Ukraine's National Security Council sanctioned Iranian drone makers.", ["UKR sanction IRN 2022"]),
    ("The Security Council imposed sanctions on North Korea.", ["UN sanction PRK 2022"]),
    ("Russia's UN ambassador criticised Ukraine.", ["RUS tension UKR 2022"]),
    ("Russian troops entered.", []),
    ("Russian troops entered Georgia to confront Georgian troops.", ["RUS hostility GEO 2022"]),
    ("Russia's Council of Europe membership ended in 2022.", ["RUS membership COUNCIL_OF_EUROPE 2022"]),
    ("China condemned a decree imposing sanctions on Iran.", []),
    ("Iran's proxy of Hezbollah attacked Israel.", ["HEZBOLLAH hostility ISR 2022"]),
    ("Israel attacked the group Iran funds in Syria.", []),
  ]

  @Test(arguments: tiesEntriesAndOrgans.indices)
  func yieldsTiesEntriesAndOrgans(_ i: Int) { check(Self.tiesEntriesAndOrgans[i]) }

  /// Money committed or earmarked to a state supports it; a month after the document's month dates a pattern in the
  /// year before only when near it, in its clause, and not said to be still to come ("will hold drills in August").
  static let moneyAndMonths: [(String, [String])] = [
    ("The EU is committing 50 million euros to Moldova.", ["EU support MDA 2022"]),
    ("Japan earmarked 2 billion dollars for Ukraine.", ["JPN support UKR 2022"]),
    ("China, which backs Cambodia, will hold drills there in August.", ["CHN support KHM 2022"]),
    ("China, which backs Cambodia, held drills there in August.", ["CHN support KHM 2022"]),
    (
      "Drills will be held on August 18 despite doubts from Laos, which relies on China for aid.",
      ["CHN support LAO 2022"]
    ),
    ("Russia attacked Ukraine in August.", ["RUS hostility UKR 2021"]),
    ("In August, Russia attacked Ukraine.", ["RUS hostility UKR 2021"]),
  ]

  @Test(arguments: moneyAndMonths.indices)
  func yieldsMoneyAndMonths(_ i: Int) { check(Self.moneyAndMonths[i]) }

  /// Weapons handed over, donated or gifted to a state are supplied by the state on them; the training of a state's
  /// pilots or recruits supports it; recruits are forces; a mutual aid treaty allies its signers.
  static let handoversTrainingAndTreaties: [(String, [String])] = [
    ("Brazilian aircraft were handed over to Paraguay's air force.", ["BRA arms_supply PRY 2022"]),
    ("German tanks donated to Ukraine arrived in 2023.", ["DEU arms_supply UKR 2023"]),
    ("Chinese jets were gifted to Laos.", ["CHN arms_supply LAO 2022"]),
    ("Kenya handed the summit to Uganda.", []),
    ("Britain's training of Ukrainian recruits continues.", ["GBR support UKR 2022"]),
    ("Denmark's training of Ukrainian pilots began in 2023.", ["DNK support UKR 2023"]),
    ("Kenya sent 400 recruits to Haiti.", ["KEN support HTI 2022"]),
    ("North Korea and China signed a mutual aid treaty in 1961.", ["PRK alliance CHN 1961"]),
    (
      "Mali, Niger and Burkina Faso strengthened their alliance in 2023.",
      ["MLI alliance BFA 2023", "MLI alliance NER 2023", "NER alliance BFA 2023"]
    ),
  ]

  @Test(arguments: handoversTrainingAndTreaties.indices)
  func yieldsHandoversTrainingAndTreaties(_ i: Int) { check(Self.handoversTrainingAndTreaties[i]) }

  /// The last conjunct before a finite verb with an object of its own starts a new clause ("Iran backed Hamas and the
  /// United States backed Israel"; "exports to A and B rose" keeps both); a subordinate clause after the pattern ("as
  /// tensions with X rose", "while sanctions on Y rose") keeps its own prepositions and gives its nouns no agent from
  /// the main clause.
  static let clausesThatLeak: [(String, [String])] = [
    ("Iran backed Hamas and the United States backed Israel.", ["IRN support HAMAS 2022", "USA support ISR 2022"]),
    (
      "Iran backed the Houthis; the United States backed Saudi Arabia.",
      ["IRN support HOUTHIS 2022", "USA support SAU 2022"]
    ),
    (
      "Iran backed the Houthis and Washington backed Saudi Arabia.",
      ["IRN support HOUTHIS 2022", "USA support SAU 2022"]
    ),
    (
      "Iran armed the Houthis, and the United States supplied Saudi Arabia with munitions.",
      ["IRN arms_supply HOUTHIS 2022", "USA arms_supply SAU 2022"]
    ),
    (
      "While Iran armed the Houthis, the United States supplied Saudi Arabia with munitions.",
      ["IRN arms_supply HOUTHIS 2022", "USA arms_supply SAU 2022"]
    ),
    (
      "South Korea's chip exports to Taiwan and the United States rose sharply.",
      ["KOR trade TWN 2022", "KOR trade USA 2022"]
    ),
    ("Iran backed Hamas and Hezbollah.", ["IRN support HAMAS 2022", "IRN support HEZBOLLAH 2022"]),
    (
      "Russia sanctioned Canada, Britain and the United States.",
      ["RUS sanction CAN 2022", "RUS sanction GBR 2022", "RUS sanction USA 2022"]
    ),
    (
      "Ethiopia and Kenya signed a defence agreement in 2021 as tensions with Somalia rose.",
      ["ETH alliance KEN 2021"]
    ),
    ("China bought oil from Iran while sanctions on Russia rose.", ["IRN trade CHN 2022"]),
    ("Kenya sent aid to Somalia as well as Ethiopia.", ["KEN support ETH 2022", "KEN support SOM 2022"]),
    (
      "Norway served as mediator between Colombia and the FARC.", ["NOR mediation COL 2022", "NOR mediation FARC 2022"]
    ),
  ]

  @Test(arguments: clausesThatLeak.indices)
  func yieldsClausesThatLeak(_ i: Int) { check(Self.clausesThatLeak[i]) }

  /// A price, trade, tariff or currency war is no fighting (a trade war is tension); "any attack on X" names no act;
  /// troops entering a state to help there attack no one, unless the foe named is a state; militants pushed back are
  /// fought, not backed.
  static let figurativeWarsAndEntries: [(String, [String])] = [
    ("The price war between Saudi Arabia and Russia hit oil markets.", []),
    ("Israel and Iran trade strikes.", ["ISR hostility IRN 2022"]),
    ("The trade war between the United States and China escalated in 2019.", ["USA tension CHN 2019"]),
    ("Russia's war against Ukraine continues.", ["RUS hostility UKR 2022"]),
    ("Saudi troops entered Bahrain to help crush protests.", []),
    ("Russian troops entered Georgia to protect Russian citizens.", ["RUS hostility GEO 2022"]),
    ("Rwandan troops have pushed back Islamic State militants.", ["RWA hostility ISIL 2022"]),
    ("Any attack on Estonia would draw a NATO response.", []),
  ]

  @Test(arguments: figurativeWarsAndEntries.indices)
  func yieldsFigurativeWarsAndEntries(_ i: Int) { check(Self.figurativeWarsAndEntries[i]) }

  /// From probe12: a seat regained in a bloc, entry into it, remaining in it; refuge or sanctuary given, a group
  /// harboured, money funnelled or transferred; an envoy ordered out; relations that hit a low; FACT as the Chadian
  /// group's abbreviation.
  static let seatsSanctuaryAndLows: [(String, [String])] = [
    ("Syria regained its seat in the Arab League in 2023.", ["SYR membership ARAB_LEAGUE 2023"]),
    ("Somalia's entry into the EAC was finalised in 2024.", ["SOM membership EAC 2024"]),
    ("Hungary remains in NATO and the EU.", ["HUN membership EU 2022", "HUN membership NATO 2022"]),
    ("Kenya remains in talks with Somalia.", []),
    ("Venezuela has given refuge to ELN guerrillas.", ["VEN support ELN 2022"]),
    ("Pakistan harboured the Taliban.", ["PAK support TALIBAN 2022"]),
    ("Iran funnels millions of dollars to Hezbollah.", ["IRN support HEZBOLLAH 2022"]),
    ("Kenya transferred the suspect to Uganda.", []),
    ("Niger's junta ordered France's envoy out of Niamey in 2023.", ["NER tension FRA 2023"]),
    ("Relations between Colombia and Israel hit a low in 2024.", ["COL tension ISR 2024"]),
    ("Qatar mediated between Chad and FACT rebels.", ["QAT mediation FACT 2022", "QAT mediation TCD 2022"]),
  ]

  @Test(arguments: seatsSanctuaryAndLows.indices)
  func yieldsSeatsSanctuaryAndLows(_ i: Int) { check(Self.seatsSanctuaryAndLows[i]) }

  /// A participle that opens the sentence ("Having signed a treaty with X,", "Backed by Russia,", "Armed by Iran,")
  /// takes the main clause's subject after its comma, when a verb follows it; a subject that names no actor gives
  /// none.
  static let openingParticiples: [(String, [String])] = [
    (
      "Having signed a mutual defence treaty with the Philippines in 1951, the United States reaffirmed it in 2023.",
      ["USA alliance PHL 1951"]
    ),
    ("Backed by Russia, Serbia rejected the plan.", ["RUS support SRB 2022"]),
    (
      "Armed by Iran, the Houthis attacked Saudi Arabia.",
      ["HOUTHIS hostility SAU 2022", "IRN arms_supply HOUTHIS 2022"]
    ),
    ("Citing security concerns, Kenya closed its border with Somalia.", ["KEN tension SOM 2022"]),
    ("Facing sanctions from Washington, Iran turned to China.", ["USA sanction IRN 2022"]),
    ("Backed by Russia, the plan failed.", []),
  ]

  @Test(arguments: openingParticiples.indices)
  func yieldsOpeningParticiples(_ i: Int) { check(Self.openingParticiples[i]) }

  /// States that form, create or launch a body "called", "named" or "known as" X join X (no pact among them; a body
  /// that is no bloc names nothing); states that support or back strikes "by" others support the strikers; who
  /// endorses strikes did not carry them out.
  static let bodiesCalledAndStrikesBacked: [(String, [String])] = [
    (
      "Brazil, Argentina, Uruguay and Paraguay form a close-knit alliance called Mercosur.",
      [
        "ARG membership MERCOSUR 2022", "BRA membership MERCOSUR 2022", "PRY membership MERCOSUR 2022",
        "URY membership MERCOSUR 2022",
      ]
    ),
    (
      "Mali, Niger and Burkina Faso formed an alliance known as the AES in 2023.",
      ["BFA membership AES 2023", "MLI membership AES 2023", "NER membership AES 2023"]
    ),
    (
      "Mali, Niger and Burkina Faso created a confederation named the AES.",
      ["BFA membership AES 2022", "MLI membership AES 2022", "NER membership AES 2022"]
    ),
    (
      "Mali, Niger and Burkina Faso formed an alliance in 2023.",
      ["MLI alliance BFA 2023", "MLI alliance NER 2023", "NER alliance BFA 2023"]
    ),
    ("Kenya and Uganda formed a committee called the Joint Commission.", []),
    (
      "Canada, Australia and the Netherlands supported the strikes by the United States and Britain.",
      [
        "AUS support GBR 2022", "AUS support USA 2022", "CAN support GBR 2022", "CAN support USA 2022",
        "NLD support GBR 2022", "NLD support USA 2022",
      ]
    ),
    ("Canada endorsed the strikes on Yemen.", []),
  ]

  @Test(arguments: bodiesCalledAndStrikesBacked.indices)
  func yieldsBodiesCalledAndStrikesBacked(_ i: Int) { check(Self.bodiesCalledAndStrikesBacked[i]) }

  /// From fresh16's classes: cooperation, a partnership or an alliance between two actors condemned or criticised
  /// sets the condemner against both (fighting between them does not); strikes supported "by" others support the
  /// strikers.
  static let tiesCondemned: [(String, [String])] = [
    (
      "Brazil and Chile strongly condemned the growing military cooperation between Iran and Venezuela.",
      ["BRA tension IRN 2022", "BRA tension VEN 2022", "CHL tension IRN 2022", "CHL tension VEN 2022"]
    ),
    (
      "Japan condemned the cooperation between Russia and North Korea.",
      ["JPN tension PRK 2022", "JPN tension RUS 2022"]
    ),
    ("Japan condemned the fighting between Russia and Ukraine.", ["RUS hostility UKR 2022"]),
    (
      "Spain and Greece supported the strikes by France and Italy.",
      ["ESP support FRA 2022", "ESP support ITA 2022", "GRC support FRA 2022", "GRC support ITA 2022"]
    ),
  ]

  @Test(arguments: tiesCondemned.indices)
  func yieldsTiesCondemned(_ i: Int) { check(Self.tiesCondemned[i]) }
}
