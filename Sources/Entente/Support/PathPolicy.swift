import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Which files a graph file may make Entente read: the one path policy for every file a
/// graph file names (`include:`, `documents: path:`).
///
/// A graph file may come from someone else, so the paths it names are not trusted. A named
/// file is read only when its real path (symlinks resolved) lies inside one of the
/// policy's folders — the folder tree of the graph file given on the command line, and the
/// documents folder given with `--docs` — and it is a regular file (not a FIFO, a device,
/// a socket or a folder). `../`, absolute paths, symlinks that lead out and `/proc` are
/// refused before anything is opened, and the refusal names only the path as written,
/// never the content of the file it leads to.
package struct PathPolicy: Sendable {
  /// The real paths of the folders whose trees may be read.
  package let roots: [String]
  /// The folders as the user gave them, for messages.
  private let shownRoots: [String]

  /// A policy admitting the tree of `graphFile`'s folder and the trees of `folders`.
  ///
  /// - Parameters:
  ///   - graphFile: the graph file given by the user (trusted); its folder's tree is admitted.
  ///   - folders: further folders the user gave (the documents folder).
  package init(graphFile: String, folders: [String] = []) {
    let graphFolder = PathText.folder(of: graphFile)
    let given = [graphFolder.isEmpty ? "." : graphFolder] + folders
    var roots: [String] = []
    var shown: [String] = []
    for f in given {
      guard let real = PathPolicy.realPath(f.isEmpty ? "." : f) else { continue }
      roots.append(real)
      shown.append(f.isEmpty ? "." : f)
    }
    self.roots = roots
    self.shownRoots = shown
  }

  /// Why a named path is not read.
  package enum Refusal: Error, Sendable, Equatable {
    /// Nothing is at the path.
    case missing
    /// The path leads outside every admitted folder tree.
    case outside
    /// The path leads to something that is not a regular file.
    case notRegularFile
  }

  /// The real path of `path` when it may be read.
  ///
  /// - Parameter path: the path as resolved against the naming file's folder.
  /// - Returns: the real path to open.
  /// - Throws: `Refusal` saying why the path is not read.
  package func admit(_ path: String) throws(Refusal) -> String {
    guard let real = PathPolicy.realPath(path) else {
      // Missing inside the trees, or outside them whether or not it exists: the answer
      // for a path outside must not tell whether something is there.
      guard let place = PathPolicy.placeOfMissing(path), roots.contains(where: { PathPolicy.isInside(place, $0) })
      else { throw .outside }
      throw .missing
    }
    guard roots.contains(where: { PathPolicy.isInside(real, $0) }) else { throw .outside }
    var info = stat()
    guard stat(real, &info) == 0 else { throw .missing }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notRegularFile }
    return real
  }

  /// What may be read, for messages: `"the folder tree of 'graphs'"`, with the documents folder when given.
  package var admittedDescription: String {
    let list = shownRoots.map { "'\($0)'" }
    return "the folder tree" + (list.count > 1 ? "s" : "") + " of " + list.joined(separator: " and ")
  }

  /// A sentence for a refused path (`what` says what named it), naming the path only as written.
  ///
  /// - Parameters:
  ///   - refusal: why the path is not read.
  ///   - written: the path as the graph file wrote it.
  ///   - what: what named the path (`"include"`, `"document 'd1'"`).
  /// - Returns: what is wrong and what would be right.
  package func message(_ refusal: Refusal, written: String, what: String) -> String {
    switch refusal {
    case .missing:
      return "\(what) '\(written)' does not exist"
    case .outside:
      return
        "\(what) '\(written)' leads outside \(admittedDescription); a graph file may name only files inside "
        + "its own folder tree (or the documents folder given with --docs)"
    case .notRegularFile:
      return "\(what) '\(written)' is not a regular file; name a file"
    }
  }

  /// `path` with every symlink, `.` and `..` resolved, or nil when it does not exist.
  package static func realPath(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
  }

  /// Where a path that does not exist would be: the real path of its deepest existing
  /// folder, followed by the rest of the path with `.` and `..` resolved as text.
  ///
  /// - Complexity: one `realpath` per missing component.
  static func placeOfMissing(_ path: String) -> String? {
    var head = path.isEmpty ? "." : path
    var rest: [Substring] = []
    while true {
      if let real = realPath(head) {
        var parts = real.split(separator: "/", omittingEmptySubsequences: true)
        for c in rest.reversed() {
          if c == ".." {
            if !parts.isEmpty { parts.removeLast() }
          } else if c != "." {
            parts.append(c)
          }
        }
        return "/" + parts.joined(separator: "/")
      }
      let folder = PathText.folder(of: head)
      rest.append(Substring(PathText.lastComponent(head)))
      if folder == head || folder.isEmpty {
        head = path.hasPrefix("/") ? "/" : "."
        if realPath(head) == nil { return nil }
        continue
      }
      head = folder
    }
  }

  /// Whether the real path `path` is `root` or lies below it.
  static func isInside(_ path: String, _ root: String) -> Bool {
    if path == root { return true }
    return path.hasPrefix(root == "/" ? "/" : root + "/")
  }
}
