import Testing

extension Tag {
  /// Suites and tests that take seconds.
  ///
  /// They spawn processes (the CLI, Chromium), run the 1,000-node and 51-network oracles
  /// in a debug build, read 50 MB of input or build the whole report: each takes over
  /// 2 s in debug. `scripts/test-quick` (the README's "Tests") leaves them out; tag a new
  /// test `.slow` when it does the same.
  @Tag package static var slow: Self
}
