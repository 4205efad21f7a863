import Entente
import Testing

@testable import EntenteExtraction

/// Classes of false positives seen on held-out news, each with sentences that must yield
/// nothing (or only the true relation) and a near miss that must still yield its relation.
///
/// All sentences are invented for these tests (none from the seeds, the development corpus
/// or any news text); the document is dated 2022-05 unless a case says otherwise.
@Suite struct HeldOutPrecisionSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// An organization's members doing something to an actor do not make it a member.
  static let members: [(String, [String])] = [
    ("NATO's members met Chile in Oslo.", []),
    ("The EU's members imposed sanctions on Peru.", ["EU sanction PER 2022"]),
    // (No membership; a commodity sent is trade, and the members act as their organization,
    // as in the sanctions case above: twenty-first round.)
    ("ASEAN members sent rice to Fiji.", ["ASEAN trade FJI 2022"]),
    (
      "ASEAN's members include Brunei, Cambodia and Laos.",
      [
        "BRN membership ASEAN 2022", "KHM membership ASEAN 2022", "LAO membership ASEAN 2022",
      ]
    ),
  ]

  @Test(arguments: members.indices)
  func yieldsMembers(_ i: Int) { check(Self.members[i]) }

  /// An invitation, an application or a membership not yet taken is no membership.
  static let invited: [(String, [String])] = [
    ("Uruguay was invited to join BRICS in 2023.", []),
    ("Peru, invited to join the OECD, has not answered.", []),
    ("Bolivia was invited but has not yet joined Mercosur.", []),
    ("Chile has yet to join the SCO.", []),
    ("Bolivia applied to join Mercosur in 2015.", []),
    ("Bolivia joined Mercosur in 2024.", ["BOL membership MERCOSUR 2024"]),
  ]

  @Test(arguments: invited.indices)
  func yieldsNothingInvited(_ i: Int) { check(Self.invited[i]) }

  /// An indefinite apposition after an actor is that actor's, not the noun's before it.
  static let appositions: [(String, [String])] = [
    (
      "Chile's ally Peru, a member of the Andean Community, hosted talks.",
      ["CHL alliance PER 2022", "PER membership ANDEAN_COMMUNITY 2022"]
    ),
    ("Kenya's neighbour Uganda, a close ally of Rwanda, closed its border.", ["UGA alliance RWA 2022"]),
    ("Chile's ally Peru signed a pact with Ecuador.", ["CHL alliance PER 2022", "PER alliance ECU 2022"]),
    ("Peru, a close ally of Chile, condemned Bolivia.", ["PER alliance CHL 2022", "PER tension BOL 2022"]),
  ]

  @Test(arguments: appositions.indices)
  func yieldsAppositions(_ i: Int) { check(Self.appositions[i]) }

  /// "Facilitated trade between A and B" eases something other than talks: no mediation.
  static let facilitation: [(String, [String])] = [
    ("The customs pact aims to facilitate trade between Peru and Chile.", []),
    ("Ghana facilitated commerce between Togo and Benin.", []),
    ("The new railway facilitates the movement of goods between Kenya and Uganda.", []),
    ("Ghana facilitated talks between Togo and Benin.", ["GHA mediation BEN 2022", "GHA mediation TGO 2022"]),
    ("Oman facilitated a prisoner swap between Peru and Chile.", ["OMN mediation CHL 2022", "OMN mediation PER 2022"]),
  ]

  @Test(arguments: facilitation.indices)
  func yieldsFacilitation(_ i: Int) { check(Self.facilitation[i]) }

  /// A nationality on a firm or a medium names where it is from; the state does not act.
  static let bodies: [(String, [String])] = [
    ("A Brazilian firm signed a trade deal with Angola.", []),
    ("Brazilian state media accused Peru of spying.", []),
    ("The Cuban news agency reported an attack on Venezuela.", []),
    ("A Turkish company sold drones to Chad.", []),
    ("Chilean companies exported copper to Peru.", []),
    ("The Cuban news agency said Peru had condemned Chile.", ["PER tension CHL 2022"]),
    ("Brazil exported copper to Peru.", ["BRA trade PER 2022"]),
  ]

  @Test(arguments: bodies.indices)
  func yieldsBodies(_ i: Int) { check(Self.bodies[i]) }

  /// A nationality on a weapon names where it comes from, not who fired it, when another
  /// actor fires it in the same sentence or the document's war is between others; with no
  /// such context it names the attacker.
  static let weapons: [(String, [String])] = [
    ("Russia invaded Ukraine in 2022. Iranian drones struck Kyiv.", ["RUS hostility UKR 2022"]),
    ("Iran sold drones to Russia. Iranian drones struck Kyiv.", ["IRN arms_supply RUS 2022"]),
    (
      "Russia invaded Ukraine in 2022. Ukrainian drones struck a refinery in Russia.",
      [
        "RUS hostility UKR 2022", "UKR hostility RUS 2022",
      ]
    ),
    (
      "Peruvian troops used Chilean rockets to strike Bolivia.", ["CHL arms_supply PER 2022", "PER hostility BOL 2022"]
    ),
    ("Houthi drones struck Israel.", ["HOUTHIS hostility ISR 2022"]),
    ("Iranian troops attacked Iraq.", ["IRN hostility IRQ 2022"]),
    ("A Chilean drone offensive targeting Peru began.", ["CHL hostility PER 2022"]),
  ]

  @Test(arguments: weapons.indices)
  func yieldsWeapons(_ i: Int) { check(Self.weapons[i]) }

  /// "Last month" and a past month name in a January document are of the year before;
  /// "since April" (a state that holds) and a month with its year are not.
  static let months: [(String, [String])] = [
    ("Peru joined the OECD last month.", ["PER membership OECD 2023"]),
    ("In November, Chile imposed sanctions on Peru.", ["CHL sanction PER 2023"]),
    ("On 4 December, Ghana condemned Togo.", ["GHA tension TGO 2023"]),
    ("In November 2020, Chile imposed sanctions on Peru.", ["CHL sanction PER 2020"]),
    ("In January, Ghana condemned Togo.", ["GHA tension TGO 2024"]),
    ("Chad has fought Sudan since April.", ["TCD hostility SDN 2024"]),
  ]

  @Test(arguments: months.indices)
  func yieldsMonths(_ i: Int) {
    let c = Self.months[i]
    #expect(RelationExtractorTests.run(c.0, date: "2024-01-20") == c.1, "\(c.0)")
  }

  /// An indefinite apposition states what holds at the document's date; the year of the
  /// clause around it (a summit it hosted) is another event's.
  static let appositionYears: [(String, [String])] = [
    ("Uruguay, a Mercosur member, hosted the summit in Montevideo in 2019.", ["URY membership MERCOSUR 2022"]),
    ("Chile, a close ally of Peru, condemned Bolivia in 2019.", ["CHL alliance PER 2022", "CHL tension BOL 2019"]),
    ("Uruguay, a Mercosur member since 1991, hosted the summit in 2019.", ["URY membership MERCOSUR 1991"]),
    ("Uruguay joined Mercosur in 1991.", ["URY membership MERCOSUR 1991"]),
  ]

  @Test(arguments: appositionYears.indices)
  func yieldsAppositionYears(_ i: Int) { check(Self.appositionYears[i]) }

  /// Sanctions keep their direction in passives, asides and counter-measures.
  static let sanctionDirection: [(String, [String])] = [
    ("Venezuela, sanctioned by Canada, sold oil to Chile.", ["CAN sanction VEN 2022", "VEN trade CHL 2022"]),
    ("Syria, under Canadian sanctions, bought grain from Chile.", ["CAN sanction SYR 2022", "CHL trade SYR 2022"]),
    ("Sanctions imposed on Peru by Chile took effect.", ["CHL sanction PER 2022"]),
    ("Peru imposed counter-sanctions on Chile.", ["PER sanction CHL 2022"]),
  ]

  @Test(arguments: sanctionDirection.indices)
  func yieldsSanctionDirection(_ i: Int) { check(Self.sanctionDirection[i]) }

  /// A pact about trade, energy or customs is no alliance (a signed trade pact is trade); a
  /// defence pact is.
  static let economicPacts: [(String, [String])] = [
    ("Ghana and Togo signed a trade pact.", ["GHA trade TGO 2022"]),
    ("Ghana and Togo signed a pact to facilitate commerce.", []),
    ("Ghana signed an energy partnership with Togo.", []),
    ("Ghana and Togo signed a defence pact.", ["GHA alliance TGO 2022"]),
    ("Ghana and Togo signed a strategic partnership in 2019.", ["GHA alliance TGO 2019"]),
  ]

  @Test(arguments: economicPacts.indices)
  func yieldsEconomicPacts(_ i: Int) { check(Self.economicPacts[i]) }
}
