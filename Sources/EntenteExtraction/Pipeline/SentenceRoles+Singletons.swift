extension SentenceRoles {
  /// One-mention role results, built once and shared: most roles find a single actor, and
  /// returning a shared array retains it where building `[m]` allocated one per role.
  static let singletons: [[Int]] = (0..<512).map { [$0] }

  /// The role result holding mention `m` alone (shared when `m` is below 512).
  ///
  /// - Parameter m: A mention index.
  /// - Returns: `[m]`.
  @inline(__always) func single(_ m: Int) -> [Int] {
    m >= 0 && m < Self.singletons.count ? Self.singletons[m] : [m]
  }
}
