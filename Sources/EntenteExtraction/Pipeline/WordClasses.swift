/// Closed-class words and the small word lists the pipeline's rules read, as bit masks
/// per word id of a `Lexicon` (the part of speech of function words, which a table
/// gives exactly).
struct WordClasses: Sendable {
  static let determiner: UInt32 = 1 << 0
  static let preposition: UInt32 = 1 << 1
  static let be: UInt32 = 1 << 2
  static let have: UInt32 = 1 << 3
  static let modal: UInt32 = 1 << 4
  static let negation: UInt32 = 1 << 5
  static let pronoun: UInt32 = 1 << 6
  static let relative: UInt32 = 1 << 7
  static let coordinator: UInt32 = 1 << 8
  static let adverb: UInt32 = 1 << 9
  /// Verbs whose infinitive or gerund complement has not happened ("threatened to strike", "plans to buy").
  static let hedgingGovernor: UInt32 = 1 << 10
  /// Verbs that deny their complement ("refused to sell", "denied supplying").
  static let negatingGovernor: UInt32 = 1 << 11
  /// Words that end what they govern ("lifted sanctions", "ended its support").
  static let ending: UInt32 = 1 << 12
  static let conditional: UInt32 = 1 << 13
  static let comparison: UInt32 = 1 << 14
  static let month: UInt32 = 1 << 15
  static let `do`: UInt32 = 1 << 16
  /// "Made", "built": after an actor adjective, the thing comes from there ("Iranian-made").
  static let origin: UInt32 = 1 << 17
  static let infinitive: UInt32 = 1 << 18
  /// Participles that follow a noun without making it a passive subject ("the weapons used").
  static let particle: UInt32 = 1 << 19
  /// Words that never stand inside a noun phrase between a verb and its object.
  static let clauseBreak: UInt32 = 1 << 20
  static let possessivePronoun: UInt32 = 1 << 21
  /// Auxiliaries in the past tense ("was backed", "had sold", "did not").
  static let pastAuxiliary: UInt32 = 1 << 22
  /// Verbs that ask for or offer what follows "for" or their infinitive ("called for
  /// mediation", "called on X to mediate", "offered to mediate"): not done yet.
  static let request: UInt32 = 1 << 23
  /// "Yet" in "has yet to join": the infinitive has not happened.
  static let notYet: UInt32 = 1 << 24
  /// Nouns of evidence: after "no" or "little" ("no evidence that X armed Y") the clause
  /// they introduce is denied.
  static let evidence: UInt32 = 1 << 25
  /// Verbs of staying that take a participle as *be* does ("troops remain stationed in X"):
  /// the participle after them is passive.
  static let staying: UInt32 = 1 << 26
  /// Verbs and adjectives that make what follows a forecast, a fear or a warning ("analysts
  /// expect that X will arm Y", "warned that X will impose sanctions").
  static let forecasting: UInt32 = 1 << 27

