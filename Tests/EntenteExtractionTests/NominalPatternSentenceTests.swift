import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// How relations are said with nouns, idioms and role phrases.
///
/// Sentences written for these tests, one group per phenomenon, each with the exact
/// relations it must yield ("SOURCE kind TARGET YEAR", sorted; the document is dated
/// 2022-05). Empty lists are sentences that must yield nothing.
@Suite struct NominalPatternSentenceTests {
  func check(_ c: (String, [String])) {
    #expect(RelationExtractorTests.run(c.0) == c.1, "\(c.0)")
  }

  /// Tension said with nouns: strained or tense ties (an adjective class heading the
  /// phrase), a feud, row, spat or rift, at odds, a war of words; damaged relations; and
  /// phrases that name no quarrel.
  static let tensionNouns: [(String, [String])] = [
    ("Chile has tense ties with Bolivia.", ["CHL tension BOL 2022"]),
    ("Kenya's frosty relations with Uganda worried investors.", ["KEN tension UGA 2022"]),
    ("Tense diplomatic ties between Peru and Ecuador dominated the summit.", ["PER tension ECU 2022"]),
    ("Ghana is locked in a bitter feud with Togo.", ["GHA tension TGO 2022"]),
    ("A row between Chile and Argentina erupted over fishing quotas.", ["CHL tension ARG 2022"]),
    ("The spat between Spain and Morocco deepened in 2021.", ["ESP tension MAR 2021"]),
    ("Bolivia is at odds with Paraguay over river water.", ["BOL tension PRY 2022"]),
    ("Serbia and Croatia are at loggerheads over the border.", ["SRB tension HRV 2022"]),
    ("Egypt has strained relations with Sudan.", ["EGY tension SDN 2022"]),
    ("The arrests soured ties between Nepal and Bhutan.", ["NPL tension BTN 2022"]),
    ("Laos and Vietnam have been locked in a dispute over the river.", ["LAO tension VNM 2022"]),
    (
      "The battle for influence between China and the United States intensified.",
      ["CHN tension USA 2022"]
    ),
    ("Ghana has warm ties with Togo.", []),
    ("Peru and Ecuador held three rounds of talks about rowing.", []),
  ]

  @Test(arguments: tensionNouns.indices)
  func yieldsTensionNouns(_ i: Int) { check(Self.tensionNouns[i]) }

  /// Tension said with verbs of anger and rebuke (enraged, deplored, hit out at), and
  /// its end: a rapprochement, restored ties.
  static let tensionVerbsAndEnds: [(String, [String])] = [
    ("Kenya enraged Tanzania with the new tariffs.", ["KEN tension TZA 2022"]),
    ("Sweden deplored Hungary's decision.", ["SWE tension HUN 2022"]),
    ("Brazil hit out at Argentina over the trade rules.", ["BRA tension ARG 2022"]),
    ("A rapprochement between Turkey and Armenia began in 2021.", ["TUR tension ARM 2021"]),
    ("Qatar restored diplomatic ties with Bahrain in 2023.", ["QAT tension BHR 2023"]),
    ("Laos and Cambodia ended their feud in 2019.", ["LAO tension KHM 2019"]),
  ]

  @Test(arguments: tensionVerbsAndEnds.indices)
  func yieldsTensionVerbsAndEnds(_ i: Int) { check(Self.tensionVerbsAndEnds[i]) }

  /// Hostility said with nouns: clashes, strikes, raids, shelling, a battle, water cannon
  /// fired at boats; peace accords end it.
  static let hostilityNouns: [(String, [String])] = [
    ("Clashes between Sudan and Chad killed dozens.", ["SDN hostility TCD 2022"]),
    ("Israel's strikes on Syria intensified.", ["ISR hostility SYR 2022"]),
    ("Colombian raids on Venezuela drew protests.", ["COL hostility VEN 2022"]),
    ("The shelling of Armenia by Azerbaijan went on for two days.", ["AZE hostility ARM 2022"]),
    ("Nigeria is battling Boko Haram in the north-east.", ["NGA hostility BOKO_HARAM 2022"]),
    ("Chinese coast guard ships used water cannon against a Philippine boat.", ["CHN hostility PHL 2022"]),
    ("A peace treaty between Ethiopia and Eritrea was signed in 2018.", ["ETH hostility ERI 2018"]),
    ("Britain's war in Iraq divided its voters.", ["GBR hostility IRQ 2022"]),
    ("Japan's strike force held drills.", []),
  ]

