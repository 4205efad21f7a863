import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a folder of files whole or not at all: into a fresh temporary folder beside the
/// target, then renamed into place.
///
/// Two runs writing the same folder at once used to interleave their files (issue #14,
/// item 20: a report's `index.html` from one run beside the SVGs of the other). Now each
/// run fills its own temporary folder (created by `mkdtemp`, unpredictable and private), and
/// the folder is swapped in by `rename(2)`: a reader sees the old folder or the new one,
/// never a mix. An existing target is replaced only when it holds nothing but files this
/// kind of output writes (`replaceable`), so `-o .` or `-o ~/Documents` is refused instead
/// of wiped, and never when it is or holds one of the run's inputs.
package enum AtomicFolder {
  /// Writes `files` (name, bytes) as the folder `path`.
  ///
  /// - Parameters:
  ///   - files: the files, by name (no `/`).
  ///   - path: the folder to create or replace.
  ///   - replaceable: whether an existing entry of the folder may be dropped with the old folder.
  ///   - inputs: the files the run reads; a folder holding one is never replaced.
  /// - Throws: `EntenteError` `.writeFailed` naming the folder and the reason.
  package static func write(
    _ files: [(name: String, data: Data)], to path: String, replaceable: (String) -> Bool,
    inputs: [String] = []
  ) throws(EntenteError) {
    func failure(_ reason: String) -> EntenteError {
      EntenteError(.writeFailed, "cannot write the folder '\(path)': \(reason)")
    }
    let target = PathText.lastComponent(path)
    let parent = PathText.folder(of: path).isEmpty ? "." : PathText.folder(of: path)
    guard target != "." && target != ".." && target != "/" else {
      throw failure("give the path of a folder to create, not '\(path)'")
    }
    var st = stat()
    let exists = lstat(path, &st) == 0
    if exists {
      guard (st.st_mode & S_IFMT) == S_IFDIR else {
        throw failure("it exists and is not a folder; give a new folder or a folder this command wrote")
      }
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      if let foreign = entries.sorted().first(where: { !replaceable($0) }) {
        throw failure(
          "it holds '\(foreign)', which this command does not write; give a new or empty folder, or one it wrote before"
        )
      }
      let real = AtomicFile.realPath(path) ?? path
      for input in inputs {
        if let r = AtomicFile.realPath(input), PathPolicy.isInside(r, real) {
          throw failure("it holds the input '\(input)'; give another output folder")
        }
      }
    }
    // The folders above it are created as `mkdir -p` would (`-o out/report` with no `out` yet).
    do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
      throw failure("its parent folder cannot be created (\(error.localizedDescription))")
    }
    var template = Array(PathText.join(parent, ".\(target).tmp-XXXXXX").utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ b in b.baseAddress.flatMap { mkdtemp($0) } }) else {
      throw failure(String(cString: strerror(errno)) + "; check that the parent folder exists and is writable")
    }
    let tmp = String(cString: made)
    func cleanUp(_ folder: String) { try? FileManager.default.removeItem(atPath: folder) }
    do throws(EntenteError) {
      for f in files {
        guard !f.name.contains("/"), !f.name.isEmpty else { throw failure("'\(f.name)' is not a file name") }
        try AtomicFile.write(f.data, to: PathText.join(tmp, f.name))
      }
    } catch {
      cleanUp(tmp)
      throw error
    }
    // mkdtemp makes the folder 0700; a report folder is as readable as any other output.
    let mask = umask(0)
    umask(mask)
    chmod(tmp, 0o777 & ~mask)
    // Swap in: move the old folder aside, move the new one in, drop the old one. Another run
    // doing the same may win the race; then this run tries again, and the folder holds one
    // run's files whole either way.
    for _ in 0..<8 {
      if rename(tmp, path) == 0 { return }
      guard errno == EEXIST || errno == ENOTEMPTY else { break }
      var old = Array(PathText.join(parent, ".\(target).old-XXXXXX").utf8CString)
      guard let aside = old.withUnsafeMutableBufferPointer({ b in b.baseAddress.flatMap { mkdtemp($0) } }) else {
        break
      }
      let oldPath = String(cString: aside)
      rmdir(oldPath)
      if rename(path, oldPath) == 0 {
        let moved = rename(tmp, path) == 0
        cleanUp(oldPath)
        if moved { return }
      }
    }
    let reason = String(cString: strerror(errno))
    cleanUp(tmp)
    throw failure(reason)
  }
}
