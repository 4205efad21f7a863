import Testing

extension Tag {
  /// Suites and tests that take seconds.
  ///
  /// They spawn processes (the CLI, Chromium), or run the 1,000-node oracles in a debug
  /// build. The quick run in the README's "Tests" leaves them out.
  @Tag package static var slow: Self
}