  @Test(arguments: hostilityNouns.indices)
  func yieldsHostilityNouns(_ i: Int) { check(Self.hostilityNouns[i]) }

  /// Alliances, sanctions and arms said with nouns: a defence agreement, joining forces,
  /// under sanctions, facing sanctions from, sanctions relief, a ban on, arms deliveries
  /// from X to Y.
  static let otherNouns: [(String, [String])] = [
    ("The new defence agreement between Egypt and Somalia alarmed Ethiopia.", ["EGY alliance SOM 2022"]),
    ("Mexico's security pact with Peru was renewed.", ["MEX alliance PER 2022"]),
    ("Chile and Peru joined forces against the smugglers.", ["CHL alliance PER 2022"]),
    ("Australia and Japan are treaty allies.", ["AUS alliance JPN 2022"]),
    ("Rebels fought on with Chinese military support to slow the advance of Japan.", []),
    ("Cuba remains under sanctions imposed by the United States.", ["USA sanction CUB 2022"]),
    ("Syria lives under American sanctions.", ["USA sanction SYR 2022"]),
    ("Belarus, facing sanctions from the European Union, turned to China.", ["EU sanction BLR 2022"]),
    ("China's ban on Lithuanian goods hurt exporters.", ["CHN sanction LTU 2022"]),
    ("Arms deliveries from Iran to Russia grew in 2023.", ["IRN arms_supply RUS 2023"]),
    ("Peru faces a long drought.", []),
  ]

  @Test(arguments: otherNouns.indices)
  func yieldsOtherNouns(_ i: Int) { check(Self.otherNouns[i]) }

  /// Joining said as an idiom or a noun, and wishes to join that are no membership:
  /// admitted, signed up to, joined forces in an organization, rejoined, an accession, an
  /// expulsion; "applied to join", "a bid to join" are hedged.
  static let joining: [(String, [String])] = [
    ("NATO admitted Montenegro in 2017.", ["MNE membership NATO 2017"]),
    ("Bolivia signed up to Mercosur in 2015.", ["BOL membership MERCOSUR 2015"]),
    (
      "Mali, Niger and Burkina Faso joined forces in the Alliance of Sahel States.",
      [
        "BFA membership AES 2022", "MLI membership AES 2022", "NER membership AES 2022",
      ]
    ),
    ("Argentina rejoined the IMF.", ["ARG membership IMF 2022"]),
    ("Finland's accession to NATO came in 2023.", ["FIN membership NATO 2023"]),
    ("Russia's expulsion from the Council of Europe came in 2022.", ["RUS membership COUNCIL_OF_EUROPE 2022"]),
    ("Turkey applied to join the European Union.", []),
    ("Ukraine's bid to join the European Union stalled.", []),
    ("Georgia aspires to join NATO.", []),
  ]

  @Test(arguments: joining.indices)
  func yieldsJoining(_ i: Int) { check(Self.joining[i]) }

  /// Mediation said by a role phrase or a passive: talks hosted or facilitated by X
  /// between A and B, under X's auspices, with X as mediator; hosting alone is no
  /// mediation.
  static let mediationRoles: [(String, [String])] = [
    ("Talks hosted by Qatar between Chad and Sudan resumed.", ["QAT mediation SDN 2022", "QAT mediation TCD 2022"]),
    (
      "Talks facilitated by Oman between Iran and the United States resumed.",
      ["OMN mediation IRN 2022", "OMN mediation USA 2022"]
    ),
    (
      "Under Turkey's auspices, Russia and Ukraine signed a grain deal.",
      ["TUR mediation RUS 2022", "TUR mediation UKR 2022"]
    ),
    (
      "With Egypt as mediator, Israel and Hamas agreed a truce.",
      // The truce also ends the fighting between its sides (phase `ends`).
      ["EGY mediation HAMAS 2022", "EGY mediation ISR 2022", "ISR hostility HAMAS 2022"]
    ),
    (
      "With Kuwait acting as a go-between, Qatar and Bahrain signed a deal.",
      ["KWT mediation BHR 2022", "KWT mediation QAT 2022"]
    ),
    ("The summit was hosted by Kenya.", []),
    ("Norway sees itself as a mediator.", []),
  ]

