/// Compressed sparse rows filled by counting sort: count the arcs of each row, then place
/// each arc in its row's next free slot, so arcs keep the order they were placed in.
///
///     var out = CSRFill<Int32>(rows: n, filler: 0)
///     for (u, _) in arcs { out.count(row: u) }
///     out.allocate()
///     for (u, v, e) in arcs { out.place(row: u, column: v, payload: e) }
///     // out.offsets, out.columns, out.payloads
///
/// The graph index and the analysis projection share it.
package struct CSRFill<Payload> {
  /// Row offsets, `rows + 1` of them: per-row counts until `allocate()`, then prefix sums.
  package var offsets: [Int] { _offsets }
  /// The column of each arc, row by row.
  package var columns: [Int32] { _columns }
  /// The payload of each arc, row by row.
  package var payloads: [Payload] { _payloads }
  @usableFromInline var _offsets: [Int]
  @usableFromInline var _columns: [Int32] = []
  @usableFromInline var _payloads: [Payload] = []
  @usableFromInline var cursor: [Int] = []
  @usableFromInline let filler: Payload

  /// An empty fill of `rows` rows; `filler` stands in slots until they are placed.
  @inlinable
  package init(rows: Int, filler: Payload) {
    _offsets = [Int](repeating: 0, count: rows + 1)
    self.filler = filler
  }

  /// Counts one arc of `row` (before `allocate()`).
  @inlinable
  package mutating func count(row: Int) { _offsets[row + 1] += 1 }

  /// Turns the counts into offsets and makes room for every counted arc.
  @inlinable
  package mutating func allocate() {
    let rows = _offsets.count - 1
    for i in 0..<rows { _offsets[i + 1] += _offsets[i] }
    _columns = [Int32](repeating: 0, count: _offsets[rows])
    _payloads = [Payload](repeating: filler, count: _offsets[rows])
    cursor = _offsets
  }

  /// Places an arc in the next free slot of `row` (after `allocate()`).
  @inlinable
  package mutating func place(row: Int, column: Int32, payload: Payload) {
    let slot = cursor[row]
    _columns[slot] = column
    _payloads[slot] = payload
    cursor[row] = slot + 1
  }
}
