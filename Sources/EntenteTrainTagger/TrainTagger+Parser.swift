import Entente
import EntenteExtraction
import Foundation

extension TrainTagger {
  /// Trains the dependency parser on the train file's trees (its tokens and, unless
  /// `--no-extraction-view`, the extraction's view of them), tagged and lemmatized by
  /// the shipped tagger and lemma table, writes `parser.bin`, and prints its attachment
  /// scores on the dev and test files.
  func trainParser() throws {
    let clock = ContinuousClock()
    let started = clock.now
    if let pruneParser {
      let path = output + "/parser.bin"
      guard let data = FileManager.default.contents(atPath: path) else {
        throw EntenteError(.fileUnreadable, "cannot read the parser model '\(path)'")
      }
      let model = Self.pruned(try ParserModel(bytes: data, file: path), below: pruneParser)
      try AtomicFile.write(Data(model.encoded()), to: path)
      say("pruned \(path) below \(pruneParser): \(describe(model))")
      try scoreParser(at: path)
      return
    }
    let train = try ConlluSentence.read(path: treebank + "/en_ewt-ud-train.conllu")
    let tagger = try PartOfSpeechTagger(path: output + "/perceptron.bin")
    let lemmatizer = try Lemmatizer(path: output + "/lemmas.tsv")
    func tagged(_ trees: [ConlluSentence.Tree]) -> (tags: [[UniversalTag]], lemmas: [[String]]) {
      let tags = trees.map { tagger.tag($0.words) }
      let lemmas = zip(trees, tags).map { t, g in zip(t.words, g).map { lemmatizer.lemma(of: $0, tag: $1) } }
      return (tags, lemmas)
    }

    var trees: [ConlluSentence.Tree] = []
    var source: [Int] = []  // the training sentence of each tree
    var lifted = 0
    var liftedSentences = 0
    var skippedViews = 0
    for (index, s) in train.enumerated() {
      var views = [s.tree]
      if !noExtractionView {
        if let v = s.extractionTree() { views.append(v) } else { skippedViews += 1 }
      }
      for (k, v) in views.enumerated() {
        let p = ParserTrainer.projectivized(v.heads)
        if k == 0 && p.lifted > 0 {
          lifted += p.lifted
          liftedSentences += 1
        }
        trees.append((v.words, p.heads, v.relations))
        source.append(index)
      }
    }
    let labels = Array(Set(trees.flatMap(\.relations)).union(["root"])).sorted()
    let number = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    var (tags, lemmas) = tagged(trees)
    if jackknife > 1 {
      // Each fold's trees are tagged by a tagger trained on the other folds, so the parser learns from tags
      // as wrong as those it will be given.
      for fold in 0..<jackknife {
        let rest = train.indices.filter { $0 % jackknife != fold }.map { train[$0] }
        var tagTrainer = PerceptronTrainer()
        tagTrainer.iterations = iterations
        tagTrainer.seed = seed
        tagTrainer.minimumWeight = minimumWeight
        var tagExamples = rest.map(\.example)
        if !noExtractionView { tagExamples += rest.map { $0.extractionView() }.filter { !$0.words.isEmpty } }
        let foldTagger = PartOfSpeechTagger(model: tagTrainer.train(tagExamples, dictionarySource: rest.map(\.example)))
        for i in trees.indices where source[i] % jackknife == fold {
          tags[i] = foldTagger.tag(trees[i].words)
          lemmas[i] = zip(trees[i].words, tags[i]).map { lemmatizer.lemma(of: $0, tag: $1) }
        }
        say("jackknife fold \(fold + 1) of \(jackknife) tagged (\(clock.now - started))")
      }
    }
    var examples: [ParserTrainer.Example] = []
    for (i, t) in trees.enumerated() {
      let tokens = t.words.indices.map { ParserToken(word: t.words[$0], lemma: lemmas[i][$0], tag: tags[i][$0]) }
      examples.append((tokens, t.heads, t.relations.map { number[$0] ?? 0 }))
    }
    say(
      "\(train.count) training sentences (\(liftedSentences) non-projective: \(lifted) arcs lifted), "
        + "\(examples.count) training trees (\(skippedViews) extraction views skipped), \(labels.count) relations; "
        + "tagged in \(clock.now - started)")

    var trainer = ParserTrainer()
    trainer.iterations = parserIterations
    trainer.seed = seed ^ 0x5041_5253
    trainer.minimumWeight = parserMinimumWeight
    let model = trainer.train(examples, labels: labels) { i, accuracy in
      say("iteration \(i): training heads \(String(format: "%.4f", accuracy)) (\(clock.now - started))")
    }
    let bytes = model.encoded()
    let modelPath = output + "/parser.bin"
    try AtomicFile.write(Data(bytes), to: modelPath)
    say("wrote \(modelPath): \(describe(model))")
    try scoreParser(at: modelPath)
    say("done in \(clock.now - started)")
  }

