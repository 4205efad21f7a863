import Foundation

/// A large typed, signed, dated edge list held column by column, read from and written to TSV.
///
/// The format is that of `../shared/bench/gen.py`: a header line
/// `source target kind sign weight year`, then one tab-separated row per relation.
/// Actors and kinds are interned to integer ids, so a million rows take about
/// 23 bytes each.
///
///     let list = try EdgeList.read(path: "actors_n1000.tsv")
///     let index = GraphIndex(list)
public struct EdgeList: Sendable, Equatable {
  /// The header every edge-list file starts with.
  public static let header = "source\ttarget\tkind\tsign\tweight\tyear"

  /// Actor names, indexed by the ids in `sources` and `targets`, in order of first appearance.
  public private(set) var actors: [String] = []
  /// Kind names, indexed by `kinds`, in order of first appearance.
  public private(set) var kindNames: [String] = []
  /// Source actor of each row.
  package private(set) var sources: [Int32] = []
  /// Target actor of each row.
  package private(set) var targets: [Int32] = []
  /// Kind of each row.
  package private(set) var kinds: [UInt16] = []
  /// Sign of each row: +1 or -1.
  package private(set) var signs: [Int8] = []
  /// Weight of each row.
  package private(set) var weights: [Double] = []
  /// Year of each row.
  package private(set) var years: [Int16] = []

  private var actorIDs: [String: Int32] = [:]
  private var kindIDs: [String: UInt16] = [:]

  /// Creates an empty edge list.
  public init() {}

  /// The number of rows.
  public var count: Int { sources.count }

  /// Appends a row.
  ///
  /// - Throws: `.invalidEdgeList` for a sign other than ±1, a weight that is not
  ///   finite, a year outside 1...9999, or more than 65,535 kinds.
  public mutating func append(source: String, target: String, kind: String, sign: Int, weight: Double, year: Int)
    throws(EntenteError)
  {
    guard sign == 1 || sign == -1 else { throw EntenteError(.invalidEdgeList, "sign \(sign) must be 1 or -1") }
    guard weight.isFinite else { throw EntenteError(.invalidEdgeList, "weight \(weight) is not a finite number") }
    guard (1...9999).contains(year) else { throw EntenteError(.invalidEdgeList, "year \(year) is outside 1...9999") }
    let k: UInt16
    if let existing = kindIDs[kind] {
      k = existing
    } else {
      guard kindNames.count < Int(UInt16.max) else { throw EntenteError(.invalidEdgeList, "more than 65,535 kinds") }
      k = UInt16(kindNames.count)
      kindIDs[kind] = k
      kindNames.append(kind)
    }
    sources.append(intern(source))
    targets.append(intern(target))
    kinds.append(k)
    signs.append(Int8(sign))
    weights.append(weight)
    years.append(Int16(year))
  }

  /// Reserves room for `rows` rows in every column.
  mutating func reserve(rows: Int) {
    sources.reserveCapacity(rows)
    targets.reserveCapacity(rows)
    kinds.reserveCapacity(rows)
    signs.reserveCapacity(rows)
    weights.reserveCapacity(rows)
    years.reserveCapacity(rows)
  }

  private mutating func intern(_ name: String) -> Int32 {
    if let id = actorIDs[name] { return id }
    let id = Int32(actors.count)
    actorIDs[name] = id
    actors.append(name)
    return id
  }

  /// The id of every actor name.
  package var actorPositions: [String: Int32] { actorIDs }

  /// Reads a TSV edge list.
  ///
  /// - Throws: `.invalidEdgeList` located at the line and column of the first bad
  ///   field (wrong header, wrong column count, a non-number, invalid UTF-8, a control
  ///   character), or
  ///   `.fileUnreadable`.
  /// - Complexity: O(*n*) in the file's size.
  public static func read(path: String) throws(EntenteError) -> EdgeList {
    try read(path: path, chunkSize: 8 << 20)
  }

  /// Reads with a given chunk size (tests use tiny ones to cut lines anywhere).
  static func read(path: String, chunkSize: Int) throws(EntenteError) -> EdgeList {
    // Streamed in chunks of whole lines, so the file is never held in memory at once.
    var list = EdgeList()
    // One reservation from the file's size (rows are rarely under 24 bytes), so the
    // columns do not double past what they need while growing.
    let size = ChunkedLineReader.size(of: path)
    if size > 0 { list.reserve(rows: size / 24) }
    var state = ParseState()
    try ChunkedLineReader.read(
      path: path, chunkSize: chunkSize, failure: { unreadable(path, $0) },
      { (lines, _) throws(EntenteError) in try list.parse(lines, path: path, state: &state) })
    guard state.headerSeen else {
      throw EntenteError(
        .invalidEdgeList, "the first line must be the header 'source<TAB>target<TAB>kind<TAB>sign<TAB>weight<TAB>year'",
        at: SourceLocation(file: path, line: 1, column: 1))
    }
    return list
  }

  /// The error for a file that cannot be opened or read, worded as `SourceText` words it.
  private static func unreadable(_ path: String, _ failure: ChunkedLineReader.Failure) -> EntenteError {
    switch failure {
    case .open:
      let exists = FileManager.default.fileExists(atPath: path)
      return EntenteError(.fileUnreadable, "cannot read '\(path)': \(exists ? "permission denied" : "no such file")")
    case .read:
      return EntenteError(.fileUnreadable, "cannot read '\(path)': \(failure.reason.lowercased())")
    case .lineTooLong:
      return EntenteError(.invalidEdgeList, "cannot read '\(path)': \(failure.reason)")
    }
  }

  /// Where a chunked parse is: the line reached and whether the header was read.
  struct ParseState {
    var line = 0
    var headerSeen = false
  }

