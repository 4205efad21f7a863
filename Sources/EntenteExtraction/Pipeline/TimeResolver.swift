import Entente

/// Dates a pattern from the years written in its sentence.
///
/// Rules: the year nearest the pattern within its stretch between commas, else within its
/// clause, else the nearest before it in the sentence or at most five words after it (a
/// later clause after `;` or `:` dates its own events; not a
/// year compared with: "unlike in 2016"); of a range ("from 2014 to 2022", "between 2014
/// and 2016", "2020–2022") the first year; "last year" is the document's year minus one,
/// "two years ago" (near the pattern) minus two, and "this year" the document's year;
/// "the previous year" and "two years earlier" count back from the year the narrative last
/// wrote (`RelativeYears`), else from the document's year; a month alone ("in March") is in the document's year, unless it comes
/// after the document's month (a past month: "in November" in a January document is the
/// year before), and "last month" in a January document is the year before too ("last
/// week" only in its first seven days; `monthDate`: only when nothing else dates the
/// pattern). A year after the
/// pattern behind a subordinator ("as a ruling is expected in 2024"; `as`, `while`,
/// `because`, `but`...) dates that later clause, and a year after "since" in an aside between
/// commas before the pattern says how long a state lasted ("X, particularly since 2011, has
/// fed tensions"): neither dates the pattern, nor does a year after "since" that a
/// superlative governs ("the worst clashes since 1995"), nor one in an aside of founding
/// (", established in 2001,") before the pattern, nor one before a "when" whose clause's
/// pattern has a month of its own ("began when X arrived in late June"). With no year at all, the document's date.
final class TimeResolver: Sendable {
  let last: Int32, previous: Int32, year: Int32, this: Int32, earlier: Int32, from: Int32, between: Int32, to: Int32,
    and: Int32, until: Int32, since: Int32, back: Int32, the: Int32, past: Int32, of: Int32
  /// Relative dates and subordinators (`PrecisionWords`).
  let words: PrecisionWords
  /// Words after `as` that keep a year the pattern's ("as early as 2014", "as of 2020").
  let asYear: WordSet
  /// "a", "an", "its", "their": after a name, `as a` with no verb of *be* or *have* before
  /// the year is a predicative ("designated Qatar as a major ally in 2022", "admitted to the
  /// UN as its 193rd member in 2011"), no subordinator ("warned X as a ruling is expected in
  /// 2024").
  let article: WordSet
  /// Superlatives and "first", "last": "the worst clashes since 1995" (`sinceSuperlative`).
  let superlatives: WordSet
  /// Forms of *be*, *have* and *will* that make an `as` phrase a clause.
  let finite: WordSet
  /// `month`, `week` in "last month", "last week".
  let recent: WordSet
  /// Month names by word id (1 = January).
  let months: [Int32: Int]
  /// `week`, which reaches back past a month's start only in its first seven days.
  let week: Int32
  /// Words before a month name that make it one ("in March", "early June"); not "since"
  /// ("have fought since April" is a state that holds at the document's date).
  let beforeMonth: WordSet
  /// "up", "down": "up from $1.5 billion last year" compares with a year, it dates nothing.
  let changed: WordSet
  /// Concessive and circumstantial words whose phrase names another event: "despite a 2019
  /// ceasefire accord" does not date the shelling.
  let concessive: WordSet
  /// Relative pronouns: ", which Lima says was revenge for last year's incident" dates the
  /// relative clause's own event.
  let relatives: WordSet
  /// Participles of founding: ", established in 2001," is the year a body was founded.
  let founded: WordSet
  /// `when`.
  let when: Int32
  /// `known`: "known as" names, it opens no clause.
  let known: Int32
  /// Words of a time still to come before a month ("will be held in September").
  let future: WordSet
  /// "began", "started", "erupted", "broke", "flared": a relative that dates its antecedent.
  let began: WordSet
  /// Words of cause ("stem from", "rooted in"): a year after them dates the cause.
  let causes: WordSet

