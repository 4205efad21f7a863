/// The word lists of the precision rules: wordings that look like a relation and are not
/// one, or not one that holds now.
///
/// Rules that use them (`SentenceRoles+Precision`, `TimeResolver`, `Coreference`):
/// - **present states**: "X is a member of Y", "a pipeline from A to B is ..." state what
///   holds when the text is written: a noun after a present form of *be* takes the
///   document's date, not the year the text opens with;
/// - **finished relations**: a relation noun that is the subject of a verb that ends it
///   ("the feud ended", "the dispute was settled", "relations were normalised") ends;
/// - **requests** (`WordClasses.request`): "called for mediation", "appealed for talks",
///   "called on X to mediate", "offered to mediate" ask for a relation that has not happened;
/// - **not the actor itself**: "attacks on U.S. allies", "sanctions on Iran's proxies" are
///   aimed at others than the actor named;
/// - **part of an organization**: "joined an African Union force", "accession to NATO's
///   Partnership for Peace" join something of the organization, not the organization;
/// - **relative dates**: "two years ago", "a decade ago";
/// - **other things between sides**: "facilitated trade between A and B" is no mediation,
///   "facilitated talks between A and B" is (`diplomacy`);
/// - **firms and media**: "a Chinese firm", "Russian state media" act for themselves, not
///   for the state their adjective names (`bodies`);
/// - **economic pacts**: "a trade pact", "a pact to boost trade" are no alliance (`economic`);
/// - **weapons' origin**: "Iranian drones struck X" says where the drones come from, not
///   who launched them.
struct PrecisionWords: Sendable {
  /// Alliance nouns that name a status, not a pact ("A and B are allies"): a present
  /// state like any other (`SentenceRoles.presentState`).
  let allies: WordSet
  /// Verbs of asking ("requested help from X", "asked for support"): the relation noun
  /// they govern is asked for, not given.
  let asking: WordSet
  /// `is`, `are`, `am`: a present form of *be*.
  let present: WordSet
  /// `been`, and `has`, `have` before it (a present perfect).
  let been: Int32
  let presentHave: WordSet
  /// `was`, `were`: a past form of *be*.
  let past: WordSet
  /// Verbs that end the relation noun they follow as its subject.
  let finished: WordSet
  /// `came` in "came to an end".
  let came: Int32
  /// `for`.
  let `for`: Int32
  /// Plural nouns of an actor's friends ("American allies" are not America).
  let associates: WordSet
  /// Nouns of a body or scheme of an organization that a state may join without joining it.
  let parts: WordSet
  /// "ranks", "fold", "member": "joined NATO's ranks" joins NATO, "NATO's newest member
  /// Finland" names a member.
  let ranks: WordSet
  /// Ordinals and the adjectives of rank between an organization's possessive and `member`
  /// ("NATO's 32nd member", "the bloc's eleventh full member").
  let ordinals: WordSet
  /// A state's organs that stand for it in a coordination ("between Sudan's army and the
  /// RSF", "the Malian government and the rebels").
  let organs: WordSet
  /// "other", "such", "similar": a list's closing noun ("and other states").
  let other: WordSet
  /// Nouns of people and units who fight: a participle aside after them is theirs.
  let fighters: WordSet
  /// Modifiers that make a campaign or offensive no use of force: "a maximum pressure
  /// campaign against X", "a diplomatic offensive" (no hostility; `tension` lines read some).
  let nonViolent: WordSet
  /// Verbs of rehearsing ("drills that simulate a battle", "rehearsed an invasion"): the
  /// hostile word after them is staged, not fought.
  let simulating: WordSet
  /// Forms of "target" and "hit": before an economic object ("targeted Venezuelan oil
  /// movements", "hit Russia's exports") a measure, not an attack.
  let targeting: WordSet
  /// Economic objects of `targeting` verbs.
  let economicObjects: WordSet
  /// `no`: on a verb's object it negates the act ("sent no weapons").
  let no: Int32
  /// `any`: "any attack on X" names no act.
  let any: Int32
  /// "war", "wars": after a `nonViolent` word ("a price war", "trade wars") no fighting.
  let wars: WordSet
  /// "price", "trade", "tariff", "currency": a war they name is no fighting.
  let economicWars: WordSet
  /// Forms of "attack" (the verb), which may be an attack in words.
  let attackVerbs: WordSet
  /// What follows a verbal attack after a comma: "attacked X, saying ...".
  let sayingAfter: WordSet
  /// Where a verbal attack is made: "attacked X in a speech".
  let speechVenues: WordSet
  /// "conflict", "conflicts": "in conflict with X over the dam" is a dispute.
  let conflicts: WordSet
  /// "in", "into": a state "in conflict with" another.
  let inWords: WordSet
  /// "over": the matter of a dispute.
  let over: Int32
  /// Nouns that report a claim ("reports that", "rumours of") and words that doubt it
  /// ("unconfirmed", "baseless", "false"): `SentenceRoles.doubted`.
  let claimNouns: WordSet, doubting: WordSet
  /// "fewer", "less", "more" after "no": a count, no negation.
  let comparatives: WordSet
  /// "each", "one" and "other", "another": "each other", "one another" (`eachOther`).
  let reciprocal: WordSet
  let reciprocalSecond: WordSet
  /// `ago`.
  let ago: Int32
  /// `year`, `years`.
  let years: WordSet
  /// Number words and their values ("two years ago").
  let numbers: [Int32: Int]
  /// The number words of two and more ("two"..."ten"), as a set read without hashing.
  let counts: WordSet
  /// Words that open a later subordinate clause whose year is its own ("as a trial is
  /// scheduled for 2024").
  let subordinators: WordSet
  /// `as`.
  let `as`: Int32
  /// Nouns of what a mediator brings about or eases between two sides ("talks", "a deal",
  /// "a prisoner exchange", "the dispute").
  let diplomacy: WordSet
  /// Nouns of firms and media: an actor adjective on them names where they are from, and
  /// they act for themselves ("a Chinese firm signed", "Russian state media accused").
  let bodies: WordSet
  /// Words that make a pact an economic one ("a trade pact", "an energy partnership", "a
  /// pact to boost trade"): no alliance.
  let economic: WordSet

