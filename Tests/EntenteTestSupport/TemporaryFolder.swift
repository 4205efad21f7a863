import Foundation

/// A fresh, empty temporary folder named `prefix-UUID`.
///
/// The caller removes it with `defer`:
///
/// ```swift
/// let dir = try temporaryFolder()
/// defer { try? FileManager.default.removeItem(atPath: dir) }
/// ```
///
/// - Parameter prefix: the start of the folder's name, to tell the tests' folders apart.
/// - Returns: the folder's absolute path.
/// - Throws: Foundation's error when the folder cannot be created.
package func temporaryFolder(_ prefix: String = "entente-tests") throws -> String {
  let p = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
  return p
}
