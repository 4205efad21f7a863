import Foundation
import Testing

/// Compares `text` with the golden file at `relativePath` (from the repository root); with
/// `RECORD_SNAPSHOTS=1` in the environment, writes the file instead, as argument-parser's
/// `assertSnapshot` does.
///
/// ```swift
/// try assertGolden(dot.text, at: "Tests/EntenteRenderTests/Golden/seeds-2020.dot")
/// ```
///
/// - Throws: when the golden file cannot be read or, when recording, written.
package func assertGolden(
  _ text: String, at relativePath: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let path = Repo.path(relativePath)
  let name = URL(fileURLWithPath: relativePath).lastPathComponent
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return
  }
  let golden = try String(contentsOfFile: path, encoding: .utf8)
  #expect(
    text == golden,
    "\(name) differs from its golden file; rerun with RECORD_SNAPSHOTS=1 if the change is intended",
    sourceLocation: sourceLocation)
}
