import Entente
import Foundation

/// Finds and starts `entente-review`, the review app's server: a separate executable, so that building
/// `entente` does not compile its web stack (SwiftNIO, BoringSSL; many minutes in a release build).
enum ReviewLauncher {
  /// The review app's executable name.
  static let name = "entente-review"

  /// The folder of the running `entente` binary (symbolic links resolved), or nil when unknown.
  static var ownFolder: String? {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    if exe.path != "/proc/self/exe" { return exe.deletingLastPathComponent().path }
    return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path
  }

  /// Where the app is looked for, in order: beside `entente`, then each folder of PATH.
  static func candidates(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> [String] {
    var folders: [String] = ownFolder.map { [$0] } ?? []
    folders += (path ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
    return folders.map { PathText.join($0, name) }
  }

  /// How to build the app, for the message when it is missing; the release form when `entente` is a release build.
  static var buildAdvice: String {
    let release = ownFolder?.hasSuffix("/release") ?? false
    return release
      ? "swift build -c release --product entente-review (it compiles SwiftNIO and BoringSSL: many minutes)"
      : "swift build --product entente-review (or `swift build`, which builds every product)"
  }

  /// Replaces this process with `entente-review arguments`; returns only by throwing.
  ///
  /// - Parameter arguments: The arguments after `review`.
  /// - Throws: `EntenteError` when the app is not found or cannot be started.
  static func exec(_ arguments: [String]) throws -> Never {
    let looked = candidates()
    guard let app = looked.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      let beside = ownFolder.map { "beside entente (\($0))" } ?? "beside entente"
      throw EntenteError(
        .resourceMissing,
        "entente review runs the review app, the separate executable '\(name)' (the web server, kept out of "
          + "entente so that entente builds quickly), and it is neither \(beside) nor on PATH; build it in the "
          + "repository with `\(buildAdvice)`, then run this command again")
    }
    fflush(nil)
    var argv: [UnsafeMutablePointer<CChar>?] = ([app] + arguments).map { strdup($0) }
    argv.append(nil)
    execv(app, &argv)
    let reason = String(cString: strerror(errno))
    throw EntenteError(.resourceMissing, "cannot start the review app '\(app)': \(reason)")
  }
}