  static let lists: [(UInt32, String)] = [
    (
      determiner,
      "the a an this these those some any all several many most each every another other such its their his her our your whose both either"
    ),
    (
      preposition,
      "to from with on against of for by in at into onto over under between among amongst across through during after before since until within without near toward towards upon via amid despite including like about around beyond outside inside along throughout per behind alongside unlike"
    ),
    (be, "be is are was were been being am"),
    (have, "have has had having"),
    (pastAuxiliary, "was were had did"),
    (
      request,
      "call calls called calling appeal appeals appealed appealing offer offers offered offering push pushes pushed pushing press presses pressed pressing lobby lobbies lobbied lobbying plead pleads pleaded pleading request requests requested requesting ask asks asked asking"
    ),
    (`do`, "do does did"),
    (modal, "would could may might should will shall can cannot must ought"),
    (negation, "not never no nor neither"),
    (pronoun, "it they he she we them its their his her"),
    (possessivePronoun, "its their his her"),
    (relative, "who which that whom whose"),
    (coordinator, "and or"),
    (
      adverb,
      "also very reportedly allegedly already still openly repeatedly further jointly formally officially publicly then later subsequently once previously recently actively directly largely heavily again even just now first ever continuously increasingly militarily politically economically secretly covertly overtly indirectly strongly sharply swiftly immediately eventually finally initially briefly only mostly mainly chiefly primarily principally predominantly widely partly fully effectively unilaterally so too thus since long yet almost"
    ),
    (
      hedgingGovernor,
      "trying attempting preparing hoping aiming intending wanting wishing vowing pledging promising threaten plan intend seek want propose consider promise vow pledge aim prepare try attempt hope expect agree wish negotiate negotiates negotiating discuss discusses discussing discussed mull mulls mulling mulled weigh weighs weighing explore explores exploring explored pursue pursues pursuing pave paves paving paved toward towards threatens threatened threatening plans planned planning intends intended seeks sought wants wanted proposes proposed considers considered considering promises promised vows vowed pledges pledged aims aimed prepares prepared tries tried attempts attempted hopes hoped expects expected agrees agreed wishes wished ask asks asked asking urge urges urged urging encourage encourages encouraged pressed likely set ready willing able poised possibility possible risk prospect danger potential apply applies applied applying bid bids application aspire aspires aspired aspiration ambition candidacy await awaits awaited awaiting pending seeking candidate invite invites invited inviting invitation ability capacity capability"
    ),
    (
      negatingGovernor,
      "refusal refusals refuse refuses refused refusing deny denies denied denying decline declines declined fail fails failed failing reject rejects rejected avoid avoided neither nor veto vetoes vetoed vetoing block blocks blocked blocking oppose opposes opposed opposing thwart thwarted unwilling reluctant loath hesitant unable"
    ),
    (
      ending,
      "lift lifts lifted lifting stop stops stopped stopping end ends ended ending suspend suspends suspended suspending halt halts halted halting cut cuts cutting cease ceased withdraw withdrew withdrawn withdrawing ease eased easing remove removed removing terminate terminated revoke revoked cancel cancelled canceled scrap scrapped abandon abandoned resolve resolved settle settled quit quitting leave left leaving exit exited freeze froze frozen drop dropped pause paused pausing"
    ),
    (conditional, "if unless whether"),
    (comparison, "unlike than"),
    (month, "january february march april may june july august september october november december"),
    (origin, "made built produced designed manufactured supplied provided owned flagged registered based born"),
    (infinitive, "to"),
    (notYet, "yet"),
    (evidence, "evidence proof sign signs indication indications"),
    (staying, "remain remains remained stay stays stayed"),
    (
      forecasting,
      "expect expects expected expectation predict predicts predicted prediction forecast forecasts forecasted believe believes believed think thinks thought fear fears feared warn warns warned warning likely unlikely probably perhaps maybe possibly speculate speculated speculation suggest suggests suggested estimate estimates estimated assume assumed doubt doubts doubted hope hopes hoped"
    ),
    (particle, "used seen held"),
    (
      clauseBreak,
      "while whereas although though because when where after before since as said says according but however"
    ),
  ]

  private let mask: [UInt32]

  /// Interns the listed words into `lexicon` and records their classes.
  init(_ lexicon: inout Lexicon) {
    var m: [Int32: UInt32] = [:]
    for (bit, words) in Self.lists {
      for w in words.split(separator: " ") { m[lexicon.intern(String(w)), default: 0] |= bit }
    }
    var mask = [UInt32](repeating: 0, count: lexicon.count)
    for (id, bits) in m { mask[Int(id)] = bits }
    self.mask = mask
  }

  /// The classes of word `id`.
  @inline(__always) subscript(_ id: Int32) -> UInt32 { Int(id) < mask.count ? mask[Int(id)] : 0 }

  /// Whether word `id` is of any class in `bits`.
  @inline(__always) func `is`(_ id: Int32, _ bits: UInt32) -> Bool { self[id] & bits != 0 }
}
