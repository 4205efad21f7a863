/// A map from relation kind names to values, for the handful of kinds a document's
/// sentences carry over (`RelationExtractor.extract`'s last pair of each kind).
///
/// Kept as a short list compared by name: at most one entry per kind (nine standard
/// ones), so a lookup compares a few small strings and hashes none, and copying the map
/// into a sentence's roles retains one buffer.
struct KindMap<Value> {
  private var entries: [(kind: String, value: Value)] = []

  /// Whether no kind has a value.
  var isEmpty: Bool { entries.isEmpty }

  /// The value of `kind`; setting nil removes it.
  ///
  /// - Complexity: O(*k*) for *k* kinds with a value.
  subscript(kind: String) -> Value? {
    get {
      for e in entries where e.kind == kind { return e.value }
      return nil
    }
    set {
      if let i = entries.firstIndex(where: { $0.kind == kind }) {
        if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
      } else if let newValue {
        entries.append((kind, newValue))
      }
    }
  }

  /// The kinds with a value, with their values, in the order they were first set.
  var all: [(kind: String, value: Value)] { entries }
}
