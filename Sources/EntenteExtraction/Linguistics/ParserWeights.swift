import Entente

/// One averaged-perceptron classifier of the dependency parser, as stored in its model
/// file and as looked up while parsing: each feature keeps only its non-zero weights,
/// as (class, weight) pairs with weights quantized to 16 bits.
///
/// Stored (little-endian): three `UInt32` counts (classes *C*, features *F*, pairs
/// *P*); *F* `UInt64` feature keys in ascending order; *F* `UInt8` pair counts; *P*
/// `UInt8` classes; *P* `Int16` weights.
package struct ParserWeights: Sendable {
  /// The number of classes (at most 255).
  package let classes: Int
  /// The feature keys, ascending.
  package let keys: [UInt64]
  /// How many (class, weight) pairs each feature has.
  package let counts: [UInt8]
  /// The pairs' classes, feature after feature.
  package let pairClasses: [UInt8]
  /// The pairs' weights.
  package let pairWeights: [Int16]
  /// Feature key → first pair << 8 | pair count.
  private let table: FeatureTable

  /// Weights from their parts (keys ascending).
  package init(classes: Int, keys: [UInt64], counts: [UInt8], pairClasses: [UInt8], pairWeights: [Int16]) {
    self.classes = classes
    self.keys = keys
    self.counts = counts
    self.pairClasses = pairClasses
    self.pairWeights = pairWeights
    var table = FeatureTable(capacity: keys.count)
    var start: UInt32 = 0
    for (k, c) in zip(keys, counts) {
      table.insert(k, start << 8 | UInt32(c))
      start += UInt32(c)
    }
    self.table = table
  }

  /// Sets `scores[0..<classes]` to the summed weights of `features`.
  ///
  /// - Complexity: O(*f*·*c*) for *f* features of at most *c* classes each.
  @inline(__always)
  package func score(_ features: UnsafePointer<UInt64>, _ n: Int, into scores: UnsafeMutablePointer<Int32>) {
    for k in 0..<classes { scores[k] = 0 }
    pairClasses.withUnsafeBufferPointer { cls in
      pairWeights.withUnsafeBufferPointer { weights in
        for j in 0..<n {
          let v = table.value(features[j])
          if v == FeatureTable.absent { continue }
          let start = Int(v >> 8)
          let end = start + Int(v & 255)
          for p in start..<end { scores[Int(cls[p])] &+= Int32(weights[p]) }
        }
      }
    }
  }

  /// Appends the stored form to `out`.
  ///
  /// - Complexity: O(*F* + *P*).
  package func encode(into out: inout [UInt8]) {
    func u32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { out += $0 } }
    u32(classes)
    u32(keys.count)
    u32(pairClasses.count)
    for k in keys { withUnsafeBytes(of: k.littleEndian) { out += $0 } }
    out += counts
    out += pairClasses
    for w in pairWeights { withUnsafeBytes(of: w.littleEndian) { out += $0 } }
  }

  /// Reads the stored form from `bytes` at `at`, moving `at` past it.
  ///
  /// - Parameters:
  ///   - bytes: the model file's bytes.
  ///   - at: the offset to read from; on return, the offset after the weights.
  ///   - bad: makes the error for a reason the bytes are not valid.
  /// - Throws: `EntenteError` from `bad` when the bytes are truncated or inconsistent.
  /// - Complexity: O(*F* + *P*).
  package init(
    decoding bytes: UnsafeRawBufferPointer, at: inout Int, bad: (String) -> EntenteError
  ) throws(EntenteError) {
    func u32(_ o: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: o, as: UInt32.self))) }
    guard at + 12 <= bytes.count else { throw bad("truncated before a weight table") }
    let c = u32(at)
    let f = u32(at + 4)
    let p = u32(at + 8)
    at += 12
    guard c >= 1, c <= 255 else { throw bad("\(c) classes; expected 1 to 255") }
    guard at + f * 9 + p * 3 <= bytes.count else { throw bad("truncated inside a weight table of \(f) features") }
    var offset = at
    func values<T: FixedWidthInteger>(_ n: Int, _: T.Type) -> [T] {
      let base = offset
      offset += n * MemoryLayout<T>.size
      return (0..<n).map {
        T(littleEndian: bytes.loadUnaligned(fromByteOffset: base + $0 * MemoryLayout<T>.size, as: T.self))
      }
    }
    let keys = values(f, UInt64.self)
    let counts = values(f, UInt8.self)
    let pairClasses = values(p, UInt8.self)
    let weights = values(p, Int16.self)
    at = offset
    guard counts.reduce(0, { $0 + Int($1) }) == p else { throw bad("the pair counts do not add up to \(p)") }
    guard pairClasses.allSatisfy({ Int($0) < c }) else { throw bad("a class number out of range") }
    guard p < 1 << 24 else { throw bad("\(p) weights; at most 16,777,215 fit") }
    self.init(classes: c, keys: keys, counts: counts, pairClasses: pairClasses, pairWeights: weights)
  }
}
