import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

@Suite struct AtomicFileTests {
  @Test func writesReplacesAndLeavesNoTemporaryFiles() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let old = FileManager.default.currentDirectoryPath
    defer { _ = FileManager.default.changeCurrentDirectoryPath(old) }
    try #require(FileManager.default.changeCurrentDirectoryPath(dir))
    for path in ["out.txt", dir + "/abs.txt"] {  // relative and absolute paths
      try AtomicFile.write("first", to: path)
      try AtomicFile.write("second", to: path)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["abs.txt", "out.txt"])
  }

  @Test func aFailedWriteKeepsTheOldFile() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try AtomicFile.write("kept", to: dir + "/f.txt")
    #expect(throws: EntenteError.self) { try AtomicFile.write("x", to: dir + "/missing/f.txt") }
    try FileManager.default.createDirectory(atPath: dir + "/d", withIntermediateDirectories: true)
    #expect(throws: EntenteError.self) { try AtomicFile.write("x", to: dir + "/d") }  // a folder is not replaced
    #expect(try String(contentsOfFile: dir + "/f.txt", encoding: .utf8) == "kept")
  }
}

/// Issue #14, items 8 and 9: the temporary file, the target's mode and what may be a target.
@Suite struct AtomicFileSafetyTests {
  /// The old temporary name was `.NAME.tmp-PID`, opened without O_EXCL or O_NOFOLLOW: a
  /// symlink planted there redirected the write into another file.
  @Test func aPlantedSymlinkIsNeverFollowed() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "precious".write(toFile: dir + "/victim", atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/.out.txt.tmp-\(getpid())", withDestinationPath: dir + "/victim")
    try AtomicFile.write("new", to: dir + "/out.txt")
    #expect(try String(contentsOfFile: dir + "/victim", encoding: .utf8) == "precious")
    #expect(try String(contentsOfFile: dir + "/out.txt", encoding: .utf8) == "new")
    let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter {
      $0.contains(".tmp-") && $0 != ".out.txt.tmp-\(getpid())"
    }
    #expect(left.isEmpty)
  }

  @Test func aReplacedFileKeepsItsMode() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/secret.yaml"
    try AtomicFile.write("one", to: path)
    #expect(chmod(path, 0o600) == 0)
    try AtomicFile.write("two", to: path)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
  }

  @Test func specialFilesAndFoldersAreRefusedNotReplaced() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fifo = dir + "/pipe"
    #expect(mkfifo(fifo, 0o644) == 0)
    let e = #expect(throws: EntenteError.self) { try AtomicFile.write("x", to: fifo) }
    #expect(e?.message.contains("is a FIFO") == true)
    let attributes = try FileManager.default.attributesOfItem(atPath: fifo)
    #expect(attributes[.type] as? FileAttributeType != .typeRegular)  // still the FIFO
    try FileManager.default.createDirectory(atPath: dir + "/d", withIntermediateDirectories: true)
    let folder = #expect(throws: EntenteError.self) { try AtomicFile.write("x", to: dir + "/d") }
    #expect(folder?.message.contains("is a folder") == true)
    // no temporary file left
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["d", "pipe"])
  }

  @Test func anInputIsNeverTheOutput() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let input = dir + "/g.yaml"
    try "entente: 1\n".write(toFile: input, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir + "/link.yaml", withDestinationPath: input)
    for output in [input, dir + "/./g.yaml", dir + "/link.yaml"] {
      let e = #expect(throws: EntenteError.self) { try AtomicFile.write("{}", to: output, inputs: [input]) }
      #expect(e?.message.contains("is the input file") == true)
    }
    #expect(try String(contentsOfFile: input, encoding: .utf8) == "entente: 1\n")
    try AtomicFile.write("{}", to: dir + "/other.json", inputs: [input])
    #expect(FileManager.default.fileExists(atPath: dir + "/other.json"))
  }
}
