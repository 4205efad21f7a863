import Entente

/// Finds actor mentions in sentences: longest match first.
///
/// The gazetteer's forms are compiled into two word tries (case-folding forms and exact
/// ones such as abbreviations) over the ids of a `Lexicon`, so matching reads the
/// sentence's bytes and compares integers.
public struct ActorMatcher: Sendable {
  /// The gazetteer matched against.
  public let gazetteer: Gazetteer

  /// A compiled form: the actor by index, and for people their term.
  struct Entry: Sendable {
    let actor: Int32
    let kind: Gazetteer.FormKind
    let since: EntenteDate?
    let until: EntenteDate?
  }

  /// A mention found in a tokenized sentence.
  struct Mention {
    var actor: Int32
    var form: Gazetteer.FormKind
    var tokens: Range<Int>
    var possessive: Bool
    /// One of the two mentions a pair anaphor stands for ("both sides", "the two countries").
    var pairPart = false
  }

  /// Word ids of the case-folding and exact forms.
  private(set) var lower = Lexicon(folding: true)
  private(set) var exact = Lexicon(folding: false)
  /// Actors by index, with their kinds.
  let actors: [ActorID]
  let actorKinds: [Actor.Kind?]
  /// Trie roots by first word id (-1: none), child edges by (node, word id), entries by node.
  private var rootLower: [Int32] = []
  private var rootExact: [Int32] = []
  /// The child edges, keyed by a bijective mix of the edge (`edgeKey`), so
  /// a child step is one probe of a flat table rather than a hashed dictionary look-up.
  private var edgeTable = FeatureTable(capacity: 0)
  private var entries: [[Entry]] = []
  /// The longest form, in words.
  private let depth: Int

