import EntenteRender
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteReport

@Suite struct ReportPrinterTests {
  @Test func chromiumIsFoundOnPathOrNamedAndItsAbsenceIsNil() throws {
    #expect(ReportPrinter.find(environment: ["PATH": "/nonexistent-entente"]) == nil)
    #expect(ReportPrinter.find(environment: ["ENTENTE_CHROMIUM": "/nonexistent-entente/chromium"]) == nil)
    #expect(ReportPrinter.find(environment: ["ENTENTE_CHROMIUM": "/bin/sh"])?.chromium == "/bin/sh")
  }

  @Test func aChromiumThatWritesNoPDFIsAClearErrorAndNoFile() throws {
    let dir = try temporaryFolder("entente-pdf")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "<html></html>".write(toFile: dir + "/index.html", atomically: true, encoding: .utf8)
    let e = #expect(throws: RenderError.self) {
      try ReportPrinter(chromium: "/bin/true").writePDF(html: dir + "/index.html", to: dir + "/report.pdf")
    }
    #expect(e?.code == .renderFailed)
    #expect(e?.message.contains("/bin/true exited with status 0 and wrote no PDF") == true)
    #expect(!FileManager.default.fileExists(atPath: dir + "/report.pdf"))
  }
}
