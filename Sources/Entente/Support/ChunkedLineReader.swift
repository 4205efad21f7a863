import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Streams a file in chunks of whole lines through one reused buffer, so memory stays
/// flat however large the file is and no line is ever cut.
///
/// Each chunk ends at a newline, except the last, which holds whatever follows the last
/// newline of the file. A line longer than the buffer grows it, up to `maximumLine` bytes:
/// a longer line is refused (a 1 GB line would otherwise take 2 GB of memory). Each read is
/// searched for a newline only in its new bytes, so a long line arriving through a pipe in
/// 64 KB pieces costs O(*n*), not O(*n*²).
///
///     try ChunkedLineReader.read(path: path, chunkSize: 8 << 20, failure: describe) { lines, bytesRead in
///       ... parse `lines` ...
///     }
package enum ChunkedLineReader {
  /// Why the file could not be read: the call that failed and its `errno`.
  package enum Failure: Error, Sendable {
    /// `open` failed.
    case open(Int32)
    /// `read` failed.
    case read(Int32)
    /// The line starting at byte `offset` (from 0) is longer than `maximum` bytes.
    case lineTooLong(offset: Int, maximum: Int)

    /// The system's text for the error (`strerror`), as it gives it, or what is wrong with the line.
    package var reason: String {
      switch self {
      case .open(let code), .read(let code): return String(cString: strerror(code))
      case .lineTooLong(let offset, let maximum):
        return
          "the line starting at byte \(offset) is longer than \(maximum) bytes; lines of this file are short records"
      }
    }
  }

  /// The longest line read by default: 16 MiB.
  package static let maximumLine = 16 << 20

  /// The size of the file at `path` in bytes, or 0 when it cannot be told.
  package static func size(of path: String) -> Int {
    (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
  }

  /// Reads `path` and calls `body` after every read with the whole lines read so far
  /// but not yet given (possibly none) and the number of bytes read in all.
  ///
  /// - Parameters:
  ///   - path: the file.
  ///   - chunkSize: bytes read at a time (at least 1; tests use tiny ones to cut lines anywhere).
  ///   - maximumLine: the longest line accepted, in bytes.
  ///   - failure: turns an `open` or `read` failure into the caller's error.
  ///   - body: takes the lines and the bytes read so far.
  /// - Throws: what `failure` makes of a system error, or what `body` throws.
  /// - Complexity: O(*n*) in the file's size; memory O(chunk + longest line).
  package static func read(
    path: String, chunkSize: Int, maximumLine: Int = ChunkedLineReader.maximumLine,
    failure: (Failure) -> EntenteError,
    _ body: (UnsafeBufferPointer<UInt8>, Int) throws(EntenteError) -> Void
  ) throws(EntenteError) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw failure(.open(errno)) }
    defer { close(fd) }
    // One buffer, reused: unparsed bytes move to its front, the next read fills the rest.
    var capacity = max(1, chunkSize)
    var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    defer { buffer.deallocate() }
    var filled = 0
    var total = 0
    var consumed = 0  // bytes given to body so far: the offset of the buffer's first byte
    while true {
      if filled == capacity {  // a line longer than the buffer: grow it
        if filled >= maximumLine { throw failure(.lineTooLong(offset: consumed, maximum: maximumLine)) }
        let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
        bigger.copyMemory(from: buffer, byteCount: filled)
        buffer.deallocate()
        buffer = bigger
        capacity *= 2
      }
      let n = Glibc.read(fd, buffer + filled, capacity - filled)
      guard n >= 0 else { throw failure(.read(errno)) }
      total += n
      filled += n
      let atEnd = n == 0
      let bytes = UnsafeBufferPointer(start: buffer.assumingMemoryBound(to: UInt8.self), count: filled)
      // The bytes kept from before hold no newline, so only the new ones are searched.
      let end = atEnd ? filled : lastLineEnd(bytes, from: filled - n)
      try body(UnsafeBufferPointer(rebasing: bytes[0..<end]), total)
      if end < filled { memmove(buffer, buffer + end, filled - end) }
      filled -= end
      consumed += end
      if atEnd { return }
    }
  }

  /// The offset just past the last newline of `bytes` at or after `start`, or 0 when there is none.
  private static func lastLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = bytes.count - 1
    while i >= start {
      if bytes[i] == 10 { return i + 1 }
      i -= 1
    }
    return 0
  }
}
