/// Years written relative to the last year a narrative named.
///
/// "The following year", "the next year", "the year after", "a year later", "two years
/// later" are that year plus one (or two); "later that year", "that same year", "the same
/// year" are that year; "the previous year", "the prior year", "the year before", "a year
/// earlier", "two years earlier" are that year minus one (or two).
///
/// The year counted from is the nearest written year before the phrase in its sentence,
/// else the last year the document wrote before the sentence (`RelationExtractor` keeps
/// it); with neither, the phrase dates nothing here ("the previous year" then counts back
/// from the document's year, `TimeResolver`). "Next year" and "last year" without an
/// article look from the document's date, not from the narrative, and are left alone.
struct RelativeYears: Sendable {
  let the: Int32, a: Int32, following: Int32, next: Int32, after: Int32, later: Int32, same: Int32, that: Int32,
    year: Int32, previous: Int32, prior: Int32, before: Int32, earlier: Int32
  /// `year`, `years`.
  let years: WordSet
  /// Number words and their values ("a" and "one" are 1, up to "ten").
  let numbers: [Int32: Int]

  /// Interns the phrase words; the number words and `year`/`years` come from `words`.
  init(_ l: inout Lexicon, words: PrecisionWords) {
    the = l.intern("the")
    a = l.intern("a")
    following = l.intern("following")
    next = l.intern("next")
    after = l.intern("after")
    later = l.intern("later")
    same = l.intern("same")
    that = l.intern("that")
    year = l.intern("year")
    previous = l.intern("previous")
    prior = l.intern("prior")
    before = l.intern("before")
    earlier = l.intern("earlier")
    years = words.years
    numbers = words.numbers
  }

  /// Adds the sentence's relative years, as absolute (token, year) pairs, to `out`.
  ///
  /// - Parameters:
  ///   - t: the sentence's tokens.
  ///   - base: the last year the document wrote before the sentence, if any.
  ///   - out: the sentence's years (`TimeResolver.years`), extended in place.
  /// - Complexity: O(*w*) for *w* words.
  func add(_ t: [Token], base: Int?, into out: inout [(Int, Int)]) {
    var last = base
    for i in t.indices {
      if t[i].year != 0 {
        last = Int(t[i].year)
        continue
      }
      // Only a phrase's last word asks `offset` (every other word would return nil there).
      let w = t[i].lower
      guard last != nil, w == year || w == before || w == earlier || w == after || w == later else { continue }
      guard let from = last, let offset = offset(at: i, t) else { continue }
      // The narrative's year replaces `TimeResolver`'s count back from the document's year.
      out.removeAll { $0.0 == i && $0.1 <= 0 }
      out.append((i, from + offset))
    }
  }

  /// The offset a relative phrase ending at token `i` gives, or nil.
  private func offset(at i: Int, _ t: [Token]) -> Int? {
    let w = t[i].lower
    // "the following year", "the next year", "the same year", "that same year", "later that year".
    if w == year, i >= 1 {
      let before = t[i - 1].lower
      if before == following || before == next { return i >= 2 && t[i - 2].lower == the ? 1 : nil }
      if before == same { return i >= 2 && (t[i - 2].lower == the || t[i - 2].lower == that) ? 0 : nil }
      if before == that, i >= 2, t[i - 2].lower == later { return 0 }
      if before == previous || before == prior { return i >= 2 && t[i - 2].lower == the ? -1 : nil }
      return nil
    }
    // "the year before" (not "the year before the war"), "a year earlier", "two years earlier",
    // "three years before".
    if w == before, i >= 2, t[i - 1].lower == year, t[i - 2].lower == the {
      return i + 1 >= t.count || t[i + 1].gap & Gap.comma != 0 ? -1 : nil
    }
    if w == earlier || w == before, i >= 2, years.contains(t[i - 1].lower), let n = numbers[t[i - 2].lower] {
      return w == before && i + 1 < t.count && t[i + 1].gap & Gap.comma == 0 ? nil : -n
    }
    // "the year after" (not "the year after the war" : a noun phrase follows), "a year later",
    // "two years later".
    if w == after, i >= 2, t[i - 1].lower == year, t[i - 2].lower == the {
      return i + 1 >= t.count || t[i + 1].gap & Gap.comma != 0 ? 1 : nil
    }
    if w == later, i >= 2, years.contains(t[i - 1].lower), let n = numbers[t[i - 2].lower] { return n }
    return nil
  }
}
