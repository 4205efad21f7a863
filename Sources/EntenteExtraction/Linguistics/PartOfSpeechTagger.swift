import Entente
import Foundation

/// Tags the words of a sentence with their Universal Dependencies part of speech: a
/// greedy averaged perceptron (Collins 2002) trained on the UD English Web Treebank
/// (`Guides/Tagger.md` gives the command, the features and its accuracy).
///
///     let tagger = try PartOfSpeechTagger.standard()
///     tagger.tag(["Brazil", "sold", "tanks", "to", "Peru", "in", "May"])
///     // [.properNoun, .verb, .noun, .adposition, .properNoun, .adposition, .properNoun]
///
/// **Input.** The words of one sentence, in order. The tagger was trained on two views
/// of every treebank sentence, so either works:
/// - Universal Dependencies tokens: punctuation as words of its own, clitics split
///   ("did", "n't"; "Russia", "'s"), hyphens as words ("Iran", "-", "backed");
/// - the extraction's words (`TokenizedSentence`): no punctuation, contractions whole
///   ("didn't", tagged as their verb), a possessive `'s` removed ("Russia"), hyphenated
///   words split ("Iran", "backed").
/// Keep words as written: capitals carry much of the evidence ("May" the month is a
/// proper noun, "may" an auxiliary). Curly apostrophes read as straight ones.
///
/// A tagger is a value: share it between tasks freely.
public struct PartOfSpeechTagger: Sendable {
  let model: PerceptronModel
  /// The summed scores of the three features that read only the two previous tags, per
  /// pair (`previous * historyTags + previous2`), for `TaggerMemo`'s path.
  let transitions: [Int32]
  /// Tag numbers a previous tag may have: the tags and the two start tags.
  static let historyTags = Int(TaggerFeatures.startTag2) + 1

  /// The name of the model inside the `EntenteExtraction` resources.
  public static let resourceName = "tagger/perceptron.bin"

  /// A tagger with the weights in `model`.
  package init(model: PerceptronModel) {
    self.model = model
    transitions = Self.transitions(model)
  }

