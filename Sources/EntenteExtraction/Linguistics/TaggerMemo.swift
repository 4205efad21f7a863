import Synchronization

/// The tagger's scores that do not depend on the tags already assigned, kept per word
/// form across the sentences of one document, so that tagging a word costs five feature
/// look-ups instead of twenty-five.
///
/// Of a position's 25 features (`TaggerFeatures`), 17 read one word only: the bias and
/// the word's own forms (9), and what a neighbour contributes as the word before (3), two
/// before (1), after (3) and two after (1). Their weights are summed once per word form
/// into five score vectors; the three that read only the previous tags come from a table
/// of every tag pair (`PartOfSpeechTagger.transitions`). Sums of the same weights in
/// another order are the same integers, so the tags are exactly those of the plain path.
///
/// A memo is a working buffer of one task at a time (`TaggerMemoPool` hands them out):
/// it is `@unchecked Sendable` only so that a pool may keep it between tasks. Being one
/// task's, its buffers skip the runtime's exclusivity checks (`@exclusivity(unchecked)`),
/// which the tagger paid on every word.
final class TaggerMemo: @unchecked Sendable {
  /// Scores per vector: one per tag.
  static let width = UniversalTag.allCases.count
  /// Vectors per word form: itself, as the word before, two before, after, two after.
  static let vectors = 5
  /// `Int32`s per word form.
  static let stride = width * vectors
  /// Word forms kept before the memo starts afresh (about 6 MB of scores).
  static let limit = 1 << 14
  /// The dictionary tag of a form the dictionary lacks.
  static let noTag: UInt8 = .max

  /// Open addressing over the forms' `exact` hashes: form index + 1 (0: empty slot).
  @exclusivity(unchecked) private var slots = [Int32](repeating: 0, count: 1 << 12)
  /// The forms, by index.
  @exclusivity(unchecked) private(set) var forms: [TaggerWord] = []
  /// Their dictionary tags (`noTag`: none).
  @exclusivity(unchecked) private(set) var dictionaryTags: [UInt8] = []
  /// Their score vectors, `stride` per form.
  @exclusivity(unchecked) private(set) var scores: [Int32] = []
  @exclusivity(unchecked) var words: [TaggerWord] = []
  @exclusivity(unchecked) var entries: [Int32] = []
  /// The current sentence's tags so far (`PartOfSpeechTagger.advance`), and the last two
  /// tags' raw values, the history the next word's features read.
  @exclusivity(unchecked) var tags: [UniversalTag] = []
  var previous: (UInt8, UInt8) = (0, 0)
  /// The current sentence's number of words (`words` may hold only the first ones yet).
  var sentenceLength = 0

  init() {}

  /// Empties the memo when `room` more forms might not fit under `limit`.
  func prepare(room: Int) {
    guard forms.count + room > Self.limit else { return }
    forms.removeAll(keepingCapacity: true)
    dictionaryTags.removeAll(keepingCapacity: true)
    scores.removeAll(keepingCapacity: true)
    slots = [Int32](repeating: 0, count: 1 << 12)
  }

  /// The index of the form `w`, its scores computed with `model` when it is new.
  ///
  /// - Complexity: O(1) expected; a new form costs 17 look-ups in the model.
  func entry(_ w: TaggerWord, _ model: PerceptronModel) -> Int32 {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: w.exact) & mask
    while true {
      let s = slots[slot]
      if s == 0 { break }
      if forms[Int(s - 1)] == w { return s - 1 }
      slot = (slot + 1) & mask
    }
    let id = Int32(forms.count)
    forms.append(w)
    dictionaryTags.append(model.dictionaryTag(w.exact) ?? Self.noTag)
    let base = scores.count
    scores.append(contentsOf: repeatElement(0, count: Self.stride))
    scores.withUnsafeMutableBufferPointer { s in
      guard let p = s.baseAddress else { return }
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.ownCount) { keys in
        guard let k = keys.baseAddress else { return }
        TaggerFeatures.own(w, into: k)
        for j in 0..<TaggerFeatures.ownCount { model.accumulate(k[j], into: p + base) }
        TaggerFeatures.asPrevious(w, into: k)
        for j in 0..<3 { model.accumulate(k[j], into: p + base + Self.width) }
        model.accumulate(TaggerFeatures.asSecondPrevious(w), into: p + base + 2 * Self.width)
        TaggerFeatures.asNext(w, into: k)
        for j in 0..<3 { model.accumulate(k[j], into: p + base + 3 * Self.width) }
        model.accumulate(TaggerFeatures.asSecondNext(w), into: p + base + 4 * Self.width)
      }
    }
    if forms.count * 2 > slots.count {
      slots = [Int32](repeating: 0, count: slots.count * 2)
      let mask = slots.count - 1
      for (i, f) in forms.enumerated() {
        var s = Int(truncatingIfNeeded: f.exact) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(i + 1)
      }
    } else {
      slots[slot] = id + 1
    }
    return id
  }
}

/// Memos handed to one task at a time, so that a run of documents keeps its word forms'
/// scores from one document to the next (a 20 KB document repeats most of its words
/// from the ones before, not from itself).
final class TaggerMemoPool: Sendable {
  private let free = Mutex<[TaggerMemo]>([])
  /// Memos kept at most (one per task that extracts at the same time).
  static let kept = 8

  init() {}

  /// A memo no other task holds: a kept one, else a new one.
  func take() -> TaggerMemo { free.withLock { $0.popLast() } ?? TaggerMemo() }

  /// Gives `memo` back for the next document.
  func give(_ memo: TaggerMemo) {
    free.withLock { if $0.count < Self.kept { $0.append(memo) } }
  }
}
