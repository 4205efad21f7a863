import Foundation

/// Eigenvalues of a real symmetric matrix: Householder reduction to tridiagonal form,
/// then the implicit QL algorithm (as in EISPACK's tred1 and tql1).
enum SymmetricEigen {
  /// The eigenvalues, ascending, of the symmetric `n`×`n` row-major matrix `a` (overwritten).
  ///
  /// - Complexity: O(*n*³).
  static func eigenvalues(_ a: inout [Double], n: Int) -> [Double] {
    guard n > 0 else { return [] }
    var d = [Double](repeating: 0, count: n)
    var e = [Double](repeating: 0, count: n)
    a.withUnsafeMutableBufferPointer { m in
      d.withUnsafeMutableBufferPointer { d in
        e.withUnsafeMutableBufferPointer { e in
          tridiagonalize(m, n, d, e)
          ql(n, d, e)
        }
      }
    }
    return d.sorted()
  }

  /// Householder reduction (tred1): diagonal into `d`, subdiagonal into `e[1...]`.
  private static func tridiagonalize(
    _ a: UnsafeMutableBufferPointer<Double>, _ n: Int, _ d: UnsafeMutableBufferPointer<Double>,
    _ e: UnsafeMutableBufferPointer<Double>
  ) {
    for i in stride(from: n - 1, to: 0, by: -1) {
      let l = i - 1
      var h = 0.0
      var scale = 0.0
      if l > 0 {
        for k in 0...l { scale += abs(a[i * n + k]) }
        if scale == 0 {
          e[i] = a[i * n + l]
        } else {
          for k in 0...l {
            a[i * n + k] /= scale
            h += a[i * n + k] * a[i * n + k]
          }
          var f = a[i * n + l]
          let g = f >= 0 ? -h.squareRoot() : h.squareRoot()
          e[i] = scale * g
          h -= f * g
          a[i * n + l] = f - g
          f = 0
          // p = A u / h over the lower triangle, row by row: each stored a[j][k] (k < j) adds to
          // row j's sum and to row k's, so no column is read with a stride of n (at n = 1,000 the
          // strided reads missed the cache on nearly every step).
          for j in 0...l { e[j] = 0 }
          for j in 0...l {
            let uj = a[i * n + j]
            var gg = a[j * n + j] * uj
            for k in 0..<j {
              gg += a[j * n + k] * a[i * n + k]
              e[k] += a[j * n + k] * uj
            }
            e[j] += gg
          }
          for j in 0...l {
            e[j] /= h
            f += e[j] * a[i * n + j]
          }
          let hh = f / (h + h)
          for j in 0...l {
            let ff = a[i * n + j]
            let gg = e[j] - hh * ff
            e[j] = gg
            for k in 0...j { a[j * n + k] -= ff * e[k] + gg * a[i * n + k] }
          }
        }
      } else {
        e[i] = a[i * n + l]
      }
      d[i] = h
    }
    e[0] = 0
    for i in 0..<n { d[i] = a[i * n + i] }
  }

  /// Implicit QL with shifts on the tridiagonal matrix (tql1); eigenvalues into `d`.
  private static func ql(_ n: Int, _ d: UnsafeMutableBufferPointer<Double>, _ e: UnsafeMutableBufferPointer<Double>) {
    guard n > 1 else { return }
    for i in 1..<n { e[i - 1] = e[i] }
    e[n - 1] = 0
    for l in 0..<n {
      var iterations = 0
      while true {
        var m = l
        while m < n - 1 {
          let dd = abs(d[m]) + abs(d[m + 1])
          if abs(e[m]) <= Double.ulpOfOne * dd { break }
          m += 1
        }
        if m == l { break }
        iterations += 1
        if iterations > 60 { break }
        var g = (d[l + 1] - d[l]) / (2 * e[l])
        var r = (g * g + 1).squareRoot()
        g = d[m] - d[l] + e[l] / (g + (g >= 0 ? abs(r) : -abs(r)))
        var s = 1.0
        var c = 1.0
        var p = 0.0
        var i = m - 1
        var underflow = false
        while i >= l {
          var f = s * e[i]
          let b = c * e[i]
          r = (f * f + g * g).squareRoot()
          e[i + 1] = r
          if r == 0 {
            d[i + 1] -= p
            e[m] = 0
            underflow = true
            break
          }
          s = f / r
          c = g / r
          g = d[i + 1] - p
          r = (d[i] - g) * s + 2 * c * b
          p = s * r
          d[i + 1] = g + p
          g = c * r - b
          f = 0
          _ = f
          i -= 1
        }
        if underflow && i >= l { continue }
        d[l] -= p
        e[l] = g
        e[m] = 0
      }
    }
  }
}

/// Dense linear systems by Gaussian elimination with partial pivoting.
enum LinearSolve {
  /// Solves `m x = b` in place (`b` becomes `x`); `m` is `n`×`n` row-major and is overwritten.
  ///
  /// - Complexity: O(*n*³).
  static func solve(_ m: inout [Double], _ b: inout [Double], n: Int) {
    m.withUnsafeMutableBufferPointer { a in
      b.withUnsafeMutableBufferPointer { b in
        for col in 0..<n {
          var pivot = col
          for r in (col + 1)..<max(col + 1, n) where abs(a[r * n + col]) > abs(a[pivot * n + col]) { pivot = r }
          if pivot != col {
            for k in 0..<n { a.swapAt(col * n + k, pivot * n + k) }
            b.swapAt(col, pivot)
          }
          let p = a[col * n + col]
          guard p != 0 else { continue }
          for r in (col + 1)..<max(col + 1, n) {
            let f = a[r * n + col] / p
            guard f != 0 else { continue }
            for k in col..<n { a[r * n + k] -= f * a[col * n + k] }
            b[r] -= f * b[col]
          }
        }
        for r in stride(from: n - 1, through: 0, by: -1) {
          var s = b[r]
          for k in (r + 1)..<max(r + 1, n) { s -= a[r * n + k] * b[k] }
          b[r] = a[r * n + r] != 0 ? s / a[r * n + r] : 0
        }
      }
    }
  }
}
