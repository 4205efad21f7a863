import Foundation

/// Finds files of the package's resource bundles without SwiftPM's `Bundle.module`,
/// which stops the process when the bundle is missing.
package enum ResourceLocator {
  /// The path of resource `name` of target `module`, looked for in `ENTENTE_RESOURCES`,
  /// then in `Entente_<module>.resources` beside the executable and the loaded bundles.
  package static func path(of name: String, module: String = "Entente") -> String? {
    var folders: [String] = []
    if let env = ProcessInfo.processInfo.environment["ENTENTE_RESOURCES"] { folders.append(env) }
    let bundleName = "Entente_\(module).resources"
    var bases = [Bundle.main.bundleURL.path]
    if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path {
      bases.append(exe)
    }
    for b in Bundle.allBundles { bases.append(b.bundleURL.deletingLastPathComponent().path) }
    for base in bases {
      folders.append(base + "/" + bundleName)
      folders.append(base + "/" + bundleName + "/Resources")
    }
    for f in folders where FileManager.default.isReadableFile(atPath: f + "/" + name) {
      return f + "/" + name
    }
    return nil
  }
}
