import ArgumentParser
import Entente
import EntenteExtraction
import Foundation

/// `entente-train-tagger`: trains the part-of-speech tagger and the lemma table (or, with
/// `--parser`, the dependency parser) on the UD English Web Treebank and writes them
/// where the package ships them.
@main
struct TrainTagger: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entente-train-tagger",
    abstract:
      "Train the averaged-perceptron UPOS tagger and the lemma table (or the dependency parser) on a UD treebank.",
    discussion: """
      Reads en_ewt-ud-{train,dev,test}.conllu from --treebank, trains on the train file (its own tokens and the \
      extraction's view of them), writes perceptron.bin and lemmas.tsv into --output, then prints the UPOS \
      accuracy of the written model on the dev and test files. With --parser, trains the dependency parser instead \
      (on the tags and lemmas that perceptron.bin and lemmas.tsv in --output give), writes parser.bin and prints its \
      attachment scores on the dev and test files. The same inputs and options give byte-identical files.
      """)

  @Option(help: "The folder holding en_ewt-ud-train.conllu, -dev and -test.")
  var treebank = "../shared/data/ud-english-ewt"

  @Option(help: "The folder to write perceptron.bin and lemmas.tsv into.")
  var output = "Sources/EntenteExtraction/Resources/tagger"

  @Option(help: "Passes over the training data.")
  var iterations = 5

  @Option(help: "The seed of the shuffling of the training sentences.")
  var seed: UInt64 = 0x454E_5445_4E54_4500

  @Option(help: "Averaged weights smaller than this are pruned from the model.")
  var minimumWeight = 0.0

  @Flag(help: "Train on the treebank's tokens only, not also on the extraction's view of them.")
  var noExtractionView = false

  @Flag(help: "Train the dependency parser (parser.bin) instead of the tagger and the lemma table.")
  var parser = false

  @Option(help: "With --parser: passes over the training data.")
  var parserIterations = 10

  @Option(
    help:
      "With --parser: tag the training trees with taggers trained on all but one of this many folds (1: the shipped tagger)."
  )
  var jackknife = 4

  @Option(
    help:
      "With --parser: do not train; prune the weights of parser.bin in --output smaller than this, rewrite it and score it."
  )
  var pruneParser: Int?

  @Option(help: "With --parser: quantized weights (of at most 32767) smaller than this are pruned.")
  var parserMinimumWeight = 40

  mutating func run() throws {
    if parser {
      try trainParser()
      return
    }
    let clock = ContinuousClock()
    let started = clock.now
    let train = try ConlluSentence.read(path: treebank + "/en_ewt-ud-train.conllu")
    let dev = try ConlluSentence.read(path: treebank + "/en_ewt-ud-dev.conllu")
    let test = try ConlluSentence.read(path: treebank + "/en_ewt-ud-test.conllu")
    var examples = train.map(\.example)
    if !noExtractionView {
      examples += train.map { $0.extractionView() }.filter { !$0.words.isEmpty }
    }
    var trainer = PerceptronTrainer()
    trainer.iterations = iterations
    trainer.seed = seed
    trainer.minimumWeight = minimumWeight
    let model = trainer.train(examples, dictionarySource: train.map(\.example)) { i, accuracy in
      print("iteration \(i): training accuracy \(String(format: "%.4f", accuracy))")
    }
    let bytes = model.encoded()
    let modelPath = output + "/perceptron.bin"
    try AtomicFile.write(Data(bytes), to: modelPath)
    print(
      "wrote \(modelPath): \(model.keys.count) features, \(model.pairTags.count) weights, \(model.dictionaryWords.count) dictionary words, \(bytes.count) bytes"
    )

    let table = Lemmatizer.table(
      learningFrom: train + dev,
      header: [
        "Lemmas learnt from UD English EWT (train and dev files), CC BY-SA 4.0: see ATTRIBUTION.md.",
        "Written by entente-train-tagger. Lines: 'form<TAB>UPOS<TAB>lemma' (where the suffix rules differ)",
        "or 'lemma<TAB>UPOS' (a known lemma the rules prefer).",
      ])
    let lemmaPath = output + "/lemmas.tsv"
    try AtomicFile.write(table, to: lemmaPath)
    print("wrote \(lemmaPath): \(table.utf8.count) bytes")

    let tagger = try PartOfSpeechTagger(path: modelPath)
    let lemmatizer = try Lemmatizer(path: lemmaPath)
    for (name, sentences) in [("dev", dev), ("test", test)] {
      let ud = tagger.score(sentences.map(\.example))
      let view = tagger.score(sentences.map { $0.extractionView() })
      print(
        "\(name): UPOS \(percent(ud)) on \(ud.total) treebank words; \(percent(view)) on \(view.total) words as the extraction scans them"
      )
    }
    var right = 0
    var total = 0
    var rightTagged = 0
    for s in test {
      let tags = tagger.tag(s.forms)
      for i in s.forms.indices where s.tags[i] != .punctuation {
        total += 1
        if lemmatizer.lemma(of: s.forms[i], tag: s.tags[i]) == s.lemmas[i] { right += 1 }
        if lemmatizer.lemma(of: s.forms[i], tag: tags[i]) == s.lemmas[i] { rightTagged += 1 }
      }
    }
    print(
      "test: lemmas \(percent((right, total))) with the treebank's tags, \(percent((rightTagged, total))) with the tagger's (\(total) words, no punctuation)"
    )
    print("done in \(clock.now - started)")
  }

  func percent(_ s: (right: Int, total: Int)) -> String {
    String(format: "%.2f%%", s.total == 0 ? 0 : 100 * Double(s.right) / Double(s.total))
  }
}
