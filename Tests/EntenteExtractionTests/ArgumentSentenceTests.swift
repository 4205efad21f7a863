import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Sentences on the argument side of extraction: which actor fills which role, when, and
/// what must yield nothing.
///
/// All invented for these tests (none from the seeds, the development corpus or any news
/// text); each has the exact relations it must yield ("SOURCE kind TARGET YEAR", sorted;
/// the document is dated 2022-05). Empty lists must yield nothing.
@Suite struct ArgumentSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// Places and things that stand for their actor: a town in X, the capital of X, X's
  /// embassy, an X-owned or X-flagged ship; an embassy *in* a city is a guest's, a thing
  /// made in X is not X's, and a place is no agent.
  static let placesAndThings: [(String, [String])] = [
    ("Russian troops shelled a town in eastern Ukraine.", ["RUS hostility UKR 2022"]),
    ("Sudanese jets bombed villages in eastern Chad.", ["SDN hostility TCD 2022"]),
    ("Sudanese jets bombed villages near Chad.", []),
    ("Serbian artillery shelled the capital of Bosnia.", ["SRB hostility BIH 2022"]),
    ("Israel struck Iran's consulate in Damascus.", ["ISR hostility IRN 2022"]),
    ("Gunmen stormed the embassy of Peru in Quito.", []),
    ("Pirates seized a Greek-owned tanker.", []),
    ("Houthi fighters attacked a Greek-owned tanker.", ["HOUTHIS hostility GRC 2022"]),
    ("Ukrainian drones struck a refinery in southern Russia.", ["UKR hostility RUS 2022"]),
    ("Pakistan carried out strikes on towns in eastern Afghanistan.", ["PAK hostility AFG 2022"]),
    ("Kenyan forces shot down Iranian-made drones.", []),
    ("A town in western Chad attacked nobody.", []),
    ("Turkish jets bombed militants in northern Iraq.", []),
  ]

  @Test(arguments: placesAndThings.indices)
  func yieldsPlacesAndThings(_ i: Int) { check(Self.placesAndThings[i]) }

  /// People and roles as agents: "X's foreign minister, Y, said", "President Z of X",
  /// "a senior X official", the demonym on an office.
  static let peopleAndRoles: [(String, [String])] = [
    ("Chile's foreign minister, Ana Soto, criticised Bolivia.", ["CHL tension BOL 2022"]),
    ("President Mwangi of Kenya accused Uganda of arming rebels.", ["KEN tension UGA 2022"]),
    ("A senior Qatari official condemned Israel.", ["QAT tension ISR 2022"]),
    ("The Egyptian defence minister warned Ethiopia.", ["EGY tension ETH 2022"]),
    ("Chinese diplomats accused Japan of provocation.", ["CHN tension JPN 2022"]),
  ]

  @Test(arguments: peopleAndRoles.indices)
  func yieldsPeopleAndRoles(_ i: Int) { check(Self.peopleAndRoles[i]) }

  /// Former office holders speak for no state: the demonym or possessor of "former
  /// president" is no agent; whoever sent the person is.
  static let formerHolders: [(String, [String])] = [
    ("Former Ghanaian president Kofi Mensah mediated between Togo and Benin.", []),
    (
      "The African Union sent former Malian premier Ali Traore to mediate between Chad and Sudan.",
      ["AU mediation SDN 2022", "AU mediation TCD 2022"]
    ),
    ("A former Russian diplomat criticised Finland.", []),
    ("Nigeria's former president condemned Niger.", []),
    ("The former foreign minister of Peru praised Chile.", []),
    ("Georgia, a former Soviet republic, accused Russia of aggression.", ["GEO tension RUS 2022"]),
  ]

  @Test(arguments: formerHolders.indices)
  func yieldsFormerHolders(_ i: Int) { check(Self.formerHolders[i]) }

  /// Negated and reported acts: a negated governor over an object and an infinitive,
  /// denials, "said it would not", reports whose source is not the agent.
  static let negatedAndReported: [(String, [String])] = [
    ("Egypt will not allow anyone to attack Sudan.", []),
    ("Turkey would never let Armenia to buy drones from Israel.", []),
    ("Kenya denied plans to attack Somalia.", []),
    ("Iran said it would not strike Israel.", []),
    ("Ghana said Togo had attacked Benin.", ["TGO hostility BEN 2022"]),
    ("According to Ukraine, Russia shelled Poland.", ["RUS hostility POL 2022"]),
    ("Iranian state media reported that Israel struck Syria.", ["ISR hostility SYR 2022"]),
    ("Qatar asked Turkey to supply drones to Somalia.", []),
    ("Chad urged Niger to attack the rebels.", []),
  ]

  @Test(arguments: negatedAndReported.indices)
  func yieldsNegatedAndReported(_ i: Int) { check(Self.negatedAndReported[i]) }

  /// Coordination: "A, B and C" is a list, but a bare comma between two actors ends a
  /// phrase ("when Russia attacked Ukraine, Poland sent"), so neither is the other's
  /// co-agent or co-patient.
  static let coordination: [(String, [String])] = [
    (
      "In 2019, when Russia attacked Georgia, Poland sent weapons to Tbilisi.",
      ["POL arms_supply GEO 2019", "RUS hostility GEO 2019"]
    ),
    (
      "After the annexation of the island by Turkey, Greece condemned Ankara.",
      ["GRC tension TUR 2022"]
    ),
    (
      "Chad, Niger and Mali accused France of interference.",
      ["MLI tension FRA 2022", "NER tension FRA 2022", "TCD tension FRA 2022"]
    ),
    (
      "Britain sanctioned Iran, Syria and Belarus.",
      ["GBR sanction BLR 2022", "GBR sanction IRN 2022", "GBR sanction SYR 2022"]
    ),
    ("Once Sudan had attacked Chad, Libya backed Sudan.", ["LBY support SDN 2022", "SDN hostility TCD 2022"]),
  ]

  @Test(arguments: coordination.indices)
  func yieldsCoordination(_ i: Int) { check(Self.coordination[i]) }

  /// Headlines: a title-case line lists actors with commas alone, so its lists stay whole;
  /// in a sentence a list needs its "and".
  static let headlines: [(String, [String])] = [
    (
      "Chad, Mali, Niger Quit ECOWAS\n\nThe three states left the bloc.",
      ["MLI membership ECOWAS 2022", "NER membership ECOWAS 2022", "TCD membership ECOWAS 2022"]
    ),
    ("When Sudan attacked Chad, Niger quit ECOWAS.", ["NER membership ECOWAS 2022", "SDN hostility TCD 2022"]),
    ("Ghana slams Togo after fishermen arrested\n", ["GHA tension TGO 2022"]),
  ]

  @Test(arguments: headlines.indices)
  func yieldsHeadlines(_ i: Int) { check(Self.headlines[i]) }

  /// Coreference on the argument side: "the paramilitary group" refers back to an armed
  /// group only, never to an organization named before.
  static let armedGroups: [(String, [String])] = [
    ("The UN published a report. The paramilitary group attacked Chad.", []),
    ("Hamas held a rally in Gaza. The armed group later attacked Israel.", ["HAMAS hostility ISR 2022"]),
  ]

  @Test(arguments: armedGroups.indices)
  func yieldsArmedGroups(_ i: Int) { check(Self.armedGroups[i]) }

  /// Governments named by where they rule act as that state ("the junta in Mali"), and a
  /// plural pronoun takes back a whole coordination ("their withdrawal").
  static let governmentsAndGroups: [(String, [String])] = [
    ("The junta in Guinea expelled the French ambassador.", ["GIN tension FRA 2022"]),
    (
      "The military rulers in Chad, Mali and Niger quit ECOWAS.",
      ["MLI membership ECOWAS 2022", "NER membership ECOWAS 2022", "TCD membership ECOWAS 2022"]
    ),
    (
      "Mali, Niger and Chad met in Bamako. They announced their withdrawal from ECOWAS.",
      ["MLI membership ECOWAS 2022", "NER membership ECOWAS 2022", "TCD membership ECOWAS 2022"]
    ),
    (
      "Kenya and Uganda held talks, and they later accused Sudan of arming rebels.",
      ["KEN tension SDN 2022", "UGA tension SDN 2022"]
    ),
    ("Kenya hosted Uganda. They accused Sudan of arming rebels.", ["KEN tension SDN 2022"]),
  ]

  @Test(arguments: governmentsAndGroups.indices)
  func yieldsGovernmentsAndGroups(_ i: Int) { check(Self.governmentsAndGroups[i]) }

  /// Years in apposition and ranges: a dashed range is dated by its start; a year in a
  /// "when" clause dates that clause; a later clause's year does not date an earlier one.
  static let years: [(String, [String])] = [
    ("The 2014–2016 clashes between Chad and Sudan killed hundreds.", ["TCD hostility SDN 2014"]),
    (
      "In 2015, when Chad attacked Boko Haram, Niger backed Chad.",
      ["NER support TCD 2015", "TCD hostility BOKO_HARAM 2015"]
    ),
    (
      "In 2019 Kenya sold wheat to Uganda, and in 2020 Kenya sold wheat to Rwanda.",
      ["KEN trade RWA 2020", "KEN trade UGA 2019"]
    ),
    (
      "Peru has been criticized by Chile; Bolivia clashed with Ecuador in 2015.",
      ["BOL hostility ECU 2015", "CHL tension PER 2022"]
    ),
  ]

  @Test(arguments: years.indices)
  func yieldsYears(_ i: Int) { check(Self.years[i]) }

  /// Subjects of non-finite verbs and pronouns for office holders: a participle after a
  /// comma has its clause's subject, a bare infinitive after an object has that object,
  /// `he` after "X's president" is X, "criticised both" takes the last two actors.
  static let clauseSubjects: [(String, [String])] = [
    ("Russia struck Kyiv, killing ten people.", ["RUS hostility UKR 2022"]),
    ("Kenya, accusing Uganda of arming rebels, closed the border.", ["KEN tension UGA 2022"]),
    (
      "At talks with Somali officials, Egypt stressed its support for Somalia, warning against threats to its unity.",
      ["EGY support SOM 2022"]
    ),
    (
      "Turkey sent drones to Libya, helping the GNA attack the LNA.",
      ["GNA hostility LNA 2022", "TUR arms_supply LBY 2022", "TUR support GNA 2022"]
    ),
    ("Peru's president met Chile's president. He accused Bolivia of meddling.", ["CHL tension BOL 2022"]),
    ("He accused Chad of arming the rebels.", []),
    ("In response to Peru's moves, several states backed Chile.", []),
    (
      "Serbia and Kosovo agreed to a deal. The EU criticised both.",
      ["EU tension SRB 2022", "EU tension XKX 2022"]
    ),
  ]

  @Test(arguments: clauseSubjects.indices)
  func yieldsClauseSubjects(_ i: Int) { check(Self.clauseSubjects[i]) }

  @Test func thereAreAtLeastFortyCasesHere() {
    let all = [
      Self.placesAndThings, Self.peopleAndRoles, Self.formerHolders, Self.negatedAndReported, Self.coordination,
      Self.headlines, Self.armedGroups, Self.governmentsAndGroups, Self.years, Self.clauseSubjects,
    ]
    #expect(all.map { $0.count }.reduce(0, +) >= 40)
  }
}