  /// Interns the date words; relative dates and subordinators come from `words`.
  init(_ lexicon: inout Lexicon, words: PrecisionWords) {
    last = lexicon.intern("last")
    previous = lexicon.intern("previous")
    year = lexicon.intern("year")
    this = lexicon.intern("this")
    earlier = lexicon.intern("earlier")
    from = lexicon.intern("from")
    between = lexicon.intern("between")
    to = lexicon.intern("to")
    and = lexicon.intern("and")
    until = lexicon.intern("until")
    since = lexicon.intern("since")
    back = lexicon.intern("back")
    the = lexicon.intern("the")
    past = lexicon.intern("past")
    of = lexicon.intern("of")
    self.words = words
    asYear = WordSet(["early", "late", "of", "recently", "far", "long", "soon"].map { lexicon.intern($0) })
    article = WordSet(["a", "an", "its", "their"].map { lexicon.intern($0) })
    superlatives = WordSet(
      [
        "worst", "first", "deadliest", "biggest", "largest", "heaviest", "highest", "lowest", "fiercest", "bloodiest",
        "most", "strongest", "longest", "major",
      ].map { lexicon.intern($0) })
    finite = WordSet(
      ["is", "was", "are", "were", "has", "had", "have", "will", "would", "be"].map { lexicon.intern($0) })
    recent = WordSet(["month", "week"].map { lexicon.intern($0) })
    week = lexicon.intern("week")
    var m: [Int32: Int] = [:]
    for (i, name) in DocumentHeader.months.enumerated() { m[lexicon.intern(name)] = i + 1 }
    months = m
    beforeMonth = WordSet(
      ["in", "on", "by", "from", "during", "early", "late", "mid", "last"].map {
        lexicon.intern($0)
      })
    changed = WordSet(["up", "down"].map { lexicon.intern($0) })
    concessive = WordSet(["despite", "amid", "amidst", "notwithstanding"].map { lexicon.intern($0) })
    relatives = WordSet(["which", "who", "whom", "whose"].map { lexicon.intern($0) })
    when = lexicon.intern("when")
    known = lexicon.intern("known")
    future = WordSet(
      ["will", "would", "shall", "scheduled", "planned", "expected", "due", "upcoming"].map {
        lexicon.intern($0)
      })
    began = WordSet(["began", "started", "erupted", "broke", "flared", "emerged"].map { lexicon.intern($0) })
    causes = WordSet(["stem", "stems", "stemmed", "stemming", "rooted"].map { lexicon.intern($0) })
    founded = WordSet(
      ["established", "founded", "created", "formed", "inaugurated"].map { lexicon.intern($0) })
  }

  /// Whether the year at `i` is what a figure is compared with: "up from $1.5 billion last
  /// year", "down from 40 in 2022" (at most six words back, within the stretch).
  ///
  /// - Complexity: O(1).
  func compared(_ i: Int, _ t: [Token]) -> Bool {
    var j = i - 1
    while j > 0, i - j <= 6, t[j + 1].gap & Gap.comma == 0 {
      if t[j].lower == from, changed.contains(t[j - 1].lower) { return true }
      j -= 1
    }
    return false
  }

