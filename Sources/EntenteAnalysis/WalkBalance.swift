import Foundation

/// Estrada's walk balance, tr exp(*A*) / tr exp(|*A*|), exactly on small graphs and by
/// deflated stochastic Lanczos quadrature, with a stated error bound, on large ones.
///
/// Up to ``exactLimit`` actors, every eigenvalue is computed (O(*V*³)), as before.
/// Above it, each trace is summed per connected component: isolated actors add exactly
/// 1, components up to ``denseLimit`` actors are solved exactly, and each larger one
/// is split in two. Its top eigenpairs, found by Lanczos with full reorthogonalization
/// from a pseudo-random start and converged to a residual below 1e-8, add exp(θ) each;
/// they dominate the trace. The rest, tr(*P* exp(*A*) *P*) with *P* the projection off
/// those eigenvectors, is estimated by Hutchinson's estimator with ``probes`` Rademacher
/// vectors, each quadratic form by a ``quadratureSteps``-step Lanczos quadrature
/// (Ubaru, Chen and Saad 2017). The error bound beside the figure is 3 standard errors
/// of that estimate (about 99.7% coverage), carried through the ratio; it is 0 when
/// the figure is exact. The pseudo-random vectors come from fixed seeds, so the figure
/// is the same on every run.
public struct WalkBalance: Sendable, Equatable {
  /// The walk balance: 1 for a balanced graph.
  public let value: Double
  /// A bound on |value − exact value| (three standard errors); 0 when computed exactly.
  public let error: Double

  /// Whether every eigenvalue was computed.
  public var isExact: Bool { error == 0 }

  /// Graphs up to this many actors get the exact figure.
  public static let exactLimit = 1_000
  /// Components up to this many actors are solved exactly above ``exactLimit``.
  static let denseLimit = 400
  /// Rademacher probes for the rest of a large component's trace.
  static let probes = 20
  /// Lanczos steps per probe.
  static let quadratureSteps = 40

  /// The walk balance of `g`.
  ///
  /// - Parameters:
  ///   - g: The signed projection.
  ///   - exactLimit: Up to this many actors, the exact figure.
  /// - Returns: The figure and its error bound.
  /// - Complexity: O(*V*³) up to `exactLimit`; above, O(*m*·*E* + *m*²·*V*) per large
  ///   component for *m* ≤ 250 Lanczos steps, plus O(*c*³) per component of *c* ≤ 400 actors.
  public static func of(_ g: SignedGraph, exactLimit: Int = WalkBalance.exactLimit) -> WalkBalance {
    if g.nodeCount <= exactLimit { return WalkBalance(value: Balance.walkBalance(g), error: 0) }
    var signed: [Trace] = []
    var absolute: [Trace] = []
    for members in components(g) {
      signed.append(trace(g, members, absolute: false))
      absolute.append(trace(g, members, absolute: true))
    }
    // One scale for all: the largest eigenvalue of |A| bounds those of A.
    let shift = (signed + absolute).map(\.logScale).max() ?? 0
    func total(_ parts: [Trace]) -> (value: Double, error: Double) {
      parts.reduce((0.0, 0.0)) { acc, t in
        let f = exp(t.logScale - shift)
        return (acc.0 + f * t.value, acc.1 + f * t.error)
      }
    }
    let (num, numError) = total(signed)
    let (den, denError) = total(absolute)
    let value = num / den
    let low = (num - numError) / (den + denError)
    let high = (num + numError) / max(den - denError, .leastNormalMagnitude)
    let error = max(value - low, high - value)
    // Never below rounding: the exact figure itself is only good to about 1e-12.
    return WalkBalance(value: value, error: error.isFinite ? max(error, 1e-12) : .infinity)
  }

  /// One component's tr exp(·) as exp(`logScale`)·(`value` ± `error`).
  struct Trace {
    var logScale: Double
    var value: Double
    var error: Double
  }

  /// The connected components of `g`, each as its nodes in ascending order, by smallest node.
  static func components(_ g: SignedGraph) -> [[Int]] {
    var seen = [Bool](repeating: false, count: g.nodeCount)
    var out: [[Int]] = []
    for s in 0..<g.nodeCount where !seen[s] {
      seen[s] = true
      var members = [s]
      var head = 0
      while head < members.count {
        let u = members[head]
        head += 1
        for a in g.offsets[u]..<g.offsets[u + 1] where !seen[Int(g.neighbors[a])] {
          seen[Int(g.neighbors[a])] = true
          members.append(Int(g.neighbors[a]))
        }
      }
      out.append(members.sorted())
    }
    return out
  }

