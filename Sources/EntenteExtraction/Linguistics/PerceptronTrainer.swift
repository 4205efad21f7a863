/// Trains the part-of-speech tagger: a greedy averaged perceptron (Collins 2002, as in
/// Honnibal 2013), deterministic for a given seed.
///
/// Each iteration visits the training sentences in an order shuffled by a seeded
/// SplitMix64 generator, tags each word left to right with the current weights (the
/// previous two *predicted* tags are features, as when tagging), and on a mistake adds 1
/// to the weights of the right tag and takes 1 from those of the predicted one, for every
/// feature of the word. The final weights are the averages over all steps, quantized to
/// 16 bits; weights smaller than `minimumWeight` are pruned. Words seen at least
/// `dictionaryMinimumCount` times with one tag in at least `dictionaryMinimumShare` of
/// them go to the tag dictionary and are neither scored nor learnt from. All arithmetic
/// during training is on integers, so the same data and seed give byte-identical models.
package struct PerceptronTrainer: Sendable {
  /// A sentence's words and their gold tags.
  package typealias Example = (words: [String], tags: [UniversalTag])

  /// Passes over the training data.
  package var iterations = 5
  /// The seed of the shuffling.
  package var seed: UInt64 = 0x454E_5445_4E54_4500
  /// Averaged weights with a smaller magnitude are dropped from the model.
  package var minimumWeight = 0.0
  /// How often a word must be seen to enter the tag dictionary.
  package var dictionaryMinimumCount = 20
  /// The share of its occurrences its commonest tag must have.
  package var dictionaryMinimumShare = 0.97

  /// A trainer with the default settings.
  package init() {}

  /// Trains a model on `examples`, with a tag dictionary from `dictionarySource`.
  ///
  /// - Parameters:
  ///   - examples: the training sentences.
  ///   - dictionarySource: the sentences whose word counts make the tag dictionary.
  ///   - progress: called after each iteration with its number (from 1) and the share of
  ///     training words it tagged right.
  /// - Returns: the averaged, quantized model.
  /// - Complexity: O(*i*·*n*·*f*) for *i* iterations over *n* words of *f* features.
  package func train(_ examples: [Example], dictionarySource: [Example], progress: (Int, Double) -> Void = { _, _ in })
    -> PerceptronModel
  {
    var hasher = WordHasher()
    let dictionary = tagDictionary(dictionarySource.map { (hasher.hash($0.words), $0.tags) })
    var state = State(dictionary: dictionary)
    let sentences = examples.map { hasher.hash($0.words) }
    let gold = examples.map { $0.tags.map(\.rawValue) }
    var rng = SplitMix64(seed: seed)
    var order = Array(sentences.indices)
    for iteration in 1...max(1, iterations) {
      for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
      var right = 0
      var all = 0
      for s in order {
        right += state.learn(sentences[s], gold: gold[s])
        all += gold[s].count
      }
      progress(iteration, all == 0 ? 1 : Double(right) / Double(all))
    }
    return state.model(minimumWeight: minimumWeight)
  }

  /// The tag dictionary: words seen often enough with one tag nearly always.
  func tagDictionary(_ source: [(words: [TaggerWord], tags: [UniversalTag])]) -> [UInt64: UInt8] {
    let tagCount = UniversalTag.allCases.count
    var seen: [UInt64: [Int]] = [:]
    for e in source {
      for (w, t) in zip(e.words.dropFirst(2), e.tags) {
        seen[w.exact, default: Array(repeating: 0, count: tagCount)][Int(t.rawValue)] += 1
      }
    }
    var dictionary: [UInt64: UInt8] = [:]
    for (w, counts) in seen {
      let n = counts.reduce(0, +)
      guard let top = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) })
      else { continue }
      if n >= dictionaryMinimumCount && Double(counts[top]) / Double(n) >= dictionaryMinimumShare {
        dictionary[w] = UInt8(top)
      }
    }
    return dictionary
  }

  /// Hashes a sentence's words, padded with two markers on each side.
  struct WordHasher {
    mutating func hash(_ words: [String]) -> [TaggerWord] {
      var out = [TaggerWord(padding: -2), TaggerWord(padding: -1)]
      for w in words {
        var w = w
        out.append(w.withUTF8 { TaggerWord($0) })
      }
      out += [TaggerWord(padding: 1), TaggerWord(padding: 2)]
      return out
    }
  }

  /// The weights being learnt, with the running totals and time stamps that averaging needs.
  struct State {
    let dictionary: [UInt64: UInt8]
    let tagCount = UniversalTag.allCases.count
    var index: [UInt64: Int] = [:]
    var weights: [Int32] = []
    var totals: [Int64] = []
    var stamps: [Int] = []
    var tick = 0
    var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
    var found = [Int](repeating: -1, count: TaggerFeatures.count)
    var scores = [Int32](repeating: 0, count: UniversalTag.allCases.count)

    init(dictionary: [UInt64: UInt8]) { self.dictionary = dictionary }

    mutating func update(_ f: Int, _ t: UInt8, _ v: Int32) {
      let k = f * tagCount + Int(t)
      totals[k] += Int64(tick - stamps[k]) * Int64(weights[k])
      stamps[k] = tick
      weights[k] += v
    }

    /// Tags one sentence left to right and learns from its mistakes; returns how many words it tagged right.
    mutating func learn(_ sentence: [TaggerWord], gold: [UInt8]) -> Int {
      var p1 = TaggerFeatures.startTag
      var p2 = TaggerFeatures.startTag2
      var right = 0
      for i in 0..<gold.count {
        let truth = gold[i]
        var guess: UInt8
        if let known = dictionary[sentence[i + 2].exact] {
          guess = known
        } else {
          guess = predict(sentence, i, previous: p1, previous2: p2)
          tick += 1
          if guess != truth { correct(truth: truth, guess: guess) }
        }
        if guess == truth { right += 1 }
        p2 = p1
        p1 = guess
      }
      return right
    }

    /// The best-scoring tag of word `i`, leaving its features and their rows in `features` and `found`.
    mutating func predict(_ sentence: [TaggerWord], _ i: Int, previous p1: UInt8, previous2 p2: UInt8) -> UInt8 {
      sentence.withUnsafeBufferPointer { words in
        features.withUnsafeMutableBufferPointer {
          if let out = $0.baseAddress { TaggerFeatures.extract(words, i, previous: p1, previous2: p2, into: out) }
        }
      }
      for t in 0..<tagCount { scores[t] = 0 }
      for j in 0..<TaggerFeatures.count {
        let f = index[features[j]] ?? -1
        found[j] = f
        if f >= 0 { for t in 0..<tagCount { scores[t] &+= weights[f * tagCount + t] } }
      }
      var guess: UInt8 = 0
      for t in 1..<tagCount where scores[t] > scores[Int(guess)] { guess = UInt8(t) }
      return guess
    }

    /// Adds 1 to the right tag's weights and takes 1 from the guessed tag's, for every feature of the word.
    mutating func correct(truth: UInt8, guess: UInt8) {
      for j in 0..<TaggerFeatures.count {
        var f = found[j]
        if f < 0 {
          f = index.count
          index[features[j]] = f
          weights += repeatElement(0, count: tagCount)
          totals += repeatElement(0, count: tagCount)
          stamps += repeatElement(0, count: tagCount)
          found[j] = f
        }
        update(f, truth, 1)
        update(f, guess, -1)
      }
    }

    /// The averaged weights, pruned below `minimumWeight` and quantized to 16 bits.
    func model(minimumWeight: Double) -> PerceptronModel {
      var averages = [Double](repeating: 0, count: weights.count)
      var largest = 0.0
      for k in weights.indices {
        let total = totals[k] + Int64(tick - stamps[k]) * Int64(weights[k])
        averages[k] = tick == 0 ? 0 : Double(total) / Double(tick)
        largest = max(largest, abs(averages[k]))
      }
      let scale = largest == 0 ? 1 : 32767 / largest
      var keys: [UInt64] = []
      var counts: [UInt8] = []
      var pairTags: [UInt8] = []
      var pairWeights: [Int16] = []
      for (key, f) in index.sorted(by: { $0.key < $1.key }) {
        var n: UInt8 = 0
        for t in 0..<tagCount {
          let a = averages[f * tagCount + t]
          let q = (a * scale).rounded()
          guard abs(a) >= minimumWeight, q != 0 else { continue }
          pairTags.append(UInt8(t))
          pairWeights.append(Int16(q))
          n += 1
        }
        if n > 0 {
          keys.append(key)
          counts.append(n)
        }
      }
      let words = dictionary.keys.sorted()
      return PerceptronModel(
        keys: keys, counts: counts, pairTags: pairTags, pairWeights: pairWeights, dictionaryWords: words,
        dictionaryTags: words.map { dictionary[$0] ?? 0 })
    }
  }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast, seeded generator whose
/// sequence is fixed by its seed on every platform.
package struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator starting from `seed`.
  package init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