  /// Creates a matcher.
  public init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
    var index: [ActorID: Int32] = [:]
    var actors: [ActorID] = []
    func actorIndex(_ a: ActorID) -> Int32 {
      if let i = index[a] { return i }
      index[a] = Int32(actors.count)
      actors.append(a)
      return Int32(actors.count - 1)
    }
    var roots: [Int64: Int32] = [:]  // (exact, word id) → node
    var depth = 1
    var edges: [Int64: Int32] = [:]  // (node, word id) → child, while building
    // Sorted, so ids and nodes are the same from run to run. Places are entries with actor
    // -1: they end a match and yield nothing.
    let place = [Gazetteer.Form(actor: ActorID(""), kind: .name, since: nil, until: nil)]
    let all =
      gazetteer.forms.map { ($0.key, $0.value) }
      + gazetteer.places.filter { gazetteer.forms[$0] == nil }.map { ($0, place) }
    for (key, forms) in all.sorted(by: { $0.0 < $1.0 }) {
      let isExact = key.hasPrefix("=")
      // A possessive inside a name ("People's Republic of China") is split off as the
      // sentence tokenizer splits it, so the name's word is the bare one.
      let words = (isExact ? key.dropFirst() : Substring(key)).split(separator: " ").map {
        ($0.count > 4 && ($0.hasSuffix("'s") || $0.hasSuffix("’s"))) ? String($0.dropLast(2)) : String($0)
      }
      guard !words.isEmpty else { continue }
      depth = max(depth, words.count)
      var node: Int32 = -1
      for (k, w) in words.enumerated() {
        let id = isExact ? exact.intern(w) : lower.intern(w)
        if k == 0 {
          let key = Int64(id) | (isExact ? 1 << 40 : 0)
          if let r = roots[key] {
            node = r
          } else {
            entries.append([])
            node = Int32(entries.count - 1)
            roots[key] = node
          }
        } else {
          let edge = Self.edge(node, id)
          if let child = edges[edge] {
            node = child
          } else {
            entries.append([])
            let child = Int32(entries.count - 1)
            edges[edge] = child
            node = child
          }
        }
      }
      entries[Int(node)] += forms.map {
        Entry(
          actor: $0.actor.rawValue.isEmpty ? -1 : actorIndex($0.actor), kind: $0.kind, since: $0.since, until: $0.until)
      }
    }
    rootLower = [Int32](repeating: -1, count: lower.count)
    rootExact = [Int32](repeating: -1, count: exact.count)
    for (key, node) in roots {
      if key >> 40 == 1 { rootExact[Int(key & 0xFFFF_FFFF)] = node } else { rootLower[Int(key)] = node }
    }
    self.actors = actors
    self.actorKinds = actors.map { gazetteer.kinds[$0] }
    self.depth = depth
    var table = FeatureTable(capacity: edges.count)
    for (edge, child) in edges.sorted(by: { $0.key < $1.key }) {
      table.insert(Self.edgeKey(edge), UInt32(bitPattern: child))
    }
    edgeTable = table
  }

  /// An edge's key in `edgeTable`: SplitMix64's finalizer, a bijection, so two edges
  /// never share a key.
  @inline(__always) static func edgeKey(_ edge: Int64) -> UInt64 { TaggerHash.mix(UInt64(bitPattern: edge), 0) }

  @inline(__always) static func edge(_ node: Int32, _ word: Int32) -> Int64 {
    Int64(node) << 32 | Int64(UInt32(bitPattern: word))
  }

  /// A word of a sentence with its scalar range.
  public struct Word: Sendable, Hashable {
    /// The text, without a possessive ending.
    public let text: String
    /// Where it is in the sentence.
    public let characters: Range<Int>
    /// Whether it ended in `'s` or `’s`.
    public let possessive: Bool
  }

  /// The words of a sentence: runs of letters, digits, `.` and apostrophes; a trailing
  /// period is dropped unless the word is an initialism (`U.S.`); `'s` is split off as a
  /// possessive.
  ///
  /// - Complexity: O(*n*) in the text's length.
  public static func words(_ text: String) -> [Word] {
    var text = text
    return text.withUTF8 { p in
      var s = TokenizedSentence()
      s.scan(p, 0..<p.count, lower: Lexicon(folding: true), exact: Lexicon(folding: false))
      return s.tokens.map {
        Word(
          text: String(decoding: UnsafeBufferPointer(rebasing: p[$0.bytes]), as: UTF8.self), characters: $0.characters,
          possessive: $0.possessive)
      }
    }
  }

  /// The mentions in a sentence, left to right, longest match first; people count only
  /// while in office at `date` (or always when `date` is nil).
  ///
  /// - Complexity: O(*n* + *w*·*k*) for *n* bytes, *w* words and forms of at most *k* words.
  public func mentions(in text: String, at date: EntenteDate? = nil) -> [ActorMention] {
    var text = text
    return text.withUTF8 { p in
      var s = TokenizedSentence()
      s.scan(p, 0..<p.count, lower: lower, exact: exact)
      var found: [Mention] = []
      mentions(s.tokens, at: date, into: &found)
      return found.map { m in
        ActorMention(
          actor: actors[Int(m.actor)], form: m.form,
          characters: s.tokens[m.tokens.lowerBound].characters
            .lowerBound..<s.tokens[m.tokens.upperBound - 1].characters.upperBound,
          words: m.tokens, possessive: m.possessive)
      }
    }
  }

  /// The mentions among tokens scanned with this matcher's lexicons (or extensions of
  /// them), appended to `out`.
  func mentions(_ t: [Token], at date: EntenteDate?, into out: inout [Mention]) {
    var i = 0
    let cased = t.contains { $0.capital }
    while i < t.count {
      let first = (exact: root(rootExact, t[i].exact), lower: root(rootLower, t[i].lower))
      if first.exact < 0 && first.lower < 0 {
        i += 1
        continue
      }
      let matched = withUnsafeTemporaryAllocation(of: (exact: Int32, lower: Int32).self, capacity: depth) {
        path -> Int in
        var node = first
        var n = 0
        while node.exact >= 0 || node.lower >= 0 {
          path[n] = node
          n += 1
          // A possessive ends a mention unless a longer name goes on through it ("the
          // People's Republic of China", "the Democratic People's Republic of Korea": the
          // trie has a child only for such names, and the longest match wins).
          let k = i + n
          guard n < depth, k < t.count else { break }
          node = (child(node.exact, t[k].exact), child(node.lower, t[k].lower))
        }
        for length in stride(from: n, through: 1, by: -1) {
          let (x, l) = path[length - 1]
          guard let e = entry(x, date) ?? entry(l, date) else { continue }
          // A place ("South China Sea") is read whole and names nothing.
          guard e.actor >= 0 else { return length }
          // A name of several words written with no capital, in a sentence that has
          // capitals, is common words ("a group of eight Russian individuals" is no G8).
          if e.kind == .name, length > 1, cased, !t[i..<(i + length)].contains(where: { $0.capital }) { continue }
          out.append(
            Mention(actor: e.actor, form: e.kind, tokens: i..<(i + length), possessive: t[i + length - 1].possessive))
          return length
        }
        return 0
      }
      i += max(matched, 1)
    }
  }

  @inline(__always) private func root(_ r: [Int32], _ id: Int32) -> Int32 {
    id > 0 && Int(id) < r.count ? r[Int(id)] : -1
  }

  @inline(__always) private func child(_ node: Int32, _ id: Int32) -> Int32 {
    guard node >= 0 && id > 0 else { return -1 }
    let v = edgeTable.value(Self.edgeKey(Self.edge(node, id)))
    return v == FeatureTable.absent ? -1 : Int32(bitPattern: v)
  }

  /// The first entry of a node that speaks at `date`.
  private func entry(_ node: Int32, _ date: EntenteDate?) -> Entry? {
    guard node >= 0 else { return nil }
    for e in entries[Int(node)] {
      guard e.kind == .person, let date else { return e }
      if speaks(e, at: date) { return e }
    }
    return nil
  }

  func speaks(_ f: Entry, at date: EntenteDate) -> Bool {
    (f.since.map { $0.startDay < date.endDay } ?? true) && (f.until.map { $0.startDay > date.startDay } ?? true)
  }
}