  /// The date a sentence's relative month gives, for a pattern nothing else dates.
  ///
  /// "Last month" in a January document is December of the year before ("last week" only in
  /// the month's first seven days, not in a January with no day), and
  /// a month name with no year after it ("in November", "on 3 November", "early May") that
  /// comes after the document's month is of the year before, unless the words before it
  /// say it is still to come ("will be held in September"). Only a month within twelve
  /// words of the pattern at `k`, not across a relative pronoun nor out of the pattern's own
  /// relative clause, counts (another clause's month dates its own event). `nil` when the
  /// sentence has neither or the year stays the document's.
  ///
  /// - Complexity: O(*w*) for *w* words.
  func monthDate(_ t: [Token], document: EntenteDate, near k: Int) -> EntenteDate? {
    guard let dm = document.month else { return nil }
    for i in t.indices.dropFirst() where recent.contains(t[i].lower) && t[i - 1].lower == last {
      // ("Last week" is the year before only in a January document's first week; a
      // January with no day is most likely past it.)
      if t[i].lower == week, (document.day ?? 31) > 7 { return nil }
      return dm == 1 ? try? EntenteDate(year: document.year - 1, month: 12) : nil
    }
    for i in t.indices where t[i].capital && abs(i - k) <= 12 {
      guard let m = months[t[i].lower], m > dm else { continue }
      // (Not across a relative pronoun: "on September 18 despite doubts from X, which relies
      // on Y for aid" dates the drill, not the reliance.)
      if (min(i, k)..<max(i, k)).contains(where: { relatives.contains(t[$0].lower) }) { continue }
      // (Nor out of a relative clause the pattern is in: "China, which backs Cambodia, held
      // drills in August".)
      if i > k, (max(0, k - 3)..<k).contains(where: { relatives.contains(t[$0].lower) }),
        ((k + 1)...i).contains(where: { t[$0].gap & Gap.comma != 0 })
      {
        continue
      }
      var j = i - 1
      // "on 3 November": a day between.
      if j > 0, t[j].year == 0, t[j].bytes.count <= 2, !t[j].capital, !beforeMonth.contains(t[j].lower) { j -= 1 }
      guard j >= 0, beforeMonth.contains(t[j].lower) else { continue }
      if t[(i + 1)..<min(t.count, i + 4)].contains(where: { $0.year != 0 }) { continue }
      // ("will be held in September": a month still to come is of the document's year.)
      if t[max(0, j - 6)..<j].contains(where: { future.contains($0.lower) && $0.clause == t[i].clause }) { return nil }
      return try? EntenteDate(year: document.year - 1, month: m)
    }
    return nil
  }

  /// The years of a sentence: (token, year), skipping compared ones.
  func years(_ t: [Token], _ c: WordClasses, into out: inout [(Int, Int)]) {
    out.empty()
    for (i, w) in t.enumerated() where w.year != 0 {
      if t[max(0, i - 2)..<i].contains(where: { c.is($0.lower, WordClasses.comparison) }) || compared(i, t) { continue }
      // Ranges: "from 2014 to 2022" is dated by its start.
      if i >= 2, t[i - 1].lower == to || t[i - 1].lower == and || t[i - 1].lower == until, t[i - 2].year != 0, i >= 3,
        t[i - 3].lower == from || t[i - 3].lower == between
      {
        continue
      }
      // "the 2020–2022 skirmishes": a range written with a dash is dated by its start too.
      if i >= 1, w.gap & Gap.joined != 0, t[i - 1].year != 0 { continue }
      out.append((i, Int(w.year)))
    }
    // Relative years.
    for i in t.indices.dropFirst() where t[i].lower == year {
      let before = t[i - 1].lower
      // "over the last year", "in the past year": the twelve months up to the document, its
      // year ("the last year of the war" names no year).
      if i >= 2, t[i - 2].lower == the, before == last || before == past {
        if i + 1 == t.count || t[i + 1].lower != of { out.append((i, 0)) }
        continue
      }
      if before == last || before == previous, !compared(i, t) { out.append((i, -1)) }
      if before == this { out.append((i, 0)) }
    }
    // "two years ago", "a year ago".
    // "two years earlier" with no year before it counts back from the document's year too
    // (`RelativeYears` replaces it with the narrative's year minus two when there is one).
    for i in t.indices
    where i >= 2 && (t[i].lower == words.ago || t[i].lower == earlier) && words.years.contains(t[i - 1].lower) {
      if let n = words.numbers[t[i - 2].lower] { out.append((i, -n)) }
    }
  }