  /// tr exp(·) of one component's adjacency (signed, or with every sign 1).
  static func trace(_ g: SignedGraph, _ members: [Int], absolute: Bool) -> Trace {
    let n = members.count
    if n == 1 { return Trace(logScale: 0, value: 1, error: 0) }
    var local: [Int: Int32] = [:]
    local.reserveCapacity(n)
    for (i, u) in members.enumerated() { local[u] = Int32(i) }
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors: [Int32] = []
    var weights: [Double] = []
    for (i, u) in members.enumerated() {
      for a in g.offsets[u]..<g.offsets[u + 1] {
        neighbors.append(local[Int(g.neighbors[a])] ?? 0)
        weights.append(absolute ? 1 : Double(g.signs[a]))
      }
      offsets[i + 1] = neighbors.count
    }
    if n <= denseLimit {
      var dense = [Double](repeating: 0, count: n * n)
      for u in 0..<n {
        for a in offsets[u]..<offsets[u + 1] { dense[u * n + Int(neighbors[a])] = weights[a] }
      }
      let values = SymmetricEigen.eigenvalues(&dense, n: n)
      let top = values.max() ?? 0
      return Trace(logScale: top, value: values.reduce(0) { $0 + exp($1 - top) }, error: 0)
    }
    let multiply: Lanczos.Operator = { x, y in
      offsets.withUnsafeBufferPointer { offsets in
        neighbors.withUnsafeBufferPointer { neighbors in
          weights.withUnsafeBufferPointer { weights in
            for u in 0..<n {
              var s = 0.0
              var a = offsets[u]
              let end = offsets[u + 1]
              while a < end {
                s += weights[a] * x[Int(neighbors[a])]
                a &+= 1
              }
              y[u] = s
            }
          }
        }
      }
    }
    let seed = UInt64(members[0]) &* 2 &+ (absolute ? 1 : 0)
    // The top eigenpairs, then the rest by Hutchinson's estimator in their complement.
    let top = Lanczos.run(n: n, steps: min(n, 250, max(60, 15_000_000 / n)), seed: seed, deflating: [], multiply)
    // Only the converged pairs' vectors are formed (each costs a pass over the whole basis).
    var converged: [(value: Double, coefficients: [Double])] = []
    for p in top.ritzValues(count: 60) where p.residual <= 1e-8 * max(1, abs(p.value)) {
      // A cluster of equal Ritz values would give the same vector twice: keep one.
      if let last = converged.last, abs(last.value - p.value) < 1e-8 * max(1, abs(p.value)) { continue }
      converged.append((p.value, p.coefficients))
    }
    let scale = top.largest
    var head = 0.0
    for p in converged { head += exp(p.value - scale) }
    // The deflating vectors one after another, for `Lanczos.run`.
    var vectors: [Double] = []
    vectors.reserveCapacity(converged.count * n)
    for p in converged { vectors += top.ritzVector(p.coefficients) }
    var samples: [Double] = []
    for probe in 0..<probes {
      let q = Lanczos.run(
        n: n, steps: min(quadratureSteps, n - converged.count), seed: seed &+ UInt64(probe + 1) &* 7919,
        deflating: vectors, passes: 1, multiply)
      samples.append(q.startNormSquared * q.quadrature { exp($0 - scale) })
    }
    let mean = samples.reduce(0, +) / Double(samples.count)
    let variance = samples.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, samples.count - 1))
    return Trace(logScale: scale, value: head + mean, error: 3 * (variance / Double(samples.count)).squareRoot())
  }
}

