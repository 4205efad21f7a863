extension Array {
  /// Removes every element, keeping the storage for reuse.
  ///
  /// Skips the work when already
  /// empty: `removeAll(keepingCapacity:)` goes through a generic `replaceSubrange`,
  /// which showed in the extraction profile for the many buffers emptied per sentence.
  /// A list of at most four is emptied from its end, one `removeLast()` each (the specialized
  /// removal of the last element is cheaper than one generic `replaceSubrange`).
  @inline(__always) mutating func empty() {
    if count <= 4 {
      while !isEmpty { removeLast() }
    } else {
      removeAll(keepingCapacity: true)
    }
  }
}

extension Array {
  /// Removes the elements `shouldBeRemoved` holds for, keeping the others' order, as
  /// `removeAll(where:)` does (the predicate runs once per element, in order).
  ///
  /// Does nothing more than the scan when no element goes: `removeAll(where:)` then still
  /// removes an empty range through a generic `replaceSubrange`, which showed in the
  /// extraction profile for the role lists filtered per pattern occurrence.
  @inline(__always) mutating func removeWhere(_ shouldBeRemoved: (Element) throws -> Bool) rethrows {
    guard let first = try firstIndex(where: shouldBeRemoved) else { return }
    var kept = first
    var i = first + 1
    while i < count {
      if try !shouldBeRemoved(self[i]) {
        swapAt(kept, i)
        kept += 1
      }
      i += 1
    }
    removeSubrange(kept...)
  }
}
