import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

/// Weights far beyond `Int`'s range (±9.22e18) are valid finite numbers: every writer shows
/// them in plain digits instead of trapping in `Int(_: Double)` (issue #14, item 1).
@Suite struct HugeNumberTests {
  @Test func decimalTextWritesAnyFiniteValue() {
    #expect(NumberText.decimal(1e20, places: 3) == "100000000000000000000")
    #expect(NumberText.decimal(-9.3e18, places: 4) == "-9300000000000000000")
    #expect(NumberText.decimal(Double.greatestFiniteMagnitude, places: 3).count == 309)
    #expect(NumberText.decimal(2.5, places: 3) == "2.5")
    #expect(NumberText.decimal(3, places: 3) == "3")
    #expect(NumberText.decimal(0.12345, places: 3) == "0.123")
    #expect(NumberText.decimal(-0.0001, places: 3) == "0")
    #expect(NumberText.decimal(.nan, places: 3) == "nan")
    #expect(NumberText.integer(1e20) == nil)
    #expect(NumberText.integer(.nan) == nil)
    #expect(NumberText.integer(41.6) == 42)
  }

  @Test func snapshotOfAHugeWeightFormatsInEveryFormat() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/huge.yaml"
    try """
    entente: 1
    actors:
      - {id: AAA, name: First, kind: state}
      - {id: BBB, name: Second, kind: state}
    relations:
      - {source: AAA, target: BBB, kind: tension, at: 2020, weight: 1e20}

    """.write(toFile: path, atomically: true, encoding: .utf8)
    let g = try GraphFileReader().read(path: path)
    let s = g.snapshot(at: try EntenteDate(parsing: "2020"))
    for f in SnapshotFormatter.Format.allCases {
      let text = SnapshotFormatter.format([s], as: f)
      #expect(text.contains("AAA"), "\(f)")
    }
    #expect(SnapshotFormatter.format([s], as: .text).contains("100000000000000000000"))
    #expect(SnapshotFormatter.format([s], as: .yaml).contains("100000000000000000000"))
  }
}
