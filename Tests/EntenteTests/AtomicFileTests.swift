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
