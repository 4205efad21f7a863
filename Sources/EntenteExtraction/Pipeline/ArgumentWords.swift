/// The word lists the argument rules read: places that stand for the actor they are in,
/// offices a former holder no longer speaks for, and what makes a thing an actor's.
///
/// Rules that use them:
/// - **places**: a hostile act against "a town in eastern Ukraine", "the capital of
///   Sudan" is against the actor the place is in or of (`places` before `in`/`of`/
///   `across`...; not `near`: "villages near X" may be on either side); an embassy or
///   consulate only with `of` ("the embassy in Damascus" is some other state's);
/// - **belonging**: "a Greek-owned tanker", "a Panama-flagged ship" are the actor's;
///   "Iranian-made drones" (`WordClasses.origin`) are not the maker's;
/// - **former holders**: "former Nigerian president X", "Nigeria's former president", "an
///   ex-minister of Kenya" speak for no state: the demonym or possessor is no actor there;
/// - **reactions**: "X condemned the strikes on Y", "X welcomed the sanctions on Y": the
///   subject of a verb of reacting or reporting is not the agent of the event noun it governs;
/// - **adjuncts**: a relation noun after "following", "after", "despite", "amid"... takes no
///   agent from its clause's subject;
/// - **non-state groups**: "Libyan militias", "Armenian separatists", "factions of Libya"
///   are not the state (`NonStateMembers`);
/// - **governments**: "the military regimes in Mali and Niger", "the authorities in X"
///   act as X (a prepositional object is otherwise no subject: "troops in X" are not X's);
/// - **armed-group descriptions**: "the paramilitary group", "the armed movement" refer
///   back to an armed group only, never to an organization;
/// - **loyalty**: "forces loyal to X" are X's: the actor after "loyal to" is no
///   prepositional object, so it can be a subject or an object;
/// - **joining**: "X joined Y in condemning Z": the gerund after "joined ... in" has both
///   X and Y as subjects;
/// - **copulas**: "X is/became Y's largest supplier": a noun whose patient is its
///   possessor has a subject only across *be*, *become*, *remain* or an "as" after a verb
///   ("X was admitted as Y's newest member", "X emerged as Y's top supplier").
struct ArgumentWords: Sendable {
  /// Nouns of territory and infrastructure that belong to the actor after `in`, `near`...
  let places: WordSet
  /// Places that belong to the actor only after `of` (an embassy in a capital is a guest's).
  let hosted: WordSet
  /// Prepositions that join a place to its actor.
  let placePrepositions: WordSet
  /// `of`: the one preposition that joins every place to its actor.
  let of: Int32
  /// "former", "ex", "retired", "late".
  let former: WordSet
  /// Offices and roles a person holds ("president", "minister", "diplomat", "general").
  let offices: WordSet
  /// "owned", "flagged", "registered", "operated": after a hyphen, the thing is the actor's.
  let belonging: WordSet
  /// Adjectives that make "the X group" an armed group ("paramilitary", "rebel").
  let armed: WordSet
  /// Nouns of a state's rulers: "the regime in X", "the authorities in X" act as X.
  let governments: WordSet
  /// `in`.
  let `in`: Int32
  /// Compass adjectives before a state's name ("northern Syria"): a part of its land, no host.
  let compass: WordSet
  /// `that`.
  let that: Int32
  /// Forms of "join" ("joined Y in condemning").
  let joinForms: WordSet
  /// Words of allegiance before "to" or "with": "fighters loyal to X", "militants affiliated
  /// with X", "gunmen belonging to X" are X's own.
  let allegiance: WordSet
  /// Envoys and officials before "from": "ambassadors from X", "officials from X" speak for X.
  let envoys: WordSet
  /// `to` and `with`.
  let to, with: Int32
  /// Verbs of settling another's quarrel ("involved in settling disputes"): their subject is
  /// no side of it.
  let settling: WordSet
  /// Nouns of an attempt whose infinitive has not happened ("efforts to end the war").
  let attempts: WordSet
  /// `on` and the forms of "call": "called on the EU to lift" controls as "urged" does.
  let on: Int32
  let calling: WordSet
  /// Participles after a hyphen by which an actor backs the noun's actor ("the Iran-backed
  /// Houthis"): the backer is no side of a "between" phrase.
  let backing: WordSet
  /// "become", "remain" and their forms (forms of *be* are `WordClasses.be`).
  let copulas: WordSet
  /// Verbs of taking another's place ("overtook Russia as Cuba's main oil supplier"): the
  /// "as" noun after their object is the subject's (`SentenceRoles.replacedAs`).
  let replacing: WordSet
  /// Nouns of non-state groups named after a state ("militias", "separatists", "exiles").
  let nonStateGroups: WordSet
  /// Adjectives of terror and armed groups before a place noun ("terrorist camps in X",
  /// "extremist hideouts"): the places are the group's.
  let terror: WordSet
  /// `from` ("rebels from Chad").
  let from: Int32
  /// "against": a foe named after an ally ("fought alongside X against Y", `SentenceRoles.foeAfter`).
  let against: Int32
  /// `opposition`: a group after a demonym ("the Venezuelan opposition"), an act before
  /// `from` ("despite opposition from Croatia").
  let opposition: Int32
  /// Verbs of reacting to or reporting an event ("condemned", "welcomed", "reported"):
  /// their subject is not the agent of the event noun they govern.
  let reactions: WordSet
  /// Prepositions of time, cause and concession ("following", "after", "despite", "amid"):
  /// a relation noun inside such a phrase is not its clause subject's act ("X suspended the
  /// deal following the recognition of Y by Z").
  let adjuncts: WordSet
  /// Words in "-ing" that open no participle clause after a comma ("..., including tanks,
  /// to Y"): a prepositional object may follow them (`prepositional`).
  let listingIng: WordSet
  /// Gerunds of an instrument ("using", "employing"): the clause's subject uses it, comma
  /// or not (`participleSubject`).
  let instrumental: WordSet
  /// Collective nouns before "of" ("a package of sanctions", "a new round of strikes"): the
  /// noun after them keeps the clause's subject.
  let collectives: WordSet
  /// Adjuncts whose nouns are never a verb's thing ("hit X despite sanctions"): "despite",
  /// "amid", "amidst", "following", "during".
  let concessive: WordSet
  /// Nouns of a purpose phrase whose infinitive states what a verb was done for ("met A
  /// and B in a bid to settle", "in an attempt to", "in an effort to", "in order to").
  let purposes: WordSet
  /// Participles that give a ship's flag state ("Liberian-flagged", "Panama-registered").
  let flagged: WordSet
  /// Linking verbs a state of relations follows ("have become tense", "grew frosty",
  /// "remain strained"): they do not count among a noun's words to its thing.
  let linking: WordSet
  /// Forms of "include", which name a noun's members as *be* does ("Y's main backers
  /// include A and B").
  let includes: WordSet
  /// "whose": its noun's possessor is the actor right before the comma ("Maduro, whose
  /// main backers include A and B").
  let whose: Int32
  /// Words of answering before "to" or "for" ("in response to", "responding to", "in
  /// retaliation for"): the act named after them is another's, not the clause subject's.
  let answering: WordSet
  /// Words that say mediation outright ("mediate", "mediation", "mediator", "broker",
  /// "intermediary", "middleman"): with no sides in their sentence, the document's conflict
  /// gives them (`RelationExtractor.sidesOfConflict`); hosting or facilitating alone does not.
  let mediating: WordSet
  /// Participles of recognition ("the UN-recognised government").
  let recognising: WordSet
  /// Verbs of causing before an actor and its infinitive ("prompted ECOWAS to impose
  /// sanctions"): the cause named before them names the sanctions' target.
  let prompting: WordSet
  /// Days of the week, and "yesterday" and "today": a time adjunct ("condemned on Thursday
  /// the launches") may stand between a verb and its object.
  let days: WordSet
  /// Prepositions of an act's target ("strikes on X's suburbs"): a possessor after them is
  /// no subject when an actor stands before (`subject(before:)`).
  let targetPrepositions: WordSet
  /// Words of taking part before "in" and a gerund ("succeeded in brokering", "a key role
  /// in supplying"): the gerund is the clause subject's act (`joinedIn`).
  let takingPart: WordSet
  /// Verbs of saying or believing that a relative clause may hold before its own verb
  /// ("which UN experts say is backed by X").
  let saying: WordSet
  /// `say`, `says`, `said`: compared by id, no hashing (`isSaid`).
  private let say: Int32, says: Int32, said: Int32
  /// Agreement and meeting nouns a capital names the venue of ("the Minsk agreements",
  /// "the Doha talks"): `VenueNames`.
  let venues: WordSet
  /// Nouns of a body of water named after a state or city ("the Gulf of Aden", "the Sea of
  /// Japan", "the Strait of Hormuz"): `VenueNames`.
  let waters: WordSet
  /// "together" and "along" before "with": ", together with A and B," adds companions to
  /// the subject before it.
  let companions: WordSet
  /// Nouns of a stretch of time: "spent years mediating" has the gerund's subject before
  /// "spent", no reduced relative on "years".
  let durations: WordSet
  /// Verbs whose object does what the infinitive after it says ("helped Chad to repel X",
  /// "allowed Iran to ship"), besides the requests and hedging governors: with any other
  /// verb the infinitive is the subject's purpose ("Chad entered Sudan to back X").
  let objectControl: WordSet
  /// Nouns of help after a possessive in a "with" phrase ("with Turkey's help"): the helper
  /// is no side of the relation.
  let helping: WordSet
  /// Verbs of urging ("urged", "encouraged"): who urges an end to tensions is no side of them.
  let urging: WordSet
  /// The irregular simple pasts that differ from their lemma ("began", "fought"): a verb
  /// the tagger may misread after a noun ("the offensive began").
  let irregularPast: WordSet
  /// Nouns of a decision or attempt an infinitive completes ("X's decision to sell"): the
  /// noun's owner is the infinitive's subject.
  let intentions: WordSet
  /// "near", "outside", "around": a place's preposition that takes only a name right after
  /// it ("sites near Damascus"; `SentenceRoles.placeOwner`).
  let nearby: WordSet
  /// `co`, the prefix of a verb done jointly ("co-hosted", "co-chaired").
  let co: Int32
  /// Words that are prepositions or open a clause: "after Russia invaded Ukraine" has
  /// Russia as the clause's subject (`SentenceRoles.opensClause`).
  let subordinators: WordSet
  /// Degree words before an adjective ("most loyal", "very close").
  let degree: WordSet
  /// Quantity nouns before "of" ("dozens of Chinese firms"): the object is what is counted.
  let quantities: WordSet
  /// Verbs that allege an act "of" their object ("accused X of an attack"): the act is
  /// alleged, not told as fact.
  let accusing: WordSet
  /// Verbs that allege an act "for" their object ("blamed X for the attack").
  let blaming: WordSet
  /// `joined` (", joined by Egypt,": a companion in the act).
  let joined: Int32
  /// Verbs of becoming before an adjective ("grew dependent on", "became reliant on").
  let becoming: WordSet
  /// "become" and its forms ("became NATO's 31st member": the membership begins).
  let become: WordSet
  /// Verbs the sides of a deal say of it ("agreed to", "signed", "reached", "accepted",
  /// "carried out"): their subjects are the sides of an "X-brokered" deal in the object.
  let dealVerbs: WordSet
  /// Verbs of responding before "by" and a gerund, which is then a verb of the clause's
  /// subject: "responded by expelling", "retaliated by cutting" (other "by" gerunds are
  /// left nouns: their subjects lie further off).
  let responding: WordSet
  /// Verbs of trying before "to": "tried to broker a truce" is mediation done, if not
  /// successful (other hedges, "offered to mediate", "wants to mediate", stay hedged).
  let attempting: WordSet
  /// Nouns for those who speak for a side, before "of" after "between": "talks between the
  /// delegations of A and B" (with `offices`: "between the foreign ministers of A and B").
  let representing: WordSet
  /// People and bodies an actor owns or commands, before "of": "members of Hamas",
  /// "companies of the IRGC" (`SentenceRoles.ownerOf`).
  let owned: WordSet
  /// What a state is recognised or backed in, before "of": "recognised the independence of
  /// Kosovo", "backed the territorial integrity of Ukraine" (the object is the state).
  let statehood: WordSet
  /// Open water after a preposition, which no actor holds: "fired a missile into the sea
  /// off Japan" is no strike on Japan.
  let seas: WordSet
  /// "joining" after a comma: the actors after it did the clause's act too.
  let joining: Int32
  /// Words that rank a noun after a copula ("is the largest importer", "is by far the top
  /// supplier"): the noun's subject stands before them.
  let ranking: WordSet
  /// "far" ("by far").
  let far: Int32
  /// Quantifiers that open a description of the actors before a comma ("are allies, both
  /// members of X"): a noun's prepositional object does not reach past them.
  let describing: WordSet
  /// Verbs of fighting that a verb of helping may govern bare ("helped fight X", "helping
  /// to combat X"): their object is the enemy, not the one helped.
  let combating: WordSet
  /// "thanks" ("Thanks to X's support, Y ..."): with "to", an opening phrase whose noun the
  /// main clause's subject receives.
  let thanks: Int32
  /// Nouns of a state's safety whose "of" names the state a commitment or a guarantee is to
  /// ("its commitment to the defence of X").
  let safety: WordSet
  /// Nouns of reacting ("voiced its disapproval of the sanctions on X"): who reacts to a
  /// relation in their of-phrase is not its agent (`reactions` for verbs).
  let reactionNouns: WordSet
  /// Plural nouns for states that a later "including" may list (`listedStates`).
  let stateNouns: WordSet
  /// Nouns for a state as one of a body's members, singular and plural ("the only ECOWAS
  /// member to back X": the organization names the class, not the agent).
  let memberNouns: WordSet
  /// "country", "state", "nation" and their plurals: pattern heads (a member, "a NATO
  /// country") that still name common nouns, not events (`SentenceRoles.isEventHead`).
  let stateWords: WordSet
  /// Nouns for the states a former union or empire left behind ("former Soviet republics",
  /// "ex-Yugoslav states"): the demonym before them names no actor of today.
  let successorNouns: WordSet
  /// Participles of taking part ("commanders involved in shipping drones to X"): the gerund
  /// after them and "in" is done by the noun they follow, not the clause's subject.
  let involvement: WordSet
  /// Nouns a description apposed to an actor ends in ("IGAD, the eight-nation regional bloc
  /// that ...", "the Arctic Council, a forum which ..."): `SentenceRoles.apposedAntecedent`.
  let actorHeads: WordSet
  /// Verbs of announcing, and the modals and subject pronouns of a decision they report
  /// ("Sudan said it would sever ties": `SentenceRoles.announcedDecision`).
  let announcing: WordSet
  let reportedFuture: WordSet
  let makerPronouns: WordSet
  /// Verbs of firing or testing a weapon with no target ("North Korea fired an ICBM"), the
  /// weapons they take, and the nouns that name such an act again ("condemned the missile
  /// test"): `RelationExtractor.launcher`, `SentenceRoles.definiteLaunch`.
  let launchVerbs: WordSet
  let launchedWeapons: WordSet
  let launchNouns: WordSet
  /// Verbs of meeting, talking and settling whose coordinated subjects are the sides of
  /// the talks a later phrase says someone hosted or oversaw (`SentenceRoles.meetingSides`).
  let meeting: WordSet
  /// Nouns that name the last act again without saying what it was ("condemned the move",
  /// "denounced the decision"): with "the", they refer back to a sanction just read.
  let actNouns: WordSet
  /// Words that name the sides of talks: forms of "meet", "agree" and "sign", meetings and summits.
  ///
  /// "A and B met", "A and B agreed to restore ties", "A's president met B's" name the sides
  /// a later "the talks were mediated by X" takes. Narrower than `meeting` on purpose: its
  /// "held", "hold", "reached" and "resumed" would make any "A and B held elections" the
  /// sides of talks, and "A held B" a meeting of A with B (`RelationExtractor.metActor`).
  let meetVerbs: WordSet
  /// "has" and "have": a present perfect's auxiliary.
  let presentHave: WordSet
  /// Auxiliaries after ", as" that say others did the same (", as did Bahrain").
  let didSame: WordSet
  /// "forces" ("joined forces with X to ...").
  let forces: Int32
  /// "alongside", and "along" and "together" before "with": a sentence's opener whose actors
  /// act with the main clause's subjects.
  let alongside: WordSet
  let alongWith: WordSet
  /// Epithets of a second side after "and": "A and neighbouring B", "A and its ally B".
  let epithets: WordSet
  /// "possible", and forms of "make" before it: "made possible by X's mediation" is no hedge.
  let possible: Int32
  let making: WordSet
  /// Verbs of offering: "offered its mediation" is a mediation not yet made.
  let offering: WordSet
  /// Matters of business: "invited A and B to talks on trade" is no mediation.
  let business: WordSet
  /// "this" and "these", which point back like "the" ("condemned these sanctions").
  let thisOrThese: WordSet
  /// Forms of "take" and "hand" before "over" ("took over the chairmanship"): a particle,
  /// not the adjunct "over".
  let takingOver: WordSet
  /// Nouns of a description a name may be apposed to ("the West African bloc ECOWAS", "the
  /// rebel group M23"; `SentenceRoles.apposedName`).
  let descriptions: WordSet
  /// Instruments a subject signs, passes or issues ("signed a decree imposing sanctions":
  /// the signer imposes them; `SentenceRoles.reducedRelativeSubject`).
  let instruments: WordSet
  /// "after", "following": the words that open a phrase whose talks' sides the main clause
  /// names (`SentenceRoles.frontedSides`).
  let fronting: WordSet
  /// `but`, and words after "as" that keep it a preposition ("as part of", "as well", "as
  /// long as"; `SentenceRoles.opensSubordinate`).
  let but: Int32, asPhrases: WordSet
  /// "called", "named", "dubbed", and `known` (before "as"): a body's name follows
  /// (`SentenceRoles.calledName`).
  let naming: WordSet, known: Int32
  /// Nouns of a person or a place that a possessive owns with an of-phrase that is not its
  /// object ("Iran's proxy of Hezbollah"; `SentenceRoles.owner(ofComplement:)`).
  let ownedPeople: WordSet
  /// Verbs by which a subject makes an instrument its own ("signed", "passed", "issued").
  let enacting: WordSet
  /// Forms of "enter" and of sending or deploying forces, and the verbs of a purpose of
  /// fighting another or of helping after them ("entered X to fight Y", "sent troops into X
  /// to fight Y", "entered X to help crush protests"; `SentenceRoles.enteredToFight`).
  let entering: WordSet, fighting: WordSet

