import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

@Suite struct GraphFileIncludeTests {
  let actors = """
    entente: 1
    actors:
      - {id: ARM, name: Armenia, kind: state}
      - {id: AZE, name: Azerbaijan, kind: state}
    """

  @Test func includedFilesComeFirstAndDiamondsAreReadOnce() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try actors.write(toFile: dir + "/actors.yaml", atomically: true, encoding: .utf8)
    try "entente: 1\ninclude: [actors.yaml]\nrelations:\n  - {source: AZE, target: ARM, kind: hostility, at: 2016-04}\n"
      .write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
    // Files may include each other only inside the top file's folder tree (issue #14, item 5).
    try
      "entente: 1\ninclude: [actors.yaml, a.yaml]\nrelations:\n  - {source: AZE, target: ARM, kind: hostility, at: 2020}\n"
      .write(toFile: dir + "/top.yaml", atomically: true, encoding: .utf8)
    let g = try GraphFileReader().read(path: dir + "/top.yaml")
    #expect(g.actors.map(\.id) == ["ARM", "AZE"])
    #expect(g.relations.map(\.time) == [.event(date("2016-04")), .event(date("2020"))])
  }

  @Test func includeCycleIsNamedAtTheInclude() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "entente: 1\ninclude: [b.yaml]\n".write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
    try "entente: 1\ninclude:\n  - a.yaml\n".write(toFile: dir + "/b.yaml", atomically: true, encoding: .utf8)
    let error = #expect(throws: EntenteError.self) { try GraphFileReader().read(path: dir + "/a.yaml") }
    #expect(error?.code == .includeCycle)
    #expect(
      error?.description.split(separator: "\n").first.map(String.init)
        == "\(dir)/b.yaml:3:5: error: include cycle: a.yaml -> b.yaml -> a.yaml; remove one of these includes")
  }

  @Test func missingIncludeIsNamedWithWhereItLooked() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "entente: 1\ninclude: [actors.yaml, nowhere.yaml]\n".write(
      toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
    try actors.write(toFile: dir + "/actors.yaml", atomically: true, encoding: .utf8)
    let error = #expect(throws: EntenteError.self) { try GraphFileReader().read(path: dir + "/a.yaml") }
    #expect(
      error?.description.split(separator: "\n").first.map(String.init)
        == "\(dir)/a.yaml:2:24: error: included file 'nowhere.yaml' does not exist (looked for \(dir)/nowhere.yaml); includes are relative to the including file"
    )
  }

  @Test func duplicateActorAcrossFilesPointsAtTheSecondDefinition() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try actors.write(toFile: dir + "/actors.yaml", atomically: true, encoding: .utf8)
    try "entente: 1\ninclude: [actors.yaml]\nactors:\n  - {id: AZE, name: Azeri, kind: state}\n"
      .write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
    let error = #expect(throws: EntenteError.self) { try GraphFileReader().read(path: dir + "/a.yaml") }
    #expect(
      error?.description.split(separator: "\n").first.map(String.init)
        == "\(dir)/a.yaml:4:10: error: actor 'AZE' is defined twice; keep one definition and merge its names")
  }
}
