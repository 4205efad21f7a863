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

/// The printed PDF is byte-identical from run to run: Chromium's two date stamps were the
/// only bytes that differed between two prints of the same page.
@Suite struct PDFDateStampTests {
  @Test func twoPrintsAtDifferentTimesBecomeTheSameBytes() {
    func pdf(_ stamp: String) -> Data {
      Data(
        "%PDF-1.4\n1 0 obj <</Producer (Skia/PDF)\n/CreationDate (D:\(stamp))\n/ModDate (D:\(stamp))>>\nendobj\n".utf8)
    }
    let first = PDFDateStamp.fixed(pdf("20261128221109+00'00'"))
    let second = PDFDateStamp.fixed(pdf("20270301075959-05'00'"))
    #expect(first == second)
    #expect(first.count == pdf("20261128221109+00'00'").count)
    #expect(String(decoding: first, as: UTF8.self).contains("/ModDate (D:19700101000000+00'00')"))
    #expect(String(decoding: first, as: UTF8.self).contains("/Producer (Skia/PDF)"))
  }

  @Test func aPDFWithoutStampsIsUnchanged() {
    let plain = Data("%PDF-1.4\n/Title (D:2026 is not a stamp)\n".utf8)
    #expect(PDFDateStamp.fixed(plain) == plain)
  }
}