  static let placeWords =
    "town towns city cities village villages capital port ports harbour harbor airport airports refinery refineries plant plants infrastructure region regions province provinces territory territories district districts oblast area areas neighbourhood neighborhood outskirts suburb suburbs coast coastline island islands border borders frontier post posts outpost outposts checkpoint checkpoints part parts swathe swathes swath swaths chunk chunks target targets site sites facility facilities base bases position positions camp camps hideout hideouts stronghold strongholds compound compounds installation installations depot depots building buildings apartment apartments block blocks hotel hotels hospital hospitals school schools market markets house houses home homes station stations warehouse warehouses factory factories dam dams terminal terminals substation substations entity entities firm firms company companies bank banks individual individuals"
  static let hostedWords = "embassy embassies consulate consulates mission"
  static let nonStateWords =
    "rebel rebels militia militias militiaman militiamen separatist separatists insurgent insurgents militant militants jihadist jihadists guerrilla guerrillas guerillas exile exiles dissident dissidents faction factions gunman gunmen mercenary mercenaries smugglers pirates tribesmen opposition protester protesters protestors activists volunteers veterans ex"
  static let reactionWords =
    "condemn condemns condemned condemning denounce denounces denounced denouncing criticize criticizes criticized criticizing criticise criticises criticised criticising deplore deplores deplored deploring decry decrys decryed decrying welcome welcomes welcomed welcoming praise praises praised praising hail hails hailed hailing applaud applauds applauded applauding report reports reported reporting mourn mourns mourned mourning investigate investigates investigated investigating regret regrets regreted regreting lament laments lamented lamenting slam slams slamed slaming document documents documented documenting commemorate commemorates commemorated commemorating protest protests protested protesting blast blasts blasted blasting lambast lambasts lambasted lambasting rebuke rebukes rebuked rebuking fear fears feared fearing resist resists resisted resisting repel repels repelled repelling survive survives survived surviving endorse endorses endorsed endorsing"
  static let officeWords =
    "president presidents minister ministers official officials diplomat diplomats leader leaders ambassador envoy general commander chief head officer secretary premier chancellor king emir spokesman spokeswoman spokesperson negotiator mediator prime deputy intelligence army defence defense foreign"

