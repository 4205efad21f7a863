/// The actors a plural pronoun takes back as one group.
///
/// "Mali, Niger and Chad ... their withdrawal" is the withdrawal of all three, not of Chad
/// alone.
///
/// Rule: a coordination of two or more actor mentions ("A, B and C", "A and B"), joined
/// only by commas, "and", "or" and "the", and closed by "and"/"or", is a group; `they`,
/// `them` and `their` whose antecedent (by `Coreference`'s rule) is the group's last member
/// in their own sentence, or the previous sentence's topic when that topic opens a group,
/// take every member.
struct CoordinatedGroup: Sendable {
  let and: Int32, or: Int32, the: Int32

  init(_ lexicon: inout Lexicon) {
    and = lexicon.intern("and")
    or = lexicon.intern("or")
    the = lexicon.intern("the")
  }

  /// Whether mention `a` and the next mention `b` are joined by nothing but a comma,
  /// "and", "or" or "the"; `closing` is set when an "and"/"or" joins them.
  func linked(_ a: ActorMatcher.Mention, _ b: ActorMatcher.Mention, _ t: [Token]) -> (Bool, closing: Bool) {
    let from = a.tokens.upperBound
    let to = b.tokens.lowerBound
    guard !a.tokens.isEmpty, !b.tokens.isEmpty, from <= to, to - from <= 2 else { return (false, false) }
    if from == to { return (to < t.count && t[to].gap & Gap.comma != 0, false) }
    var closing = false
    for w in t[from..<to] {
      if w.lower == and || w.lower == or {
        closing = true
      } else if w.lower != the {
        return (false, false)
      }
    }
    return (closing, closing)
  }

  /// The members of the group that ends with mention `last` (in token order), or `[]` when
  /// `last` ends no closed coordination.
  ///
  /// - Complexity: O(*g*) for a group of *g* members.
  func ending(at last: Int, _ mentions: [ActorMatcher.Mention], _ t: [Token]) -> [Int32] {
    guard last > 0 else { return [] }
    let (joined, closing) = linked(mentions[last - 1], mentions[last], t)
    guard joined, closing else { return [] }
    var first = last - 1
    while first > 0, linked(mentions[first - 1], mentions[first], t).0, last - first < RelationExtractor.maximumChain {
      first -= 1
    }
    var out: [Int32] = []
    for m in first...last where !out.contains(mentions[m].actor) { out.append(mentions[m].actor) }
    return out.count >= 2 ? out : []
  }

  /// The members of the group that starts with mention `first`, or `[]`.
  func starting(at first: Int, _ mentions: [ActorMatcher.Mention], _ t: [Token]) -> [Int32] {
    var last = first
    var closedAt = -1
    while last + 1 < mentions.count, last - first < RelationExtractor.maximumChain {
      let (joined, closing) = linked(mentions[last], mentions[last + 1], t)
      guard joined else { break }
      last += 1
      if closing {
        closedAt = last
        break
      }
    }
    guard closedAt > first else { return [] }
    var out: [Int32] = []
    for m in first...closedAt where !out.contains(mentions[m].actor) { out.append(mentions[m].actor) }
    return out.count >= 2 ? out : []
  }
}
