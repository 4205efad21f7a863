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
    try Data("<graphml>\n<graph><node id=\"".utf8 + [0xC3, 0x28] + "\"/></graph></graphml>".utf8).write(to: URL(fileURLWithPath: path))
    let inValue = #expect(throws: EntenteError.self) { try format.read(path: path) }
    #expect(inValue?.location?.line == 2)
  }
}
