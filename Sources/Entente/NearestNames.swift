/// Finds the known names closest to a misspelled one, for "did you mean" hints.
enum NearestNames {
  /// The candidates within edit distance 2 (or a third of the name's length) of `name`,
  /// nearest first, case-insensitive; at most three.
  ///
  /// - Complexity: O(*n*·*k*²), where *n* is the number of candidates and *k* the name's length.
  static func nearest(to name: String, among candidates: [String]) -> [String] {
    let a = Array(name.lowercased().unicodeScalars)
    guard a.count <= 64 else { return [] }
    let limit = max(1, min(2, a.count / 3))
    var scored: [(Int, String)] = []
    for c in candidates {
      let b = Array(c.lowercased().unicodeScalars)
      guard abs(b.count - a.count) <= limit else { continue }
      let d = distance(a, b)
      if d <= limit { scored.append((d, c)) }
    }
    return scored.sorted { $0 < $1 }.prefix(3).map(\.1)
  }

  /// Levenshtein distance with transpositions counted as one edit.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev2 = [Int](repeating: 0, count: b.count + 1)
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      cur[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prev2[j - 2] + 1) }
      }
      (prev2, prev, cur) = (prev, cur, prev2)
    }
    return prev[b.count]
  }
}
