import Entente
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock between processes and threads, held through a lock file (flock(2)).
///
/// Every writer of a graph and its decisions takes the graph's lock (`.NAME.lock` beside it)
/// for its read-check-write, so two review sessions, or a session and `entente accept`, never
/// interleave their writes.
package enum FileLock {
  /// The lock file of `path`: `.NAME.lock` in the same folder.
  package static func lockPath(for path: String) -> String {
    PathText.join(PathText.folder(of: path), ".\(PathText.lastComponent(path)).lock")
  }

  /// Runs `body` while holding the lock of `path`.
  ///
  /// - Parameters:
  ///   - path: the file the lock guards.
  ///   - body: the work done under the lock.
  /// - Returns: what `body` returns.
  /// - Throws: `EntenteError` `.writeFailed` when the lock file cannot be opened, or what `body` throws.
  package static func withLock<T>(_ path: String, _ body: () throws(EntenteError) -> T) throws(EntenteError) -> T {
    let lock = lockPath(for: path)
    let fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard fd >= 0 else {
      throw EntenteError(
        .writeFailed,
        "cannot open the lock file '\(lock)': \(String(cString: strerror(errno))); check the folder is writable")
    }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
      guard errno == EINTR else {
        throw EntenteError(.writeFailed, "cannot lock '\(lock)': \(String(cString: strerror(errno)))")
      }
    }
    defer { flock(fd, LOCK_UN) }
    return try body()
  }

  /// A file's identity and version: device, inode, size and modification time (nil when absent).
  package static func stamp(_ path: String) -> [Int]? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    #if canImport(Darwin)
    let mtime = st.st_mtimespec
    #else
    let mtime = st.st_mtim
    #endif
    return [Int(st.st_dev), Int(st.st_ino), Int(st.st_size), Int(mtime.tv_sec), Int(mtime.tv_nsec)]
  }
}
