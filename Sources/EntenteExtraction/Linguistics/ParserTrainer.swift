/// Trains the dependency parser: greedy arc-hybrid transitions learnt with the dynamic
/// oracle of Goldberg and Nivre (2013) by an averaged perceptron, and the relation of
/// each arc by a second averaged perceptron; deterministic for a given seed.
///
/// Each iteration visits the training sentences in an order shuffled by a seeded
/// SplitMix64 generator and parses each with the current weights. At every step the
/// oracle gives the cost of each legal transition (how many gold arcs it makes
/// unreachable); when the model's choice costs more than the best, the best-scoring
/// zero-cost transition is rewarded and the choice penalized. From the second iteration on,
/// the parser follows its own choice nine times in ten (so it learns to recover from
/// its mistakes), else the oracle's. An arc whose head is right teaches the relation
/// classifier its gold relation. Final weights are averages over all steps, quantized to
/// 16 bits; pairs whose quantized weight is smaller than `minimumWeight` are pruned.
/// Training trees must be projective (`projectivized(_:)`).
package struct ParserTrainer: Sendable {
  /// A training sentence: its tokens, gold heads (-1 for the root) and relation numbers.
  package typealias Example = (tokens: [ParserToken], heads: [Int], labels: [Int])

  /// Passes over the training data.
  package var iterations = 10
  /// The seed of the shuffling and the exploration.
  package var seed: UInt64 = 0x454E_5445_4E54_4501
  /// Quantized weights (of at most ±32,767) smaller in magnitude than this are pruned.
  package var minimumWeight = 0
  /// From the second iteration on, how often (of 1,000) the parser follows its own choice.
  package var explorePerMille: UInt64 = 900

  /// A trainer with the default settings.
  package init() {}

  /// Trains a model on `examples`.
  ///
  /// - Parameters:
  ///   - examples: projective training sentences.
  ///   - labels: the relation names, by number (`root` among them).
  ///   - progress: called after each iteration with its number (from 1) and the share of
  ///     words whose head it attached right during it.
  /// - Returns: the averaged, quantized model.
  /// - Complexity: O(*i*·*n*·(*f* + *L*·*g* + *n*)) for *i* iterations over sentences of
  ///   *n* words, *f* transition and *g* relation features and *L* relations (the oracle
  ///   is linear in the sentence per step).
  package func train(_ examples: [Example], labels: [String], progress: (Int, Double) -> Void = { _, _ in })
    -> ParserModel
  {
    let rootLabel = labels.firstIndex(of: "root") ?? 0
    var moves = Learner(classes: ParserTransition.allCases.count, featureCount: ParserFeatures.transitionCount)
    var relations = Learner(classes: labels.count, featureCount: ParserFeatures.labelCount)
    var rng = SplitMix64(seed: seed)
    var order = Array(examples.indices)
    for iteration in 1...max(1, iterations) {
      for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
      var right = 0
      var all = 0
      for e in order {
        let example = examples[e]
        let n = example.tokens.count
        guard n > 0 else { continue }
        var tokens = example.tokens
        tokens.append(.root)
        tokens.append(.none)
        let gold = example.heads.map { $0 < 0 ? n : $0 }
        var c = ParserConfiguration(count: n)
        tokens.withUnsafeBufferPointer { t in
          while !c.isTerminal {
            moves.features.withUnsafeMutableBufferPointer {
              if let out = $0.baseAddress { ParserFeatures.transition(c, t, into: out) }
            }
            moves.score()
            var costs = [Int](repeating: Int.max, count: 3)
            for move in ParserTransition.allCases where c.isLegal(move) {
              costs[move.rawValue] = Self.cost(move, c, gold: gold)
            }
            let least = costs.min() ?? 0
            var predicted = -1
            var best = -1
            for k in 0..<3 where costs[k] != Int.max {
              if predicted < 0 || moves.scores[k] > moves.scores[predicted] { predicted = k }
              if costs[k] == least && (best < 0 || moves.scores[k] > moves.scores[best]) { best = k }
            }
            guard predicted >= 0, best >= 0 else { break }
            moves.tick += 1
            if costs[predicted] > least { moves.correct(truth: best, guess: predicted) }
            let follow = iteration > 1 && rng.next() % 1000 < explorePerMille ? predicted : best
            guard let move = ParserTransition(rawValue: follow) else { break }
            var label = -1
            if let (head, dependent) = c.arc(move) {
              if head == c.root {
                label = rootLabel
              } else {
                relations.features.withUnsafeMutableBufferPointer {
                  if let out = $0.baseAddress {
                    ParserFeatures.label(c, t, head: head, dependent: dependent, into: out)
                  }
                }
                relations.score()
                for k in 0..<labels.count where k != rootLabel {
                  if label < 0 || relations.scores[k] > relations.scores[label] { label = k }
                }
                if gold[dependent] == head {
                  relations.tick += 1
                  let truth = example.labels[dependent]
                  if truth != label && truth != rootLabel { relations.correct(truth: truth, guess: label) }
                }
              }
              if gold[dependent] == head { right += 1 }
              all += 1
            }
            c.apply(move, label: label)
          }
        }
      }
      progress(iteration, all == 0 ? 1 : Double(right) / Double(all))
    }
    return ParserModel(
      labels: labels, transitions: moves.averaged(minimumWeight: minimumWeight),
      relations: relations.averaged(minimumWeight: minimumWeight))
  }

  /// How many gold arcs `move` makes unreachable from `c` (Goldberg and Nivre 2013, the
  /// arc-hybrid system); `gold` holds each word's head, the root as `c.root`.
  ///
  /// - Complexity: O(*n*).
  static func cost(_ move: ParserTransition, _ c: ParserConfiguration, gold: [Int]) -> Int {
    let s0 = c.stackWord(0)
    let b0 = c.next
    func dependentsInBuffer(_ w: Int) -> Int {
      var k = 0
      for d in c.next..<c.count where gold[d] == w { k += 1 }
      return k
    }
    switch move {
    case .shift:
      var k = 0
      let h = gold[b0]
      for s in c.stack {
        if s < c.count && gold[s] == b0 { k += 1 }
        if s == h && s != s0 { k += 1 }
      }
      return k
    case .left:
      let h = gold[s0]
      let lost = h != b0 && (h == c.stackWord(1) || (h > b0 && h < c.count))
      return dependentsInBuffer(s0) + (lost ? 1 : 0)
    case .right:
      let h = gold[s0]
      return dependentsInBuffer(s0) + (h >= b0 && h < c.count ? 1 : 0)
    }
  }

  /// The heads of a tree made projective by lifting.
  ///
  /// While an arc crosses another, the dependent of the shortest such arc is reattached
  /// to its head's head. Returns the new heads (-1 for the root) and how many arcs were
  /// lifted.
  ///
  /// - Complexity: O(*k*·*n*²·*d*) for *k* lifts in a sentence of *n* words and depth *d*.
  package static func projectivized(_ heads: [Int]) -> (heads: [Int], lifted: Int) {
    var heads = heads
    var lifted = 0
    func dominates(_ h: Int, _ w: Int) -> Bool {
      var x = w
      var steps = 0
      while x >= 0 && steps <= heads.count {
        if x == h { return true }
        x = heads[x]
        steps += 1
      }
      return false
    }
    while true {
      var worst = -1
      var worstSpan = Int.max
      for d in heads.indices {
        let h = heads[d]
        guard h >= 0 else { continue }
        let span = abs(h - d)
        guard span > 1, span < worstSpan else { continue }
        for k in (min(h, d) + 1)..<max(h, d) where !dominates(h, k) {
          worst = d
          worstSpan = span
          break
        }
      }
      guard worst >= 0, heads[heads[worst]] >= -1, lifted < heads.count * heads.count else { return (heads, lifted) }
      heads[worst] = heads[heads[worst]]
      lifted += 1
    }
  }

  /// The weights being learnt by one classifier, with the running totals and time stamps
  /// that averaging needs, and its scratch space.
  struct Learner {
    let classes: Int
    var index: [UInt64: Int] = [:]
    var weights: [Int32] = []
    var totals: [Int64] = []
    var stamps: [Int] = []
    var tick = 0
    var features: [UInt64]
    var found: [Int]
    var scores: [Int32]

    init(classes: Int, featureCount: Int) {
      self.classes = classes
      features = Array(repeating: 0, count: featureCount)
      found = Array(repeating: -1, count: featureCount)
      scores = Array(repeating: 0, count: classes)
    }

    /// Scores `features` into `scores`, leaving their rows in `found`.
    mutating func score() {
      for k in 0..<classes { scores[k] = 0 }
      for j in features.indices {
        let f = index[features[j]] ?? -1
        found[j] = f
        if f >= 0 { for k in 0..<classes { scores[k] &+= weights[f * classes + k] } }
      }
    }

    mutating func update(_ f: Int, _ k: Int, _ v: Int32) {
      let i = f * classes + k
      totals[i] += Int64(tick - stamps[i]) * Int64(weights[i])
      stamps[i] = tick
      weights[i] += v
    }

    /// Adds 1 to the right class's weights and takes 1 from the guessed one's.
    mutating func correct(truth: Int, guess: Int) {
      for j in features.indices {
        var f = found[j]
        if f < 0 {
          f = index.count
          index[features[j]] = f
          weights += repeatElement(0, count: classes)
          totals += repeatElement(0, count: classes)
          stamps += repeatElement(0, count: classes)
          found[j] = f
        }
        update(f, truth, 1)
        update(f, guess, -1)
      }
    }

    /// The averaged weights, quantized to 16 bits and pruned below `minimumWeight`.
    func averaged(minimumWeight: Int) -> ParserWeights {
      var averages = [Double](repeating: 0, count: weights.count)
      var largest = 0.0
      for i in weights.indices {
        let total = totals[i] + Int64(tick - stamps[i]) * Int64(weights[i])
        averages[i] = tick == 0 ? 0 : Double(total) / Double(tick)
        largest = max(largest, abs(averages[i]))
      }
      let scale = largest == 0 ? 1 : 32767 / largest
      var keys: [UInt64] = []
      var counts: [UInt8] = []
      var pairClasses: [UInt8] = []
      var pairWeights: [Int16] = []
      for (key, f) in index.sorted(by: { $0.key < $1.key }) {
        var n: UInt8 = 0
        for k in 0..<classes {
          let q = (averages[f * classes + k] * scale).rounded()
          guard q != 0, abs(q) >= Double(minimumWeight) else { continue }
          pairClasses.append(UInt8(k))
          pairWeights.append(Int16(q))
          n += 1
        }
        if n > 0 {
          keys.append(key)
          counts.append(n)
        }
      }
      return ParserWeights(
        classes: classes, keys: keys, counts: counts, pairClasses: pairClasses, pairWeights: pairWeights)
    }
  }
}
