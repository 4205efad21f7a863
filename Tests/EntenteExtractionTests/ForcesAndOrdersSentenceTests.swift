import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording found in the seventh round (wire-style sentences about forces, orders
/// and designations): forces sent, ordered or marched into a state, foreign forces ordered
/// out, weapons ordered from a supplier, a state designated an ally, a phrase whose
/// possessor stands between it and a verb that blocks it, a verb coordinated with a
/// non-pattern verb, mediation tried, and the sides of mediated talks said without
/// "between A and B".
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct ForcesAndOrdersSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// Forces sent, ordered, moved, marched or poured into a state, or crossing into it, are
  /// an incursion; forces sent into a state at its request or to help it are support.
  static let incursions: [(String, [String])] = [
    ("Peru ordered troops into Bolivia in 2019.", ["PER hostility BOL 2019"]),
    ("Chile sent its army into Argentina in 2015.", ["CHL hostility ARG 2015"]),
    ("Bolivian troops crossed the border into Paraguay on Monday.", ["BOL hostility PRY 2022"]),
    ("Paraguay's army moved into Uruguay in 2018.", ["PRY hostility URY 2018"]),
    ("Uruguay moved troops into Brazil.", ["URY hostility BRA 2022"]),
    ("Ecuadorian forces marched into Peru in 2011.", ["ECU hostility PER 2011"]),
    ("Chilean forces entered Bolivia overnight.", ["CHL hostility BOL 2022"]),
    (
      "Brazil sent troops into Paraguay at the request of its president.",
      ["BRA support PRY 2022"]
    ),
    // Refugees or talks are no forces.
    ("Thousands of refugees crossed into Chad from Sudan.", []),
    ("Kenya entered talks with Somalia.", []),
  ]

  @Test(arguments: incursions.indices)
  func yieldsIncursions(_ i: Int) { check(Self.incursions[i]) }

  /// A state ordering another's forces to leave, to withdraw or out is tension.
  static let forcesOrderedOut: [(String, [String])] = [
    ("Ghana ordered Togolese troops to leave the country within a month.", ["GHA tension TGO 2022"]),
    ("Benin ordered Nigerian forces out in 2020.", ["BEN tension NGA 2020"]),
    ("Togo ordered Beninese soldiers to withdraw from the border.", ["TGO tension BEN 2022"]),
    // Its own troops, with no state on them.
    ("The president ordered the troops to leave the capital.", []),
  ]

  @Test(arguments: forcesOrderedOut.indices)
  func yieldsForcesOrderedOut(_ i: Int) { check(Self.forcesOrderedOut[i]) }

  /// An order for weapons from a supplier, as a noun or "placed an order", is arms supply;
  /// metals, ores and farm goods are commodities of trade.
  static let orders: [(String, [String])] = [
    ("Peru placed an order for 12 fighters from Sweden.", ["SWE arms_supply PER 2022"]),
    ("Chile's order of 8 frigates from Spain was confirmed.", ["ESP arms_supply CHL 2022"]),
    ("The court issued an order against Bolivia.", []),
    ("Peru is the largest supplier of copper to Japan.", ["PER trade JPN 2022"]),
    ("Brazil exports soybeans to Egypt.", ["BRA trade EGY 2022"]),
    ("Bolivia sells lithium to Germany.", ["BOL trade DEU 2022"]),
    // An import ban is a sanction, not the trade it bans.
    ("Canada's import ban on Chilean steel took effect.", ["CAN sanction CHL 2022"]),
  ]

  @Test(arguments: orders.indices)
  func yieldsOrders(_ i: Int) { check(Self.orders[i]) }

  /// Designating a state an ally (with or without "as") is an alliance that begins; "as a"
  /// after a name keeps the year its phrase names, unless the "as" phrase has a verb.
  static let designations: [(String, [String])] = [
    ("Canada designated Chile a major ally in 2019.", ["CAN alliance CHL 2019"]),
    ("Japan designated Peru as a strategic ally in 2021.", ["JPN alliance PER 2021"]),
    ("Peru designated the group a terrorist organisation in 2020.", []),
    ("Canada designated the Houthis a terrorist group in 2021.", ["CAN sanction HOUTHIS 2021"]),
    ("The ICJ warned Chile as a ruling is expected in 2024.", ["ICJ tension CHL 2022"]),
  ]

  @Test(arguments: designations.indices)
  func yieldsDesignations(_ i: Int) { check(Self.designations[i]) }

  /// A verb that blocks, vetoes or opposes a phrase reaches it across the phrase's possessor,
  /// of one word or several: the phrase's relation does not hold.
  static let blocked: [(String, [String])] = [
    ("Hungary blocked the European Union's new sanctions package against Iran.", []),
    ("Slovakia vetoed the EU's new sanctions on Belarus.", []),
    ("The European Union's new sanctions against Iran took effect.", ["EU sanction IRN 2022"]),
    // A peace deal initialled ends the war (British spelling of the -l verb).
    ("Chile and Bolivia initialled a peace treaty in Lima.", ["CHL hostility BOL 2022"]),
  ]

  @Test(arguments: blocked.indices)
  func yieldsBlocked(_ i: Int) { check(Self.blocked[i]) }

  /// A finite verb after "and" keeps the first verb's subject, whether or not the first verb
  /// is a pattern; a bare verb after "and" may share an infinitive's "to" and is left out.
  static let coordinatedVerbs: [(String, [String])] = [
    (
      "Chile called the deal an act of aggression and recalled its ambassador from La Paz.",
      ["CHL tension BOL 2022"]
    ),
    ("Peru praised the talks and expelled Bolivia's ambassador.", ["PER tension BOL 2022"]),
    ("Ghana condemned the vote and recalls its envoy from Togo.", ["GHA tension TGO 2022"]),
    ("Canada backs efforts to settle the dispute and reopen the border between Chile and Peru.", []),
  ]

  @Test(arguments: coordinatedVerbs.indices)
  func yieldsCoordinatedVerbs(_ i: Int) { check(Self.coordinatedVerbs[i]) }

  /// Trying, attempting or seeking to broker or mediate is mediation made; offering, a
  /// negation or a modal before the trying still hedge it.
  static let attempts: [(String, [String])] = [
    (
      "Brazil has tried to broker a ceasefire between Chile and Peru.",
      ["BRA mediation CHL 2022", "BRA mediation PER 2022"]
    ),
    (
      "Norway sought to mediate between Colombia and the ELN in 2019.",
      ["NOR mediation COL 2019", "NOR mediation ELN 2019"]
    ),
    ("Spain offered to mediate between Chile and Peru.", []),
    ("Spain did not try to mediate between Chile and Peru.", []),
    ("Spain will try to mediate between Chile and Peru.", []),
    // Trying to attack is no attack.
    ("Chile tried to attack Peru.", []),
  ]

  @Test(arguments: attempts.indices)
  func yieldsAttempts(_ i: Int) { check(Self.attempts[i]) }

  /// The sides of mediated talks said other than with "between A and B": a hyphen-joined
  /// pair on the talks ("hosted Chile-Peru talks"), the people who speak for them ("between
  /// the foreign ministers of A and B"), coordinated actors opening the sentence that met,
  /// signed or agreed ("A and B met under the auspices of X"), and a peace plan put to both.
  static let mediatedSides: [(String, [String])] = [
    ("Brazil hosts Chile-Peru talks", ["BRA mediation CHL 2022", "BRA mediation PER 2022"]),
    ("Spain brokered the Chile-Bolivia truce in 2021.", ["ESP mediation BOL 2021", "ESP mediation CHL 2021"]),
    ("Qatar hosted the Iran-Iraq War anniversary.", ["IRN hostility IRQ 2022"]),
    (
      "Brazil hosted the meeting between the foreign ministers of Chile and Peru in Brasilia.",
      ["BRA mediation CHL 2022", "BRA mediation PER 2022"]
    ),
    (
      "Oman hosted talks between the delegations of Iran and the United States.",
      ["OMN mediation IRN 2022", "OMN mediation USA 2022"]
    ),
    (
      "The leaders of Chile and Peru met in Quito under the auspices of the OAS.",
      ["OAS mediation CHL 2022", "OAS mediation PER 2022"]
    ),
    (
      "Chile and Peru agreed to an immediate ceasefire at talks hosted by Ecuador.",
      ["CHL hostility PER 2022", "ECU mediation CHL 2022", "ECU mediation PER 2022"]
    ),
    ("Chile and Peru condemned the coup in Bolivia under the auspices of the OAS.", []),
    (
      "Qatar presented a draft peace agreement to Congo and the M23 rebels.",
      ["QAT mediation COD 2022", "QAT mediation M23 2022"]
    ),
    ("Ukraine presented its peace formula to the G20.", []),
  ]

  @Test(arguments: mediatedSides.indices)
  func yieldsMediatedSides(_ i: Int) { check(Self.mediatedSides[i]) }

  /// Membership said as an organization's presidency ("holds the G20 presidency") or as an
  /// organization that groups its members; a noun inside a relative clause takes no
  /// prepositional object from the main clause after it.
  static let memberships: [(String, [String])] = [
    ("Chile, which holds the G20 presidency this year, invited Peru.", ["CHL membership G20 2022"]),
    ("Peru holds the rotating presidency of the OAS.", ["PER membership OAS 2022"]),
    ("Under the Biden presidency, ties with Cuba eased.", []),
    (
      "The Gulf Cooperation Council, which groups Kuwait, Qatar and Oman, met in Riyadh.",
      ["KWT membership GCC 2022", "OMN membership GCC 2022", "QAT membership GCC 2022"]
    ),
    ("Finland, which joined the alliance in 2023, shares a long border with Russia.", []),
  ]

  @Test(arguments: memberships.indices)
  func yieldsMemberships(_ i: Int) { check(Self.memberships[i]) }

  /// Sanctions and strikes on what an actor owns or commands ("vessels of X's fleet",
  /// "positions of X"); a list "including firms in X" names no members; a longer pattern
  /// of another kind at the same word is the phrase ("export controls on chips to X").
  static let owners: [(String, [String])] = [
    ("Canada sanctioned 20 more vessels of Russia's shadow fleet on Monday.", ["CAN sanction RUS 2022"]),
    ("Israel struck positions of Hezbollah in southern Lebanon.", ["ISR hostility HEZBOLLAH 2022"]),
    ("Chile condemned the killing of Peruvian officials.", []),
    ("The EU added 45 entities to its sanctions list, including firms in Chile and Peru.", []),
    (
      "ASEAN includes Vietnam, Laos and Cambodia.",
      ["KHM membership ASEAN 2022", "LAO membership ASEAN 2022", "VNM membership ASEAN 2022"]
    ),
    ("Japan imposed export controls on chipmaking equipment to China.", ["JPN sanction CHN 2022"]),
  ]

  @Test(arguments: owners.indices)
  func yieldsOwners(_ i: Int) { check(Self.owners[i]) }

  /// Tension said as revenge vowed, contacts suspended, or jets scrambled against or
  /// intercepting another's aircraft; a hostile act on a target an actor holds
  /// ("Houthi-controlled ports") is on that actor.
  static let showsOfForce: [(String, [String])] = [
    ("Iran vowed revenge against Israel for the strike.", ["IRN tension ISR 2022"]),
    ("Morocco suspended contacts with the German embassy in Rabat.", ["MAR tension DEU 2022"]),
    ("Japan scrambled fighter jets to intercept Russian bombers.", ["JPN tension RUS 2022"]),
    ("Chile scrambled jets as Peruvian aircraft approached its airspace.", ["CHL tension PER 2022"]),
    ("Chile scrambled jets for an air show.", []),
    ("Israeli warplanes hit Houthi-controlled ports in Yemen.", ["ISR hostility HOUTHIS 2022"]),
    ("Russia shelled Ukrainian-held villages near Kupiansk.", ["RUS hostility UKR 2022"]),
    // A compound that is no holder modifies the object only.
    ("Peru backed the Chile-based rebels.", []),
  ]

  @Test(arguments: showsOfForce.indices)
  func yieldsShowsOfForce(_ i: Int) { check(Self.showsOfForce[i]) }

  /// Arms supply said as a sale cleared, military aid "for" a state, or weapons whose maker's
  /// adjective stands three words before them; troops sent to support a state are support.
  static let armsAndAid: [(String, [String])] = [
    ("Washington cleared the possible sale of F-16 parts to Turkey.", ["USA arms_supply TUR 2022"]),
    ("The Netherlands announced a new military aid package for Ukraine.", ["NLD arms_supply UKR 2022"]),
    ("Serbia bought Chinese FK-3 air defence systems.", ["CHN arms_supply SRB 2022"]),
    ("Uganda deployed troops to South Sudan to support its president.", ["UGA support SSD 2022"]),
    ("The council cleared the way for talks with Iran.", []),
  ]

  @Test(arguments: armsAndAid.indices)
  func yieldsArmsAndAid(_ i: Int) { check(Self.armsAndAid[i]) }

  /// A blockade imposed is an embargo and lifting it ends it; an organization whose name
  /// holds "Alliance" or "Pact" is founded as an organization, not signed as a pact.
  static let blockadesAndFoundings: [(String, [String])] = [
    (
      "Chile, Peru and Bolivia imposed a blockade on Ecuador in June 2017.",
      ["BOL sanction ECU 2017", "CHL sanction ECU 2017", "PER sanction ECU 2017"]
    ),
    (
      "Chile imposed a blockade on Peru in 2017. It lifted the blockade in January 2021.",
      ["CHL sanction PER 2017", "CHL sanction PER 2021"]
    ),
    (
      "Mali, Niger and Burkina Faso formed the Alliance of Sahel States in 2023.",
      ["BFA membership AES 2023", "MLI membership AES 2023", "NER membership AES 2023"]
    ),
    ("Chile and Peru formed an alliance in 2019.", ["CHL alliance PER 2019"]),
  ]

  @Test(arguments: blockadesAndFoundings.indices)
  func yieldsBlockadesAndFoundings(_ i: Int) { check(Self.blockadesAndFoundings[i]) }

  /// A wire dateline's place is where the story was filed, no actor of the first sentence;
  /// a relative clause's antecedent is no name whose phrase a preposition ended before it.
  static let datelinesAndRelatives: [(String, [String])] = [
    ("LIMA - Peru and Chile agreed to a truce.", ["PER hostility CHL 2022"]),
    ("LIMA, Oct 19 (Reuters) - Peru and Chile agreed to a truce.", ["PER hostility CHL 2022"]),
    ("MOSCOW - Russia expelled two Estonian diplomats.", ["RUS tension EST 2022"]),
    (
      "Lima accuses La Paz of sheltering militants who attack Peruvian security forces.",
      ["PER tension BOL 2022"]
    ),
    ("Chile, which is backed by Peru, attacked Bolivia.", ["CHL hostility BOL 2022", "PER support CHL 2022"]),
  ]

  @Test(arguments: datelinesAndRelatives.indices)
  func yieldsDatelinesAndRelatives(_ i: Int) { check(Self.datelinesAndRelatives[i]) }

  /// A state described by its region ("the Gulf state", "the West African nation", "the
  /// small central African country") takes back the state named before; the region's
  /// adjective names no actor of its own.
  static let regionalDescriptions: [(String, [String])] = [
    (
      "Qatar hosted the talks. The Gulf state has mediated between Israel and Hamas since 2023.",
      ["QAT mediation HAMAS 2023", "QAT mediation ISR 2023"]
    ),
    (
      "Niger expelled French troops. The West African nation later joined the Alliance of Sahel States.",
      ["NER membership AES 2022", "NER tension FRA 2022"]
    ),
    (
      "Rwanda denied backing the M23. The small central African country has been accused by the UN of sending troops.",
      ["UN tension RWA 2022"]
    ),
    ("Jordan hosted the summit. The Arab kingdom later cut ties with Iran.", ["JOR tension IRN 2022"]),
    // With no state named before, nothing.
    ("The Gulf state has mediated between Israel and Hamas.", []),
  ]

  @Test(arguments: regionalDescriptions.indices)
  func yieldsRegionalDescriptions(_ i: Int) { check(Self.regionalDescriptions[i]) }

  /// "The founding states, A and B," of the organization named last are members from the
  /// sentence's year; tensions or a dispute that open a sentence with no sides named are
  /// those of the last tension read, dated by their own sentence.
  static let foundersAndLastTensions: [(String, [String])] = [
    (
      "The SCO held its summit in Astana. The founding states, China, Russia and Kazakhstan, signed a charter in 2002.",
      ["CHN membership SCO 2002", "KAZ membership SCO 2002", "RUS membership SCO 2002"]
    ),
    (
      "The standoff is a dispute between Chile and Peru over an island. Tensions began in 2012, after a naval incident.",
      ["CHL tension PER 2012", "CHL tension PER 2022"]
    ),
    ("Tensions rose in 2019.", []),
    (
      "Chile accused Peru of spying in 2015. Tensions between Bolivia and Paraguay rose, and a dispute in 2020 followed.",
      ["BOL tension PRY 2020", "CHL tension PER 2015"]
    ),
  ]

  @Test(arguments: foundersAndLastTensions.indices)
  func yieldsFoundersAndLastTensions(_ i: Int) { check(Self.foundersAndLastTensions[i]) }

  /// Recognising the independence or sovereignty of a state is recognising the state.
  static let recognitions: [(String, [String])] = [
    (
      "Moscow recognised the independence of Abkhazia and South Ossetia in 2008.",
      ["RUS support ABKHAZIA 2008", "RUS support SOUTH_OSSETIA 2008"]
    ),
    ("Peru recognised the sovereignty of Kosovo in 2019.", ["PER support XKX 2019"]),
    ("Peru recognised the importance of Kosovo.", []),
  ]

  @Test(arguments: recognitions.indices)
  func yieldsRecognitions(_ i: Int) { check(Self.recognitions[i]) }

  /// Parts, swathes and chunks of a state are places its actor owns, even when their word
  /// heads another pattern ("take part").
  static let parts: [(String, [String])] = [
    ("Armenia occupied large parts of Azerbaijan in 1993.", ["ARM hostility AZE 1993"]),
    ("Peru shelled parts of Bolivia.", ["PER hostility BOL 2022"]),
    ("Chile imported parts of Chinese origin.", []),
  ]

  @Test(arguments: parts.indices)
  func yieldsParts(_ i: Int) { check(Self.parts[i]) }

  /// A document's title in sentence case lists actors with commas alone, like a headline;
  /// "X sanctions" names the sanctions' target for a verb that extends or lifts them; an
  /// envoy ordered out is tension.
  static let titles: [(String, [String])] = [
    ("Chile, Peru agree to ceasefire after deadly border clashes", ["CHL hostility PER 2022"]),
    ("India, Pakistan trade fire along Line of Control", ["IND hostility PAK 2022"]),
    ("Niger orders French ambassador out", ["NER tension FRA 2022"]),
    ("EU extends Russia sanctions by six months", ["EU sanction RUS 2022"]),
    ("Washington eased Venezuela sanctions in 2021.", ["USA sanction VEN 2021"]),
    // In a sentence, a bare comma before the verb still ends a phrase.
    ("In the north, Chile attacked Peru.", ["CHL hostility PER 2022"]),
  ]

  @Test(arguments: titles.indices)
  func yieldsTitles(_ i: Int) { check(Self.titles[i]) }

  /// "between the two" with no noun takes back the last two named; the previous sentence's
  /// topic is no agent of talks between two sides it is one of.
  static let bareTwo: [(String, [String])] = [
    (
      "Serbia accused Kosovo of provoking tensions. The EU, which has mediated talks between the two since 2011, urged restraint.",
      ["EU mediation SRB 2011", "EU mediation XKX 2011", "SRB tension XKX 2022"]
    ),
    ("Chile and Peru met in Lima. Talks between the two sides resumed.", []),
    (
      "Russia is at war with Ukraine. Iran sold drones to both.",
      ["IRN arms_supply RUS 2022", "IRN arms_supply UKR 2022", "RUS hostility UKR 2022"]
    ),
  ]

  @Test(arguments: bareTwo.indices)
  func yieldsBareTwo(_ i: Int) { check(Self.bareTwo[i]) }

  /// Open water after a preposition is no one's; storming an embassy is an attack on its
  /// state.
  static let watersAndEmbassies: [(String, [String])] = [
    ("North Korea fired a missile into the sea off Japan's coast.", []),
    ("Hezbollah fired rockets into northern Israel.", ["HEZBOLLAH hostility ISR 2022"]),
    ("Ecuador's military stormed the Mexican embassy in Quito.", ["ECU hostility MEX 2022"]),
  ]

  @Test(arguments: watersAndEmbassies.indices)
  func yieldsWatersAndEmbassies(_ i: Int) { check(Self.watersAndEmbassies[i]) }

  /// An actor's reliance or dependence on another's weapons or goods is the other's supply.
  static let reliance: [(String, [String])] = [
    ("Russia's growing reliance on North Korean artillery shells has deepened.", ["PRK arms_supply RUS 2022"]),
    ("Hungary's reliance on Russia for oil persists.", ["RUS trade HUN 2022"]),
    ("Peru's dependence on Chilean gas ended in 2019.", ["CHL trade PER 2019"]),
    ("Ukraine's reliance on its own industry is growing.", []),
  ]

  @Test(arguments: reliance.indices)
  func yieldsReliance(_ i: Int) { check(Self.reliance[i]) }

  /// Measures imposed on a state are a sanction on it.
  static let measures: [(String, [String])] = [
    ("The EU imposed the measures on Syria during the civil war.", ["EU sanction SYR 2022"]),
    ("Chile imposed new measures on Peruvian imports.", ["CHL sanction PER 2022"]),
    ("The city imposed security measures on the district.", []),
  ]

  @Test(arguments: measures.indices)
  func yieldsMeasures(_ i: Int) { check(Self.measures[i]) }

  /// ", joining A, B and C" after a clause: those joined did the act too; one organization
  /// after it is joined as a member.
  static let joiningOthers: [(String, [String])] = [
    (
      "Britain announced sanctions on two Israeli ministers, joining Canada, Australia and Norway.",
      ["AUS sanction ISR 2022", "CAN sanction ISR 2022", "GBR sanction ISR 2022", "NOR sanction ISR 2022"]
    ),
    (
      "Japan imposed sanctions on Russia, joining the United States and the EU.",
      ["EU sanction RUS 2022", "JPN sanction RUS 2022", "USA sanction RUS 2022"]
    ),
    ("Finland sanctioned Belarus in 2023, joining NATO.", ["FIN membership NATO 2023", "FIN sanction BLR 2023"]),
    (
      "Japan condemned China, joining the US in criticising Beijing.", ["JPN tension CHN 2022", "USA tension CHN 2022"]
    ),
  ]

  @Test(arguments: joiningOthers.indices)
  func yieldsJoiningOthers(_ i: Int) { check(Self.joiningOthers[i]) }

  /// A list of years ("in 2008, 2010 and 2011", "in 2014 and 2022") gives one relation a
  /// year; a range ("from 1998 to 2000", "between 2014 and 2022") does not.
  static let listedYears: [(String, [String])] = [
    (
      "The United States sold arms to Taiwan in 2008, 2010 and 2011.",
      ["USA arms_supply TWN 2008", "USA arms_supply TWN 2010", "USA arms_supply TWN 2011"]
    ),
    ("Russia invaded Ukraine in 2014 and 2022.", ["RUS hostility UKR 2014", "RUS hostility UKR 2022"]),
    ("Chile and Peru clashed in 2016 and 2019.", ["CHL hostility PER 2016", "CHL hostility PER 2019"]),
    ("Eritrea fought Ethiopia from 1998 to 2000.", ["ERI hostility ETH 1998", "ERI hostility ETH 2000"]),
    ("Chile sanctioned Peru in 2019.", ["CHL sanction PER 2019"]),
  ]

  @Test(arguments: listedYears.indices)
  func yieldsListedYears(_ i: Int) { check(Self.listedYears[i]) }

  /// A rebuke, criticism or protest drawn "from" X is X's tension with the clause's subject.
  static let drawnRebukes: [(String, [String])] = [
    (
      "The Philippines and the United States launched joint exercises, drawing a rebuke from China.",
      ["CHN tension PHL 2022", "CHN tension USA 2022"]
    ),
    ("India's move drew criticism from Pakistan.", ["PAK tension IND 2022"]),
    ("The deal drew criticism from Pakistan.", []),
  ]

  @Test(arguments: drawnRebukes.indices)
  func yieldsDrawnRebukes(_ i: Int) { check(Self.drawnRebukes[i]) }

  /// A ranked noun after a copula keeps its subject ("is by far the largest importer of
  /// X's gas"); a plural subject noun of states takes the states an "including" lists later
  /// in its clause.
  static let rankedAndListed: [(String, [String])] = [
    ("Japan is by far the largest importer of Qatari gas.", ["QAT trade JPN 2022"]),
    ("India is the second largest importer of Russian oil.", ["RUS trade IND 2022"]),
    (
      "Several countries backed Chile's claim, including Peru and Bolivia.",
      ["BOL support CHL 2022", "PER support CHL 2022"]
    ),
    (
      "Other states condemned Peru's decision, including Ecuador and Colombia.",
      ["COL tension PER 2022", "ECU tension PER 2022"]
    ),
    ("Several countries sanctioned Chinese firms, including Huawei.", []),
  ]

  @Test(arguments: rankedAndListed.indices)
  func yieldsRankedAndListed(_ i: Int) { check(Self.rankedAndListed[i]) }

  /// An invasion, annexation or occupation launched, completed or ended is its clause
  /// subject's; one condemned, feared or resisted is not.
  static let invasions: [(String, [String])] = [
    ("Russia launched an invasion of Ukraine in 2022.", ["RUS hostility UKR 2022"]),
    ("Iraq began its invasion of Kuwait in 1990.", ["IRQ hostility KWT 1990"]),
    ("Chile condemned the invasion of Ukraine.", []),
    ("Peru feared an invasion of Bolivia.", []),
    ("Russia completed the annexation of Crimea in 2014.", ["RUS hostility UA-43 2014"]),
    ("Armenia ended its occupation of districts of Azerbaijan in 2020.", ["ARM hostility AZE 2020"]),
    ("Ukraine condemned the annexation of Crimea.", []),
  ]

  @Test(arguments: invasions.indices)
  func yieldsInvasions(_ i: Int) { check(Self.invasions[i]) }
}