  /// The date of a pattern at token `k`.
  func date(at k: Int, _ t: [Token], years: [(Int, Int)], document: EntenteDate) -> EntenteDate {
    guard !years.isEmpty else { return document }
    let clause = t[k].clause
    // ", particularly since 2011, has fed tensions": an aside set off by commas before the
    // pattern says how long a state has lasted, not when the pattern's relation is (a
    // sentence that opens "Since 2014, ..." or "occupied since 2014" keeps its year).
    // (So does ", dating back to 1975,".)
    func sinceAside(_ i: Int) -> Bool {
      guard i > 0, i < k, t[i - 1].lower == since || (i > 1 && t[i - 1].lower == to && t[i - 2].lower == back)
      else { return false }
      var a = i
      while a > 0, t[a].gap & Gap.comma == 0 { a -= 1 }
      guard a > 0 else { return false }
      var b = i + 1
      while b <= k, t[b].gap & Gap.comma == 0 { b += 1 }
      return b <= k
    }
    // "the worst clashes since 1995", "the first visit since 2011": a year after "since"
    // that a superlative or "first" governs is the last time before, not this event's.
    func sinceSuperlative(_ i: Int) -> Bool {
      guard i > 1, t[i - 1].lower == since else { return false }
      var j = i - 2
      while j >= 0, i - j <= 10, t[j + 1].gap & Gap.comma == 0 {
        if superlatives.contains(t[j].lower) { return true }
        j -= 1
      }
      return false
    }
    // "agreed to a ceasefire after clashes, the worst since the Taliban took power in
    // 2021": a "since" clause after the pattern, past a comma, dates its own event (a
    // clause: at least three words between "since" and the year, not "since at least 2014"
    // or "since the start of 2014").
    func sinceClauseAfter(_ i: Int) -> Bool {
      guard i > k + 1, let s = sinceOpening(i, t), s > k, i - s >= 4, t[i - 1].lower != of else { return false }
      return ((k + 1)...s).contains { t[$0].gap & Gap.comma != 0 }
    }
    // A later clause opened by a subordinator dates its own events.
    func behindSubordinator(_ i: Int) -> Bool {
      guard i > k + 1 else { return false }
      for j in (k + 1)..<i where words.subordinators.contains(t[j].lower) {
        if t[j].lower == words.as, j + 1 < t.count, asYear.contains(t[j + 1].lower) { continue }
        // ("an alliance known as the AES in 2023": a name's "as", no subordinator.)
        if t[j].lower == words.as, j > 0, t[j - 1].lower == known { continue }
        if t[j].lower == words.as, j + 1 < t.count, article.contains(t[j + 1].lower), t[j - 1].capital,
          !t[(j + 1)..<i].contains(where: { finite.contains($0.lower) })
        {
          continue
        }
        return true
      }
      return false
    }
    // "kept shelling X despite a 2019 ceasefire": a year in a concessive phrase after the
    // pattern dates that phrase's event (at most four words back, within the stretch).
    func concessiveAfter(_ i: Int) -> Bool {
      var j = i - 1
      while j > k, i - j <= 4, t[j + 1].gap & Gap.comma == 0 {
        if concessive.contains(t[j].lower) { return true }
        j -= 1
      }
      return false
    }
    // ", which Lima says was revenge for last year's incident": a relative clause after a
    // comma, after the pattern, dates its own event.
    // (Not a relative that says when the pattern's own state began: "a row between A and B,
    // which began in 2020, eased".)
    func behindRelative(_ i: Int) -> Bool {
      guard i > k + 1,
        let r = ((k + 1)..<i).first(where: { relatives.contains(t[$0].lower) && t[$0].gap & Gap.comma != 0 })
      else { return false }
      return !(r + 2 < i && began.contains(t[r + 1].lower) && beforeMonth.contains(t[r + 2].lower) && r - k <= 6)
    }
    // "The SCO, established in 2001, is a bloc of nine members": an aside between commas
    // that opens with a participle of founding dates the founding, not a pattern after it
    // ("a campaign against X, launched in 2025," keeps it: the aside describes the pattern).
    func foundingAside(_ i: Int) -> Bool {
      var a = i
      while a > 0, t[a].gap & Gap.comma == 0 { a -= 1 }
      // (A founding pattern keeps it: "ASEAN, founded in 1967, is a bloc formed by A and B".)
      // (After a name: "The talks, launched in 2019, were mediated" date the talks.)
      guard a > 0, a < i, founded.contains(t[a].lower), i - a <= 6, k > i, !founded.contains(t[k].lower),
        t[a - 1].capital
      else {
        return false
      }
      var b = i + 1
      while b < t.count, t[b].gap & Gap.comma == 0 { b += 1 }
      return b < t.count && b <= k
    }
    // "Papua New Guinea, which gained independence in 1975, is the biggest recipient of X's
    // aid": a relative clause between commas that describes a name before the pattern dates
    // its own event ("The talks, which began in 2019, were mediated" describe no name).
    func relativeAside(_ i: Int) -> Bool {
      guard i < k else { return false }
      var a = i
      while a > 0, t[a].gap & Gap.comma == 0 { a -= 1 }
      guard a > 0, a < i, relatives.contains(t[a].lower), t[a - 1].capital else { return false }
      var b = i + 1
      while b < t.count, t[b].gap & Gap.comma == 0 { b += 1 }
      return b < t.count && b <= k
    }
    // "... approved in October 2023 and began when X's police arrived in Haiti in late June":
    // a pattern with a month of its own after it (no year with the month) is not dated by
    // a year before a "when" between them.
    func ownMonthAfter() -> Bool {
      var j = k + 1
      while j < t.count, j - k <= 6, t[j].gap & Gap.comma == 0, t[j].year == 0 {
        if t[j].capital, months[t[j].lower] != nil,
          beforeMonth.contains(t[j - 1].lower)
            || j >= 2
              && beforeMonth.contains(t[j - 2].lower)
        {
          return !(j + 1 < t.count && t[j + 1].year != 0) && !(j + 2 < t.count && t[j + 2].year != 0)
        }
        j += 1
      }
      return false
    }
    func behindWhen(_ i: Int) -> Bool {
      guard i < k, ((i + 1)..<k).contains(where: { t[$0].lower == when }) else { return false }
      return ownMonthAfter()
    }
    // "two years ago" dates only a pattern near it ("a war it lost two years ago" is not the war's start),
    // or, opening the sentence, its whole main clause ("Three years ago A, B, C and D cut ties").
    // (Tested where read, not filtered into a new array: this runs for every relation.)
    // "backed Saudi Arabia's bid to host the 2030 World Expo": a later year than the
    // document's used as a noun's modifier (after "the" or a possessive, before a word)
    // names an event to come, not when the relation is.
    func futureModifier(_ i: Int) -> Bool {
      guard t[i].year > document.year, i > 0, i + 1 < t.count, t[i + 1].year == 0, t[i + 1].gap & Gap.comma == 0
      else { return false }
      return t[i - 1].lower == the || t[i - 1].possessive
    }
    // "Tensions stem from a coup in Niger in July 2023": a year after a word of cause dates
    // the cause; the state it caused holds when the document says it does.
    func behindCause(_ i: Int) -> Bool {
      i > k + 1 && ((k + 1)..<i).contains { causes.contains(t[$0].lower) }
    }
    func kept(_ y: (Int, Int)) -> Bool {
      !futureModifier(y.0) && !behindCause(y.0) && !behindSubordinator(y.0)
        && !(t[y.0].lower == words.ago && abs(y.0 - k) > 8 && !(y.0 <= 3 && y.0 < k))
        && !sinceAside(y.0)
        && !sinceSuperlative(y.0) && !concessiveAfter(y.0) && !behindRelative(y.0) && !foundingAside(y.0)
        && !relativeAside(y.0)
        && !behindWhen(y.0) && !sinceClauseAfter(y.0)
    }
    guard years.contains(where: kept) else { return document }
    var best: (Int, Int)? = nil
    // The same stretch between commas first ("the 1963 agreement, and aid began in 1966").
    func sameStretch(_ i: Int) -> Bool {
      let (lo, hi) = i < k ? (i + 1, k) : (k + 1, i)
      guard lo <= hi else { return true }
      return !t[lo...hi].contains { $0.gap & Gap.comma != 0 }
    }
    for y in years where kept(y) && t[y.0].clause == clause && sameStretch(y.0) {
      if let b = best, abs(y.0 - k) >= abs(b.0 - k) { continue }
      best = y
    }
    if best == nil {
      for y in years where kept(y) && t[y.0].clause == clause {
        if let b = best, abs(y.0 - k) >= abs(b.0 - k) { continue }
        best = y
      }
    }
    // Another clause's year only from before the pattern or a bracket right after it ("annexed
    // Crimea (03/2014)"): "X has been criticized by Y; Z clashed with W in 2015" does not
    // date the criticism.
    if best == nil {
      // The nearest, the first of equals.
      for y in years where kept(y) && (y.0 < k || y.0 - k <= 5) {
        if let b = best, abs(y.0 - k) >= abs(b.0 - k) { continue }
        best = y
      }
    }
    guard let (_, y) = best else { return document }
    if y <= 0 { return (try? EntenteDate(year: document.year + y)) ?? document }
    if y == document.year { return document }
    return (try? EntenteDate(year: y)) ?? document
  }

