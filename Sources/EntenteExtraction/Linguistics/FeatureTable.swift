/// A hash table from 64-bit keys (already hashes) to 32-bit values, built once and then
/// only read: open addressing with linear probing, at most half full, key and value side
/// by side so a lookup touches one cache line.
package struct FeatureTable: Sendable {
  private struct Entry {
    var key: UInt64
    var value: UInt32
  }

  /// The value returned for an absent key.
  package static let absent = UInt32.max

  private var entries: [Entry]
  private let mask: Int

  /// An empty table with room for `count` keys.
  package init(capacity count: Int) {
    var size = 16
    while size < count * 2 { size *= 2 }
    entries = Array(repeating: Entry(key: 0, value: Self.absent), count: size)
    mask = size - 1
  }

  /// Key 0 marks empty slots; a real key 0 is stored as 1.
  @inline(__always) private static func slotKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

  /// Sets the value of `key` (replacing an earlier one).
  ///
  /// - Complexity: O(1) expected.
  package mutating func insert(_ key: UInt64, _ value: UInt32) {
    let k = Self.slotKey(key)
    var slot = Int(truncatingIfNeeded: k) & mask
    while entries[slot].key != 0 && entries[slot].key != k { slot = (slot + 1) & mask }
    entries[slot] = Entry(key: k, value: value)
  }

  /// The value of `key`, or `absent`.
  ///
  /// - Complexity: O(1) expected.
  @inline(__always) package func value(_ key: UInt64) -> UInt32 {
    let k = Self.slotKey(key)
    return entries.withUnsafeBufferPointer { e in
      var slot = Int(truncatingIfNeeded: k) & mask
      while true {
        let entry = e[slot]
        if entry.key == k { return entry.value }
        if entry.key == 0 { return Self.absent }
        slot = (slot + 1) & mask
      }
    }
  }
}
