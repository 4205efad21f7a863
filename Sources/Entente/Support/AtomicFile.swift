import Foundation

/// Writes files whole or not at all: to a temporary file beside the target, then renamed into place.
package enum AtomicFile {
  /// Writes `data` to `path` atomically.
  ///
  /// - Throws: `EntenteError` `.writeFailed` naming the path and the reason.
  package static func write(_ data: Data, to path: String) throws(EntenteError) {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    do {
      try data.write(to: tmp)
    } catch {
      try? FileManager.default.removeItem(at: tmp)
      throw EntenteError(.writeFailed, "cannot write '\(path)': \(SourceText.reason(error)); check that the folder exists and is writable")
    }
    // rename(2) replaces the target in one step: readers see the old file or the new one.
    guard rename(tmp.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: tmp)
      throw EntenteError(.writeFailed, "cannot write '\(path)': \(reason); check that the folder exists and is writable")
    }
  }

  /// Writes `text` as UTF-8 to `path` atomically.
  package static func write(_ text: String, to path: String) throws(EntenteError) {
    try write(Data(text.utf8), to: path)
  }
}
