import Entente
import EntenteRender
import Foundation

/// The report page's style sheet and script, read once from the resources of
/// `EntenteReport` (`Resources/report.css`, `Resources/report.js`) and inlined into
/// every page, so the page fetches nothing.
struct ReportAssets: Sendable {
  /// The CSS, ending with a newline.
  let styleSheet: String
  /// The script, ending with a newline.
  let script: String

  private static let loaded: Result<ReportAssets, RenderError> = {
    do throws(RenderError) {
      return .success(ReportAssets(styleSheet: try read("report.css"), script: try read("report.js")))
    } catch {
      return .failure(error)
    }
  }()

  /// The assets shipped with the package.
  ///
  /// - Throws: `.resourceMissing` naming the file and where it was looked for.
  static func standard() throws(RenderError) -> ReportAssets { try loaded.get() }

  private static func read(_ name: String) throws(RenderError) -> String {
    guard let path = ResourceLocator.path(of: name, module: "EntenteReport"),
      let text = try? String(contentsOfFile: path, encoding: .utf8)
    else {
      throw RenderError(
        .resourceMissing,
        "the report's \(name) was not found beside the executable; keep the Entente_EntenteReport.resources "
          + "folder next to it, or set ENTENTE_RESOURCES to a folder holding \(name)")
    }
    return text
  }
}
