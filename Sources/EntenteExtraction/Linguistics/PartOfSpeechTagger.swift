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

  /// The name of the model inside the `EntenteExtraction` resources.
  public static let resourceName = "tagger/perceptron.bin"

  /// A tagger with the weights in `model`.
  package init(model: PerceptronModel) { self.model = model }

  /// The tagger of the model file at `path` (as written by `entente-train-tagger`).
  ///
  /// - Throws: `EntenteError` `.fileUnreadable` when the file cannot be read,
  ///   `.invalidValue` when it is not a tagger model.
  public init(path: String) throws(EntenteError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EntenteError(.fileUnreadable, "cannot read the tagger model '\(path)'")
    }
    model = try PerceptronModel(bytes: data, file: path)
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
    var scratch: [UInt8] = []
    var hashed: [TaggerWord] = []
    hashed.reserveCapacity(words.count + 4)
    hashed.append(TaggerWord(padding: -2))
    hashed.append(TaggerWord(padding: -1))
    for w in words {
      if let h = w.utf8.withContiguousStorageIfAvailable({ TaggerWord($0, scratch: &scratch) }) {
        hashed.append(h)
      } else {
        let bytes = Array(w.utf8)
        hashed.append(bytes.withUnsafeBufferPointer { TaggerWord($0, scratch: &scratch) })
      }
    }
    return tag(padded: &hashed)
  }

  /// The tags of the words at `words` in the UTF-8 text `text` (the extraction's tokens
  /// are such byte ranges): no strings are made.
  ///
  /// - Complexity: O(*n*) for *n* words.
  public func tag(_ text: UnsafeBufferPointer<UInt8>, words: [Range<Int>]) -> [UniversalTag] {
    var scratch: [UInt8] = []
    var hashed: [TaggerWord] = []
    hashed.reserveCapacity(words.count + 4)
    hashed.append(TaggerWord(padding: -2))
    hashed.append(TaggerWord(padding: -1))
    for r in words { hashed.append(TaggerWord(UnsafeBufferPointer(rebasing: text[r]), scratch: &scratch)) }
    return tag(padded: &hashed)
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