/// The Lanczos process with full reorthogonalization on a symmetric operator.
struct Lanczos {
  /// y = A x.
  typealias Operator = (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void

  let n: Int
  /// The orthonormal basis, one vector of `n` after another.
  let basis: [Double]
  /// The tridiagonal matrix: diagonal and off-diagonal.
  let alpha: [Double]
  let beta: [Double]
  /// The last β, for residuals.
  let lastBeta: Double
  /// |start|² before normalizing (after deflation).
  let startNormSquared: Double
  /// The eigenvalues of the tridiagonal matrix, ascending.
  let values: [Double]

  /// The largest Ritz value.
  var largest: Double { values.last ?? 0 }

  /// Runs `steps` steps from a pseudo-random ±1 start (seeded), kept orthogonal to the
  /// orthonormal `deflating` vectors (stored one after another, `n` values each) by
  /// `passes` rounds of Gram-Schmidt per step.
  ///
  /// - Complexity: O(*m*·(cost of `multiply`) + *m*·(*m* + *d*)·*n*) for *m* steps and *d*
  ///   deflating vectors.
  static func run(
    n: Int, steps: Int, seed: UInt64, deflating: [Double], passes: Int = 2, _ multiply: Operator
  ) -> Lanczos {
    var state = seed &+ 0x9E37_79B9_7F4A_7C15
    func random() -> UInt64 {
      state = state &+ 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    let deflated = n > 0 ? deflating.count / n : 0
    var q = (0..<n).map { _ in random() & 1 == 0 ? 1.0 : -1.0 }
    deflating.withUnsafeBufferPointer { d in
      for k in 0..<deflated {
        let v = UnsafeBufferPointer(rebasing: d[k * n..<(k + 1) * n])
        var dot = 0.0
        for i in 0..<n { dot += v[i] * q[i] }
        for i in 0..<n { q[i] -= dot * v[i] }
      }
    }
    let startNormSquared = q.reduce(0) { $0 + $1 * $1 }
    let norm0 = startNormSquared.squareRoot()
    let steps = max(1, steps)
    var basis = [Double](repeating: 0, count: n * steps)
    guard norm0 > 1e-12 else {
      return Lanczos(
        n: n, basis: [], alpha: [], beta: [], lastBeta: 0, startNormSquared: 0, values: [])
    }
    for i in 0..<n { q[i] /= norm0 }
    var w = [Double](repeating: 0, count: n)
    var alpha: [Double] = []
    var beta: [Double] = []
    var lastBeta = 0.0
    // The vectors w is made orthogonal to at each step, in order: the basis so far, then the
    // deflating vectors, all of it `passes` times.
    var against: [UnsafeBufferPointer<Double>] = []
    against.reserveCapacity(passes * (steps + deflated))
    for j in 0..<steps {
      for i in 0..<n { basis[j * n + i] = q[i] }
      q.withUnsafeBufferPointer { x in w.withUnsafeMutableBufferPointer { y in multiply(x, y) } }
      var a = 0.0
      for i in 0..<n { a += w[i] * q[i] }
      alpha.append(a)
      // Full reorthogonalization against the basis and the deflated vectors (most of the time
      // of a large walk balance: through unchecked pointers, dot products in four sums).
      basis.withUnsafeBufferPointer { qs in
        deflating.withUnsafeBufferPointer { d in
          w.withUnsafeMutableBufferPointer { w in
            against.removeAll(keepingCapacity: true)
            for _ in 0..<passes {
              for k in 0...j { against.append(UnsafeBufferPointer(rebasing: qs[k * n..<(k + 1) * n])) }
              for k in 0..<deflated { against.append(UnsafeBufferPointer(rebasing: d[k * n..<(k + 1) * n])) }
            }
            Lanczos.subtractProjections(w, on: against)
          }
        }
      }
      var b = 0.0
      for i in 0..<n { b += w[i] * w[i] }
      b = b.squareRoot()
      lastBeta = b
      if j == steps - 1 || b < 1e-10 { break }  // done, or an invariant subspace
      beta.append(b)
      for i in 0..<n { q[i] = w[i] / b }
    }
    basis.removeLast(n * (steps - alpha.count))
    return Lanczos(
      n: n, basis: basis, alpha: alpha, beta: beta, lastBeta: lastBeta, startNormSquared: startNormSquared,
      values: tridiagonalEigenvalues(alpha, beta))
  }

  /// w −= (v·w) v for each unit vector v of `vectors` in turn (modified Gram-Schmidt), each
  /// subtraction fused with the next vector's dot product in one pass over `w`.
  ///
  /// The sums are those of one projection after another, in the same order (four partial
  /// sums by index mod 4, the tail into the first), so the result is the same to the bit
  /// as separate passes.
  ///
  /// - Complexity: O(*n*) per vector.
  static func subtractProjections(_ w: UnsafeMutableBufferPointer<Double>, on vectors: [UnsafeBufferPointer<Double>]) {
    guard let first = vectors.first else { return }
    let n = w.count
    let blocked = n & ~3
    // The first dot product alone; then each subtraction computes the next one.
    var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
    var i = 0
    while i < blocked {
      s0 += first[i] * w[i]
      s1 += first[i + 1] * w[i + 1]
      s2 += first[i + 2] * w[i + 2]
      s3 += first[i + 3] * w[i + 3]
      i += 4
    }
    while i < n {
      s0 += first[i] * w[i]
      i += 1
    }
    var dot = (s0 + s1) + (s2 + s3)
    for t in vectors.indices {
      let v = vectors[t]
      guard t + 1 < vectors.count else {
        for i in 0..<n { w[i] -= dot * v[i] }
        return
      }
      let u = vectors[t + 1]
      (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
      i = 0
      while i < blocked {
        let w0 = w[i] - dot * v[i]
        let w1 = w[i + 1] - dot * v[i + 1]
        let w2 = w[i + 2] - dot * v[i + 2]
        let w3 = w[i + 3] - dot * v[i + 3]
        w[i] = w0
        w[i + 1] = w1
        w[i + 2] = w2
        w[i + 3] = w3
        s0 += u[i] * w0
        s1 += u[i + 1] * w1
        s2 += u[i + 2] * w2
        s3 += u[i + 3] * w3
        i += 4
      }
      while i < n {
        let w0 = w[i] - dot * v[i]
        w[i] = w0
        s0 += u[i] * w0
        i += 1
      }
      dot = (s0 + s1) + (s2 + s3)
    }
  }

  /// The `count` largest Ritz values, largest first, each with its residual bound
  /// β·|last component of its eigenvector| (an eigenvalue of the operator lies within it)
  /// and that eigenvector of the tridiagonal matrix (see `ritzVector`).
  func ritzValues(count: Int) -> [(value: Double, residual: Double, coefficients: [Double])] {
    let m = alpha.count
    return values.reversed().prefix(count).map { theta in
      let s = Lanczos.eigenvector(alpha, beta, theta)
      return (theta, lastBeta < 1e-10 ? 0 : lastBeta * abs(s[m - 1]), s)
    }
  }

  /// The unit Ritz vector with coefficients `s` in the basis (from `ritzValues`).
  ///
  /// - Complexity: O(*m*·*n*).
  func ritzVector(_ s: [Double]) -> [Double] {
    var y = [Double](repeating: 0, count: n)
    y.withUnsafeMutableBufferPointer { y in
      basis.withUnsafeBufferPointer { basis in
        for j in 0..<alpha.count where s[j] != 0 {
          let c = s[j]
          let row = j * n
          for i in 0..<n { y[i] += c * basis[row + i] }
        }
      }
    }
    let norm = y.reduce(0) { $0 + $1 * $1 }.squareRoot()
    if norm > 0 { for i in 0..<n { y[i] /= norm } }
    return y
  }

  /// Gauss quadrature of e₁ᵀ f(T) e₁: Σ f(θⱼ)·(first component of θⱼ's eigenvector)².
  func quadrature(_ f: (Double) -> Double) -> Double {
    guard !alpha.isEmpty else { return 0 }
    var sum = 0.0
    var seen: [Double] = []
    for theta in values {
      // A repeated eigenvalue of T (rare) is counted once; its weight is the eigenvector's.
      if let last = seen.last, abs(last - theta) < 1e-12 * max(1, abs(theta)) { continue }
      seen.append(theta)
      let s = Lanczos.eigenvector(alpha, beta, theta)
      sum += f(theta) * s[0] * s[0]
    }
    return sum
  }

  /// The eigenvalues of the symmetric tridiagonal matrix with diagonal `a` and off-diagonal `b`.
  static func tridiagonalEigenvalues(_ a: [Double], _ b: [Double]) -> [Double] {
    let m = a.count
    guard m > 0 else { return [] }
    var dense = [Double](repeating: 0, count: m * m)
    for i in 0..<m { dense[i * m + i] = a[i] }
    for i in 0..<min(b.count, m - 1) {
      dense[i * m + i + 1] = b[i]
      dense[(i + 1) * m + i] = b[i]
    }
    return SymmetricEigen.eigenvalues(&dense, n: m)
  }

  /// The unit eigenvector of the tridiagonal matrix for eigenvalue `theta`, by three
  /// steps of inverse iteration.
  static func eigenvector(_ a: [Double], _ b: [Double], _ theta: Double) -> [Double] {
    let m = a.count
    guard m > 1 else { return [1] }
    let sigma = theta + 1e-10 * max(1, abs(theta))
    var x = [Double](repeating: 1, count: m)
    var c = [Double](repeating: 0, count: m)
    var d = [Double](repeating: 0, count: m)
    for _ in 0..<3 {
      // Thomas algorithm on (T − σI) y = x, with tiny pivots nudged.
      var p = a[0] - sigma
      if abs(p) < 1e-300 { p = 1e-300 }
      c[0] = b[0] / p
      d[0] = x[0] / p
      for i in 1..<m {
        p = a[i] - sigma - b[i - 1] * c[i - 1]
        if abs(p) < 1e-300 { p = 1e-300 }
        c[i] = i < m - 1 ? b[i] / p : 0
        d[i] = (x[i] - b[i - 1] * d[i - 1]) / p
      }
      x[m - 1] = d[m - 1]
      for i in stride(from: m - 2, through: 0, by: -1) { x[i] = d[i] - c[i] * x[i + 1] }
      let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
      guard norm > 0, norm.isFinite else { return [Double](repeating: 0, count: m - 1) + [1] }
      for i in 0..<m { x[i] /= norm }
    }
    return x
  }
}
