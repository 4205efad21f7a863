import Entente
import EntenteRender
import Foundation

/// Prints a report's HTML page to a print-ready PDF through headless Chromium, the
/// browser the report's tests use; the page's print style sheet stacks every year, one
/// per page, without the year tabs and the kind filter.
///
///     if let printer = ReportPrinter.find() { try printer.writePDF(html: "out/index.html", to: "out/report.pdf") }
///
/// A PDF is not byte-identical across runs: Chromium stamps the time it was made.
public struct ReportPrinter: Sendable {
  /// The Chromium executable.
  public let chromium: String

  /// The names looked for on `PATH`, in order, when `ENTENTE_CHROMIUM` is not set.
  public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

  /// Creates a printer with a given Chromium executable.
  ///
  /// - Parameter chromium: the path of a Chromium (or Chrome) executable.
  public init(chromium: String) { self.chromium = chromium }

  /// The printer using `ENTENTE_CHROMIUM`, else the first of `names` on `PATH`; nil when none is found.
  ///
  /// - Parameter environment: the environment to read `ENTENTE_CHROMIUM` and `PATH` from.
  /// - Returns: a printer, or nil without Chromium.
  public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> ReportPrinter? {
    let fm = FileManager.default
    if let given = environment["ENTENTE_CHROMIUM"], !given.isEmpty {
      return fm.isExecutableFile(atPath: given) ? ReportPrinter(chromium: given) : nil
    }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in names {
      for folder in folders where fm.isExecutableFile(atPath: PathText.join(folder, name)) {
        return ReportPrinter(chromium: PathText.join(folder, name))
      }
    }
    return nil
  }

  /// Prints the HTML page at `html` to a PDF at `pdf`, written atomically.
  ///
  /// - Parameters:
  ///   - html: the path of the report's `index.html`.
  ///   - pdf: the path of the PDF to write.
  ///   - timeout: seconds to wait for Chromium before giving up.
  /// - Throws: `.renderFailed` naming Chromium and what went wrong when it cannot start, times out,
  ///   or writes no PDF; `.invalidRequest` when the PDF cannot be written to `pdf`.
  public func writePDF(html: String, to pdf: String, timeout: Double = 120) throws(RenderError) {
    let fm = FileManager.default
    let work = PathText.join(NSTemporaryDirectory(), "entente-pdf-\(UUID().uuidString)")
    defer { try? fm.removeItem(atPath: work) }
    do { try fm.createDirectory(atPath: work, withIntermediateDirectories: true) } catch {
      throw RenderError(.renderFailed, "cannot create the temporary folder \(work) for Chromium")
    }
    let page = URL(fileURLWithPath: html).standardizedFileURL.absoluteString
    let out = PathText.join(work, "report.pdf")
    let p = Process()
    p.executableURL = URL(fileURLWithPath: chromium)
    p.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(work)/profile",
      "--no-pdf-header-footer", "--print-to-pdf=\(out)", page,
    ]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch {
      throw RenderError(.renderFailed, "cannot start \(chromium) to print \(html): \(error.localizedDescription)")
    }
    let deadline = Date().addingTimeInterval(timeout)
    while p.isRunning && Date() < deadline { usleep(50_000) }
    if p.isRunning {
      p.terminate()
      p.waitUntilExit()
      throw RenderError(.renderFailed, "\(chromium) did not print \(html) within \(Int(timeout)) s")
    }
    guard let data = fm.contents(atPath: out), data.starts(with: Array("%PDF".utf8)) else {
      throw RenderError(
        .renderFailed, "\(chromium) exited with status \(p.terminationStatus) and wrote no PDF for \(html)")
    }
    do { try AtomicFile.write(PDFDateStamp.fixed(data), to: pdf) } catch {
      throw RenderError(.invalidRequest, "cannot write \(pdf): \(error)")
    }
  }
}