  /// The "since" that opens the clause of the year at `i`, up to eight words back within
  /// its stretch between commas ("since the Taliban took power in 2021"), or `nil`.
  ///
  /// - Complexity: O(1) (at most eight words looked at).
  func sinceOpening(_ i: Int, _ t: [Token]) -> Int? {
    var j = i - 1
    while j >= 0, i - j <= 8 {
      if t[j].lower == since { return j }
      if t[j].gap & Gap.comma != 0 { return nil }
      j -= 1
    }
    return nil
  }

  /// The year a sentence leaves for the next one's past-tense verbs: its last, unless that
  /// one is in a "since" clause (a state's start, not the narrative's time) or modifies a
  /// noun after "the" ("under the 1951 Mutual Defense Treaty" names a thing of that year).
  ///
  /// - Complexity: O(*n*) in the sentence's tokens.
  func carried(_ t: [Token]) -> Int? {
    guard let i = t.lastIndex(where: { $0.year != 0 }) else { return nil }
    if i > 0, t[i - 1].lower == the, i + 1 < t.count, t[i + 1].gap == 0, t[i + 1].year == 0 { return nil }
    return sinceOpening(i, t) == nil ? Int(t[i].year) : nil
  }

  /// The last year of a range that starts with a written `year` in the sentence ("from 1998
  /// to 2000", "between 2014 and 2016", "1998–2000"), or `nil`.
  ///
  /// - Complexity: O(*w*) for *w* words.
  /// The other years of a list that holds `year` ("in 2008, 2010 and 2011", "in 2014 and
  /// 2022"): years joined by commas or "and" alone, never a range ("from 1998 to 2000",
  /// "between 2014 and 2022", "2020–2022"). Empty when `year` stands alone.
  ///
  /// - Complexity: O(*n*) in the sentence's tokens.
  func listedYears(with year: Int, _ t: [Token]) -> [Int] {
    guard let i = t.indices.first(where: { Int(t[$0].year) == year }) else { return [] }
    // The list's first year: back over "Y," and "Y and".
    var first = i
    while first >= 2, t[first - 1].year != 0 || t[first - 1].lower == and,
      t[first - 1].lower == and ? t[first - 2].year != 0 : t[first].gap & Gap.comma != 0
    {
      first -= t[first - 1].lower == and ? 2 : 1
    }
    if first >= 1, t[first - 1].lower == from || t[first - 1].lower == between { return [] }
    var out: [Int] = []
    var k = first
    while k < t.count, t[k].year != 0 {
      if Int(t[k].year) != year { out.append(Int(t[k].year)) }
      if k + 1 < t.count, t[k + 1].year != 0, t[k + 1].gap & Gap.comma != 0 {
        k += 1
      } else if k + 2 < t.count, t[k + 1].lower == and, t[k + 2].year != 0 {
        k += 2
      } else {
        break
      }
    }
    return out
  }

  func rangeEnd(of year: Int, _ t: [Token]) -> Int? {
    for i in t.indices where Int(t[i].year) == year {
      if i >= 1, i + 2 < t.count, t[i - 1].lower == from || t[i - 1].lower == between,
        t[i + 1].lower == to || t[i + 1].lower == and || t[i + 1].lower == until, t[i + 2].year > t[i].year
      {
        return Int(t[i + 2].year)
      }
      if i + 1 < t.count, t[i + 1].gap & Gap.joined != 0, t[i + 1].year > t[i].year { return Int(t[i + 1].year) }
    }
    return nil
  }
}
