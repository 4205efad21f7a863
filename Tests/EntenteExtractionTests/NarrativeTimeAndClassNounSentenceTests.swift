import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording found in the sixteenth round: years in "since" clauses, short forms of
/// "Saint" names, objections to another's conduct, a body before a member noun, and the
/// other classes read from two news sets after their held-out measure.
///
/// Sentences written for these tests (invented or real actors, never copied), one group
/// per class, each with the exact relations it must yield ("SOURCE kind TARGET YEAR",
/// sorted; the document is dated 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct NarrativeTimeAndClassNounSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// A year in a "since" clause after the relation, past a comma ("a truce after clashes, the worst since the junta
  /// took power in 2019") dates that clause, not the truce, and is no narrative year for the next sentence; "since
  /// 2017", "since at least 2015" and "since the start of 2014" still date a state that began then.
  static let sinceClauseYears: [(String, [String])] = [
    (
      "Peru and Chile agreed to a truce after a week of clashes, the worst since the junta took power in 2019.",
      ["PER hostility CHL 2022"]
    ),
    (
      "Peru and Chile clashed for a week, the worst fighting since the junta took power in 2019. Both countries accepted a truce mediated by Brazil.",
      ["BRA mediation CHL 2022", "BRA mediation PER 2022", "PER hostility CHL 2022"]
    ),
    (
      "Turkey has backed the Syrian National Army with training and pay since 2017.",
      ["TUR support SNA 2017"]
    ),
    ("Iran has armed the Houthis, its allies in Yemen, since at least 2015.", ["IRN arms_supply HOUTHIS 2015"]),
    ("Bolivia has occupied Chilean land since the start of 2014.", ["BOL hostility CHL 2014"]),
    (
      "Chile and Peru signed a trade pact, their first since the border war ended in 2019.",
      ["CHL trade PER 2022"]
    ),
  ]

  @Test(arguments: sinceClauseYears.indices)
  func yieldsSinceClauseYears(_ i: Int) { check(Self.sinceClauseYears[i]) }

  /// "St Kitts", "St Lucia" and "St Vincent", with or without a full stop after "St", are the catalogue's Saint
  /// states; a city named for a saint is no state.
  static let saintShortForms: [(String, [String])] = [
    ("St Kitts and Nevis condemned the US strike on Venezuela.", ["KNA tension USA 2022", "USA hostility VEN 2022"]),
    ("St. Lucia and St Vincent protested to the United States.", ["LCA tension USA 2022", "VCT tension USA 2022"]),
    ("Saint Lucia joined CARICOM in 1973.", ["LCA membership CARICOM 1973"]),
    ("St Petersburg hosted the talks between Russia and Iran.", []),
  ]

  @Test(arguments: saintShortForms.indices)
  func yieldsSaintShortForms(_ i: Int) { check(Self.saintShortForms[i]) }

  /// Opposing, protesting, slamming, decrying or deploring another's conduct named in an of-phrase ("the deployment
  /// of US warships", "the presence of Chinese troops") is tension with its owner; conduct with no actor, or one's
  /// own, is none.
  static let opposedConduct: [(String, [String])] = [
    (
      "Dominica and Grenada came together to oppose the deployment of US warships in the Caribbean.",
      ["DMA tension USA 2022", "GRD tension USA 2022"]
    ),
    ("Japan slammed the presence of Chinese troops near the border.", ["JPN tension CHN 2022"]),
    ("Vietnam protested the buildup of Chinese vessels near the reef.", ["VNM tension CHN 2022"]),
    ("Peru opposed the sale of its own bonds.", []),
    ("Kenya decried the deployment of peacekeepers.", []),
  ]

  @Test(arguments: opposedConduct.indices)
  func yieldsOpposedConduct(_ i: Int) { check(Self.opposedConduct[i]) }

  /// A body before a member noun that governs an infinitive ("the only ECOWAS member to back X") names the class the
  /// subject belongs to: the subject acts, not the body; members left unnamed act for nobody.
  static let memberNounClass: [(String, [String])] = [
    ("Ghana was the only ECOWAS member to back Niger.", ["GHA membership ECOWAS 2022", "GHA support NER 2022"]),
    ("Hungary is the only EU country to have recognised Kosovo.", ["HUN membership EU 2022", "HUN support XKX 2022"]),
    (
      "Trinidad stood out as the lone CARICOM nation to support the US presence.",
      ["TTO membership CARICOM 2022", "TTO support USA 2022"]
    ),
    ("NATO members pledged to support Ukraine.", []),
    ("ECOWAS leaders agreed to suspend Guinea.", ["GIN membership ECOWAS 2022"]),
  ]

  @Test(arguments: memberNounClass.indices)
  func yieldsMemberNounClass(_ i: Int) { check(Self.memberNounClass[i]) }

  /// A weapon fired or tested with no target ("North Korea fired a ballistic missile") leaves its launcher for a
  /// definite noun of the act ("condemned the launch", "the missile test was condemned by X") in the same sentence or
  /// the two after it; a test with an agent of its own, an indefinite "a test", or one read too long ago is no such
  /// act.
  static let launchesCondemned: [(String, [String])] = [
    (
      "North Korea fired a ballistic missile into the sea on Monday. Japan condemned the launch.",
      ["JPN tension PRK 2022"]
    ),
    ("Iran tested a new rocket. The test was condemned by France.", ["FRA tension IRN 2022"]),
    (
      "North Korea fired two missiles. The United Nations chief condemned the missile test.",
      ["UN tension PRK 2022"]
    ),
    ("Iran tested a new rocket. Germany condemned the test by Russia.", ["DEU tension RUS 2022"]),
    (
      "Pakistan fired a missile. India held talks with Nepal. Nepal signed a deal with China. Months later, Bhutan condemned the launch.",
      []
    ),
    ("North Korea fired an ICBM. Japan condemned a test.", []),
  ]

  @Test(arguments: launchesCondemned.indices)
  func yieldsLaunchesCondemned(_ i: Int) { check(Self.launchesCondemned[i]) }

  /// Republika Srpska (with "Bosnian Serb" as its adjective), the Wazalendo militias of eastern Congo and the
  /// International Conference on the Great Lakes Region (ICGLR) are catalogue actors.
  static let newCatalogueActors: [(String, [String])] = [
    ("Britain sanctioned the Bosnian Serb leader over his separatist moves.", ["GBR sanction SRPSKA 2022"]),
    ("Republika Srpska withdrew from Bosnia's state institutions.", []),
    ("The M23 rebels clashed with the Wazalendo militias near Goma.", ["M23 hostility WAZALENDO 2022"]),
    ("Burundi and Kenya are members of the ICGLR.", ["BDI membership ICGLR 2022", "KEN membership ICGLR 2022"]),
  ]

  @Test(arguments: newCatalogueActors.indices)
  func yieldsNewCatalogueActors(_ i: Int) { check(Self.newCatalogueActors[i]) }

  /// A third party that works or talks to secure a truce between two sides, or that secured it ("a ceasefire secured
  /// by X"), mediates between them; playing a role in a truce's mediation does too; the sides securing their own
  /// truce, or a trade deal, mediate nothing.
  static let securedTruces: [(String, [String])] = [
    (
      "Norway is working to secure a truce between Colombia and the ELN.",
      ["COL hostility ELN 2022", "NOR mediation COL 2022", "NOR mediation ELN 2022"]
    ),
    (
      "Ghana is engaged in talks to secure a ceasefire between Mali and Niger.",
      ["GHA mediation MLI 2022", "GHA mediation NER 2022", "MLI hostility NER 2022"]
    ),
    (
      "Chad and Sudan agreed to a ceasefire secured by Egypt.",
      ["EGY mediation SDN 2022", "EGY mediation TCD 2022", "TCD hostility SDN 2022"]
    ),
    (
      "The truce between Peru and Ecuador has held, with Brazil and Chile playing key roles in its mediation.",
      [
        "BRA mediation ECU 2022", "BRA mediation PER 2022", "CHL mediation ECU 2022", "CHL mediation PER 2022",
        "PER hostility ECU 2022",
      ]
    ),
    ("Peru and Ecuador secured a truce.", []),
    ("Japan secured a trade deal with Korea.", []),
  ]

  @Test(arguments: securedTruces.indices)
  func yieldsSecuredTruces(_ i: Int) { check(Self.securedTruces[i]) }

  /// A decision its maker announces in reported speech ("X said it would sever ties with Y", "said on Monday that it
  /// would expel") is made, for every kind but hostility: a threat of force stays out, and so do a decision under a
  /// condition ("if attacked"), one only considered, one reported of another state, a denial and a bare prediction
  /// ("X will cut ties").
  static let announcedDecisions: [(String, [String])] = [
    ("Sudan said it would sever diplomatic relations with Kenya.", ["SDN tension KEN 2022"]),
    (
      "Mali's junta said on Monday that it would expel the French ambassador.",
      ["MLI tension FRA 2022"]
    ),
    ("Peru announced it will send troops to help Ecuador.", ["PER support ECU 2022"]),
    ("Chile said it would strike Bolivia if attacked.", []),
    ("Chile said it would consider cutting ties with Bolivia.", []),
    ("Chile said Peru would cut ties with Bolivia.", []),
    ("Chile did not say it would cut ties with Bolivia.", []),
    ("Chile will cut ties with Bolivia.", []),
    ("Chile said it would cut ties with Bolivia if attacked.", []),
  ]

  @Test(arguments: announcedDecisions.indices)
  func yieldsAnnouncedDecisions(_ i: Int) { check(Self.announcedDecisions[i]) }

  /// An adverb or "both", "all" between a name and a word leaves the word the name's verb ("Burundi and Rwanda both
  /// belong to X"), though a preposition follows it; after a comma ("A and B, both members of X") the word is still
  /// the apposition's noun.
  static let adverbsBeforeVerbs: [(String, [String])] = [
    (
      "Burundi and Rwanda both belong to the East African Community.",
      ["BDI membership EAC 2022", "RWA membership EAC 2022"]
    ),
    ("Ghana and Togo all belong to ECOWAS.", ["GHA membership ECOWAS 2022", "TGO membership ECOWAS 2022"]),
    ("Kenya and Uganda also belong to IGAD.", ["KEN membership IGAD 2022", "UGA membership IGAD 2022"]),
    ("Chile and Peru both attack Bolivia.", ["CHL hostility BOL 2022", "PER hostility BOL 2022"]),
    (
      "Hungary and Slovakia, both members of the Visegrad Group, split with Poland.",
      ["HUN membership VISEGRAD 2022", "SVK membership VISEGRAD 2022"]
    ),
  ]

  @Test(arguments: adverbsBeforeVerbs.indices)
  func yieldsAdverbsBeforeVerbs(_ i: Int) { check(Self.adverbsBeforeVerbs[i]) }

  /// A state noun an organization modifies ("Romania, a NATO country", "A, B and C, all NATO countries", "both EU
  /// states", "is a NATO country") names a member; an apposition with "both" or "all" is no subject of the verb after
  /// it; a continent's adjective names no body, and "West African States" inside a name is no state noun.
  static let stateNounsOfBodies: [(String, [String])] = [
    (
      "Bulgaria, Romania and Turkey, all NATO countries, signed the pact.",
      [
        "BGR alliance ROU 2022", "BGR alliance TUR 2022", "BGR membership NATO 2022", "ROU alliance TUR 2022",
        "ROU membership NATO 2022", "TUR membership NATO 2022",
      ]
    ),
    ("Bulgaria and Romania, both EU states, signed the deal.", ["BGR membership EU 2022", "ROU membership EU 2022"]),
    ("Romania is a NATO country.", ["ROU membership NATO 2022"]),
    ("Hungary, an EU state, blocked the aid.", ["HUN membership EU 2022"]),
    ("Ukraine is a European country.", []),
    ("Mali left the Economic Community of West African States.", ["MLI membership ECOWAS 2022"]),
  ]

  @Test(arguments: stateNounsOfBodies.indices)
  func yieldsStateNounsOfBodies(_ i: Int) { check(Self.stateNounsOfBodies[i]) }

  /// Listing is a sanction: a list named with capitals after its owner's pronoun ("its Entity List", "its Sanctions
  /// List") is read like the lower-case one, as is a return to "its list of state sponsors of terrorism"; proscribing
  /// and a blacklisting noun are sanctions; "faces fresh US sanctions" takes its sanctioner from the actor on the
  /// sanctions; US departments (Commerce, Justice) stand for the United States.
  static let listsAndBlacklisting: [(String, [String])] = [
    ("The Commerce Department added 12 Russian entities to its Entity List.", ["USA sanction RUS 2022"]),
    ("Canada added Belarusian firms to its Sanctions List.", ["CAN sanction BLR 2022"]),
    ("Britain proscribed the Houthis as a terrorist group in 2021.", ["GBR sanction HOUTHIS 2021"]),
    ("Venezuela faces fresh US sanctions.", ["USA sanction VEN 2022"]),
    (
      "The French blacklisting of four Wagner commanders followed the massacre.",
      ["FRA sanction WAGNER 2022"]
    ),
    ("Washington returned Cuba to its list of state sponsors of terrorism.", ["USA sanction CUB 2022"]),
    ("Peru faces Chilean troops on its border.", []),
    ("The Justice Department charged two Chinese hackers.", []),
  ]

  @Test(arguments: listsAndBlacklisting.indices)
  func yieldsListsAndBlacklisting(_ i: Int) { check(Self.listsAndBlacklisting[i]) }

  /// Aid received "from" a state names its giver (only help in a "with" phrase names a helper of a fight); assistance
  /// promised, in the active or the passive, is support; troops that "remain stationed" are stationed; two
  /// coordinated past forms share the object ("trained and equipped the army", "backed and armed X's forces"), and
  /// troops trained are an act apart from an arms supply; a list marker with "the" after it ("donors including the EU
  /// and Japan") names the subjects; troops contributed to a mission in a state support that state.
  static let supportReceivedAndPromised: [(String, [String])] = [
    ("Ukraine received aid from Germany.", ["DEU support UKR 2022"]),
    ("Kyiv has received 40 billion euros in military aid from Washington.", ["USA support UKR 2022"]),
    ("Rebels seized the town with help from Rwanda.", []),
    ("Canada promised security assistance to Ukraine.", ["CAN support UKR 2022"]),
    ("Ukraine was promised long-term security assistance by Canada.", ["CAN support UKR 2022"]),
    ("Turkish troops remain stationed in Qatar.", ["TUR support QAT 2022"]),
    ("Ties between Peru and Chile remain strained.", ["PER tension CHL 2022"]),
    ("Russia trained and equipped the Malian army.", ["RUS arms_supply MLI 2022", "RUS support MLI 2022"]),
    ("Egypt backed and armed Haftar's forces.", ["EGY arms_supply LNA 2022", "EGY support LNA 2022"]),
    (
      "Donors including the EU and Japan pledged more than 2 billion dollars for Sudan.",
      ["EU support SDN 2022", "JPN support SDN 2022"]
    ),
    ("Burundi contributed troops to the mission in Somalia.", ["BDI support SOM 2022"]),
  ]

  @Test(arguments: supportReceivedAndPromised.indices)
  func yieldsSupportReceivedAndPromised(_ i: Int) { check(Self.supportReceivedAndPromised[i]) }

  /// A verb after "after", "when", "as", "before", "since" with no comma between is the subordinate clause's: an
  /// actor before the subordinator is not its subject ("X reaffirmed its commitment after Chinese ships fired at Y"
  /// makes no US attack), unless the clause's subject takes the actors back ("when all three joined"); "but" and "as
  /// a member" open no clause; a possessive in a reason phrase after a year's adjunct is the object's ("froze aid to
  /// Y in 2025 over its support"); troop-access accords are alliances, an agreement to buy oil is none.
  static let subordinateVerbSubjects: [(String, [String])] = [
    (
      "Washington reaffirmed its commitment to the Philippines after Chinese ships fired water cannon at a Filipino boat.",
      ["USA support PHL 2022"]
    ),
    ("Chile recalled its envoy after rebels attacked Bolivia.", []),
    ("Chile, after talks with Peru, attacked Bolivia.", ["CHL hostility BOL 2022"]),
    (
      "Japan and South Korea are not allies, but both are allied with the United States.",
      ["JPN alliance USA 2022", "KOR alliance USA 2022"]
    ),
    ("Bolivia was admitted as a full member of Mercosur in July 2024.", ["BOL membership MERCOSUR 2024"]),
    (
      "Estonia, Latvia and Lithuania became allies of the United States in 2004, when all three joined NATO.",
      [
        "EST alliance USA 2004", "EST membership NATO 2004", "LTU alliance USA 2004", "LTU membership NATO 2004",
        "LVA alliance USA 2004", "LVA membership NATO 2004",
      ]
    ),
    (
      "Germany and the Netherlands froze aid to Rwanda in 2025 over its support for the M23.",
      ["DEU support RWA 2025", "NLD support RWA 2025", "RWA support M23 2025"]
    ),
    ("Tokyo and Manila signed a reciprocal access agreement in July 2024.", ["JPN alliance PHL 2024"]),
    ("Manila and Washington signed a visiting forces agreement.", ["PHL alliance USA 2022"]),
    ("Germany entered into an agreement with Kazakhstan to buy crude oil.", []),
    ("Chile entered into a defence pact with Peru.", ["CHL alliance PER 2022"]),
  ]

  @Test(arguments: subordinateVerbSubjects.indices)
  func yieldsSubordinateVerbSubjects(_ i: Int) { check(Self.subordinateVerbSubjects[i]) }

  /// Brokering a declaration, memorandum, pact or treaty between two sides mediates, as brokering a deal does (trade
  /// facilitated does not), even when a capital names the document ("the Ankara declaration"); talks hosted by a
  /// third party in an opening "at" or "during" phrase give it the sides named after the comma; an agreement entered
  /// into is an alliance unless it is economic ("to purchase crude oil"); Bujumbura, seat of Burundi's government,
  /// and Cotonou, Benin's, stand for their states.
  static let mediatedDocumentsAndVenues: [(String, [String])] = [
    (
      "Turkey brokered the Ankara declaration between Ethiopia and Somalia in December 2024.",
      ["TUR mediation ETH 2024", "TUR mediation SOM 2024"]
    ),
    ("Qatar facilitated trade between Iran and Iraq.", ["IRN trade IRQ 2022"]),
    (
      "At talks in Istanbul hosted by Turkey and Qatar, Pakistan and Afghanistan agreed to extend the ceasefire.",
      [
        "PAK hostility AFG 2022", "QAT mediation AFG 2022", "QAT mediation PAK 2022", "TUR mediation AFG 2022",
        "TUR mediation PAK 2022",
      ]
    ),
    (
      "During talks hosted by Oman, Iran and the United States agreed to meet again.",
      ["OMN mediation IRN 2022", "OMN mediation USA 2022"]
    ),
    ("At the summit, Peru and Chile signed a pact.", ["PER alliance CHL 2022"]),
    (
      "Germany entered into an agreement with Kazakhstan to purchase crude oil.",
      []
    ),
    (
      "Turkey, Bulgaria and Romania entered into an agreement to clear sea mines in the Black Sea.",
      ["BGR alliance ROU 2022", "TUR alliance BGR 2022", "TUR alliance ROU 2022"]
    ),
    ("Bujumbura accused Kigali of backing the rebels.", ["BDI tension RWA 2022"]),
  ]

  @Test(arguments: mediatedDocumentsAndVenues.indices)
  func yieldsMediatedDocumentsAndVenues(_ i: Int) { check(Self.mediatedDocumentsAndVenues[i]) }

  /// Calling in or ordering out a state's envoy or diplomats is tension, and so are diplomats "ordered to leave" a
  /// state (that state orders them out); two states that traded sharp words, barbs or insults or exchanged
  /// accusations are in tension; walking out of a body's session, meeting or chamber is no leaving of the body.
  static let tensionWordings: [(String, [String])] = [
    ("Warsaw called in the Belarusian envoy over the border crisis.", ["POL tension BLR 2022"]),
    ("Moscow ordered out ten Estonian diplomats.", ["RUS tension EST 2022"]),
    ("Two Dutch diplomats were ordered to leave Russia within two weeks.", ["RUS tension NLD 2022"]),
    ("Washington and Beijing traded sharp words over the South China Sea.", ["USA tension CHN 2022"]),
    ("Peru and Chile exchanged accusations.", ["PER tension CHL 2022"]),
    ("Russia called in reserves.", []),
    ("Delegates from Britain and Poland walked out of the OSCE session.", []),
    ("Peru walked out of the OAS.", ["PER membership OAS 2022"]),
  ]

  @Test(arguments: tensionWordings.indices)
  func yieldsTensionWordings(_ i: Int) { check(Self.tensionWordings[i]) }

  /// "Fought alongside X against Y" is support of X and hostility with Y ("together with" or "alongside" alone:
  /// support only); fighting "the remnants of" a group fights the group; hideouts, strongholds and compounds in a
  /// state are places of it.
  static let fightingBesideAndAgainst: [(String, [String])] = [
    (
      "Eritrean troops fought alongside Ethiopian forces against the TPLF.",
      ["ERI hostility TPLF 2022", "ERI support ETH 2022"]
    ),
    ("The North Koreans fought together with the Russian brigade.", ["PRK support RUS 2022"]),
    ("Kenya fought alongside Somalia.", ["KEN support SOM 2022"]),
    ("The SDF has been fighting the remnants of Islamic State since 2019.", ["SDF hostility ISIL 2019"]),
    ("Pakistani jets struck a compound in Afghanistan.", ["PAK hostility AFG 2022"]),
    ("Israeli jets bombed hideouts in Syria.", ["ISR hostility SYR 2022"]),
  ]

  @Test(arguments: fightingBesideAndAgainst.indices)
  func yieldsFightingBesideAndAgainst(_ i: Int) { check(Self.fightingBesideAndAgainst[i]) }

  /// A participle clause closed by an attribution (", killing three fighters, the group said") is the main clause's
  /// act, no aside describing the phrase before it; talks organised by a third party after a sentence that names
  /// their sides are its mediation.
  static let attributionsAndOrganisers: [(String, [String])] = [
    (
      "Israeli warplanes struck targets in southern Lebanon overnight, killing three Hezbollah fighters, the group said.",
      ["ISR hostility HEZBOLLAH 2022", "ISR hostility LBN 2022"]
    ),
    ("Kenyan troops, battling al-Shabaab, stayed in Somalia.", ["KEN hostility AL_SHABAAB 2022"]),
    (
      "Peru and Chile resumed talks in Lima. The talks were organised by Brazil.",
      ["BRA mediation CHL 2022", "BRA mediation PER 2022"]
    ),
  ]

  @Test(arguments: attributionsAndOrganisers.indices)
  func yieldsAttributionsAndOrganisers(_ i: Int) { check(Self.attributionsAndOrganisers[i]) }

  /// An order for weapons placed with a state, or a contract signed with it for weapons, is its arms supply; a
  /// contract for other work is none.
  static let ordersAndContracts: [(String, [String])] = [
    ("Indonesia placed an order for 42 Rafale fighters with France in 2022.", ["FRA arms_supply IDN 2022"]),
    (
      "Manila signed a contract with New Delhi in 2022 for three batteries of BrahMos anti-ship missiles.",
      ["IND arms_supply PHL 2022"]
    ),
    ("Peru signed a contract with Chile for road repairs.", []),
  ]

  @Test(arguments: ordersAndContracts.indices)
  func yieldsOrdersAndContracts(_ i: Int) { check(Self.ordersAndContracts[i]) }
}