  /// The model's features, weights and size, for the log.
  func describe(_ model: ParserModel) -> String {
    "\(model.transitions.keys.count) + \(model.relations.keys.count) features, "
      + "\(model.transitions.pairWeights.count) + \(model.relations.pairWeights.count) weights, "
      + "\(model.encoded().count) bytes"
  }

  /// `model` without the weights smaller in magnitude than `minimum`.
  static func pruned(_ model: ParserModel, below minimum: Int) -> ParserModel {
    func prune(_ w: ParserWeights) -> ParserWeights {
      var keys: [UInt64] = []
      var counts: [UInt8] = []
      var classes: [UInt8] = []
      var weights: [Int16] = []
      var p = 0
      for (k, c) in zip(w.keys, w.counts) {
        var n: UInt8 = 0
        for q in p..<(p + Int(c)) where abs(Int(w.pairWeights[q])) >= minimum {
          classes.append(w.pairClasses[q])
          weights.append(w.pairWeights[q])
          n += 1
        }
        p += Int(c)
        if n > 0 {
          keys.append(k)
          counts.append(n)
        }
      }
      return ParserWeights(classes: w.classes, keys: keys, counts: counts, pairClasses: classes, pairWeights: weights)
    }
    return ParserModel(labels: model.labels, transitions: prune(model.transitions), relations: prune(model.relations))
  }

  /// Prints the attachment scores of the parser at `path` on the dev and test files (with the tagger's tags,
  /// on the treebank's tokens and as the extraction scans the text) and its speed.
  func scoreParser(at modelPath: String) throws {
    let dev = try ConlluSentence.read(path: treebank + "/en_ewt-ud-dev.conllu")
    let test = try ConlluSentence.read(path: treebank + "/en_ewt-ud-test.conllu")
    let tagger = try PartOfSpeechTagger(path: output + "/perceptron.bin")
    let lemmatizer = try Lemmatizer(path: output + "/lemmas.tsv")
    func tagged(_ trees: [ConlluSentence.Tree]) -> (tags: [[UniversalTag]], lemmas: [[String]]) {
      let tags = trees.map { tagger.tag($0.words) }
      let lemmas = zip(trees, tags).map { t, g in zip(t.words, g).map { lemmatizer.lemma(of: $0, tag: $1) } }
      return (tags, lemmas)
    }
    let clock = ContinuousClock()
    let parser = try DependencyParser(path: modelPath)
    for (name, sentences) in [("dev", dev), ("test", test)] {
      let ud = sentences.map(\.tree)
      let (t, l) = tagged(ud)
      let parseStart = clock.now
      let score = parser.score(ud, tags: t, lemmas: l)
      let seconds = (clock.now - parseStart) / .seconds(1)
      let view = sentences.compactMap { $0.extractionTree() }
      let (vt, vl) = tagged(view)
      let viewScore = parser.score(view, tags: vt, lemmas: vl)
      say(
        "\(name): UAS \(percent((score.unlabelled, score.words))) LAS \(percent((score.labelled, score.words))) "
          + "on \(score.words) words with the tagger's tags (no punctuation: UAS "
          + "\(percent((score.unlabelledNoPunctuation, score.wordsNoPunctuation))) LAS "
          + "\(percent((score.labelledNoPunctuation, score.wordsNoPunctuation)))); "
          + String(format: "%.0f words/s; ", Double(score.words) / max(seconds, 1e-9))
          + "as the extraction scans the text (\(view.count) sentences): UAS "
          + "\(percent((viewScore.unlabelled, viewScore.words))) LAS \(percent((viewScore.labelled, viewScore.words)))")
    }
  }

  /// Writes a line to standard output at once (`print` holds it back when the output is a file).
  func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }
}
