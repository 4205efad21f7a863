import Entente
import Foundation

/// Parses a tagged, lemmatized sentence into a Universal Dependencies tree: a greedy
/// arc-hybrid transition parser with averaged-perceptron classifiers, trained on the UD
/// English Web Treebank (`Guides/Parser.md` gives the command, the features and its
/// accuracy).
///
/// **API** (stable; the extraction pipeline builds its roles on it):
///
///     let parser = try DependencyParser.standard()        // loads the model on first use
///     let parse = parser.parse(words: words, tags: tags, lemmas: lemmas)
///     parse.heads   // [Int32]: head word of each word, -1 for the root
///     parse.labels  // [String]: "nsubj", "nsubj:pass", "obj", "obl:agent", "nmod:poss", ...
///
/// `tags` come from `PartOfSpeechTagger.tag(_:)` and `lemmas` from
/// `Lemmatizer.lemma(of:tag:)`, one per word. Both inputs of the tagger work here too:
/// Universal Dependencies tokens (punctuation as words, "Russia" "'s", "did" "n't") and
/// the extraction's words (no punctuation, contractions whole, possessive `'s` removed,
/// hyphenated words split); the parser was trained on both views of the treebank. The
/// treebank's tokens parse a little better (the possessive `'s` and punctuation are
/// evidence).
///
/// A parser is a value: share it between tasks freely.
public struct DependencyParser: Sendable {
  let model: ParserModel
  private let rootLabel: Int

  /// The name of the model inside the `EntenteExtraction` resources.
  public static let resourceName = "tagger/parser.bin"

  /// A parser with the weights in `model`.
  package init(model: ParserModel) {
    self.model = model
    rootLabel = model.labels.firstIndex(of: "root") ?? 0
  }

  /// The parser of the model file at `path` (as written by `entente-train-tagger --parser`).
  ///
  /// - Throws: `EntenteError` `.fileUnreadable` when the file cannot be read,
  ///   `.invalidValue` when it is not a parser model.
  public init(path: String) throws(EntenteError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EntenteError(.fileUnreadable, "cannot read the parser model '\(path)'")
    }
    self.init(model: try ParserModel(bytes: data, file: path))
  }

  /// The parser shipped with the package, loaded on the first call and then kept for the
  /// process.
  ///
  /// - Throws: `EntenteError` `.resourceMissing` when the model is not beside the
  ///   executable (set `ENTENTE_RESOURCES` to a folder holding `tagger/parser.bin`).
  public static func standard() throws(EntenteError) -> DependencyParser { try shipped.get() }

  private static let shipped: Result<DependencyParser, EntenteError> = {
    guard let path = ResourceLocator.path(of: resourceName, module: "EntenteExtraction") else {
      return .failure(
        EntenteError(
          .resourceMissing,
          "the parser model (\(resourceName)) was not found beside the executable; keep the Entente_EntenteExtraction.resources "
            + "folder next to it, or set ENTENTE_RESOURCES to a folder holding \(resourceName)"))
    }
    do throws(EntenteError) { return .success(try DependencyParser(path: path)) } catch { return .failure(error) }
  }()

  /// The relations the parser can give, by number.
  public var labels: [String] { model.labels }

  /// The dependency tree of one sentence.
  ///
  /// - Parameters:
  ///   - words: the sentence's words, in order.
  ///   - tags: their parts of speech, one per word (missing ones read as `X`).
  ///   - lemmas: their lemmas, one per word (missing ones read as the word).
  /// - Returns: one head and one relation per word; exactly one word is the root.
  /// - Complexity: O(*n*) for *n* words (2*n* transitions of constant work each).
  public func parse<W: StringProtocol, L: StringProtocol>(words: [W], tags: [UniversalTag], lemmas: [L])
    -> DependencyParse
  {
    var tokens: [ParserToken] = []
    tokens.reserveCapacity(words.count + 2)
    for i in words.indices {
      let tag = i < tags.count ? tags[i] : .other
      if i < lemmas.count {
        tokens.append(ParserToken(word: words[i], lemma: lemmas[i], tag: tag))
      } else {
        tokens.append(ParserToken(word: words[i], lemma: words[i], tag: tag))
      }
    }
    return parse(tokens: tokens)
  }

  /// The tree of a sentence already made into tokens (without the root and "no word").
  ///
  /// - Complexity: O(*n*) for *n* words.
  package func parse(tokens sentence: [ParserToken]) -> DependencyParse {
    let n = sentence.count
    var tokens = sentence
    tokens.append(.root)
    tokens.append(.none)
    var c = ParserConfiguration(count: n)
    let labelCount = model.labels.count
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.transitionCount) { features in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(labelCount, 3)) { scores in
        tokens.withUnsafeBufferPointer { t in
          guard let f = features.baseAddress, let s = scores.baseAddress else { return }
          while !c.isTerminal {
            ParserFeatures.transition(c, t, into: f)
            model.transitions.score(f, ParserFeatures.transitionCount, into: s)
            var best: ParserTransition?
            for move in ParserTransition.allCases where c.isLegal(move) {
              if let b = best, s[b.rawValue] >= s[move.rawValue] { continue }
              best = move
            }
            guard let move = best else { break }
            var label = -1
            if let (head, dependent) = c.arc(move) {
              label = bestLabel(c, t, head: head, dependent: dependent, features: f, scores: s)
            }
            c.apply(move, label: label)
          }
        }
      }
    }
    return DependencyParse(
      heads: (0..<n).map { c.heads[$0] >= n || c.heads[$0] < 0 ? -1 : Int32(c.heads[$0]) },
      labels: (0..<n).map { c.labels[$0] >= 0 && c.labels[$0] < labelCount ? model.labels[c.labels[$0]] : "dep" })
  }

  /// The relation of a new arc: `root` for the root's, else the best-scoring other one.
  @inline(__always)
  func bestLabel(
    _ c: ParserConfiguration, _ t: UnsafeBufferPointer<ParserToken>, head: Int, dependent: Int,
    features f: UnsafeMutablePointer<UInt64>, scores s: UnsafeMutablePointer<Int32>
  ) -> Int {
    if head == c.root { return rootLabel }
    ParserFeatures.label(c, t, head: head, dependent: dependent, into: f)
    model.relations.score(f, ParserFeatures.labelCount, into: s)
    var best = -1
    for k in 0..<model.labels.count where k != rootLabel {
      if best < 0 || s[k] > s[best] { best = k }
    }
    return best
  }
}
