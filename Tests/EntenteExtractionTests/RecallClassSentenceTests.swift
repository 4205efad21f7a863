import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording that news uses and that held-out texts showed missed: diplomatic
/// downgrades, arms supply said with nationality nominals, alliances in apposition,
/// membership in lists, hostility by taking places, and leaders standing for their forces.
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct RecallClassSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// Tension by reduced relations (CAMEO 16x): envoys recalled to or withdrawn from the
  /// host, ambassadors expelled or told to leave, visas revoked, borders closed, treaties
  /// suspended, diplomats' expulsion; an envoy's ordinary posting is no tension.
  static let downgrades: [(String, [String])] = [
    ("Kenya expelled Uganda's ambassador.", ["KEN tension UGA 2022"]),
    ("Kenya expelled two Ugandan diplomats.", ["KEN tension UGA 2022"]),
    ("Chile recalled its ambassador to Peru for consultations.", ["CHL tension PER 2022"]),
    ("Peru withdrew its ambassador from Ecuador in 2021.", ["PER tension ECU 2021"]),
    ("Mali revoked the visas of French diplomats.", ["MLI tension FRA 2022"]),
    ("Algeria closed its border with Morocco in 1994.", ["DZA tension MAR 1994"]),
    ("Poland sealed its border with Belarus.", ["POL tension BLR 2022"]),
    ("Russia suspended its participation in the arms treaty with the United States.", ["RUS tension USA 2022"]),
    ("Niger ordered the French ambassador to leave within two days.", ["NER tension FRA 2022"]),
    ("Kenya's expulsion of Ugandan diplomats angered its neighbours.", ["KEN tension UGA 2022"]),
    ("Ghana summoned Togo's envoy.", ["GHA tension TGO 2022"]),
    ("Morocco cut diplomatic ties with Iran.", ["MAR tension IRN 2022"]),
    ("Chile's ambassador to Peru presented her credentials.", []),
    ("Canada issued visas to Indian students.", []),
  ]

  @Test(arguments: downgrades.indices)
  func yieldsDowngrades(_ i: Int) { check(Self.downgrades[i]) }

  /// Arms supply said with nationality nominals: the actor on the weapons supplies them
  /// when no subject does, a maker's "-made" names the supplier (never a target), a
  /// delivery is taken from a supplier, "X is Y's largest arms supplier".
  static let armsNominals: [(String, [String])] = [
    ("Turkish drones supplied to Niger changed the war.", ["TUR arms_supply NER 2022"]),
    ("Russian tanks sold to Mali were old.", ["RUS arms_supply MLI 2022"]),
    ("Chad received Chinese-made fighter jets.", ["CHN arms_supply TCD 2022"]),
    ("Kenya took delivery of six helicopters from Italy.", ["ITA arms_supply KEN 2022"]),
    ("Kenya took delivery of Italian helicopters in 2020.", ["ITA arms_supply KEN 2020"]),
    ("Russia is India's largest arms supplier.", ["RUS arms_supply IND 2022"]),
    ("France became Greece's main supplier of warships.", ["FRA arms_supply GRC 2022"]),
    ("Ghana supplied Turkish drones to Niger.", ["GHA arms_supply NER 2022"]),
    ("Estonia is buying U.S. rocket launchers.", ["USA arms_supply EST 2022"]),
    ("A Russian arms sale to Mali was reported.", ["RUS arms_supply MLI 2022"]),
    ("Shipments of artillery shells from Bulgaria to Ukraine grew.", ["BGR arms_supply UKR 2022"]),
    ("Ukraine shot down Iranian-made drones.", []),
    ("Iranian-made drones struck Kyiv.", []),
    ("Turkish drones flew over the border.", []),
  ]

  @Test(arguments: armsNominals.indices)
  func yieldsArmsNominals(_ i: Int) { check(Self.armsNominals[i]) }

  /// Alliance in apposition, across a copula and in hyphen compounds; "a NATO ally" is
  /// membership of the organization; a possessive pronoun's allies are nobody named.
  static let allianceAppositions: [(String, [String])] = [
    ("Poland's strongest ally the United States sent troops.", ["POL alliance USA 2022"]),
    ("Russia's ally Belarus hosted the drills.", ["RUS alliance BLR 2022"]),
    ("Israel is America's closest ally.", ["ISR alliance USA 2022"]),
    ("Chile, a US ally, objected to the plan.", ["CHL alliance USA 2022"]),
    ("The Chile-Peru alliance held firm.", ["CHL alliance PER 2022"]),
    ("Tokyo renewed the US-Japan security treaty.", ["USA alliance JPN 2022"]),
    ("France's allies, including Germany, objected.", ["FRA alliance DEU 2022"]),
    ("Greece and Cyprus are long-time allies of France.", ["CYP alliance FRA 2022", "GRC alliance FRA 2022"]),
    ("Serbia, a close ally of Russia, stayed away.", ["SRB alliance RUS 2022"]),
    ("Japan and Australia are treaty allies.", ["JPN alliance AUS 2022"]),
    ("A mutual defence treaty between Peru and Chile was signed in 2019.", ["PER alliance CHL 2019"]),
    ("Turkey, a NATO ally since 1952, hosted the summit.", ["TUR membership NATO 1952"]),
    ("Poland is a NATO ally.", ["POL membership NATO 2022"]),
    ("NATO allies such as Estonia and Latvia sent troops.", ["EST membership NATO 2022", "LVA membership NATO 2022"]),
    ("Militants fired on U.S. allies, and Canada protested.", []),
    ("Canada and its allies; Mexico voted later.", []),
  ]

  @Test(arguments: allianceAppositions.indices)
  func yieldsAllianceAppositions(_ i: Int) { check(Self.allianceAppositions[i]) }

  /// Membership in lists and appositions: members named after "such as" or "including"
  /// past the organization's own phrase, a comma list after "X's members", the newest
  /// member in apposition or across a copula, and membership begun.
  static let membershipLists: [(String, [String])] = [
    (
      "Members of ASEAN such as Vietnam and Laos objected.", ["LAO membership ASEAN 2022", "VNM membership ASEAN 2022"]
    ),
    ("ASEAN members including Thailand voted against.", ["THA membership ASEAN 2022"]),
    (
      "EU member states such as Hungary and Slovakia blocked the plan.",
      ["HUN membership EU 2022", "SVK membership EU 2022"]
    ),
    (
      "ECOWAS's members, Ghana, Togo and Benin, met in Accra.",
      ["BEN membership ECOWAS 2022", "GHA membership ECOWAS 2022", "TGO membership ECOWAS 2022"]
    ),
    (
      "The Alliance of Sahel States was founded in 2023. The alliance's members, Mali, Niger and Burkina Faso, met.",
      ["BFA membership AES 2022", "MLI membership AES 2022", "NER membership AES 2022"]
    ),
    ("NATO's newest member Finland hosted the drills.", ["FIN membership NATO 2022"]),
    ("Finland is NATO's newest member.", ["FIN membership NATO 2022"]),
    (
      "Norway, Denmark and Iceland, all members of the Arctic Council, signed.",
      [
        "DNK membership ARCTIC_COUNCIL 2022", "ISL membership ARCTIC_COUNCIL 2022",
        "NOR membership ARCTIC_COUNCIL 2022",
      ]
    ),
    (
      "The Quad, whose members include Japan and India, met in Tokyo.",
      ["IND membership QUAD 2022", "JPN membership QUAD 2022"]
    ),
    ("Finland became the 31st member of NATO in 2023.", ["FIN membership NATO 2023"]),
    ("Sweden's accession to NATO was completed in 2024.", ["SWE membership NATO 2024"]),
    ("Egypt formally joined BRICS last year.", ["EGY membership BRICS 2021"]),
    ("Members of the G7 met India and Brazil.", []),
  ]

  @Test(arguments: membershipLists.indices)
  func yieldsMembershipLists(_ i: Int) { check(Self.membershipLists[i]) }

  /// Hostility by taking or besieging places, against the side the sentence names as
  /// holding them (the place's country or the named force); a place with no owner named,
  /// or "took part", is nobody's.
  static let placesTaken: [(String, [String])] = [
    ("Russia besieged the city of Mariupol in Ukraine.", ["RUS hostility UKR 2022"]),
    ("Russian forces besieged the Ukrainian city of Kherson.", ["RUS hostility UKR 2022"]),
    ("Russia captured the town of Vuhledar in Ukraine.", ["RUS hostility UKR 2022"]),
    ("M23 took the town of Bunagana in Congo in 2022.", ["M23 hostility COD 2022"]),
    ("Azerbaijan took the town of Lachin from Armenian forces.", ["AZE hostility ARM 2022"]),
    // (Sudan's army is the catalogue's SAF since the twenty-second round.)
    ("Sudan's army overran the RSF's positions.", ["SAF hostility RSF 2022"]),
    ("Russian troops encircled Ukrainian units near the city.", ["RUS hostility UKR 2022"]),
    ("The siege of the Ukrainian city by Russia lasted months.", ["RUS hostility UKR 2022"]),
    ("Chad took the town in 2021.", []),
    ("Russia took part in the talks in Turkey.", []),
    ("The RSF overran the army's positions.", []),
  ]

  @Test(arguments: placesTaken.indices)
  func yieldsPlacesTaken(_ i: Int) { check(Self.placesTaken[i]) }

  /// Armed groups named through their leaders while in office (the catalogue's people):
  /// "forces loyal to X" act as X's group and can be attacked as it; a leader out of office
  /// names nobody.
  static let leaders: [(String, [String])] = [
    ("Russia backs Haftar.", ["RUS support LNA 2022"]),
    ("Forces loyal to Haftar attacked the GNA.", ["LNA hostility GNA 2022"]),
    ("Turkey attacked forces loyal to Haftar.", ["TUR hostility LNA 2022"]),
    ("Rwanda supports Makenga's fighters.", ["RWA support M23 2022"]),
    ("Fighters loyal to Ag Ghaly attacked the Malian army.", ["JNIM hostility MLI 2022"]),
    // (Sudan's army is the catalogue's SAF since the twenty-second round.)
    ("Troops loyal to al-Hilu clashed with the Sudanese army.", ["SPLM_N hostility SAF 2022"]),
    ("The UAE armed Hemedti.", ["ARE arms_supply RSF 2022"]),
    ("Niger funded Shekau's fighters.", []),
  ]

  @Test(arguments: leaders.indices)
  func yieldsLeaders(_ i: Int) { check(Self.leaders[i]) }

  /// A gerund after "joined Y in" has both the one who joins and the one joined as its
  /// subjects; a gerund after another preposition stays a noun.
  static let joinedIn: [(String, [String])] = [
    ("Japan joined Australia in condemning China's moves.", ["AUS tension CHN 2022", "JPN tension CHN 2022"]),
    ("Chile joined Peru in criticising Bolivia on Monday.", ["CHL tension BOL 2022", "PER tension BOL 2022"]),
    ("Japan spoke in condemning terms about the weather.", []),
  ]

  @Test(arguments: joinedIn.indices)
  func yieldsJoinedIn(_ i: Int) { check(Self.joinedIn[i]) }

  /// A relative clause on an indefinite apposition ("X, a country that ...") belongs to X:
  /// a noun pattern inside it has X as its subject, not the main clause's subject.
  static let appositiveRelatives: [(String, [String])] = [
    (
      "The quarrel drew Chad closer to Egypt, a country that has long been at odds with Sudan.",
      ["EGY tension SDN 2022"]
    ),
    ("Peru, a state that has tense ties with Chile, voted no.", ["PER tension CHL 2022"]),
    ("Ghana, a country that backs Togo, abstained.", ["GHA support TGO 2022"]),
  ]

  @Test(arguments: appositiveRelatives.indices)
  func yieldsAppositiveRelatives(_ i: Int) { check(Self.appositiveRelatives[i]) }

  /// Tension by reduced relations said with a longer phrase: diplomats declared persona
  /// non grata (their state by adjective or possessor), a treaty with a long name
  /// suspended; the phrase never reaches across a comma or a coordinated verb.
  static let longDowngrades: [(String, [String])] = [
    ("Chad declared the Sudanese military attache persona non grata.", ["TCD tension SDN 2022"]),
    ("Ghana declared two Togolese diplomats personae non gratae in 2019.", ["GHA tension TGO 2019"]),
    ("Norway declared Iran's deputy envoy persona non grata.", ["NOR tension IRN 2022"]),
    ("The Belgian consul was declared persona non grata by Rwanda.", ["RWA tension BEL 2022"]),
    ("Russia suspended the New START arms control treaty with the United States.", ["RUS tension USA 2022"]),
    ("In 2019 Peru suspended the 1998 border cooperation treaty with Ecuador.", ["PER tension ECU 2019"]),
    ("Chad declared a state of emergency after the Sudanese raid.", []),
    ("Russia suspended flights and signed a treaty with China.", []),
    ("Peru suspended the trade talks, and a treaty with Chile was signed.", []),
  ]

  @Test(arguments: longDowngrades.indices)
  func yieldsLongDowngrades(_ i: Int) { check(Self.longDowngrades[i]) }

  /// Alliance with the ally set off by commas after a possessor ("X's closest ally, Y,"):
  /// the apposition must close with a comma or the sentence's end, so a clause that goes
  /// on after the actor is no apposition.
  static let commaAllies: [(String, [String])] = [
    ("Russia's closest ally, Belarus, hosted the drills.", ["RUS alliance BLR 2022"]),
    ("Iran relies on its oldest ally, Syria.", ["IRN alliance SYR 2022"]),
    ("The drills were hosted by Russia's ally, the United Arab Emirates, in May.", ["RUS alliance ARE 2022"]),
    (
      "Chile's two regional allies, Peru and Ecuador, stayed silent.",
      ["CHL alliance ECU 2022", "CHL alliance PER 2022"]
    ),
    ("After Russia lost its ally, Belarus closed the border.", []),
    ("Russia's ally said nothing, and Belarus left.", []),
  ]

  @Test(arguments: commaAllies.indices)
  func yieldsCommaAllies(_ i: Int) { check(Self.commaAllies[i]) }

  /// Trade said as a ranking of partners: the ranked partner across a copula or in an
  /// apposition exports to the possessor, a buyer of a state's goods imports them; a
  /// partner in something other than trade, or a supplier with nobody ranked, is nothing.
  static let tradeRankings: [(String, [String])] = [
    ("China is Brazil's largest trading partner.", ["CHN trade BRA 2022"]),
    ("Germany became Poland's biggest trade partner in 2015.", ["DEU trade POL 2015"]),
    ("Japan's top supplier of crude, the UAE, raised output.", ["ARE trade JPN 2022"]),
    ("Norway is Germany's main gas supplier.", ["NOR trade DEU 2022"]),
    ("India, the biggest buyer of Russian oil, raised imports.", ["RUS trade IND 2022"]),
    ("China is the largest buyer of Iran's crude.", ["IRN trade CHN 2022"]),
    ("China is Brazil's partner in space research.", []),
    ("Russia's gas supplier said nothing.", []),
  ]

  @Test(arguments: tradeRankings.indices)
  func yieldsTradeRankings(_ i: Int) { check(Self.tradeRankings[i]) }

  /// Tension as concern about a rival's growing influence or presence: wary of, concern
  /// over, moving to counter, or being worried by the influence that an actor adjective or
  /// possessor names; concern about anything else, or influence that worries nobody named,
  /// is nothing.
  static let influenceConcern: [(String, [String])] = [
    ("Poland is wary of China's growing influence in the region.", ["POL tension CHN 2022"]),
    ("Japan is concerned about the Chinese military buildup.", ["JPN tension CHN 2022"]),
    ("India voiced concern over Russia's expanding presence in Asia.", ["IND tension RUS 2022"]),
    ("Australia moved to counter China's clout in the Pacific.", ["AUS tension CHN 2022"]),
    ("Russia's growing footprint in Africa worries France.", ["FRA tension RUS 2022"]),
    ("Kenya, wary of the influence of China, signed a deal.", ["KEN tension CHN 2022"]),
    ("Chinese influence raised concern in Japan.", []),
    ("Poland is wary of Chinese investment.", []),
    ("France welcomed China's presence at the summit.", []),
  ]

  @Test(arguments: influenceConcern.indices)
  func yieldsInfluenceConcern(_ i: Int) { check(Self.influenceConcern[i]) }

  /// Mediation by guarantors and facilitators: "with X and Y as guarantors" of talks
  /// between sides named before or after, guarantors in apposition, a truce guaranteed or
  /// talks facilitated after a war was named; a guarantor with no sides, or a loan
  /// guaranteed, is no mediation.
  static let guarantors: [(String, [String])] = [
    (
      "Talks between Sudan and South Sudan opened, with Ethiopia and Kenya as guarantors.",
      ["ETH mediation SDN 2022", "ETH mediation SSD 2022", "KEN mediation SDN 2022", "KEN mediation SSD 2022"]
    ),
    (
      "Armenia and Azerbaijan fought in 2020. A ceasefire was signed, with Russia and Turkey as guarantors.",
      [
        "ARM hostility AZE 2020", "RUS mediation ARM 2020", "RUS mediation AZE 2020", "TUR mediation ARM 2020",
        "TUR mediation AZE 2020",
      ]
    ),
    (
      "Israel and Hamas fought for months. The truce was guaranteed by Egypt and Qatar.",
      [
        "EGY mediation HAMAS 2022", "EGY mediation ISR 2022", "ISR hostility HAMAS 2022", "QAT mediation HAMAS 2022",
        "QAT mediation ISR 2022",
      ]
    ),
    (
      "Ethiopia and the TPLF fought in 2021. Kenya facilitated the peace talks.",
      ["ETH hostility TPLF 2021", "KEN mediation ETH 2021", "KEN mediation TPLF 2021"]
    ),
    ("Kenya hosted a summit, with Ethiopia as guarantor.", []),
    ("Kenya guaranteed a loan to Uganda.", ["KEN support UGA 2022"]),
  ]

  @Test(arguments: guarantors.indices)
  func yieldsGuarantors(_ i: Int) { check(Self.guarantors[i]) }

  /// Companies of the catalogue name their state: an arms maker's sale is its state's arms
  /// supply, a state energy company's deliveries its state's trade, a sanctioned firm its
  /// state; names that are common words match only as written, and given names not at all.
  static let companies: [(String, [String])] = [
    ("Baykar sold drones to Ukraine.", ["TUR arms_supply UKR 2022"]),
    ("Saab delivered Gripen jets to Hungary in 2016.", ["SWE arms_supply HUN 2016"]),
    ("Turkish drone maker Baykar delivered drones to Ethiopia.", ["TUR arms_supply ETH 2022"]),
    ("Norinco shipped armoured vehicles to Nigeria in 2020.", ["CHN arms_supply NGA 2020"]),
    ("The United States sanctioned Huawei in 2019.", ["USA sanction CHN 2019"]),
    ("Qatar Petroleum shipped LNG to Japan in 2012.", ["QAT trade JPN 2012"]),
    ("A saab car was sold to Hungary.", []),
    ("Rafael Advanced Defense Systems", []),
  ]

  @Test(arguments: companies.indices)
  func yieldsCompanies(_ i: Int) { check(Self.companies[i]) }

  /// Years relative to the narrative's last written year: "the following year", "the next
  /// year", "two years later", "later that year", "the previous year", "a year earlier",
  /// "two years before" count from the nearest year before them (in the sentence, else in
  /// the document); "the year after the war", "the year before the war" and "next year"
  /// with no article are no such phrase.
  static let relativeYears: [(String, [String])] = [
    (
      "Russia annexed Crimea in 2014. The following year, Russia attacked Syria.",
      ["RUS hostility SYR 2015", "RUS hostility UA-43 2014"]
    ),
    (
      "In 2019 Chad sued Niger, and the next year Niger attacked Mali.",
      ["NER hostility MLI 2020", "TCD tension NER 2019"]
    ),
    (
      "Peru sued Chile in 2008. Two years later, Bolivia sued Chile.", ["BOL tension CHL 2010", "PER tension CHL 2008"]
    ),
    (
      "Iran struck Iraq in 2020. Later that year, Iraq expelled Iran's envoy.",
      ["IRN hostility IRQ 2020", "IRQ tension IRN 2020"]
    ),
    (
      "Ghana sued Togo in 2011. A year later, Benin joined ECOWAS.",
      ["BEN membership ECOWAS 2012", "GHA tension TGO 2011"]
    ),
    ("Russia attacked Ukraine the year after the war.", ["RUS hostility UKR 2022"]),
    ("The following year, Niger attacked Mali.", ["NER hostility MLI 2022"]),
    // Counting back: from the narrative's year, else from the document's.
    (
      "Peru sued Chile in 2008. The previous year, Bolivia sued Chile.",
      ["BOL tension CHL 2007", "PER tension CHL 2008"]
    ),
    (
      "Iran struck Iraq in 2015. A year earlier, Iraq expelled Iran's envoy.",
      ["IRN hostility IRQ 2015", "IRQ tension IRN 2014"]
    ),
    ("Ghana sued Togo in 2012. Two years before, Togo sued Ghana.", ["GHA tension TGO 2012", "TGO tension GHA 2010"]),
    (
      "In 2019 Chad sued Niger; the year before, Niger attacked Mali.",
      ["NER hostility MLI 2018", "TCD tension NER 2019"]
    ),
    ("The previous year, Niger attacked Mali.", ["NER hostility MLI 2021"]),
    ("Russia attacked Ukraine the year before the war.", ["RUS hostility UKR 2022"]),
  ]

  @Test(arguments: relativeYears.indices)
  func yieldsRelativeYears(_ i: Int) { check(Self.relativeYears[i]) }

  /// Condemning an attack whose agent an earlier sentence named: "the attack", "the
  /// strikes" (definite, at most one adjective between) where the object stands is the
  /// last hostility's acting side; "an attack" is a new one, and an attack on someone
  /// other than the last hostility's target is not that one.
  static let condemnedActs: [(String, [String])] = [
    (
      "Russia attacked Ukraine in 2014. The attack was condemned by Canada.",
      ["CAN tension RUS 2014", "RUS hostility UKR 2014"]
    ),
    ("Israel struck Iran. Canada condemned the strikes.", ["CAN tension ISR 2022", "ISR hostility IRN 2022"]),
    (
      "Israel struck Iran. Japan's condemnation of the raid was swift.",
      ["ISR hostility IRN 2022", "JPN tension ISR 2022"]
    ),
    ("Chad raided Sudan. Egypt deplored the deadly raid.", ["EGY tension TCD 2022", "TCD hostility SDN 2022"]),
    ("Israel struck Iran. Canada condemned an attack in Paris.", ["ISR hostility IRN 2022"]),
    ("Israel struck Iran. Peru criticized the weather.", ["ISR hostility IRN 2022"]),
    (
      "Russia attacked Ukraine in 2014. Peru met Chile. Chile met Bolivia. Canada condemned the attack.",
      ["RUS hostility UKR 2014"]
    ),
    ("Azerbaijan attacked Armenia. Kenya condemned the invasion.", ["AZE hostility ARM 2022"]),
  ]

  @Test(arguments: condemnedActs.indices)
  func yieldsCondemnedActs(_ i: Int) { check(Self.condemnedActs[i]) }

  /// Membership of an armed coalition: an alliance or coalition made up of (or "of") its
  /// members allies each pair, a named organization made up of states has them as members,
  /// a faction of a group is its ally; a delegation made up of states, or a coalition of
  /// no one named, is nothing.
  static let coalitions: [(String, [String])] = [
    (
      "They formed an alliance made up of Mali, Burkina Faso and Niger.",
      ["BFA alliance NER 2022", "MLI alliance BFA 2022", "MLI alliance NER 2022"]
    ),
    (
      "The Three Brotherhood Alliance is made up of the MNDAA, the TNLA and the Arakan Army.",
      ["MNDAA alliance ARAKAN_ARMY 2022", "MNDAA alliance TNLA 2022", "TNLA alliance ARAKAN_ARMY 2022"]
    ),
    (
      "The Alliance of Sahel States is made up of Mali, Burkina Faso and Niger.",
      ["BFA membership AES 2022", "MLI membership AES 2022", "NER membership AES 2022"]
    ),
    (
      "Ansar Dine, a faction of JNIM, attacked Mali.",
      ["ANSAR_DINE alliance JNIM 2022", "ANSAR_DINE hostility MLI 2022"]
    ),
    ("The delegation was made up of Peru, Chile and Bolivia.", []),
    ("A coalition of Western states met in Paris.", []),
  ]

  @Test(arguments: coalitions.indices)
  func yieldsCoalitions(_ i: Int) { check(Self.coalitions[i]) }

  /// Firms the catalogue does not list, named by their state, sell arms as that state:
  /// "South Korea's Hanwha", "Turkish drone maker Baykar", "Hanwha, a South Korean defence
  /// firm,"; an apposition that is no firm ("a Turkish citizen"), or a firm whose state no
  /// demonym names, is nobody's.
  static let firms: [(String, [String])] = [
    ("Hanwha, a South Korean defence firm, delivered howitzers to Poland.", ["KOR arms_supply POL 2022"]),
    ("Baykar, a Turkish drone maker, sold drones to Kenya in 2021.", ["TUR arms_supply KEN 2021"]),
    ("Turkish drone maker Baykar sold drones to Kenya.", ["TUR arms_supply KEN 2022"]),
    ("South Korea's Hanwha sold tanks to Poland.", ["KOR arms_supply POL 2022"]),
    ("Smith, a Turkish citizen, sold drones to Kenya.", []),
    ("Zenkor, a firm with Turkish partners, sold drones to Kenya.", []),
    // Hanwha is a South Korean company of the catalogue, whatever its partners.
    ("Hanwha, a firm with Turkish partners, sold drones to Kenya.", ["KOR arms_supply KEN 2022"]),
  ]

  @Test(arguments: firms.indices)
  func yieldsFirms(_ i: Int) { check(Self.firms[i]) }

  /// Hostility against the holder of a target: sites, positions, bases or facilities
  /// "linked to", "held by", "affiliated with" an actor, directly or in a relative clause
  /// ("sites in X that are affiliated with Y"); a target linked to no actor, or one whose
  /// relative clause says something else, gives nothing.
  static let heldTargets: [(String, [String])] = [
    ("The US struck sites linked to the Houthis.", ["USA hostility HOUTHIS 2022"]),
    ("Britain bombed positions held by the Houthis in 2024.", ["GBR hostility HOUTHIS 2024"]),
    ("Israel launched strikes on facilities affiliated with Hezbollah.", ["ISR hostility HEZBOLLAH 2022"]),
    ("Jordan struck camps in Syria that are used by the Islamic State.", ["JOR hostility ISIL 2022"]),
    ("Israel bombed bases which were used by Iran.", ["ISR hostility IRN 2022"]),
    ("Israel struck sites linked to the war.", []),
    ("The US struck sites in Yemen that are visited by Saudi pilgrims.", []),
  ]

  @Test(arguments: heldTargets.indices)
  func yieldsHeldTargets(_ i: Int) { check(Self.heldTargets[i]) }

  /// Forces contributed to a war just told of fight the side it was waged against; forces
  /// sent to a named recipient, or long after the war was named, are no such contribution.
  static let contributedForces: [(String, [String])] = [
    (
      "Saudi Arabia struck the Houthis in 2015. Egypt, Morocco and Jordan provided air and ground forces.",
      [
        "EGY hostility HOUTHIS 2015", "JOR hostility HOUTHIS 2015", "MAR hostility HOUTHIS 2015",
        "SAU hostility HOUTHIS 2015",
      ]
    ),
    ("Saudi Arabia struck the Houthis in 2015. Egypt provided troops to Mali.", ["SAU hostility HOUTHIS 2015"]),
    (
      "Saudi Arabia struck the Houthis. Peru met Chile. Chile met Bolivia. Egypt contributed troops.",
      ["SAU hostility HOUTHIS 2022"]
    ),
    ("Egypt contributed troops.", []),
  ]

  @Test(arguments: contributedForces.indices)
  func yieldsContributedForces(_ i: Int) { check(Self.contributedForces[i]) }

  /// Coordinated actor adjectives on the weapons that act ("Chilean and Peruvian jets
  /// struck") all act; a weapon's makers, when its user is named, do not.
  static let coordinatedOperators: [(String, [String])] = [
    ("Chilean and Peruvian jets struck the ELN.", ["CHL hostility ELN 2022", "PER hostility ELN 2022"]),
    ("French and Belgian warplanes bombed the ADF.", ["BEL hostility ADF 2022", "FRA hostility ADF 2022"]),
    (
      "Peru used Chilean and Brazilian rockets to strike Bolivia.",
      ["BRA arms_supply PER 2022", "CHL arms_supply PER 2022", "PER hostility BOL 2022"]
    ),
  ]

  @Test(arguments: coordinatedOperators.indices)
  func yieldsCoordinatedOperators(_ i: Int) { check(Self.coordinatedOperators[i]) }

  /// Coercion short of force: an organization suspending a state (membership ends), a
  /// state expelling another's troops or protesting its actions (tension), punitive or
  /// restrictive measures imposed (sanction), water cannon fired at a state's ships or
  /// ships blasted with it (hostility), and "blasted" said of words (tension).
  static let coercionShortOfForce: [(String, [String])] = [
    ("The African Union suspended Gabon after the coup.", ["GAB membership AU 2022"]),
    ("The African Union expelled Gabon's delegation from the summit.", []),
    ("Chad expelled French troops last year.", ["TCD tension FRA 2021"]),
    ("Chad expelled the rebels.", []),
    ("Hanoi protested Beijing's moves near the islands.", ["VNM tension CHN 2022"]),
    ("Hanoi protested the ruling.", []),
    ("The EU imposed punitive measures on Belarus.", ["EU sanction BLR 2022"]),
    ("The EU imposed restrictive measures against Iran.", ["EU sanction IRN 2022"]),
    ("The EU imposed safety measures on imports.", []),
    ("China's coast guard blasted Vietnamese boats with water cannon.", ["CHN hostility VNM 2022"]),
    ("Chinese vessels fired water cannon at a Philippine ship.", ["CHN hostility PHL 2022"]),
    ("Beijing blasted Manila over the visit.", ["CHN tension PHL 2022"]),
  ]

  @Test(arguments: coercionShortOfForce.indices)
  func yieldsCoercionShortOfForce(_ i: Int) { check(Self.coercionShortOfForce[i]) }

  /// Soured relations, parts of organizations and security guarantees.
  ///
  /// Relations that soured, deteriorated or frayed between two actors, or one's with
  /// another, are tension (the actors' own words not counted in the phrase's reach);
  /// relations that improved, or are strong, are none. Being part of an organization is
  /// membership; security guarantees given are support.
  static let souredRelationsAndGuarantees: [(String, [String])] = [
    ("Relations between Peru and Chile soured last year.", ["PER tension CHL 2021"]),
    ("Ties between Saudi Arabia and the United Arab Emirates deteriorated.", ["SAU tension ARE 2022"]),
    ("Ghana's relations with Togo have frayed.", ["GHA tension TGO 2022"]),
    ("Peru's ties with Chile were damaged by the dispute.", ["PER tension CHL 2022"]),
    ("Relations between Peru and Chile improved after the deteriorating security of the war years.", []),
    ("Peru's ties with Chile are strong.", []),
    ("Laos is part of ASEAN.", ["LAO membership ASEAN 2022"]),
    ("Crimea is part of Ukraine.", []),
    ("Peru took part in the NATO exercise.", []),
    ("Norway gave security guarantees to Finland.", ["NOR support FIN 2022"]),
  ]

  @Test(arguments: souredRelationsAndGuarantees.indices)
  func yieldsSouredRelationsAndGuarantees(_ i: Int) { check(Self.souredRelationsAndGuarantees[i]) }

  /// Who acts, and for whom.
  ///
  /// Mercenaries named after a state are not the state; an actor adjective in a verb's
  /// object is no later verb's subject; fighting for or alongside an actor, with no foe
  /// named, is support.
  static let whoActs: [(String, [String])] = [
    ("Mali's army, helped by Russian mercenaries, fought the rebels.", []),
    ("The G7 agreed to use Russian assets to fund Ukraine.", ["G7 support UKR 2022"]),
    ("Ghana bought Russian wheat to feed Togo.", ["RUS trade GHA 2022"]),
    ("Eritrean soldiers are fighting for Ethiopia in Tigray.", ["ERI support ETH 2022"]),
    ("Chadian troops fought alongside French forces.", ["TCD support FRA 2022"]),
    ("Eritrea fought for its independence against Ethiopia.", ["ERI hostility ETH 2022"]),
  ]

  @Test(arguments: whoActs.indices)
  func yieldsWhoActs(_ i: Int) { check(Self.whoActs[i]) }

  /// Mediation whose sides stand earlier in the sentence or the story.
  ///
  /// "Talks between A and B ... under X's auspices", "negotiations between A and B ...,
  /// mediated by X", talks hosted by X after a war of A and B; a capital naming where an
  /// agreement was made or talks are held is no party ("the Lima accord between A and B").
  static let mediationAcrossTheClause: [(String, [String])] = [
    (
      "Talks between Peru and Chile opened in Quito under Brazilian auspices.",
      ["BRA mediation CHL 2022", "BRA mediation PER 2022"]
    ),
    (
      "Negotiations between Ghana and Togo took place in Accra, mediated by Nigeria.",
      ["NGA mediation GHA 2022", "NGA mediation TGO 2022"]
    ),
    (
      "Peru and Chile fought for months. The two sides met for talks hosted by Ecuador.",
      ["ECU mediation CHL 2022", "ECU mediation PER 2022", "PER hostility CHL 2022"]
    ),
    (
      "Brazil brokered the Lima accord between Bolivia and Chile.",
      ["BRA mediation BOL 2022", "BRA mediation CHL 2022"]
    ),
    ("Chile violated the Lima agreement.", []),
    ("Santiago condemned Lima's accord with Quito.", ["CHL tension PER 2022"]),
  ]

  @Test(arguments: mediationAcrossTheClause.indices)
  func yieldsMediationAcrossTheClause(_ i: Int) { check(Self.mediationAcrossTheClause[i]) }

  /// Support said with money, backing enjoyed and commitments.
  ///
  /// The backing "of" X that the subject enjoys or wins is X's; a money package for X, money
  /// received from X, being X's donor, a commitment to X (to X's defence: alliance),
  /// security provided to X and advisers to X's troops are support.
  static let supportSaidOtherwise: [(String, [String])] = [
    ("The rebels enjoy the backing of Eritrea.", []),
    ("Ghana enjoys the backing of Nigeria.", ["NGA support GHA 2022"]),
    ("Peru won the support of Chile for its bid.", ["CHL support PER 2022"]),
    ("The EU announced a €2 billion package for Moldova.", ["EU support MDA 2022"]),
    ("Ghana received $3 billion from Qatar.", ["QAT support GHA 2022"]),
    ("Japan is Laos's biggest donor.", ["JPN support LAO 2022"]),
    ("France reaffirmed its commitment to Chad.", ["FRA support TCD 2022"]),
    ("Peru restated its commitment to peace.", []),
    ("Wagner provided security to Mali's president.", ["WAGNER support MLI 2022"]),
    ("French officers advise Chadian troops.", ["FRA support TCD 2022"]),
    ("The United States has long supported Peru's efforts to export copper.", ["USA support PER 2022"]),
  ]

  @Test(arguments: supportSaidOtherwise.indices)
  func yieldsSupportSaidOtherwise(_ i: Int) { check(Self.supportSaidOtherwise[i]) }

  /// Tension said with acts short of words of blame.
  ///
  /// Claims by X dismissed, X's act called a provocation or X called an enemy, drills off or
  /// around X, a protest (noun) against X, airspace or a border closed to or with X, X's bid
  /// blocked; banning X's goods or X is a sanction. Drills with no one named, a road
  /// blocked and a street protest are none.
  static let tensionByActs: [(String, [String])] = [
    ("Chile dismissed the accusations by Bolivia as baseless.", ["CHL tension BOL 2022"]),
    ("Ghana called Togo's decision a provocation.", ["GHA tension TGO 2022"]),
    ("Peru called Chile its main enemy.", ["PER tension CHL 2022"]),
    ("Russia held naval drills off Norway.", ["RUS tension NOR 2022"]),
    ("Peru and Chile held joint exercises.", []),
    ("Vietnam filed a diplomatic protest against China.", ["VNM tension CHN 2022"]),
    ("The protest against Peru drew thousands.", []),
    ("Chile closed its airspace to Bolivian flights.", ["CHL tension BOL 2022"]),
    ("Ghana and Togo closed their border.", ["GHA tension TGO 2022"]),
    ("Hungary blocked Ukraine's bid for months.", ["HUN tension UKR 2022"]),
    ("Peru blocked the road.", []),
    ("India banned Chinese apps.", ["IND sanction CHN 2022"]),
  ]

  @Test(arguments: tensionByActs.indices)
  func yieldsTensionByActs(_ i: Int) { check(Self.tensionByActs[i]) }

  /// Imports halted, stopped or resumed by the importer, and relying on a supplier.
  ///
  /// Imports from X (or of X's goods) that the importer halts end X's trade to it, resumed
  /// ones begin it; relying or depending on X for a commodity or for weapons is X's supply.
  static let importsAndReliance: [(String, [String])] = [
    ("Chile halted copper imports from Peru.", ["PER trade CHL 2022"]),
    ("Ghana resumed imports of Nigerian oil.", ["NGA trade GHA 2022"]),
    ("Ghana halted imports of cars.", []),
    ("Japan relies on Indonesia for coal.", ["IDN trade JPN 2022"]),
    ("Armenia depends on Russia for weapons.", ["RUS arms_supply ARM 2022"]),
    ("Armenia depends on Russia.", []),
    ("Chile defeated Peru in the war.", ["CHL hostility PER 2022"]),
  ]

  @Test(arguments: importsAndReliance.indices)
  func yieldsImportsAndReliance(_ i: Int) { check(Self.importsAndReliance[i]) }

  /// Strikes on a state's infrastructure (grids, refineries, airports, bridges) and strikes
  /// or attacks exchanged between two sides are hostility; repairing a bridge is none (the
  /// help received for it is support).
  static let infrastructureAndExchanges: [(String, [String])] = [
    ("Peruvian missiles hit Chile's power grid.", ["PER hostility CHL 2022"]),
    ("Chile struck Bolivian energy infrastructure overnight.", ["CHL hostility BOL 2022"]),
    ("Peru and Chile exchanged strikes in April.", ["PER hostility CHL 2022"]),
    ("Ghana and Togo exchanged missile attacks.", ["GHA hostility TGO 2022"]),
    ("Peru repaired the bridge with Chilean help.", ["CHL support PER 2022"]),
  ]

  @Test(arguments: infrastructureAndExchanges.indices)
  func yieldsInfrastructureAndExchanges(_ i: Int) { check(Self.infrastructureAndExchanges[i]) }
}
