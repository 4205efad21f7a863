import Entente
import Foundation

/// The SHA-256 of a document file's bytes, which decisions are keyed by.
public enum DocumentHash {
  /// The SHA-256 of the file at `path` as 64 lower-case hex digits, or nil when it cannot be read.
  ///
  /// - Complexity: O(*n*) in the file's size.
  public static func sha256(path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return sha256(data)
  }

  /// The SHA-256 of `data` as 64 lower-case hex digits.
  public static func sha256(_ data: Data) -> String {
    data.withUnsafeBytes { SHA256Hex.hex($0) }
  }
}
