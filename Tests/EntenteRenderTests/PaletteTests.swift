import EntenteTestSupport
import Foundation
import Testing

/// The palette check of scripts/palette-check.py: every pair of relation kinds and of
/// diff changes can be told apart in grey print and with protanopia, deuteranopia and
/// tritanopia (Machado et al.
///
/// 2009), by drawing or by colour.
@Suite struct PaletteTests {
  @Test func everyKindAndChangeCanBeToldApart() throws {
    let script = Repo.path("scripts/palette-check.py")
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
      print("skipped: /usr/bin/python3 is not installed, so \(script) cannot run")
      return
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = [script]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0, "\(text)")
    #expect(text.contains("== relation kinds") && text.contains("tension / hostility"))
  }
}