  init(_ l: inout Lexicon) {
    func ids(_ words: String) -> WordSet { WordSet(words.split(separator: " ").map { l.intern(String($0)) }) }
    present = ids("is are am")
    allies = ids("ally allies")
    asking = ids("request requests requested requesting ask asks asked asking")
    past = ids("was were")
    been = l.intern("been")
    presentHave = ids("has have")
    finished = ids(
      "ended ends settled resolved ceased halted stopped normalised normalized healed defused eased suspended lifted revoked terminated"
    )
    came = l.intern("came")
    reciprocal = ids("each one")
    reciprocalSecond = ids("other another")
    no = l.intern("no")
    comparatives = ids("fewer less more")
    claimNouns = ids(
      "report reports rumour rumours rumor rumors claim claims allegation allegations speculation talk suggestion suggestions"
    )
    doubting = ids("unconfirmed unfounded baseless untrue false fabricated dismissed denied rejected unverified")
    simulating = ids(
      "simulate simulates simulated simulating rehearse rehearses rehearsed rehearsing mimic mimics mimicked mimicking")
    targeting = ids("target targets targeted targeting hit hits hitting")
    economicObjects = ids(
      "movement movements shipment shipments export exports import imports sale sales sector sectors industry industries economy trade revenue revenues finances income"
    )
    nonViolent = ids(
      "pressure diplomatic sanctions lobbying disinformation propaganda media smear influence charm advocacy political legal public-relations"
    )
    `for` = l.intern("for")
    any = l.intern("any")
    wars = ids("war wars")
    economicWars = ids("price trade tariff currency")
    attackVerbs = ids("attack attacks attacked attacking")
    sayingAfter = ids("saying accusing calling charging claiming describing branding labelling labeling")
    speechVenues = ids(
      "speech speeches statement statements interview interviews post posts tweet tweets address op-ed editorial column letter remarks"
    )
    conflicts = ids("conflict conflicts")
    inWords = ids("in into")
    over = l.intern("over")
    associates = ids("allies partners proxies friends clients surrogates")
    parts = ids(
      "force forces mission missions operation operations programme program partnership contingent peacekeeping troops summit talks exercise exercises drills market framework initiative sanctions sanction embargo boycott tariffs effort efforts call calls statement price cap session sessions meeting meetings chamber debate conference"
    )
    ranks = ids("ranks fold member members newest latest founding producer producers economy economies")
    organs = ids("army military government forces troops navy junta regime authorities police guards fighters soldiers")
    ordinals = ids(
      "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth new full permanent official")
    ago = l.intern("ago")
    fighters = ids("troops forces soldiers fighters militias militiamen rebels units jets warplanes")
    other = ids("other such similar")
    years = ids("year years")
    var n: [Int32: Int] = [:]
    for (i, w) in ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].enumerated() {
      n[l.intern(w)] = max(1, i)
    }
    numbers = n
    counts = WordSet(n.filter { $0.value >= 2 }.keys)
    subordinators = ids("as while whereas although though because but")
    `as` = l.intern("as")
    diplomacy = ids(
      "talk talks dialogue dialog negotiation negotiations meeting meetings contact contacts exchange exchanges swap swaps deal deals agreement agreements accord accords truce truces ceasefire ceasefires cease summit reconciliation rapprochement normalisation normalization peace process consultations discussions round rounds channel channels dispute disputes conflict conflicts crisis row standoff tensions war fighting release handover détente detente settlement restoration resumption ties relations proposal proposals message messages declaration declarations memorandum pact pacts treaty treaties framework roadmap understanding arrangement arrangements protocol protocols communique"
    )
    economic = ids(
      "trade trading economic economy commercial commerce customs energy investment investments tax fishing fisheries visa tariff tariffs transit aviation migration currency infrastructure gas oil grain digital technology climate health education cultural agricultural agriculture mining tourism shipping"
    )
    bodies = ids(
      "media outlet outlets agency agencies newspaper newspapers paper daily television tv broadcaster broadcasters radio press firm firms company companies corporation corporations conglomerate business businesses manufacturer manufacturers maker makers contractor contractors exporter exporters importer importers investor investors bank banks lender lenders operator operators producer producers shipyard shipyards giant giants enterprise enterprises startup startups"
    )
  }
}
