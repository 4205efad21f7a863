import Entente
import Foundation

/// The weights of the averaged perceptron tagger and its tag dictionary, as stored in
/// the model file and as looked up while tagging.
///
/// Each feature keeps only its non-zero weights, as (tag, weight) pairs with weights
/// quantized to 16 bits; words seen often and almost always with one tag are in the tag
/// dictionary and are tagged without scoring.
///
/// The file (little-endian): the 8 bytes `ENTPOS01`; four `UInt32` counts (features
/// *F*, weight pairs *P*, dictionary words *D*, tags = 17); *F* `UInt64` feature keys in
/// ascending order; *F* `UInt8` pair counts; *P* `UInt8` tags; *P* `Int16` weights;
/// *D* `UInt64` word hashes in ascending order; *D* `UInt8` tags.
package struct PerceptronModel: Sendable {
  /// The feature keys, ascending.
  package let keys: [UInt64]
  /// How many (tag, weight) pairs each feature has.
  package let counts: [UInt8]
  /// The pairs' tags, feature after feature.
  package let pairTags: [UInt8]
  /// The pairs' weights.
  package let pairWeights: [Int16]
  /// The tag dictionary's words (`TaggerWord.exact`), ascending.
  package let dictionaryWords: [UInt64]
  /// Their tags.
  package let dictionaryTags: [UInt8]

  /// Feature key → first pair << 5 | pair count.
  private let table: FeatureTable
  /// Word hash → tag.
  private let dictionary: FeatureTable

  static let magic = Array("ENTPOS01".utf8)

  /// A model from its parts (keys and dictionary words ascending).
  package init(
    keys: [UInt64], counts: [UInt8], pairTags: [UInt8], pairWeights: [Int16], dictionaryWords: [UInt64],
    dictionaryTags: [UInt8]
  ) {
    self.keys = keys
    self.counts = counts
    self.pairTags = pairTags
    self.pairWeights = pairWeights
    self.dictionaryWords = dictionaryWords
    self.dictionaryTags = dictionaryTags
    var table = FeatureTable(capacity: keys.count)
    var start: UInt32 = 0
    for (k, c) in zip(keys, counts) {
      table.insert(k, start << 5 | UInt32(c))
      start += UInt32(c)
    }
    self.table = table
    var dictionary = FeatureTable(capacity: dictionaryWords.count)
    for (w, t) in zip(dictionaryWords, dictionaryTags) { dictionary.insert(w, UInt32(t)) }
    self.dictionary = dictionary
  }

  /// The tag the dictionary gives the word with hash `exact`, if any.
  @inline(__always) package func dictionaryTag(_ exact: UInt64) -> UInt8? {
    let v = dictionary.value(exact)
    return v == FeatureTable.absent ? nil : UInt8(truncatingIfNeeded: v)
  }

  /// Adds the weights of feature `key` to `scores` (one per tag).
  ///
  /// - Complexity: O(1) expected.
  @inline(__always)
  package func accumulate(_ key: UInt64, into scores: UnsafeMutablePointer<Int32>) {
    let v = table.value(key)
    if v == FeatureTable.absent { return }
    let start = Int(v >> 5)
    let end = start + Int(v & 31)
    pairTags.withUnsafeBufferPointer { tags in
      pairWeights.withUnsafeBufferPointer { weights in
        for p in start..<end { scores[Int(tags[p])] &+= Int32(weights[p]) }
      }
    }
  }

  /// Adds the weights of `features` to `scores` (one per tag) and returns the best tag
  /// (the lowest on ties).
  ///
  /// - Complexity: O(*f*) for *f* features.
  @inline(__always)
  package func best(_ features: UnsafePointer<UInt64>, _ n: Int, scores: UnsafeMutablePointer<Int32>) -> UInt8 {
    for t in 0..<UniversalTag.allCases.count { scores[t] = 0 }
    pairTags.withUnsafeBufferPointer { tags in
      pairWeights.withUnsafeBufferPointer { weights in
        for j in 0..<n {
          let v = table.value(features[j])
          if v == FeatureTable.absent { continue }
          let start = Int(v >> 5)
          let end = start + Int(v & 31)
          for p in start..<end { scores[Int(tags[p])] &+= Int32(weights[p]) }
        }
      }
    }
    var best = 0
    for t in 1..<UniversalTag.allCases.count where scores[t] > scores[best] { best = t }
    return UInt8(best)
  }

  /// The model file's bytes.
  ///
  /// - Complexity: O(*F* + *P* + *D*).
  package func encoded() -> [UInt8] {
    var out = Self.magic
    out.reserveCapacity(32 + keys.count * 9 + pairTags.count * 3 + dictionaryWords.count * 9)
    func u32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { out += $0 } }
    u32(keys.count)
    u32(pairTags.count)
    u32(dictionaryWords.count)
    u32(UniversalTag.allCases.count)
    for k in keys { withUnsafeBytes(of: k.littleEndian) { out += $0 } }
    out += counts
    out += pairTags
    for w in pairWeights { withUnsafeBytes(of: w.littleEndian) { out += $0 } }
    for k in dictionaryWords { withUnsafeBytes(of: k.littleEndian) { out += $0 } }
    out += dictionaryTags
    return out
  }

  /// Reads a model file's bytes; `file` names it in errors.
  ///
  /// - Throws: `EntenteError` `.invalidValue` when the bytes are not a model of this format.
  package init(bytes: some ContiguousBytes, file: String) throws(EntenteError) {
    let result: Result<PerceptronModel, EntenteError> = bytes.withUnsafeBytes { b in
      do throws(EntenteError) { return .success(try PerceptronModel(decoding: b, file: file)) } catch {
        return .failure(error)
      }
    }
    self = try result.get()
  }

  /// Reads a model file's bytes; `file` names it in errors.
  ///
  /// - Throws: `EntenteError` `.invalidValue` when the bytes are not a model of this
  ///   format (wrong header, truncated, counts that do not add up, a tag out of range).
  /// - Complexity: O(*F* + *P* + *D*).
  package init(decoding bytes: UnsafeRawBufferPointer, file: String) throws(EntenteError) {
    func bad(_ why: String) -> EntenteError {
      EntenteError(.invalidValue, "'\(file)' is not a tagger model (\(why)); retrain it with entente-train-tagger")
    }
    guard bytes.count >= 24, Array(bytes[0..<8]) == Self.magic else { throw bad("no ENTPOS01 header") }
    func u32(_ at: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
    let f = u32(8)
    let p = u32(12)
    let d = u32(16)
    let tags = u32(20)
    guard tags == UniversalTag.allCases.count else {
      throw bad("\(tags) tags, expected \(UniversalTag.allCases.count)")
    }
    let size = 24 + f * 9 + p * 3 + d * 9
    guard bytes.count == size else { throw bad("\(bytes.count) bytes, expected \(size) for its counts") }
    var at = 24
    /// `n` values of type `T` from `at` on, copied in bulk (the file is little-endian,
    /// like every platform Swift runs on but s390x, where they are swapped).
    func values<T: FixedWidthInteger>(_ n: Int, _: T.Type) -> [T] {
      defer { at += n * MemoryLayout<T>.size }
      let base = at
      let out = [T](unsafeUninitializedCapacity: n) { buffer, initialized in
        if n > 0, let dst = buffer.baseAddress, let src = bytes.baseAddress {
          UnsafeMutableRawPointer(dst).copyMemory(from: src + base, byteCount: n * MemoryLayout<T>.size)
        }
        initialized = n
      }
      #if _endian(big)
      return out.map { T(littleEndian: $0) }
      #else
      return out
      #endif
    }
    let keys = values(f, UInt64.self)
    let counts = values(f, UInt8.self)
    let pairTags = values(p, UInt8.self)
    let weights = values(p, Int16.self)
    let words = values(d, UInt64.self)
    let wordTags = values(d, UInt8.self)
    guard counts.reduce(0, { $0 + Int($1) }) == p else { throw bad("the pair counts do not add up to \(p)") }
    guard counts.allSatisfy({ $0 <= tags }), pairTags.allSatisfy({ Int($0) < tags }),
      wordTags.allSatisfy({ Int($0) < tags })
    else {
      throw bad("a tag number out of range")
    }
    self.init(
      keys: keys, counts: counts, pairTags: pairTags, pairWeights: weights, dictionaryWords: words,
      dictionaryTags: wordTags)
  }
}
