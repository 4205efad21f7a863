import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteInterchange

/// Reproductions of issue #14 for the interchange readers and writers.
@Suite struct HostileInterchangeTests {
  /// Item 3: a byte that is not UTF-8 in an element name trapped inside FoundationXML.
  @Test(arguments: [InterchangeFormat.graphml, .gexf])
  func xmlThatIsNotUTF8IsALocatedError(format: InterchangeFormat) throws {
    let dir = try temporaryFolder("entente-interchange")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/bad." + format.rawValue
    try Data([0x3C, 0xFF, 0x3D, 0x22, 0x65]).write(to: URL(fileURLWithPath: path))  // <\xff="e
    let e = #expect(throws: EntenteError.self) { try format.read(path: path) }
    #expect(e?.code == .notText)
    #expect(e?.location?.line == 1 && e?.location?.column == 2)
    #expect(e?.message.hasPrefix("invalid UTF-8 at byte 1 (0xff)") == true)
    try Data("<graphml>\n<graph><node id=\"".utf8 + [0xC3, 0x28] + "\"/></graph></graphml>".utf8).write(
      to: URL(fileURLWithPath: path))
    let inValue = #expect(throws: EntenteError.self) { try format.read(path: path) }
    #expect(inValue?.location?.line == 2)
  }

  /// Item 6: CSV export wrote formula-leading cells as they were (formula injection).
  @Test func csvCellsThatLookLikeFormulasAreGuardedAndReadBackEqual() throws {
    let names = [
      "=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tTabbed", "'=quoted", "Plain",
      "-5",
    ]
    var g = ActorGraph(vocabulary: try .standard())
    for (i, n) in names.enumerated() { try g.add(Actor(id: ActorID("F\(i)"), name: n, kind: .group)) }
    try g.add(
      Relation(
        source: "F0", target: "F1", kind: "tension", time: .event(try EntenteDate(parsing: "2020")), note: "=1+1"))
    let (nodes, edges) = InterchangeCSV.write(InterchangeTable(graph: g, title: ""))
    let cells = nodes.split(separator: "\n").dropFirst().map { String($0.split(separator: ",", maxSplits: 1)[1]) }
    for cell in cells.prefix(6) {
      let text = cell.hasPrefix("\"") ? String(cell.dropFirst()) : cell
      #expect(text.hasPrefix("'"), "\(cell)")
    }
    #expect(nodes.contains("\nF5,''=quoted,"))
    #expect(nodes.contains(",Plain,") && nodes.contains(",-5,"))
    #expect(edges.contains(",'=1+1,"))
    #expect(!edges.contains(",'-1,") && !edges.contains(",'1.0,"))  // numbers are not guarded
    let dir = try temporaryFolder("entente-interchange")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try nodes.write(toFile: dir + "/nodes.csv", atomically: true, encoding: .utf8)
    try edges.write(toFile: dir + "/edges.csv", atomically: true, encoding: .utf8)
    let back = try InterchangeFormat.csv.read(path: dir + "/edges.csv").graph()
    #expect(back.actors.map(\.name) == names)
    #expect(back.relations.first?.note == "=1+1")
  }

  @Test func theCSVGuardIsExactlyUndone() {
    for s in ["", "'", "''", "=", "'=", "''=a", "-", "-1", "'-1", "+1.5e-3", "-e", "@", "a=b", "\r\n", "\t"] {
      #expect(CSVCell.restored(CSVCell.neutralized(s)) == s, "\(s)")
    }
    #expect(CSVCell.neutralized("-2+3") == "'-2+3")
    #expect(CSVCell.neutralized("-2.5") == "-2.5")
  }
}
