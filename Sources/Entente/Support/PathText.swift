/// Path arithmetic on user-given paths, done on the text alone.
///
/// Foundation's `NSString.deletingLastPathComponent` traps on Linux for one-character
/// names such as `g` or `e` (issue #14, item 2), so every folder-of, last-component and
/// join of a path the user named goes through here instead. Paths are `/`-separated;
/// nothing is resolved, touched or read.
package enum PathText {
  /// The folder part of `path`: `"a/b"` for `"a/b/c"`, `"/"` for `"/c"`, `""` for a bare
  /// name such as `"g"` (the current folder).
  ///
  /// Trailing slashes are ignored.
  package static func folder(of path: String) -> String {
    let p = trimmed(path)
    guard let slash = p.lastIndex(of: "/") else { return "" }
    let head = p[..<slash]
    if head.allSatisfy({ $0 == "/" }) { return "/" }
    return trimmed(String(head))
  }

  /// The last component of `path`: `"c"` for `"a/b/c"` and `"a/b/c/"`, `"/"` for `"/"`.
  package static func lastComponent(_ path: String) -> String {
    let p = trimmed(path)
    guard let slash = p.lastIndex(of: "/") else { return p }
    let tail = p[p.index(after: slash)...]
    return tail.isEmpty ? p : String(tail)
  }

  /// The extension of the last component without its dot (`"svg"` for `"out/a.svg"`), or
  /// `""` when it has none (`"a"`, `".profile"`).
  package static func fileExtension(_ path: String) -> String {
    let name = lastComponent(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...])
  }

  /// The last component of `path` without its extension (`"a"` for `"docs/a.txt"`).
  package static func baseName(_ path: String) -> String {
    let name = lastComponent(path)
    let ext = fileExtension(name)
    return ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
  }

  /// `name` inside `folder`: `name` alone when `folder` is empty, else joined with one `/`.
  package static func join(_ folder: String, _ name: String) -> String {
    if folder.isEmpty { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// `path` without trailing slashes, except that `/` stays `/`.
  private static func trimmed(_ path: String) -> String {
    var p = Substring(path)
    while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
    return String(p)
  }
}
