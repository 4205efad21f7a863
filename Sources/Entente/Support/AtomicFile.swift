import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files whole or not at all: to a temporary file beside the target, then renamed into place.
///
/// It is the one opener of output files, so every output gets the same checks:
/// - the target must be a regular file or not exist yet: a folder, a FIFO, a device
///   node (`/dev/null`, `/dev/full`) or a socket is refused rather than replaced;
/// - the target must not be one of the run's input files (compared by real path, so
///   `./g.yaml`, `g.yaml` and a symlink to it are the same file);
/// - the temporary file gets an unpredictable name and is created with
///   `O_CREAT | O_EXCL | O_NOFOLLOW`, so a file or symlink planted under that name is
///   never followed or reused;
/// - a target that exists keeps its permission bits (a 0600 file stays 0600);
/// - on every error the temporary file is removed and the target is left as it was.
package enum AtomicFile {
  /// Writes `data` to `path` atomically.
  ///
  /// - Parameters:
  ///   - data: the bytes to write.
  ///   - path: the target.
  ///   - inputs: the files the run reads; writing over one of them is refused.
  /// - Throws: `EntenteError` `.writeFailed` naming the path and the reason.
  package static func write(_ data: Data, to path: String, inputs: [String] = []) throws(EntenteError) {
    let mode = try checkTarget(path, inputs: inputs)
    let folder = PathText.folder(of: path)
    let name = PathText.lastComponent(path)
    func failure(_ reason: String) -> EntenteError {
      EntenteError(.writeFailed, "cannot write '\(path)': \(reason); check that the folder exists and is writable")
    }
    var tmp = ""
    var fd: Int32 = -1
    for _ in 0..<16 {
      let token = String(UInt64.random(in: 0...UInt64.max), radix: 16)
      tmp = PathText.join(folder, ".\(name).tmp-\(token)")
      fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode ?? 0o666)
      if fd >= 0 || errno != EEXIST { break }
    }
    guard fd >= 0 else { throw failure(String(cString: strerror(errno))) }
    var problem: String? = nil
    // open(2) applies the umask; an existing target's exact bits are restored.
    if let mode, fchmod(fd, mode) != 0 { problem = String(cString: strerror(errno)) }
    if problem == nil {
      problem = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
        var offset = 0
        while offset < raw.count {
          let n = systemWrite(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
          if n < 0 {
            if errno == EINTR { continue }
            return String(cString: strerror(errno))
          }
          offset += n
        }
        return nil
      }
    }
    if close(fd) != 0 && problem == nil { problem = String(cString: strerror(errno)) }
    // rename(2) replaces the target in one step: readers see the old file or the new one.
    if problem == nil && rename(tmp, path) != 0 { problem = String(cString: strerror(errno)) }
    if let problem {
      unlink(tmp)
      throw failure(problem)
    }
  }

  /// Writes `text` as UTF-8 to `path` atomically.
  package static func write(_ text: String, to path: String, inputs: [String] = []) throws(EntenteError) {
    try write(Data(text.utf8), to: path, inputs: inputs)
  }

  /// Refuses a target that is not a regular file or is one of `inputs`; returns the
  /// existing target's permission bits (`nil` when there is no target yet).
  static func checkTarget(_ path: String, inputs: [String]) throws(EntenteError) -> mode_t? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    let type = st.st_mode & S_IFMT
    if type != S_IFREG {
      let what: String
      switch type {
      case S_IFDIR: what = "a folder"
      case S_IFIFO: what = "a FIFO (named pipe)"
      case S_IFCHR, S_IFBLK: what = "a device"
      case S_IFSOCK: what = "a socket"
      default: what = "not a regular file"
      }
      throw EntenteError(
        .writeFailed,
        "'\(path)' is \(what); outputs are written as regular files only: give the path of a file to (re)place")
    }
    if let target = realPath(path) {
      for input in inputs where realPath(input) == target {
        throw EntenteError(
          .writeFailed,
          "'\(path)' is the input file '\(input)'; writing it would replace what is being read: give another output path"
        )
      }
    }
    return st.st_mode & 0o7777
  }

  /// The canonical absolute path of an existing file, symlinks resolved.
  static func realPath(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
  }
}

/// write(2), named apart from `AtomicFile.write`.
@inline(__always)
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  #if canImport(Darwin)
  return Darwin.write(fd, buffer, count)
  #elseif canImport(Musl)
  return Musl.write(fd, buffer, count)
  #else
  return Glibc.write(fd, buffer, count)
  #endif
}
