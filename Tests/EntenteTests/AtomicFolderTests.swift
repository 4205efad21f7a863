import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

/// Issue #14, item 20: two runs writing the same folder mixed their files.
@Suite struct AtomicFolderTests {
  func files(_ tag: String) -> [(name: String, data: Data)] {
    (0..<12).map { ("f\($0).svg", Data(String(repeating: tag, count: 20_000).utf8)) } + [("index.html", Data(tag.utf8))]
  }

  @Test func concurrentWritersNeverMixTheirFiles() async throws {
    let dir = try temporaryFolder("entente-folder")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let out = dir + "/report"
    for round in 0..<5 {
      await withTaskGroup(of: Void.self) { group in
        for tag in ["a", "b", "c"] {
          group.addTask {
            try? AtomicFolder.write(
              self.files(tag), to: out, replaceable: { $0.hasSuffix(".svg") || $0 == "index.html" })
          }
        }
      }
      let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
      #expect(names.count == 13, "round \(round): \(names)")
      let tags = Set(try names.map { try String(contentsOfFile: out + "/" + $0, encoding: .utf8).prefix(1) })
      #expect(tags.count == 1, "round \(round): files from \(tags)")
    }
    // No temporary or old folder is left beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report"])
  }

  @Test func missingParentFoldersAreCreated() throws {
    let dir = try temporaryFolder("entente-folder")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try AtomicFolder.write(files("a"), to: dir + "/out/report", replaceable: { _ in true })
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out/report").count == 13)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out") == ["report"])
  }

  @Test func aFolderHoldingOtherFilesOrAnInputIsRefusedNotWiped() throws {
    let dir = try temporaryFolder("entente-folder")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "mine".write(toFile: dir + "/notes.txt", atomically: true, encoding: .utf8)
    let e = #expect(throws: EntenteError.self) {
      try AtomicFolder.write(self.files("a"), to: dir, replaceable: { $0.hasSuffix(".svg") })
    }
    #expect(e?.message.contains("holds 'notes.txt'") == true)
    #expect(try String(contentsOfFile: dir + "/notes.txt", encoding: .utf8) == "mine")
    try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
    try "x".write(toFile: dir + "/out/in.svg", atomically: true, encoding: .utf8)
    #expect(throws: EntenteError.self) {
      try AtomicFolder.write(
        self.files("a"), to: dir + "/out", replaceable: { _ in true }, inputs: [dir + "/out/in.svg"])
    }
    #expect(FileManager.default.fileExists(atPath: dir + "/out/in.svg"))
  }
}