  /// Parses TSV edge-list bytes; `path` is used in messages.
  public static func parse(_ data: Data, path: String = "<input>") throws(EntenteError) -> EdgeList {
    var list = EdgeList()
    var state = ParseState()
    let result: Result<Void, EntenteError> = data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      do throws(EntenteError) {
        try list.parse(bytes, path: path, state: &state)
        return .success(())
      } catch { return .failure(error) }
    }
    try result.get()
    guard state.headerSeen else {
      throw EntenteError(
        .invalidEdgeList, "the first line must be the header 'source<TAB>target<TAB>kind<TAB>sign<TAB>weight<TAB>year'",
        at: SourceLocation(file: path, line: 1, column: 1))
    }
    return list
  }

  /// Parses complete lines (the last may lack its newline only at the end of input).
  private mutating func parse(_ b: UnsafeBufferPointer<UInt8>, path: String, state: inout ParseState)
    throws(EntenteError)
  {
    let n = b.count
    var line = state.line
    var pos = 0
    defer { state.line = line }
    func fail(_ message: String, _ column: Int) -> EntenteError {
      EntenteError(.invalidEdgeList, message, at: SourceLocation(file: path, line: line, column: column))
    }
    if !state.headerSeen {
      guard n > 0 else { return }
      line = 1
      var end = pos
      while end < n && b[end] != 10 { end += 1 }
      var headerEnd = end
      if headerEnd > pos && b[headerEnd - 1] == 13 { headerEnd -= 1 }
      let header = String(decoding: UnsafeBufferPointer(rebasing: b[pos..<headerEnd]), as: UTF8.self)
      guard header == EdgeList.header else {
        throw fail("the first line must be the header 'source<TAB>target<TAB>kind<TAB>sign<TAB>weight<TAB>year'", 1)
      }
      state.headerSeen = true
      pos = end + 1
    }
    if sources.capacity < sources.count + n / 64 { reserve(rows: sources.count + n / 32) }
    var fieldStart = [Int](repeating: 0, count: 6)
    var fieldEnd = [Int](repeating: 0, count: 6)
    while pos < n {
      line += 1
      var lineEnd = pos
      while lineEnd < n && b[lineEnd] != 10 { lineEnd += 1 }
      var contentEnd = lineEnd
      if contentEnd > pos && b[contentEnd - 1] == 13 { contentEnd -= 1 }
      if contentEnd == pos {  // blank line
        pos = lineEnd + 1
        continue
      }
      var f = 0
      fieldStart[0] = pos
      var i = pos
      while i < contentEnd {
        let c = b[i]
        if c == 9 {
          guard f < 5 else {
            throw fail(
              "more than 6 tab-separated fields; expected source, target, kind, sign, weight, year", i - pos + 1)
          }
          fieldEnd[f] = i
          f += 1
          fieldStart[f] = i + 1
        } else if c < 32 || c == 127 {
          // A NUL or an escape in an id would reach DOT, SVG and terminals as it is.
          let code = String(c, radix: 16, uppercase: true)
          throw fail(
            "control character U+\(String(repeating: "0", count: 4 - code.count) + code) in field \(f + 1); "
              + "ids, kinds and numbers are printable text", i - pos + 1)
        }
        i += 1
      }
      fieldEnd[f] = contentEnd
      guard f == 5 else {
        throw fail("\(f + 1) fields; expected 6 (source, target, kind, sign, weight, year)", contentEnd - pos + 1)
      }
      for k in 0..<3 where fieldEnd[k] == fieldStart[k] {
        throw fail("empty \(["source", "target", "kind"][k])", fieldStart[k] - pos + 1)
      }
      func text(_ k: Int) throws(EntenteError) -> String {
        let slice = UnsafeBufferPointer(rebasing: b[fieldStart[k]..<fieldEnd[k]])
        guard let s = String(validating: slice, as: UTF8.self) else {
          throw fail("invalid UTF-8 in field \(k + 1)", fieldStart[k] - pos + 1)
        }
        return s
      }
      guard let sign = ByteField.int(b, fieldStart[3], fieldEnd[3], maxLength: 9, signed: true), sign == 1 || sign == -1
      else {
        throw fail("sign must be 1 or -1", fieldStart[3] - pos + 1)
      }
      guard let year = ByteField.int(b, fieldStart[5], fieldEnd[5], maxLength: 9, signed: true),
        (1...9999).contains(year)
      else {
        throw fail("year must be a whole number from 1 to 9999", fieldStart[5] - pos + 1)
      }
      guard let weight = ByteField.double(b, fieldStart[4], fieldEnd[4], maxLength: 64), weight.isFinite else {
        throw fail("weight must be a finite number", fieldStart[4] - pos + 1)
      }
      let source = try text(0)
      let target = try text(1)
      let kind = try text(2)
      do { try append(source: source, target: target, kind: kind, sign: sign, weight: weight, year: year) } catch {
        throw fail(error.message, 1)
      }
      pos = lineEnd + 1
    }
  }

  /// The TSV text of the list, with its header.
  ///
  /// Weights print in the shortest form that reads back to the same number.
  public func tsv() -> String {
    var out = EdgeList.header + "\n"
    out.reserveCapacity(count * 32)
    for i in 0..<count {
      out += actors[Int(sources[i])] + "\t" + actors[Int(targets[i])] + "\t" + kindNames[Int(kinds[i])] + "\t"
      out += "\(signs[i])\t\(weights[i])\t\(years[i])\n"
    }
    return out
  }

  /// Writes the list as TSV, atomically.
  public func write(path: String) throws(EntenteError) {
    try AtomicFile.write(tsv(), to: path)
  }
}
