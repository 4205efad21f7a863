extension Array {
  /// Removes every element, keeping the storage for reuse.
  ///
  /// Skips the work when already
  /// empty: `removeAll(keepingCapacity:)` goes through a generic `replaceSubrange`,
  /// which showed in the extraction profile for the many buffers emptied per sentence.
  @inline(__always) mutating func empty() {
    if !isEmpty { removeAll(keepingCapacity: true) }
  }
}