  @Test(arguments: mediationRoles.indices)
  func yieldsMediationRoles(_ i: Int) { check(Self.mediationRoles[i]) }

  /// The ends of nominal relations: lifting sanctions, sanctions relief, a suspension.
  static let nominalEnds: [(String, [String])] = [
    ("The European Union lifted its sanctions on Belarus.", ["EU sanction BLR 2022"]),
    ("Sanctions relief for Venezuela from the United States came in 2023.", []),
    ("Mali's suspension from ECOWAS was lifted.", ["MLI membership ECOWAS 2022"]),
  ]

  @Test(arguments: nominalEnds.indices)
  func yieldsNominalEnds(_ i: Int) { check(Self.nominalEnds[i]) }

  /// Nominal ends carry phase `ends`.
  @Test func endsAreEnds() throws {
    let e = try #require(RelationExtractorTests.extractor)
    let d = try EntenteDate(parsing: "2022-05")
    for text in [
      "The European Union lifted its sanctions on Belarus.", "A rapprochement between Turkey and Armenia began.",
      "Russia's expulsion from the Council of Europe came in 2022.", "Laos and Cambodia ended their feud in 2019.",
    ] {
      let found = e.extract(DocumentSource(document: Document(id: "t", date: d), text: text, offset: 0))
      #expect(!found.isEmpty && found.allSatisfy { $0.phase == .ends }, "\(text)")
    }
  }

  /// The tagger settles words the context leaves open: "supports" read as a verb starts
  /// no noun pattern; verbs the tagger misreads as nouns still start verb patterns.
  static let taggerDecides: [(String, [String])] = [
    ("Turkey strikes the PKK in Iraq every summer.", ["TUR hostility PKK 2022"]),
    ("Iran supplies Russia with drones.", ["IRN arms_supply RUS 2022"]),
    ("India supports reforms of the United Nations.", []),
  ]

  @Test(arguments: taggerDecides.indices)
  func yieldsTaggerDecides(_ i: Int) { check(Self.taggerDecides[i]) }

  /// The gate: only an open context and a verb's tag refuse a noun pattern.
  @Test func gateRefusesOnlyOpenContradictions() {
    #expect(PartOfSpeechGate.admits(.verb, tag: .noun, noun: nil))
    #expect(!PartOfSpeechGate.admits(.noun, tag: .verb, noun: nil))
    #expect(PartOfSpeechGate.admits(.verb, tag: .noun, noun: false))
    #expect(PartOfSpeechGate.admits(.noun, tag: .verb, noun: true))
    #expect(PartOfSpeechGate.admits(.verb, tag: .verb, noun: nil))
    #expect(PartOfSpeechGate.admits(.noun, tag: nil, noun: nil))
    #expect(PartOfSpeechGate.admits(.compound, tag: .noun, noun: nil))
  }

  /// A lemma `@name` stands for its noun class; an unknown class is an error at its line.
  @Test func lemmaClasses() throws {
    let v = try RelationVocabulary.standard()
    var table = PatternTable()
    try table.read(
      text: "@cold\tchilly icy\ntension\t@cold tie\tnoun\tposs|subj\twith\t-\tholds\n", name: "x.tsv", vocabulary: v)
    let e = try RelationExtractor(gazetteer: try Gazetteer.standard(), patterns: table)
    let d = try EntenteDate(parsing: "2022-05")
    let found = e.extract(
      DocumentSource(document: Document(id: "t", date: d), text: "Chile has icy ties with Peru.", offset: 0))
    #expect(found.map { "\($0.source) \($0.kind) \($0.target)" } == ["CHL tension PER"])
    var bad = PatternTable()
    #expect(throws: EntenteError.self) {
      try bad.read(text: "tension\t@nothing tie\tnoun\tsubj\twith\t-\tholds\n", name: "y.tsv", vocabulary: v)
    }
  }
}
