import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Sentences on the precision side of extraction: wordings that look like a relation, or
/// like one that holds now, and are not; and the year and phase a relation gets.
///
/// All invented for these tests (none from the seeds, the development corpus or any news
/// text); each has the exact relations it must yield ("SOURCE kind TARGET YEAR", sorted;
/// the document is dated 2022-05), or with the phase ("... YEAR phase") where the case is
/// about the phase. Empty lists must yield nothing.
@Suite struct PrecisionSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// The relations of `text` with their phases, sorted.
  static func phased(_ text: String) -> [String] {
    guard let e = RelationExtractorTests.extractor, let d = try? EntenteDate(parsing: "2022-05") else {
      return ["no extractor"]
    }
    let doc = DocumentSource(document: Document(id: "t", date: d), text: text, offset: 0)
    return e.extract(doc).map { "\($0.source) \($0.kind) \($0.target) \($0.date.year) \($0.phase.rawValue)" }.sorted()
  }

  /// A nationality on equipment is where the thing comes from, not who acts or is hit.
  static let equipment: [(String, [String])] = [
    ("Russian-made jets were shot down over Syria.", []),
    ("Russian-made jets bombed a town in Syria.", []),
    ("Syrian gunners downed Russian-built jets.", []),
    ("Ukraine shot down Russian jets over Kharkiv.", ["UKR hostility RUS 2022"]),
  ]

  @Test(arguments: equipment.indices)
  func yieldsEquipment(_ i: Int) { check(Self.equipment[i]) }

  /// "X-led" and "X-backed" compounds: the leader acts, the backer supports the head.
  static let compounds: [(String, [String])] = [
    ("The Saudi-led coalition struck Houthi positions.", ["SAU hostility HOUTHIS 2022"]),
    ("Iran-backed Houthis attacked ships in the Red Sea.", ["IRN support HOUTHIS 2022"]),
    ("Iran-backed Houthis attacked Israel.", ["HOUTHIS hostility ISR 2022", "IRN support HOUTHIS 2022"]),
  ]

  @Test(arguments: compounds.indices)
  func yieldsCompounds(_ i: Int) { check(Self.compounds[i]) }

  /// The addressee of a letter, appeal or speech is no party to what it says.
  static let addressees: [(String, [String])] = [
    (
      "In a letter to the UN Security Council, Egypt accused Ethiopia of threatening its security.",
      ["EGY tension ETH 2022"]
    ),
    ("In a speech to the African Union, Somalia condemned Ethiopia.", ["SOM tension ETH 2022"]),
    ("Writing to the UN chief, Guyana accused Venezuela of aggression.", ["GUY tension VEN 2022"]),
  ]

  @Test(arguments: addressees.indices)
  func yieldsAddressees(_ i: Int) { check(Self.addressees[i]) }

  /// "The two countries", "both sides": the two coordinated sides the last sentence opens
  /// with, else the sides of the last relation found; else nothing.
  static let pairs: [(String, [String])] = [
    (
      "Kenya accused Uganda of arming rebels. The two neighbours later clashed at the border.",
      ["KEN hostility UGA 2022", "KEN tension UGA 2022"]
    ),
    ("Peru and Chile met in Lima. Bolivia stayed away. The two countries signed a defence pact.", []),
    (
      "Chad fought Sudan in 2019. Foreign powers shipped weapons to both sides.",
      ["TCD hostility SDN 2019"]
    ),
    (
      "Ghana and Togo held talks. The two countries signed a defence pact in 2021.",
      ["GHA alliance TGO 2021"]
    ),
  ]

  @Test(arguments: pairs.indices)
  func yieldsPairs(_ i: Int) { check(Self.pairs[i]) }

  /// Title lines: the body's sentence, with its year, is the relation; the title's reading is
  /// not a second one.
  static let titles: [(String, [String])] = [
    ("Kenya Accuses Uganda Of Border Raids\n\nKenya accused Uganda of raids in 2019.", ["KEN tension UGA 2019"]),
    ("Egypt and Ethiopia clash over dam\nEgypt attacked Ethiopia in 2020.", ["EGY hostility ETH 2020"]),
    ("Ghana Slams Togo Over Arrests\n\nThe talks went on.", ["GHA tension TGO 2022"]),
  ]

  @Test(arguments: titles.indices)
  func yieldsTitles(_ i: Int) { check(Self.titles[i]) }

  /// Asked-for and offered mediation, and pending accession, have not happened.
  static let requested: [(String, [String])] = [
    ("Kenya called for mediation between Sudan and Chad.", []),
    ("Turkey offered to mediate between Russia and Ukraine.", []),
    ("Guyana called on Brazil to mediate between it and Venezuela.", []),
    ("The UN urged talks between Serbia and Kosovo.", []),
    ("Sweden is awaiting ratification of its membership of NATO.", []),
    ("Ukraine launched a bid to join NATO.", []),
    ("Ukraine is set to join the EU.", []),
    ("Qatar mediated between Israel and Hamas.", ["QAT mediation HAMAS 2022", "QAT mediation ISR 2022"]),
  ]

  @Test(arguments: requested.indices)
  func yieldsNothingRequested(_ i: Int) { check(Self.requested[i]) }

  /// A relation noun that is the subject of a verb that ends it ends.
  static let finished: [(String, [String])] = [
    ("Eritrea fought Ethiopia from 1998 to 2000.", ["ERI hostility ETH 1998 begins", "ERI hostility ETH 2000 ends"]),
    ("The feud between Peru and Chile ended in 2019.", ["PER tension CHL 2019 ends"]),
    ("The dispute between Guyana and Venezuela was settled in 2020.", ["GUY tension VEN 2020 ends"]),
    ("The war between Eritrea and Ethiopia came to an end in 2000.", ["ERI hostility ETH 2000 ends"]),
    ("The feud between Peru and Chile deepened in 2019.", ["PER tension CHL 2019 holds"]),
  ]

  @Test(arguments: finished.indices)
  func yieldsFinishedPhase(_ i: Int) {
    let c = Self.finished[i]
    #expect(Self.phased(c.0) == c.1, "\(c.0)")
  }

  /// Ranges, relative dates, later clauses with their own year, and states that hold now.
  static let time: [(String, [String])] = [
    ("Eritrea fought Ethiopia from 1998 to 2000.", ["ERI hostility ETH 1998", "ERI hostility ETH 2000"]),
    ("Chad and Sudan clashed between 2014 and 2016.", ["TCD hostility SDN 2014", "TCD hostility SDN 2016"]),
    ("The 2014–2016 clashes between Kenya and Somalia are a part of a long dispute.", ["KEN hostility SOM 2014"]),
    ("Russia attacked Ukraine two years ago.", ["RUS hostility UKR 2020"]),
    ("Sweden joined NATO last year.", ["SWE membership NATO 2021"]),
    ("Russia has occupied Crimea since 2014.", ["RUS hostility UA-43 2014"]),
    ("The ICJ warned Venezuela as a ruling is expected in 2024.", ["ICJ tension VEN 2022"]),
    ("The border war, above all since 2015, has fuelled Chad-Sudan tensions.", ["TCD tension SDN 2022"]),
    ("Since 2015, Chad has backed Sudan.", ["TCD support SDN 2015"]),
    ("The 2019 summit was held in Doha. Qatar is a member of OPEC.", ["QAT membership OPEC 2022"]),
    ("The 2019 summit was held in Doha. Qatar was a member of OPEC.", ["QAT membership OPEC 2019"]),
    ("The 2019 summit was held in Doha. Qatar has been a member of OPEC for decades.", ["QAT membership OPEC 2022"]),
  ]

  @Test(arguments: time.indices)
  func yieldsTime(_ i: Int) { check(Self.time[i]) }

  /// The splitter does not cut inside dotted abbreviations ("U.S.", "U.K.", "U.N.").
  @Test func dottedAbbreviationsDoNotEndSentences() {
    let texts = SentenceSplitter().split(
      "The U.S. and the U.K. backed the U.N. plan. Sanctions by the U.S. Treasury followed. Iran protested.")
    #expect(
      texts.map(\.text) == [
        "The U.S. and the U.K. backed the U.N. plan.", "Sanctions by the U.S. Treasury followed.", "Iran protested.",
      ])
  }

  /// Lists joined by commas and a final "and"/"or" give every item.
  static let lists: [(String, [String])] = [
    (
      "The EU sanctioned Russia, Belarus, Iran and Syria.",
      ["EU sanction BLR 2022", "EU sanction IRN 2022", "EU sanction RUS 2022", "EU sanction SYR 2022"]
    ),
    (
      "Britain imposed sanctions on Iran, Syria, and Belarus.",
      ["GBR sanction BLR 2022", "GBR sanction IRN 2022", "GBR sanction SYR 2022"]
    ),
    (
      "Mali, Burkina Faso and Niger met in Niamey. They announced their withdrawal from ECOWAS.",
      ["BFA membership ECOWAS 2022", "MLI membership ECOWAS 2022", "NER membership ECOWAS 2022"]
    ),
  ]

  @Test(arguments: lists.indices)
  func yieldsLists(_ i: Int) { check(Self.lists[i]) }

  /// Actors in the wrong role: friends of an actor, parts of an organization, reduced
  /// relatives and participle asides, sanctions that target.
  static let roles: [(String, [String])] = [
    ("Chad received arms from states allied with France.", []),
    ("Houthi rebels allied with Iran attacked ships.", ["HOUTHIS alliance IRN 2022"]),
    ("Iran funds attacks on U.S. allies.", []),
    ("Finland's accession to NATO's Partnership for Peace came in 1994.", []),
    ("Tanzania joined an African Union force in 2023.", []),
    ("Tanzania joined the African Union in 2023.", ["TZA membership AU 2023"]),
    ("The United States imposed sanctions targeting Iran.", ["USA sanction IRN 2022"]),
    ("Chad fought a long war, with Sudan backing the rebels.", []),
    // (Peru supplies nothing; its opposition is friction with Chile.)
    (
      "Peru voiced opposition to Chile's acquisition of jets from France.",
      ["FRA arms_supply CHL 2022", "PER tension CHL 2022"]
    ),
    ("Diplomats hope to freeze the Karabakh conflict and restore flights with Armenia.", []),
    ("Rebels took sides in the conflict, with Cuba arming the government.", []),
    (
      "The Turkish deal keeps Ethiopian troops, battling al-Shabaab, in Somalia.",
      ["ETH hostility AL_SHABAAB 2022"]
    ),
  ]

  @Test(arguments: roles.indices)
  func yieldsRoles(_ i: Int) { check(Self.roles[i]) }

  @Test func thereAreAtLeastFortyCasesHere() {
    let all = [
      Self.equipment, Self.compounds, Self.addressees, Self.pairs, Self.titles, Self.requested, Self.finished,
      Self.time, Self.lists, Self.roles,
    ]
    #expect(all.map(\.count).reduce(0, +) >= 40)
  }
}