  init(_ l: inout Lexicon) {
    func ids(_ words: String) -> WordSet { WordSet(words.split(separator: " ").map { l.intern(String($0)) }) }
    places = ids(Self.placeWords)
    hosted = ids(Self.hostedWords)
    placePrepositions = ids("in of across inside throughout near outside around")
    of = l.intern("of")
    former = ids("former ex retired")
    offices = ids(Self.officeWords)
    belonging = ids("owned flagged registered operated chartered")
    governments = ids(
      "regime regimes government governments junta juntas authorities leaders rulers leadership administration")
    `in` = l.intern("in")
    compass = ids(
      "northern southern eastern western central northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western"
    )
    that = l.intern("that")
    allegiance = ids("loyal affiliated belonging")
    envoys = ids(
      "ambassador ambassadors envoy envoys diplomat diplomats official officials leader leaders minister ministers counterpart counterparts delegation delegations delegate delegates representative representatives emissary emissaries negotiator negotiators"
    )
    to = l.intern("to")
    with = l.intern("with")
    on = l.intern("on")
    attempts = ids("effort efforts attempt attempts bid bids push drive")
    settling = ids(
      "settle settles settled settling resolve resolves resolved resolving mediate mediates mediated mediating defuse defuses defused defusing"
    )
    calling = ids("call calls called calling")
    backing = ids("backed supported sponsored funded financed armed aligned allied")
    joinForms = ids("join joins joined joining")
    copulas = ids("become becomes became becoming remain remains remained remaining as")
    replacing = ids(
      "overtake overtakes overtook overtaken overtaking replace replaces replaced replacing surpass surpasses surpassed surpassing displace displaces displaced displacing supplant supplants supplanted eclipse eclipses eclipsed"
    )
    armed = ids("paramilitary armed rebel militant insurgent jihadist terrorist extremist islamist separatist")
    nonStateGroups = ids(Self.nonStateWords)
    terror = ids("terrorist terror extremist insurgent jihadist militant armed rebel-held militant-held")
    from = l.intern("from")
    against = l.intern("against")
    opposition = l.intern("opposition")
    reactions = ids(Self.reactionWords)
    adjuncts = ids("following after before despite amid amidst during since against over")
    listingIng = ids("including excluding according notably mainly chiefly especially")
    instrumental = ids("using employing")
    concessive = ids("despite amid amidst following during")
    purposes = ids("bid attempt effort order")
    flagged = ids("flagged registered")
    linking = ids("become becomes became grow grows grew grown remain remains remained")
    includes = ids("include includes included")
    whose = l.intern("whose")
    answering = ids("response responding reaction reacting retaliation retaliating reply replying")
    recognising = ids("recognised recognized")
    days = ids("monday tuesday wednesday thursday friday saturday sunday yesterday today")
    prompting = ids("prompt prompts prompted prompting lead leads led leading spur spurs spurred spurring")
    mediating = ids(
      "mediate mediates mediated mediating mediation mediator mediators broker brokers brokered brokering intermediary intermediaries middleman middlemen"
    )
    targetPrepositions = ids("on at against into")
    takingPart = ids(
      "succeed succeeds succeeded role roles instrumental part participate participates participated engaged assist assists assisted persisted involved"
    )
    collectives = ids(
      "package packages round rounds raft wave waves series set batch tranche slew string barrage volley")
    say = l.intern("say")
    says = l.intern("says")
    said = l.intern("said")
    saying = ids("say says said believe believes believed claim claims claimed allege alleges alleged think thinks")
    companions = ids("together along")
    durations = ids("years months weeks decades days hours time")
    co = l.intern("co")
    nearby = ids("near outside around")
    intentions = ids(
      "decision decisions move moves bid attempt attempts effort efforts plan plans offer offers pledge pledges promise promises commitment refusal readiness willingness intention push proposal"
    )
    irregularPast = WordSet(
      Inflection.irregular.flatMap { lemma, forms in
        forms.0.split(separator: "/").map(String.init).filter { $0 != lemma }
      }.map { l.intern($0) })
    objectControl = ids(
      "help helps helped helping allow allows allowed allowing enable enables enabled enabling let lets force forces forced forcing push pushes pushed pushing press presses convince convinces convinced persuade persuades persuaded tell tells told order orders ordered call calls called get gets got cause caused require requires required permit permits permitted authorize authorized authorise authorised lead leads led leading prompt prompts prompted prompting causing compel compelled compelling pressure pressured pressing"
    )
    urging = ids("urge urges urged urging encourage encourages encouraged encouraging")
    helping = ids("help assistance support mediation backing aid facilitation intervention good offices")
    subordinators = ids("after before since until once")
    degree = ids("most more least very")
    quantities = ids(
      "dozens hundreds thousands scores number handful couple several dozen hundred thousand half third quarter fifth share bulk majority"
    )
    joined = l.intern("joined")
    blaming = ids("blame blames blamed blaming")
    accusing = ids(
      "accuse accuses accused accusing suspect suspects suspected suspecting charge charges charged charging")
    become = ids("become becomes became becoming")
    becoming = ids(
      "grow grows grew grown growing become becomes became becoming get gets got getting seem seems seemed")
    dealVerbs = ids(
      "agree agrees agreed agreeing sign signs signed signing reach reaches reached reaching accept accepts accepted accepting carry carries carried carrying implement implements implemented implementing conclude concludes concluded concluding observe observes observed observing hold holds held holding seal sealed seals ink inked inks strike struck strikes meet meets met resume resumes resumed resuming return returns returned returning"
    )
    takingOver = ids("take takes took taken taking hand hands handed handing")
    actNouns = ids("move moves decision decisions measure measures step steps")
    thisOrThese = ids("this these")
    meetVerbs = ids("meet meets met meeting meetings summit agree agrees agreed sign signs signed")
    forces = l.intern("forces")
    didSame = ids("did does do have has had")
    presentHave = ids("has have")
    alongside = ids("alongside")
    alongWith = ids("along together")
    epithets = ids("neighbouring neighboring neighbour neighbor fellow rival ally partner")
    possible = l.intern("possible")
    making = ids("make makes made making")
    offering = ids("offer offers offered offering propose proposes proposed proposing")
    business = ids(
      "trade economic economy investment investments investor investors energy grain exports imports business commerce tariffs customs"
    )
    responding = ids(
      "respond responds responded responding retaliate retaliates retaliated retaliating react reacts reacted reacting reply replies replied replying"
    )
    attempting = ids(
      "try tries tried trying attempt attempts attempted attempting seek seeks sought seeking strive strives strove striving"
    )
    representing = ids("delegation delegations representative representatives government governments")
    owned = ids(
      "member members unit units entity entities company companies firm firms fighter fighters remnants remnant")
    statehood = ids("independence sovereignty statehood integrity")
    seas = ids("sea seas ocean oceans waters")
    joining = l.intern("joining")
    ranking = ids(
      "largest biggest top main major leading key chief principal primary sole single second third fourth fifth far greatest most"
    )
    far = l.intern("far")
    describing = ids("both all each")
    reactionNouns = ids("disapproval criticism condemnation denunciation rejection objection objections outrage")
    thanks = l.intern("thanks")
    safety = ids("defence defense security protection sovereignty independence integrity")
    combating = ids("fight combat battle defeat counter repel tackle confront crush eliminate destroy attack")
    stateNouns = ids("countries states nations governments members allies partners neighbours neighbors")
    memberNouns = ids("country countries state states nation nations government governments member members")
    stateWords = ids("country countries state states nation nations")
    successorNouns = ids("country countries state states nation nations republic republics")
    involvement = ids("involved implicated engaged complicit instrumental")
    actorHeads = ids(
      "country state nation kingdom republic emirate island bloc forum body group grouping organisation organization alliance coalition union community council movement militia faction power neighbour neighbor ally partner member government junta regime"
    )
    announcing = ids("said says announced announces declared declares confirmed confirms stated states")
    reportedFuture = ids("will would")
    makerPronouns = ids("it they we")
    launchVerbs = ids("fire fires fired launch launches launched test tests tested conduct conducts conducted")
    launchedWeapons = ids("missile missiles icbm icbms rocket rockets warhead warheads nuclear")
    launchNouns = ids("test tests launch launches firing firings provocation provocations")
    meeting = ids(
      "met meet meets talked held hold holds negotiated signed sign signs agreed agree agrees reached resumed concluded initialled initialed"
    )
    venues = ids(
      "agreement agreements accord accords declaration format process talks protocol protocols communique summit framework memorandum conference formula"
    )
    waters = ids("gulf bay sea strait straits")
    entering = ids(
      "enter enters entered entering send sends sent sending deploy deploys deployed deploying dispatch dispatches dispatched dispatching"
    )
    fighting = ids(
      "fight combat battle hunt pursue counter tackle confront chase flush drive help assist support protect defend back bolster shore crush quell"
    )
    enacting = ids(
      "sign signs signed signing pass passes passed passing issue issues issued issuing adopt adopts adopted adopting approve approves approved approving enact enacts enacted enacting introduce introduces introduced introducing decree decreed"
    )
    fronting = ids("after following at during")
    but = l.intern("but")
    naming = ids("called named dubbed christened")
    known = l.intern("known")
    asPhrases = ids("part well much many long soon far result")
    ownedPeople = ids("ally allies proxy proxies partner partners ambassador envoy representative delegation")
    instruments = ids(
      "decree decrees law laws bill bills resolution resolutions directive directives legislation ordinance ordinances regulation regulations proclamation act statute"
    )
    descriptions = ids(
      "bloc alliance organization organisation union league body grouping forum confederation coalition community group militia movement"
    )
  }

  /// Whether word `id` is "say", "says" or "said" ("Beijing said": a speaker).
  @inline(__always) func isSaid(_ id: Int32) -> Bool { id == said || id == says || id == say }

  /// Whether the preposition at `k` gives its object the people before it ("loyal to X",
  /// "affiliated with X", "ambassadors from X"): the object acts through them, so it is no
  /// prepositional object.
  func givesAllegiance(_ t: [Token], at k: Int) -> Bool {
    guard k > 0 else { return false }
    let p = t[k].lower
    let before = t[k - 1].lower
    return ((p == to || p == with) && allegiance.contains(before)) || (p == from && envoys.contains(before))
  }

  /// Whether `place` joined by `preposition` to an actor makes the actor the place's own.
  func joins(_ place: Int32, _ preposition: Int32) -> Bool {
    (places.contains(place) && placePrepositions.contains(preposition)) || (hosted.contains(place) && preposition == of)
  }
}
