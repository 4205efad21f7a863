import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Classes of wording taken from the public event-coding ontologies (CAMEO's categories and
/// PLOVER's equivalents) for the nine relation kinds: verbs in both directions,
/// nominalizations, and what ends a relation (`Resources/patterns.tsv`, the blocks whose
/// comments name a CAMEO or PLOVER category).
///
/// Sentences written for these tests (never taken from the seeds or the development corpus),
/// one group per class (passives included), each with the exact relations it must yield
/// ("SOURCE kind TARGET YEAR phase", sorted; the document is dated 2022-05). Empty lists are
/// near misses that must yield nothing.
@Suite struct WordingClassSentenceTests {
  static func run(_ text: String) -> [String] {
    guard let e = RelationExtractorTests.extractor, let d = try? EntenteDate(parsing: "2022-05") else {
      return ["no extractor"]
    }
    let doc = DocumentSource(document: Document(id: "t", date: d), text: text, offset: 0)
    return e.extract(doc).map { "\($0.source) \($0.kind) \($0.target) \($0.date.year) \($0.phase.rawValue)" }
      .sorted()
  }

  func check(_ c: (String, [String])) {
    #expect(Self.run(c.0) == c.1, "\(c.0)")
  }

  /// Criticism, blame and complaint (CAMEO 111 criticize or denounce, 112 blame, 114 complain
  /// officially): chastise, berate, assail, snub, a rebuke, blaming something on X, complaining
  /// to X, a protest lodged with X; negated or with no second actor, nothing.
  static let criticism: [(String, [String])] = [
    ("Ghana chastised Togo over the border closure.", ["GHA tension TGO 2022 holds"]),
    ("The Kenyan foreign ministry berated Uganda for the delay.", ["KEN tension UGA 2022 holds"]),
    ("Chile assailed Peru for the move.", ["CHL tension PER 2022 holds"]),
    ("Norway snubbed Denmark at the summit.", ["NOR tension DNK 2022 holds"]),
    ("Japan issued a sharp rebuke to China.", ["JPN tension CHN 2022 holds"]),
    ("Poland blamed the sabotage on Russia.", ["POL tension RUS 2022 holds"]),
    ("Greece complained to Turkey about the flights.", ["GRC tension TUR 2022 holds"]),
    ("Ghana lodged a formal protest with Togo.", ["GHA tension TGO 2022 holds"]),
    ("Chile did not chastise Peru.", []),
    ("Ghana chastised its own officials.", []),
    ("The minister blamed the weather.", []),
    ("Chile criticized Peru, a Brazilian newspaper reported.", ["CHL tension PER 2022 holds"]),
    ("Ghana lodged a protest, and a treaty with Togo was signed.", []),
    ("Greece complained, and Turkey sent a note to Cyprus.", []),
    ("Greece blamed the fires on the heat.", []),
    ("Togo was chastised by Ghana.", ["GHA tension TGO 2022 holds"]),
  ]

  @Test(arguments: criticism.indices)
  func yieldsCriticism(_ i: Int) { check(Self.criticism[i]) }

  /// Rejection (CAMEO 12, PLOVER REJECT): rebuffing, rejecting or dismissing X's proposals,
  /// claims and accusations (`@claim`); negated, or dismissing a person, nothing.
  static let rejection: [(String, [String])] = [
    ("Morocco rebuffed Algeria's proposal for talks.", ["MAR tension DZA 2022 holds"]),
    ("Brazil rejected Argentina's claims about the river.", ["BRA tension ARG 2022 holds"]),
    ("Egypt dismissed Ethiopia's accusations as baseless.", ["EGY tension ETH 2022 holds"]),
    ("Chile did not reject Peru's proposal.", []),
    ("Kenya dismissed the minister.", []),
    ("Germany's chancellor dismissed claims that the coalition was collapsing.", []),
    ("Iran's claims were rejected by the UAE.", ["ARE tension IRN 2022 holds"]),
  ]

  @Test(arguments: rejection.indices)
  func yieldsRejection(_ i: Int) { check(Self.rejection[i]) }

  /// Reduced relations and shows of force (CAMEO 161/164, 15): talks halted, relations frozen,
  /// a diplomatic crisis, X's airspace violated, troops massed on X's border, warships or
  /// troops sent or deployed near X, a missile fired over X (fired "into" X is an attack), an
  /// embassy closed in X, mobilizing against X, a demarche; mobilizing volunteers against a
  /// flood,
  /// a violated agreement, troops near a town or a warship
  /// in one's own waters are no tension.
  static let reducedRelations: [(String, [String])] = [
    ("India halted talks with Pakistan in 2019.", ["IND tension PAK 2019 holds"]),
    ("Peru froze relations with Bolivia.", ["PER tension BOL 2022 begins"]),
    ("A diplomatic crisis between Colombia and Venezuela erupted in 2015.", ["COL tension VEN 2015 holds"]),
    ("Turkish jets violated Greek airspace.", ["TUR tension GRC 2022 holds"]),
    ("Russia massed troops on the Ukrainian border.", ["RUS tension UKR 2022 holds"]),
    ("Russia violated the agreement.", []),
    ("Ethiopia massed troops near the town.", []),
    ("China sent warships near Taiwan.", ["CHN tension TWN 2022 holds"]),
    ("India deployed troops toward the Chinese border.", ["IND tension CHN 2022 holds"]),
    ("Kenya deployed troops near the town.", []),
    ("Ghana sent a warship to its own waters.", []),
    ("North Korea fired a missile over Japan.", ["PRK tension JPN 2022 holds"]),
    ("Hezbollah fired rockets over the border into Israel.", ["HEZBOLLAH hostility ISR 2022 holds"]),
    ("Azerbaijan closed its embassy in Tehran.", ["AZE tension IRN 2022 holds"]),
    ("Serbia mobilized against Kosovo.", ["SRB tension XKX 2022 holds"]),
    ("Kenya mobilized volunteers against the flood.", []),
    ("France issued a demarche to Algeria.", ["FRA tension DZA 2022 holds"]),
    ("Ethiopia closed its airspace to civilian flights during the eclipse.", []),
  ]

  @Test(arguments: reducedRelations.indices)
  func yieldsReducedRelations(_ i: Int) { check(Self.reducedRelations[i]) }

  /// Threats, foes, barbs and lawsuits (CAMEO 111, 115, 13x): calling, labelling or branding X
  /// a threat or an aggressor (`@menace`), X's enemy or archenemy (`@foe`, read as ally is),
  /// barbs traded, objecting to X's acts, a case brought against X, acting despite X's
  /// opposition or objections, territorial claims on X, representations lodged with X; calling a plan a threat,
  /// calling on people or objecting to a proposal of nobody named is none.
  static let foes: [(String, [String])] = [
    ("The US called China a threat.", ["USA tension CHN 2022 holds"]),
    ("Iran labelled Israel an aggressor.", ["IRN tension ISR 2022 holds"]),
    ("Iran's enemy Israel struck the port.", ["IRN tension ISR 2022 holds"]),
    ("Israel is Iran's archenemy.", ["ISR tension IRN 2022 holds"]),
    ("Iran and Israel are bitter enemies.", ["IRN tension ISR 2022 holds"]),
    ("Japan called the plan a threat to peace.", []),
    ("The teacher called the students.", []),
    ("Pakistan and India traded barbs over the dam.", ["PAK tension IND 2022 holds"]),
    ("Greece objected to Turkey's survey.", ["GRC tension TUR 2022 holds"]),
    ("Gambia filed a case against Myanmar in 2019.", ["GMB tension MMR 2019 holds"]),
    ("Nicaragua brought a case against Germany.", ["NIC tension DEU 2022 holds"]),
    ("Chile objected to the proposal.", []),
    ("Serbia built the dam despite opposition from Croatia.", ["HRV tension SRB 2022 holds"]),
    ("Chile signed the deal over the objections of Peru.", ["PER tension CHL 2022 holds"]),
    ("The plan faced opposition from Chile.", []),
    ("China's territorial claims on Vietnam grew.", ["CHN tension VNM 2022 holds"]),
    ("China lodged stern representations with Japan.", ["CHN tension JPN 2022 holds"]),
    ("The United States and Mexico traded places in the rankings.", []),
    ("Kenya's president called Tanzania a brother nation and a partner.", []),
    ("Uganda labelled the report a threat to its tourism.", []),
    ("Morocco brought a team to the World Cup in Qatar.", []),
  ]

  @Test(arguments: foes.indices)
  func yieldsFoes(_ i: Int) { check(Self.foes[i]) }

  /// Assault and fighting (CAMEO 18-20, PLOVER ASSAULT): bombarding, storming, sinking,
  /// destroying or hitting a target, killing or capturing another's soldiers, liberating a
  /// place from X, declaring or going to war (`begins`), a peace deal (`ends`); a country going to
  /// war with nobody named, weather, one's own depot
  /// or protesters at an embassy are no hostility, and
  /// "hit" with sanctions nearby is no sanction; a report's source adds nothing.
  static let assault: [(String, [String])] = [
    ("Russian artillery bombarded Ukrainian positions.", ["RUS hostility UKR 2022 holds"]),
    ("Pakistan bombarded Afghanistan's border posts.", ["PAK hostility AFG 2022 holds"]),
    ("Houthi fighters stormed a Saudi base.", ["HOUTHIS hostility SAU 2022 holds"]),
    ("Iran sank a British tanker.", ["IRN hostility GBR 2022 holds"]),
    ("Israel destroyed a Syrian air base.", ["ISR hostility SYR 2022 holds"]),
    ("Ukraine hit a Russian oil depot.", ["UKR hostility RUS 2022 holds"]),
    ("Boko Haram killed three Nigerien soldiers.", ["BOKO_HARAM hostility NER 2022 holds"]),
    ("Somalia captured three Kenyan soldiers.", ["SOM hostility KEN 2022 holds"]),
    ("Ukraine liberated the town from Russian forces.", ["UKR hostility RUS 2022 holds"]),
    ("Iraq declared war on Iran in 1980.", ["IRQ hostility IRN 1980 begins"]),
    ("A peace deal between Eritrea and Ethiopia was signed in 2018.", ["ERI hostility ETH 2018 ends"]),
    ("The Ethiopian counterattack on Eritrea failed.", ["ETH hostility ERI 2022 holds"]),
    ("The storm hit Cuba.", []),
    ("Ukraine destroyed its own depot.", []),
    ("The drought hit Kenya hard.", []),
    ("Nigerien protesters stormed the French embassy.", []),
    ("Russia hit Ukraine's power grid despite sanctions.", ["RUS hostility UKR 2022 holds"]),
    ("Nigeria's army killed ten Boko Haram fighters.", ["NGA hostility BOKO_HARAM 2022 holds"]),
    (
      "Russia condemned NATO's military action against Serbia.",
      ["NATO hostility SRB 2022 holds", "RUS tension NATO 2022 holds"]
    ),
    ("NATO warned of military action against Serbia.", []),
    ("Hezbollah fired rockets into Israel.", ["HEZBOLLAH hostility ISR 2022 holds"]),
    ("Russia launched missiles into Ukraine in 2023.", ["RUS hostility UKR 2023 holds"]),
    ("Russian forces advanced on Kyiv.", ["RUS hostility UKR 2022 holds"]),
    ("Serbia advanced into the final.", []),
    ("The firm fired workers into the night.", []),
    ("The source said Russia attacked Ukraine.", ["RUS hostility UKR 2022 holds"]),
    ("Iran and Iraq went to war in 1980.", ["IRN hostility IRQ 1980 begins"]),
    ("Armenia went to war with Azerbaijan in 2020.", ["ARM hostility AZE 2020 begins"]),
    ("The country went to war.", []),
    ("Australia's cricket team captured the trophy from England.", []),
    ("The floods in Pakistan killed hundreds of people and destroyed a bridge near the Afghan border.", []),
    ("Colombia's team sank Peru in the qualifier.", []),
    ("Ecuador's government declared war on drug gangs.", []),
    ("Argentina's president launched a campaign against inflation.", []),
    ("A Saudi base was stormed by Houthi fighters.", ["HOUTHIS hostility SAU 2022 holds"]),
    ("Three Kenyan soldiers were killed by al-Shabaab.", ["AL_SHABAAB hostility KEN 2022 holds"]),
    ("Sudan went to the polls in 2010.", []),
    ("Niger destroyed a bridge in its own territory to slow the rebels.", []),
  ]

  @Test(arguments: assault.indices)
  func yieldsAssault(_ i: Int) { check(Self.assault[i]) }

  /// Sanctions (CAMEO 163, 171, 085, PLOVER SANCTION): slapped or punished with sanctions,
  /// imports banned or restricted, import bans, export controls, assets frozen or seized, sanctions suspended, relaxed or waived (`ends`);
  /// an attack despite sanctions is hostility, a refused easing or a negated one nothing.
  static let sanctions: [(String, [String])] = [
    ("Japan slapped North Korea with new sanctions.", ["JPN sanction PRK 2022 begins"]),
    ("The EU punished Belarus with sanctions.", ["EU sanction BLR 2022 begins"]),
    ("Lithuania banned imports from Belarus.", ["LTU sanction BLR 2022 begins"]),
    ("Britain's import ban on Russian steel took effect.", ["GBR sanction RUS 2022 holds"]),
    ("Canada froze the assets of Russia's central bank.", ["CAN sanction RUS 2022 begins"]),
    ("Britain seized Russian assets.", ["GBR sanction RUS 2022 begins"]),
    ("The EU suspended its sanctions on Niger.", ["EU sanction NER 2022 ends"]),
    ("France relaxed sanctions against Mali.", ["FRA sanction MLI 2022 ends"]),
    ("Washington waived sanctions on Venezuela in 2023.", ["USA sanction VEN 2023 ends"]),
    ("Israel targeted Iran, defying the sanctions.", ["ISR hostility IRN 2022 holds"]),
    ("The EU refused to ease sanctions on Russia.", []),
    ("The EU lifted its import ban on Moldovan wine.", ["EU sanction MDA 2022 ends"]),
    ("Sanctions on Iran were relaxed by the EU in 2016.", ["EU sanction IRN 2016 ends"]),
    ("The EU excluded Russian banks from SWIFT.", ["EU sanction RUS 2022 begins"]),
    ("The US removed Iranian banks from SWIFT.", ["USA sanction IRN 2022 begins"]),
    ("Washington raised tariffs on Chinese steel in 2018.", ["USA sanction CHN 2018 holds"]),
    ("Greece raised wages.", []),
    ("China imposed export controls on gallium to the United States.", ["CHN sanction USA 2022 holds"]),
    ("India restricted imports from China in 2020.", ["IND sanction CHN 2020 begins"]),
    ("Turkey's central bank raised rates as the lira fell against the dollar.", []),
    ("Belarus was punished with sanctions by the EU.", ["EU sanction BLR 2022 begins"]),
  ]

  @Test(arguments: sanctions.indices)
  func yieldsSanctions(_ i: Int) { check(Self.sanctions[i]) }

  /// Trade in both directions (CAMEO 061): the buyer's purchases with the seller on the goods,
  /// shipments from one to another, sourcing from a supplier, supply cut off (`ends`) or
  /// resumed (`begins`); goods sourced with no second actor, nothing.
  static let trade: [(String, [String])] = [
    ("Germany's purchases of Norwegian gas rose.", ["NOR trade DEU 2022 holds"]),
    ("Shipments of Qatari LNG to Italy doubled.", ["QAT trade ITA 2022 holds"]),
    ("Italy sources most of its gas from Algeria.", ["DZA trade ITA 2022 holds"]),
    ("Russia cut off gas supplies to Moldova in 2022.", ["RUS trade MDA 2022 ends"]),
    ("Qatar resumed LNG shipments to Egypt.", ["QAT trade EGY 2022 begins"]),
    ("Italy sources its wine locally.", []),
    ("Turkey suspended gas exports to Iraq.", ["TUR trade IRQ 2022 ends"]),
    ("India's gas exports to Nepal rose.", ["IND trade NPL 2022 holds"]),
    (
      "Germany's main gas suppliers, Norway and the Netherlands, raised prices.",
      ["NLD trade DEU 2022 holds", "NOR trade DEU 2022 holds"]
    ),
    (
      "India's largest oil suppliers - Iraq and Saudi Arabia - cut output.",
      ["IRQ trade IND 2022 holds", "SAU trade IND 2022 holds"]
    ),
    ("Algeria pumps gas to Spain through a pipeline.", ["DZA trade ESP 2022 holds"]),
    ("Russia is Hungary's largest source of gas.", ["RUS trade HUN 2022 holds"]),
    ("Djibouti's port handled shipments of grain to Ethiopia.", []),
  ]

  @Test(arguments: trade.indices)
  func yieldsTrade(_ i: Int) { check(Self.trade[i]) }

  /// Arms supply (CAMEO 072, 1622): double objects, donations, a buyer's purchase or acquisition
  /// of another's weapons, a ranked recipient, customer or source, a flow of weapons, weapons
  /// flown, operated, funnelled or smuggled, military aid cut or arms sales suspended
  /// (`ends`); denied, negated or hedged supply, jets flying over or near a state and goods
  /// that are no weapons yield nothing.
  static let arms: [(String, [String])] = [
    ("Britain sold Ukraine tanks.", ["GBR arms_supply UKR 2022 holds"]),
    ("Germany sent Ukraine howitzers.", ["DEU arms_supply UKR 2022 holds"]),
    ("Poland donated fighter jets to Slovakia.", ["POL arms_supply SVK 2022 holds"]),
    (
      "India's purchase of Russian jets alarmed Washington.",
      ["RUS arms_supply IND 2022 holds", "USA tension IND 2022 holds"]
    ),
    ("Kenya's acquisition of Turkish drones was approved.", ["TUR arms_supply KEN 2022 holds"]),
    ("Egypt is the largest recipient of US weapons.", ["USA arms_supply EGY 2022 holds"]),
    ("India is the biggest customer for Russian arms.", ["RUS arms_supply IND 2022 holds"]),
    ("The flow of weapons from Iran to Yemen grew.", ["IRN arms_supply YEM 2022 holds"]),
    ("The US cut military aid to Egypt.", ["USA arms_supply EGY 2022 ends"]),
    ("Germany suspended arms sales to Turkey in 2019.", ["DEU arms_supply TUR 2019 ends"]),
    ("Poland denied supplying arms to Belarus.", []),
    ("Austria did not sell tanks to Hungary.", []),
    ("Sweden may sell jets to Brazil.", []),
    ("Britain sold Ukraine grain.", []),
    ("The US refused to hand over jets to Turkey.", []),
    ("Egypt's purchase of French Rafale jets was completed in 2015.", ["FRA arms_supply EGY 2015 holds"]),
    ("France's arms exports to India grew.", ["FRA arms_supply IND 2022 holds"]),
    ("India's arms imports from Russia fell in 2021.", ["RUS arms_supply IND 2021 holds"]),
    (
      "The State Department approved a potential $500 million sale of missiles to Poland.",
      ["USA arms_supply POL 2022 holds"]
    ),
    ("The US is Taiwan's main source of weapons.", ["USA arms_supply TWN 2022 holds"]),
    ("Pakistan's air force flies Chinese J-10 jets.", ["CHN arms_supply PAK 2022 holds"]),
    ("Chinese jets flew over Taiwan.", []),
    ("Egypt operates American tanks.", ["USA arms_supply EGY 2022 holds"]),
    ("The UAE funneled weapons to the RSF.", ["ARE arms_supply RSF 2022 holds"]),
    ("Iran smuggled rifles to the Houthis.", ["IRN arms_supply HOUTHIS 2022 holds"]),
    ("Russian jets flew near Estonia.", []),
    ("India's airline operates Airbus jets on its routes to Dubai.", []),
    ("Ukraine was sold tanks by Britain.", ["GBR arms_supply UKR 2022 holds"]),
    ("Fighter jets were donated to Slovakia by Poland.", ["POL arms_supply SVK 2022 holds"]),
  ]

  @Test(arguments: arms.indices)
  func yieldsArms(_ i: Int) { check(Self.arms[i]) }

  /// Aid and support (CAMEO 07, 162): money pledged or allocated (`@money`), funds disbursed,
  /// a loan granted, the largest recipient of a donor's aid, aid suspended (`ends`), a proxy,
  /// intelligence shared, debt written off or cancelled,
  /// recognition switched (`begins`); salaries, asylum, a pledge to do
  /// something and a shared border are no support.
  static let aid: [(String, [String])] = [
    ("Jordan is the biggest recipient of American aid.", ["USA support JOR 2022 holds"]),
    ("Japan pledged $2 billion to Ukraine.", ["JPN support UKR 2022 holds"]),
    ("The EU disbursed funds to Tunisia.", ["EU support TUN 2022 holds"]),
    ("Germany allocated 500 million euros for Moldova.", ["DEU support MDA 2022 holds"]),
    ("Sweden granted Ukraine a loan.", ["SWE support UKR 2022 holds"]),
    ("Washington suspended aid to Egypt in 2013.", ["USA support EGY 2013 ends"]),
    ("The Houthis, an Iranian proxy, seized the ship.", ["IRN support HOUTHIS 2022 holds"]),
    ("Ghana disbursed salaries to teachers.", []),
    ("Sweden's grant of asylum shocked Turkey.", []),
    ("Japan pledged to rebuild its ports.", []),
    ("Japan announced debt relief for Zambia.", ["JPN support ZMB 2022 holds"]),
    ("Russia sent military advisers to Mali.", ["RUS support MLI 2022 holds"]),
    ("Egypt threw its weight behind Sudan.", ["EGY support SDN 2022 holds"]),
    ("France sent a delegation. Ethiopia's minister said the country stands by its commitments.", []),
    ("Japan stands by its claim.", []),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", ["SAU support PAK 2022 holds"]),
    ("Britain shared intelligence with Ukraine.", ["GBR support UKR 2022 holds"]),
    ("The US provided intelligence to Ukraine.", ["USA support UKR 2022 holds"]),
    ("Russia wrote off Cuba's debt.", ["RUS support CUB 2022 holds"]),
    ("China cancelled Zambia's debt in 2023.", ["CHN support ZMB 2023 holds"]),
    ("Kenya shared a border with Somalia.", []),
    ("Qatar deposited the documents with the UN.", []),
    ("Norway granted licences to oil firms.", []),
    ("Honduras switched recognition from Taiwan to China in 2023.", ["HND support CHN 2023 begins"]),
    ("Panama switched its diplomatic recognition to China.", ["PAN support CHN 2022 begins"]),
    ("Brazil's central bank cut its key rate to support growth.", []),
    ("Egypt's finance minister wrote off the losses of its own state firms.", []),
  ]

  @Test(arguments: aid.indices)
  func yieldsAid(_ i: Int) { check(Self.aid[i]) }

  /// Mediation (CAMEO 045/046): sponsored talks between two sides, arbitrating and negotiating
  /// between them, passing messages between them; hosting talks with no sides, negotiating
  /// with one side or passing a law is none.
  static let mediation: [(String, [String])] = [
    (
      "Qatar-sponsored talks between Chad and Sudan opened.",
      ["QAT mediation SDN 2022 holds", "QAT mediation TCD 2022 holds"]
    ),
    (
      "Switzerland arbitrated between Croatia and Slovenia.",
      ["CHE mediation HRV 2022 holds", "CHE mediation SVN 2022 holds"]
    ),
    ("Algeria negotiated between Mali and Niger.", ["DZA mediation MLI 2022 holds", "DZA mediation NER 2022 holds"]),
    ("Turkey hosted talks.", []),
    ("Kenya negotiated with Somalia.", []),
    (
      "Turkey reconciled Somalia and Ethiopia in 2024.",
      ["TUR mediation ETH 2024 holds", "TUR mediation SOM 2024 holds"]
    ),
    ("Ghana reconciled with Togo.", []),
    (
      "Oman passed messages between Iran and the United States.",
      ["OMN mediation IRN 2022 holds", "OMN mediation USA 2022 holds"]
    ),
    ("Kenya passed a law on refugees from Somalia.", []),
    ("Spain's king hosted the presidents of Colombia and Venezuela.", []),
  ]

  @Test(arguments: mediation.indices)
  func yieldsMediation(_ i: Int) { check(Self.mediation[i]) }

  /// Alliance (CAMEO 057, PLOVER COOPERATE): a security agreement signed with, a pact entered
  /// into or an alliance forged, a strategic partner, a mutual assistance
  /// treaty, two sides bound by a mutual defence treaty, an alliance ended (`ends`); a trade
  /// agreement is trade, not alliance; a negated signing, trade discussed or rules aligned is none.
  static let alliance: [(String, [String])] = [
    ("Japan signed a security agreement with Australia.", ["JPN alliance AUS 2022 begins"]),
    ("Poland forged an alliance with Ukraine.", ["POL alliance UKR 2022 begins"]),
    ("Russia entered into a defence pact with Belarus.", ["RUS alliance BLR 2022 begins"]),
    ("Kazakhstan is China's strategic partner.", ["KAZ alliance CHN 2022 holds"]),
    ("Russia and North Korea signed a mutual assistance treaty.", ["RUS alliance PRK 2022 holds"]),
    ("Pakistan ended its alliance with the United States.", ["PAK alliance USA 2022 ends"]),
    ("Japan signed a trade agreement with Australia.", ["JPN trade AUS 2022 begins"]),
    ("Japan did not sign a security agreement with Korea.", []),
    ("Mongolia is a strategic partner of Japan.", ["MNG alliance JPN 2022 holds"]),
    ("Moscow and Minsk are bound by a mutual defence treaty.", ["RUS alliance BLR 2022 holds"]),
    ("Chile and Peru discussed trade over dinner.", []),
    ("Vietnam aligned its rules with those of the EU.", []),
  ]

  @Test(arguments: alliance.indices)
  func yieldsAlliance(_ i: Int) { check(Self.alliance[i]) }

  /// Membership left and regained: pulling or walking out of an organization (`ends`), an
  /// organization reinstating a member (`begins`); troops pulled out of a state are no
  /// membership.
  static let membership: [(String, [String])] = [
    ("Mali pulled out of ECOWAS in 2024.", ["MLI membership ECOWAS 2024 ends"]),
    ("The AU reinstated Mali.", ["MLI membership AU 2022 begins"]),
    ("Burundi walked out of the EAC in 2023.", ["BDI membership EAC 2023 ends"]),
    // (No membership; forces pulled out of a state end their support of it, as "withdrew
    // its troops from X" does.)
    ("Pakistan pulled its troops out of Afghanistan.", ["PAK support AFG 2022 ends"]),
    ("Chad walked out of the talks.", []),
    ("Russia pulled out of the grain deal with Ukraine.", []),
    ("Guatemala reinstated its ambassador's pay.", []),
    ("Mali was reinstated by the AU in 2024.", ["MLI membership AU 2024 begins"]),
  ]

  @Test(arguments: membership.indices)
  func yieldsMembership(_ i: Int) { check(Self.membership[i]) }
}
