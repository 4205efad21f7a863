import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

/// Issue #14, item 5: a graph file may make Entente read only files inside its own folder
/// tree (and the documents folder given), and no error prints another file's content.
@Suite struct PathPolicyTests {
  /// A folder holding `graphs/` (the graph's tree) and `outside/secret.yaml` beside it.
  func layout() throws -> String {
    let dir = try temporaryFolder("entente-policy")
    try FileManager.default.createDirectory(atPath: dir + "/graphs/sub", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: dir + "/outside", withIntermediateDirectories: true)
    try "entente: 1\nactors:\n  - {id: SEC, name: TOPSECRETVALUE, kind: state}\n".write(
      toFile: dir + "/outside/secret.yaml", atomically: true, encoding: .utf8)
    try "entente: 1\nactors:\n  - {id: ARM, name: Armenia, kind: state}\n".write(
      toFile: dir + "/graphs/sub/actors.yaml", atomically: true, encoding: .utf8)
    return dir
  }

  func graph(_ dir: String, include: String) throws -> String {
    let path = dir + "/graphs/top.yaml"
    try "entente: 1\ninclude: [\"\(include)\"]\n".write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func includesInsideTheTreeAreRead() throws {
    let dir = try layout()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let g = try GraphFileReader().read(path: try graph(dir, include: "sub/actors.yaml"))
    #expect(g.actors.map(\.id) == ["ARM"])
    // A nested file may go up again, as long as it stays in the top file's tree.
    try "entente: 1\ninclude: [../other.yaml]\n".write(
      toFile: dir + "/graphs/sub/nested.yaml", atomically: true, encoding: .utf8)
    try "entente: 1\ninclude: [sub/actors.yaml]\n".write(
      toFile: dir + "/graphs/other.yaml", atomically: true, encoding: .utf8)
    #expect(try GraphFileReader().read(path: try graph(dir, include: "sub/nested.yaml")).actors.map(\.id) == ["ARM"])
  }

  @Test(arguments: [
    "../outside/secret.yaml", "sub/../../outside/secret.yaml", "ABS", "/etc/passwd", "/proc/self/environ",
  ])
  func includesLeadingOutsideAreRefusedWithoutReading(include: String) throws {
    let dir = try layout()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let written = include == "ABS" ? dir + "/outside/secret.yaml" : include
    let e = #expect(throws: EntenteError.self) { try GraphFileReader().read(path: try graph(dir, include: written)) }
    #expect(e?.code == .pathRefused)
    #expect(e?.location?.line == 2)
    #expect(e?.message.contains("leads outside the folder tree of '\(dir)/graphs'") == true, "\(e?.message ?? "")")
    #expect(e?.description.contains("TOPSECRETVALUE") == false)
    #expect(e?.description.contains("root:") == false)
  }

  @Test func aSymlinkLeadingOutIsRefusedAndOneStayingInIsRead() throws {
    let dir = try layout()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/graphs/link.yaml", withDestinationPath: dir + "/outside/secret.yaml")
    let e = #expect(throws: EntenteError.self) {
      try GraphFileReader().read(path: try graph(dir, include: "link.yaml"))
    }
    #expect(e?.code == .pathRefused)
    #expect(e?.description.contains("TOPSECRETVALUE") == false)
    try FileManager.default.createSymbolicLink(atPath: dir + "/graphs/in.yaml", withDestinationPath: "sub/actors.yaml")
    #expect(try GraphFileReader().read(path: try graph(dir, include: "in.yaml")).actors.map(\.id) == ["ARM"])
  }

  @Test func aFIFOInsideTheTreeIsRefusedNotOpened() throws {
    let dir = try layout()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(mkfifo(dir + "/graphs/pipe.yaml", 0o600) == 0)
    let e = #expect(throws: EntenteError.self) {
      try GraphFileReader().read(path: try graph(dir, include: "pipe.yaml"))
    }
    #expect(e?.code == .pathRefused)
    #expect(e?.message.contains("is not a regular file") == true)
  }

  @Test func theGraphFileGivenByTheUserMayLieAnywhere() throws {
    let dir = try layout()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // The policy is about what a file names, not the file the user gives.
    #expect(try GraphFileReader().read(path: dir + "/outside/secret.yaml").actors.map(\.id) == ["SEC"])
    let policy = PathPolicy(graphFile: dir + "/graphs/top.yaml", folders: [dir + "/outside"])
    #expect(throws: Never.self) { try policy.admit(dir + "/outside/secret.yaml") }
    #expect(throws: PathPolicy.Refusal.outside) { try policy.admit("/etc/hostname") }
    #expect(throws: PathPolicy.Refusal.missing) { try policy.admit(dir + "/graphs/none.yaml") }
  }

  /// A path outside the trees gets one answer whether or not something is there, so a
  /// graph file cannot probe the disk through "does not exist" messages.
  @Test func aMissingPathOutsideIsRefusedLikeAnExistingOne() throws {
    let dir = try layout()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let policy = PathPolicy(graphFile: dir + "/graphs/top.yaml")
    for path in [
      "/outside/secret.yaml", "/outside/none.yaml", "/nowhere/none.yaml", "/graphs/../outside/none.yaml",
      "/graphs/gone/../../outside/none.yaml",
    ] {
      #expect(throws: PathPolicy.Refusal.outside, "\(path)") { try policy.admit(dir + path) }
    }
    #expect(throws: PathPolicy.Refusal.outside) { try policy.admit("/etc/no-such-file") }
    for path in ["/graphs/none.yaml", "/graphs/gone/none.yaml", "/graphs/sub/../none.yaml"] {
      #expect(throws: PathPolicy.Refusal.missing, "\(path)") { try policy.admit(dir + path) }
    }
    let messages = try ["../outside/secret.yaml", "../outside/none.yaml"].map { include in
      let path = try graph(dir, include: include)
      do {
        _ = try GraphFileReader().read(path: path)
        return ""
      } catch let e as EntenteError { return e.message.replacingOccurrences(of: include, with: "X") }
    }
    #expect(messages[0] == messages[1])
    #expect(messages[0].contains("leads outside"))
  }
}