  /// The scores of the tag-pair features for every pair of previous tags.
  ///
  /// - Complexity: O(*h*²) for *h* `historyTags`.
  static func transitions(_ model: PerceptronModel) -> [Int32] {
    let width = UniversalTag.allCases.count
    var out = [Int32](repeating: 0, count: historyTags * historyTags * width)
    out.withUnsafeMutableBufferPointer { o in
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3) { keys in
        guard let base = o.baseAddress, let k = keys.baseAddress else { return }
        for p1 in 0..<historyTags {
          for p2 in 0..<historyTags {
            TaggerFeatures.history(previous: UInt8(p1), previous2: UInt8(p2), into: k)
            for j in 0..<3 { model.accumulate(k[j], into: base + (p1 * historyTags + p2) * width) }
          }
        }
      }
    }
    return out
  }

  /// The tagger of the model file at `path` (as written by `entente-train-tagger`).
  ///
  /// - Throws: `EntenteError` `.fileUnreadable` when the file cannot be read,
  ///   `.invalidValue` when it is not a tagger model.
  public init(path: String) throws(EntenteError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EntenteError(.fileUnreadable, "cannot read the tagger model '\(path)'")
    }
    self.init(model: try PerceptronModel(bytes: data, file: path))
  }

  /// The tagger shipped with the package, loaded once per process.
  ///
  /// - Throws: `EntenteError` `.resourceMissing` when the model is not beside the
  ///   executable (set `ENTENTE_RESOURCES` to a folder holding `tagger/perceptron.bin`).
  public static func standard() throws(EntenteError) -> PartOfSpeechTagger { try shipped.get() }

  private static let shipped: Result<PartOfSpeechTagger, EntenteError> = {
    guard let path = ResourceLocator.path(of: resourceName, module: "EntenteExtraction") else {
      return .failure(
        EntenteError(
          .resourceMissing,
          "the tagger model (\(resourceName)) was not found beside the executable; keep the Entente_EntenteExtraction.resources "
            + "folder next to it, or set ENTENTE_RESOURCES to a folder holding \(resourceName)"))
    }
    do throws(EntenteError) { return .success(try PartOfSpeechTagger(path: path)) } catch { return .failure(error) }
  }()

  /// The tags of `words`, one per word.
  ///
  /// - Complexity: O(*n*) for *n* words.
  public func tag<S: StringProtocol>(_ words: [S]) -> [UniversalTag] {
    var hashed: [TaggerWord] = []
    hashed.reserveCapacity(words.count + 4)
    hashed.append(TaggerWord(padding: -2))
    hashed.append(TaggerWord(padding: -1))
    for w in words {
      if let h = w.utf8.withContiguousStorageIfAvailable({ TaggerWord($0) }) {
        hashed.append(h)
      } else {
        let bytes = Array(w.utf8)
        hashed.append(bytes.withUnsafeBufferPointer { TaggerWord($0) })
      }
    }
    return tag(padded: &hashed)
  }

  /// The tags of the words at `words` in the UTF-8 text `text` (the extraction's tokens
  /// are such byte ranges): no strings are made.
  ///
  /// - Complexity: O(*n*) for *n* words.
  public func tag(_ text: UnsafeBufferPointer<UInt8>, words: [Range<Int>]) -> [UniversalTag] {
    var hashed: [TaggerWord] = []
    hashed.reserveCapacity(words.count + 4)
    hashed.append(TaggerWord(padding: -2))
    hashed.append(TaggerWord(padding: -1))
    for r in words { hashed.append(TaggerWord(UnsafeBufferPointer(rebasing: text[r]))) }
    return tag(padded: &hashed)
  }

  /// The tags of the words at `words` in `text`, as `tag(_:words:)` gives them, with the
  /// context-free scores of each word form kept in `memo` for the next sentences.
  ///
  /// - Complexity: O(*n*) for *n* words: five model look-ups per word not in the tag
  ///   dictionary, seventeen more per word form the memo has not seen.
  func tag(_ text: UnsafeBufferPointer<UInt8>, words: [Range<Int>], memo: TaggerMemo) -> [UniversalTag] {
    begin(words.count, memo: memo)
    advance(text, words: words, through: words.count - 1, memo: memo)
    return memo.tags
  }

  /// The tag of word `k` of a sentence, tagging it left to right only as far as `k`
  /// (words already tagged are kept in `memo`): the tag is the one the whole sentence's
  /// tagging gives, for a word's tag reads only the two words after it and the tags before.
  ///
  /// - Parameters:
  ///   - text: the document's UTF-8 bytes.
  ///   - words: the sentence's words as byte ranges of `text`.
  ///   - k: the word asked for.
  ///   - first: whether this is the sentence's first question (the memo starts it afresh).
  ///   - memo: the working memo, holding this sentence between questions.
  /// - Returns: the tag of word `k`.
  /// - Complexity: O(*k*) over all questions up to word `k`: words are hashed and tagged
  ///   once, as far as the questions reach (two words further for hashing).
  func tag<W: RandomAccessCollection>(
    _ text: UnsafeBufferPointer<UInt8>, words: W, at k: Int, first: Bool, memo: TaggerMemo
  ) -> UniversalTag where W.Element == Range<Int> {
    if first { begin(words.count, memo: memo) }
    advance(text, words: words, through: k, memo: memo)
    return memo.tags[k]
  }

  /// Starts a sentence of `count` words in `memo`: forgets the words and tags of the
  /// sentence before and puts the two padding words before the first.
  ///
  /// - Complexity: O(1).
  func begin(_ count: Int, memo: TaggerMemo) {
    memo.prepare(room: count + 4)
    memo.words.removeAll(keepingCapacity: true)
    memo.entries.removeAll(keepingCapacity: true)
    memo.tags.removeAll(keepingCapacity: true)
    memo.sentenceLength = count
    memo.previous = (TaggerFeatures.startTag, TaggerFeatures.startTag2)
    append(TaggerWord(padding: -2), to: memo)
    append(TaggerWord(padding: -1), to: memo)
  }

  /// Hashes the memo's sentence on from its last hashed word through the words tagging
  /// word `k` reads (two after it; the two padding words after the last), with their memo
  /// entries, in word order.
  ///
  /// - Complexity: O(*k*) for the words not yet hashed.
  func hashWords<W: RandomAccessCollection>(
    _ text: UnsafeBufferPointer<UInt8>, words: W, through k: Int, memo: TaggerMemo
  ) where W.Element == Range<Int> {
    let n = memo.sentenceLength
    // memo.words holds the two padding words, then the words hashed so far.
    while memo.words.count - 2 < min(k + 3, n) {
      let r = words[words.index(words.startIndex, offsetBy: memo.words.count - 2)]
      append(TaggerWord(UnsafeBufferPointer(rebasing: text[r])), to: memo)
    }
    if k + 3 >= n, memo.words.count == n + 2 {
      append(TaggerWord(padding: 1), to: memo)
      append(TaggerWord(padding: 2), to: memo)
    }
  }

  /// Appends word `w` and its memo entry to the memo's sentence.
  @inline(__always) private func append(_ w: TaggerWord, to memo: TaggerMemo) {
    memo.words.append(w)
    memo.entries.append(memo.entry(w, model))
  }

  /// Tags the memo's sentence on from its last tagged word through word `k` (at most its
  /// last word), greedily left to right, hashing the words that needs first.
  ///
  /// - Complexity: O(*k*) for the words not yet tagged.
  func advance<W: RandomAccessCollection>(
    _ text: UnsafeBufferPointer<UInt8>, words: W, through k: Int, memo: TaggerMemo
  ) where W.Element == Range<Int> {
    let last = min(k, memo.sentenceLength - 1)
    guard memo.tags.count <= last else { return }
    hashWords(text, words: words, through: last, memo: memo)
    let width = TaggerMemo.width
    let stride = TaggerMemo.stride
    let history = Self.historyTags
    // Moved out so that appending does not copy the buffer.
    var tags: [UniversalTag] = []
    swap(&tags, &memo.tags)
    var (p1, p2) = memo.previous
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 5) { features in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: width) { scores in
        memo.words.withUnsafeBufferPointer { hashed in
          memo.entries.withUnsafeBufferPointer { e in
            memo.scores.withUnsafeBufferPointer { v in
              transitions.withUnsafeBufferPointer { pairs in
                memo.dictionaryTags.withUnsafeBufferPointer { dictionary in
                  guard let f = features.baseAddress, let s = scores.baseAddress else { return }
                  for i in tags.count...last {
                    var t = dictionary[Int(e[i + 2])]
                    if t == TaggerMemo.noTag {
                      let own = Int(e[i + 2]) * stride
                      let l1 = Int(e[i + 1]) * stride + width
                      let l2 = Int(e[i]) * stride + 2 * width
                      let r1 = Int(e[i + 3]) * stride + 3 * width
                      let r2 = Int(e[i + 4]) * stride + 4 * width
                      let h = (Int(p1) * history + Int(p2)) * width
                      for k in 0..<width {
                        s[k] = v[own + k] &+ v[l1 + k] &+ v[l2 + k] &+ v[r1 + k] &+ v[r2 + k] &+ pairs[h + k]
                      }
                      TaggerFeatures.joint(
                        hashed[i + 2], previousWord: hashed[i + 1], nextWord: hashed[i + 3], previous: p1, into: f)
                      for j in 0..<5 { model.accumulate(f[j], into: s) }
                      var best = 0
                      for k in 1..<width where s[k] > s[best] { best = k }
                      t = UInt8(best)
                    }
                    tags.append(UniversalTag(rawValue: t) ?? .other)
                    p2 = p1
                    p1 = t
                  }
                }
              }
            }
          }
        }
      }
    }
    memo.previous = (p1, p2)
    swap(&tags, &memo.tags)
  }

  /// Tags words already hashed, `hashed` holding two padding words before them (two are
  /// appended after).
  package func tag(padded hashed: inout [TaggerWord]) -> [UniversalTag] {
    let n = hashed.count - 2
    hashed.append(TaggerWord(padding: 1))
    hashed.append(TaggerWord(padding: 2))
    var tags: [UniversalTag] = []
    tags.reserveCapacity(n)
    var p1 = TaggerFeatures.startTag
    var p2 = TaggerFeatures.startTag2
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.count) { features in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: UniversalTag.allCases.count) { scores in
        hashed.withUnsafeBufferPointer { words in
          guard let f = features.baseAddress, let s = scores.baseAddress else { return }
          for i in 0..<n {
            let t: UInt8
            if let known = model.dictionaryTag(words[i + 2].exact) {
              t = known
            } else {
              TaggerFeatures.extract(words, i, previous: p1, previous2: p2, into: f)
              t = model.best(f, TaggerFeatures.count, scores: s)
            }
            tags.append(UniversalTag(rawValue: t) ?? .other)
            p2 = p1
            p1 = t
          }
        }
      }
    }
    return tags
  }
}
