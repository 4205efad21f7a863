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
@Suite struct DashesAndDecisionsSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// An organization's name, then a list of states between two dashes (or a dash and the sentence's end),
  /// lists its members; a list that holds anything else, or a single state, lists none.
  static let dashedMembers: [(String, [String])] = [
    (
      "The Group of Seven — Britain, Canada and Japan — condemned the launch.",
      ["CAN membership G7 2022", "GBR membership G7 2022", "JPN membership G7 2022"]
    ),
    (
      "The Quad - India, Japan, Australia and the United States - met in Tokyo.",
      ["AUS membership QUAD 2022", "IND membership QUAD 2022", "JPN membership QUAD 2022", "USA membership QUAD 2022"]
    ),
    (
      "Leaders of ASEAN — Vietnam, Laos and Cambodia — gathered in Hanoi.",
      ["KHM membership ASEAN 2022", "LAO membership ASEAN 2022", "VNM membership ASEAN 2022"]
    ),
    (
      "The summit drew the Quad — India, Japan, Australia and the United States.",
      ["AUS membership QUAD 2022", "IND membership QUAD 2022", "JPN membership QUAD 2022", "USA membership QUAD 2022"]
    ),
    ("The Group of Seven — Britain in particular — condemned the launch.", []),
    ("NATO — and Poland above all — condemned the launch.", []),
    ("NATO — Poland said on Monday — is ready.", []),
    (
      "The Group of Seven — Britain, Canada and Japan — imposed sanctions on Belarus.",
      [
        "CAN membership G7 2022", "CAN sanction BLR 2022", "G7 sanction BLR 2022", "GBR membership G7 2022",
        "GBR sanction BLR 2022", "JPN membership G7 2022", "JPN sanction BLR 2022",
      ]
    ),
  ]

  @Test(arguments: dashedMembers.indices)
  func yieldsDashedMembers(_ i: Int) { check(Self.dashedMembers[i]) }

  /// A measure agreed on is decided: "agreed to impose sanctions", "agreed to new sanctions on X",
  /// "agreed new sanctions", and a purchase or sale agreed on; an agreement to join is still to come, and a
  /// negation still blocks.
  static let agreedMeasures: [(String, [String])] = [
    ("The EU agreed to impose sanctions on Belarus.", ["EU sanction BLR 2022"]),
    ("The G7 agreed to new sanctions on Iran.", ["G7 sanction IRN 2022"]),
    ("The EU agreed to fresh sanctions against Syria.", ["EU sanction SYR 2022"]),
    ("Canada agreed to extend its sanctions on Venezuela.", ["CAN sanction VEN 2022"]),
    // (A purchase agreed on is a deal made: twenty-first round.)
    ("Chile agreed to buy tanks from Peru.", ["PER arms_supply CHL 2022"]),
    ("Chile did not agree to impose sanctions on Peru.", []),
    ("Chile agreed to join NATO.", []),
    ("Chile refused to agree to lift its sanctions on Peru.", []),
    ("EU foreign ministers agreed to impose sanctions on Iran.", ["EU sanction IRN 2022"]),
    ("Chile never agreed to lift its sanctions on Peru.", []),
  ]

  @Test(arguments: agreedMeasures.indices)
  func yieldsAgreedMeasures(_ i: Int) { check(Self.agreedMeasures[i]) }

  /// The sides of talks a third party leads, sponsors, brokers or mediates are the subjects of a verb of a deal
  /// or of talks before the compound ("A and B resumed the EU-led dialogue", "returned to AU-sponsored talks"),
  /// a name of two words included; a summit or coalition led by someone names no sides.
  static let ledTalkSides: [(String, [String])] = [
    ("Serbia and Kosovo resumed the EU-led dialogue in Brussels.", ["EU mediation SRB 2022", "EU mediation XKX 2022"]),
    ("Chile and Peru returned to Qatar-sponsored talks.", ["QAT mediation CHL 2022", "QAT mediation PER 2022"]),
    (
      "Ethiopia and Egypt returned to African Union-sponsored talks over the dam.",
      ["AU mediation EGY 2022", "AU mediation ETH 2022"]
    ),
    ("Armenia and Azerbaijan held European Union-brokered talks.", ["EU mediation ARM 2022", "EU mediation AZE 2022"]),
    ("Chile and Peru returned home after the US-led summit.", []),
    ("Britain and France joined the US-led coalition against the Islamic State.", []),
    ("Chile and Peru resumed US-led military exercises.", []),
  ]

  @Test(arguments: ledTalkSides.indices)
  func yieldsLedTalkSides(_ i: Int) { check(Self.ledTalkSides[i]) }

  /// A state designated an ally "of" another, in the passive, is allied with it from then on.
  static let passiveDesignation: [(String, [String])] = [
    ("Kenya was designated a major non-NATO ally of the United States in 2004.", ["USA alliance KEN 2004"]),
    ("Colombia was designated a major non-NATO ally by Washington in 2022.", ["USA alliance COL 2022"]),
    ("The United States designated Qatar a major non-NATO ally in 2022.", ["USA alliance QAT 2022"]),
  ]

  @Test(arguments: passiveDesignation.indices)
  func yieldsPassiveDesignation(_ i: Int) { check(Self.passiveDesignation[i]) }

  /// Cooperation suspended, halted or frozen with a state, relations broken between two coordinated sides,
  /// and a state cautioned, are tension; a list of states set off by dashes after a description does the act.
  static let reducedCooperation: [(String, [String])] = [
    ("Norway suspended its cooperation with Russia in 2022.", ["NOR tension RUS 2022"]),
    (
      "Seven Arctic states — Norway, Sweden, Finland and Denmark — have halted their cooperation with Russia.",
      ["DNK tension RUS 2022", "FIN tension RUS 2022", "NOR tension RUS 2022", "SWE tension RUS 2022"]
    ),
    ("Chile froze cooperation with Peru after the vote.", ["CHL tension PER 2022"]),
    ("Chile and Peru broke diplomatic relations in 2021.", ["CHL tension PER 2021"]),
    ("Chile cautioned Peru against any provocation.", ["CHL tension PER 2022"]),
    ("Chile resumed its cooperation with Peru.", []),
  ]

  @Test(arguments: reducedCooperation.indices)
  func yieldsReducedCooperation(_ i: Int) { check(Self.reducedCooperation[i]) }

  /// Weapons leased to a state are supplied to it; a state that leases them takes them from the supplier
  /// the "from" phrase or the weapons' nationality names.
  static let leasedWeapons: [(String, [String])] = [
    ("Hungary has leased Swedish Gripen jets since 2006.", ["SWE arms_supply HUN 2006"]),
    ("Croatia leases helicopters from France.", ["FRA arms_supply HRV 2022"]),
    ("Sweden leased fighter jets to Hungary in 2015.", ["SWE arms_supply HUN 2015"]),
    ("Chile leased an office from Peru.", []),
  ]

  @Test(arguments: leasedWeapons.indices)
  func yieldsLeasedWeapons(_ i: Int) { check(Self.leasedWeapons[i]) }

  /// An epithet of the second side after "and" ("A and neighbouring B", "A and its ally B") keeps the two
  /// coordinated.
  static let epithetConjuncts: [(String, [String])] = [
    ("Chile and neighbouring Peru broke diplomatic relations in 2021.", ["CHL tension PER 2021"]),
    ("Chile and neighbouring Peru imposed sanctions on Bolivia.", ["CHL sanction BOL 2022", "PER sanction BOL 2022"]),
    ("Eritrea and neighbouring Ethiopia clashed on the border.", ["ERI hostility ETH 2022"]),
    ("Chile and neighbouring countries imposed sanctions on Bolivia.", ["CHL sanction BOL 2022"]),
  ]

  @Test(arguments: epithetConjuncts.indices)
  func yieldsEpithetConjuncts(_ i: Int) { check(Self.epithetConjuncts[i]) }

  /// Supporting or backing a state "with" weapons is arming it; "with" money or without the weapons, support;
  /// the passive's by-phrase inside the pattern's words is its agent.
  static let armedWithSupport: [(String, [String])] = [
    ("Russia decided to support Nicaragua with weapons and military training.", ["RUS arms_supply NIC 2022"]),
    ("Iran supports the Houthis with drones and missiles.", ["IRN arms_supply HOUTHIS 2022"]),
    ("Iran backs the Houthis with money.", ["IRN support HOUTHIS 2022"]),
    ("Chile was backed by Peru with rifles.", ["PER arms_supply CHL 2022"]),
    ("Chile is supported by Peru with loans.", ["PER support CHL 2022"]),
    ("Iran supports the Houthis, who fire missiles at ships.", ["IRN support HOUTHIS 2022"]),
  ]

  @Test(arguments: armedWithSupport.indices)
  func yieldsArmedWithSupport(_ i: Int) { check(Self.armedWithSupport[i]) }

  /// Hostile words after a verb of rehearsing ("drills that simulate a battle") are staged; "targeted" or "hit"
  /// before an economic object ("oil movements", "exports") is a measure, not an attack; attacks on facilities stay.
  static let stagedOrEconomic: [(String, [String])] = [
    ("The Philippine and U.S. militaries began joint exercises that will simulate a full-scale battle.", []),
    ("Chile and Peru rehearsed an invasion of a small island.", []),
    ("The United States targeted Venezuelan oil movements to Cuba.", []),
    ("New measures hit Russia's exports of gas.", []),
    ("Russia targeted Ukrainian energy infrastructure.", ["RUS hostility UKR 2022"]),
    ("Ukrainian drones hit Russian oil refineries.", ["UKR hostility RUS 2022"]),
  ]

  @Test(arguments: stagedOrEconomic.indices)
  func yieldsStagedOrEconomic(_ i: Int) { check(Self.stagedOrEconomic[i]) }

  /// What an accusation alleges ("accused X of shooting down a drone", "of sending troops to help Y") is no
  /// act of the accuser's: the accused did it, as alleged (gold files code such acts as optional rows,
  /// or core where the text tells them too), beside the accusation's own tension; a verb coordinated
  /// after the allegation is the subject's own act, and a relative clause in the complement has its
  /// own subject.
  static let allegedActs: [(String, [String])] = [
    ("The AES accused Algeria of shooting down a Malian drone.", ["AES tension DZA 2022", "DZA hostility MLI 2022"]),
    ("Mali accused Algeria of shooting down a Malian drone.", ["DZA hostility MLI 2022", "MLI tension DZA 2022"]),
    ("Chile accused Peru of sending troops to help Bolivia.", ["CHL tension PER 2022", "PER support BOL 2022"]),
    ("Chile accused Peru of sheltering rebels who attack Bolivian forces.", ["CHL tension PER 2022"]),
    ("Chile accused Peru of lying and sent troops to Bolivia.", ["CHL support BOL 2022", "CHL tension PER 2022"]),
    ("Chile suspected Peru of arming rebels in Bolivia.", []),
  ]

  @Test(arguments: allegedActs.indices)
  func yieldsAllegedActs(_ i: Int) { check(Self.allegedActs[i]) }

  /// States joined "to" do something act with the one who joins them, as with "joined X in doing"; "joined
  /// forces with X to" too; an organization joined is no co-agent.
  static let joinedToAct: [(String, [String])] = [
    (
      "The United States joined Ukraine and South Korea to accuse North Korea of dispatching troops.",
      ["KOR tension PRK 2022", "UKR tension PRK 2022", "USA tension PRK 2022"]
    ),
    ("Japan joined Australia to condemn China.", ["AUS tension CHN 2022", "JPN tension CHN 2022"]),
    (
      "Chile joined forces with Peru to attack Bolivia.",
      ["CHL alliance PER 2022", "CHL hostility BOL 2022", "PER hostility BOL 2022"]
    ),
    ("Japan joined NATO to deter China.", ["JPN membership NATO 2022"]),
    ("Japan joined the talks to condemn China.", ["JPN tension CHN 2022"]),
  ]

  @Test(arguments: joinedToAct.indices)
  func yieldsJoinedToAct(_ i: Int) { check(Self.joinedToAct[i]) }

  /// An opening "along with X", "together with X" or "alongside X" adds X to the main clause's subjects.
  static let alongWith: [(String, [String])] = [
    (
      "Along with Germany, Norway and Spain sent tanks to Ukraine.",
      ["DEU arms_supply UKR 2022", "ESP arms_supply UKR 2022", "NOR arms_supply UKR 2022"]
    ),
    ("Together with France, Britain imposed sanctions on Iran.", ["FRA sanction IRN 2022", "GBR sanction IRN 2022"]),
    (
      "Alongside the United States, Britain struck Houthi targets.",
      ["GBR hostility HOUTHIS 2022", "USA hostility HOUTHIS 2022"]
    ),
    ("Along with talks in Geneva, Chile sent tanks to Peru.", ["CHL arms_supply PER 2022"]),
    ("Together with France, Britain has long backed Ukraine.", ["FRA support UKR 2022", "GBR support UKR 2022"]),
  ]

  @Test(arguments: alongWith.indices)
  func yieldsAlongWith(_ i: Int) { check(Self.alongWith[i]) }

  /// Supporting a state "by" sending weapons is arming it; by other means, support.
  static let supportBySending: [(String, [String])] = [
    ("Norway will support Kyiv by sending tanks.", ["NOR arms_supply UKR 2022"]),
    ("Norway supports Kyiv by training its soldiers.", ["NOR support UKR 2022"]),
    ("Sweden supported Finland by sending money.", ["SWE support FIN 2022"]),
  ]

  @Test(arguments: supportBySending.indices)
  func yieldsSupportBySending(_ i: Int) { check(Self.supportBySending[i]) }

  /// A state an organization's producer or economy ("Iraq is OPEC's second-largest oil producer", "Germany,
  /// the EU's largest economy,") is one of its members; a continent's or a state's economy names none.
  static let producersAndEconomies: [(String, [String])] = [
    ("Iraq is OPEC's second-largest oil producer.", ["IRQ membership OPEC 2022"]),
    ("Germany is the EU's largest economy.", ["DEU membership EU 2022"]),
    ("Saudi Arabia, OPEC's biggest producer, cut output.", ["SAU membership OPEC 2022"]),
    ("Nigeria is Africa's largest economy.", []),
    ("Russia is China's largest oil producer.", []),
    ("Chile joined OPEC's oil fund.", []),
  ]

  @Test(arguments: producersAndEconomies.indices)
  func yieldsProducersAndEconomies(_ i: Int) { check(Self.producersAndEconomies[i]) }

  /// A state taken to court or to arbitration, or one that arbitration or proceedings are launched against, is
  /// in tension with the one that acts (CAMEO 115); proceedings are no attack.
  static let legalAction: [(String, [String])] = [
    ("Chile took Peru to court in 2019.", ["CHL tension PER 2019"]),
    ("Chile took Peru to international arbitration.", ["CHL tension PER 2022"]),
    ("Chile launched arbitration proceedings against Peru.", ["CHL tension PER 2022"]),
    ("Chile filed for arbitration against Peru.", ["CHL tension PER 2022"]),
    ("Chile launched missiles against Peru.", ["CHL hostility PER 2022"]),
    ("Chile took Peru to the final.", []),
  ]

  @Test(arguments: legalAction.indices)
  func yieldsLegalAction(_ i: Int) { check(Self.legalAction[i]) }

  /// Goods carried, shuttled or transported to a state come from the state their adjective names; a state's
  /// market for another's goods, goods got or sourced from a state, weapons got from one, trade; "almost" is an adverb.
  static let goodsCarriedAndSourced: [(String, [String])] = [
    ("A tanker routinely shuttles Venezuelan crude to Cuba.", ["VEN trade CUB 2022"]),
    ("The ship carried Iranian oil to Syria.", ["IRN trade SYR 2022"]),
    ("China is the largest market for Chilean copper.", ["CHL trade CHN 2022"]),
    ("Serbia gets most of its gas from Russia.", ["RUS trade SRB 2022"]),
    ("Chile sources its lithium from Bolivia.", ["BOL trade CHL 2022"]),
    ("Chile gets weapons from Peru.", ["PER arms_supply CHL 2022"]),
    ("Serbia is almost entirely dependent on Russian gas.", ["RUS trade SRB 2022"]),
    ("Chile got support from Peru.", ["PER support CHL 2022"]),
  ]

  @Test(arguments: goodsCarriedAndSourced.indices)
  func yieldsGoodsCarriedAndSourced(_ i: Int) { check(Self.goodsCarriedAndSourced[i]) }

  /// Troops or a battlegroup maintained or kept in a state support it (deployed "in" it, none: invasions are told so).
  static let forcesKeptIn: [(String, [String])] = [
    ("Since 2017, the UK has been maintaining a battlegroup of 800 troops in Estonia.", ["GBR support EST 2017"]),
    ("The UK keeps a battlegroup in Estonia.", ["GBR support EST 2022"]),
    ("Russia deployed troops in Ukraine in 2022.", []),
    ("Russia keeps troops in Belarus.", ["RUS support BLR 2022"]),
  ]

  @Test(arguments: forcesKeptIn.indices)
  func yieldsForcesKeptIn(_ i: Int) { check(Self.forcesKeptIn[i]) }

  /// Diplomats withdrawn from a state, or a state's diplomats told or instructed to leave, are tension.
  static let diplomatsSentAway: [(String, [String])] = [
    ("Venezuela withdrew its diplomats from Peru.", ["VEN tension PER 2022"]),
    ("Venezuela decided to withdraw its diplomats from Peru.", ["VEN tension PER 2022"]),
    ("Peru instructed Venezuelan diplomats to leave the country within 72 hours.", ["PER tension VEN 2022"]),
    ("Chile told the Peruvian ambassador to leave.", ["CHL tension PER 2022"]),
    ("Chile withdrew its troops from Peru.", ["CHL support PER 2022"]),
  ]

  @Test(arguments: diplomatsSentAway.indices)
  func yieldsDiplomatsSentAway(_ i: Int) { check(Self.diplomatsSentAway[i]) }

  /// Membership gained, won, secured or obtained, the organization before the noun or after "of" or "in".
  static let membershipGained: [(String, [String])] = [
    ("Poland gained NATO membership in 1999.", ["POL membership NATO 1999"]),
    ("Poland gained membership of NATO in 1999.", ["POL membership NATO 1999"]),
    ("Croatia secured EU membership in 2013.", ["HRV membership EU 2013"]),
    ("The invasion swung opinion in favour of NATO membership.", []),
  ]

  @Test(arguments: membershipGained.indices)
  func yieldsMembershipGained(_ i: Int) { check(Self.membershipGained[i]) }

  /// ", as did A and B" or ", as have A and B" after a clause: the others did the same act.
  static let asDidOthers: [(String, [String])] = [
    ("Egypt also cut relations with Qatar, as did the Maldives.", ["EGY tension QAT 2022", "MDV tension QAT 2022"]),
    (
      "Egypt cut ties with Qatar, as did Bahrain and the Maldives.",
      ["BHR tension QAT 2022", "EGY tension QAT 2022", "MDV tension QAT 2022"]
    ),
    (
      "Chile imposed sanctions on Peru, as have Bolivia and Ecuador.",
      ["BOL sanction PER 2022", "CHL sanction PER 2022", "ECU sanction PER 2022"]
    ),
    ("Chile attacked Peru, as it did in 2019.", ["CHL hostility PER 2022"]),
  ]

  @Test(arguments: asDidOthers.indices)
  func yieldsAsDidOthers(_ i: Int) { check(Self.asDidOthers[i]) }

  /// "X-allied" names an ally ("Iran-allied Houthi rebels", "an Iran-allied group"); "X-aligned" stays backing.
  static let alliedCompound: [(String, [String])] = [
    ("The conflict pits Iran-allied Houthi rebels against government forces.", ["IRN alliance HOUTHIS 2022"]),
    ("The Houthis, an Iran-allied group, attacked ships.", ["IRN alliance HOUTHIS 2022"]),
    ("The Houthis, an Iran-aligned group, attacked ships.", ["IRN support HOUTHIS 2022"]),
  ]

  @Test(arguments: alliedCompound.indices)
  func yieldsAlliedCompound(_ i: Int) { check(Self.alliedCompound[i]) }

  /// A passive participle right after an object's actor phrase ("fought Peruvian government forces supported
  /// by Bolivia", "attacked M23 rebels backed by Rwanda") describes that phrase, not the clause's subject.
  static let participleAfterObject: [(String, [String])] = [
    (
      "Chile fought Peruvian government forces supported by Bolivia.",
      ["BOL support PER 2022", "CHL hostility PER 2022"]
    ),
    (
      "The conflict pits Houthi rebels against Yemeni government forces supported by a Saudi-led military coalition.",
      ["HOUTHIS hostility YEM 2022", "SAU support YEM 2022"]
    ),
    ("Chile attacked M23 rebels backed by Rwanda.", ["CHL hostility M23 2022", "RWA support M23 2022"]),
    ("M23 rebels backed by Rwanda seized Goma.", ["M23 hostility COD 2022", "RWA support M23 2022"]),
  ]

  @Test(arguments: participleAfterObject.indices)
  func yieldsParticipleAfterObject(_ i: Int) { check(Self.participleAfterObject[i]) }

  /// A relative clause opened by a preposition and "which" ("the East African Community, to which A and B
  /// belong", "the EAC bloc to which ...", "Chile, with which Peru signed a pact") takes its antecedent as that preposition's actor.
  static let prepositionRelatives: [(String, [String])] = [
    (
      "The move violates the rules of the East African Community, to which Rwanda and Burundi belong.",
      ["BDI membership EAC 2022", "RWA membership EAC 2022"]
    ),
    (
      "The move violates the principles of the EAC bloc to which both Rwanda and Burundi belong.",
      ["BDI membership EAC 2022", "RWA membership EAC 2022"]
    ),
    ("Russia, to which Iran sold drones, voted against the resolution.", ["IRN arms_supply RUS 2022"]),
    ("Chile, with which Peru signed a defence pact, voted.", ["PER alliance CHL 2022"]),
    ("The treaty, to which Chile objected, was signed.", []),
  ]

  @Test(arguments: prepositionRelatives.indices)
  func yieldsPrepositionRelatives(_ i: Int) { check(Self.prepositionRelatives[i]) }

  /// A list of states right after an organization's members noun ("NATO members France, Germany and
  /// Belgium") is read whole, its first item included; a fronted phrase's actors after a comma stay its own.
  static let membersListedAfterNoun: [(String, [String])] = [
    (
      "NATO members France, Germany and Belgium welcomed the vote.",
      ["BEL membership NATO 2022", "DEU membership NATO 2022", "FRA membership NATO 2022"]
    ),
    (
      "NATO members the US, Germany and Belgium welcomed the vote.",
      ["BEL membership NATO 2022", "DEU membership NATO 2022", "USA membership NATO 2022"]
    ),
    (
      "Sweden, as well as NATO members US, Germany and Belgium, have welcomed the vote.",
      ["BEL membership NATO 2022", "DEU membership NATO 2022", "USA membership NATO 2022"]
    ),
    (
      "Under the mediation of Qatar, Chile and Peru agreed to a truce.",
      ["QAT mediation CHL 2022", "QAT mediation PER 2022"]
    ),
  ]

  @Test(arguments: membersListedAfterNoun.indices)
  func yieldsMembersListedAfterNoun(_ i: Int) { check(Self.membersListedAfterNoun[i]) }

  /// A relation noun governed by a present perfect ("has frozen its participation in X", "has decided to
  /// freeze its participation") holds at the document's date, not in the year the text opens with; a past tense keeps that year.
  static let presentPerfectNouns: [(String, [String])] = [
    (
      "Armenia has frozen its participation in the CSTO. Armenia attacked Azerbaijan in 2021.",
      ["ARM hostility AZE 2021", "ARM membership CSTO 2022"]
    ),
    (
      "Armenia has decided to freeze its participation in the CSTO. Armenia attacked Azerbaijan in 2021.",
      ["ARM hostility AZE 2021", "ARM membership CSTO 2022"]
    ),
    (
      "Armenia froze its participation in the CSTO. Armenia attacked Azerbaijan in 2021.",
      ["ARM hostility AZE 2021", "ARM membership CSTO 2021"]
    ),
  ]

  @Test(arguments: presentPerfectNouns.indices)
  func yieldsPresentPerfectNouns(_ i: Int) { check(Self.presentPerfectNouns[i]) }
}
