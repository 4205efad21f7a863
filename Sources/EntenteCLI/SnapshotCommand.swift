import ArgumentParser
import Entente

extension SnapshotFormatter.Format: ExpressibleByArgument {}

struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: "Show the relations in force at one or more dates, and what changed between them.",
    discussion: """
      A date is a year, a month or a day: --at 2020 is the whole year. Standing relations count when their \
      interval overlaps the period; events when they are dated in it (or up to --window years before). \
      Repeated relations of one kind between one pair are one edge. Guides/Snapshots.md gives the rules.

      Examples:
        entente snapshot graphs/seeds.yaml --at 2020
        entente snapshot graphs/seeds.yaml --at 2016 --at 2020 --at 2024
        entente snapshot graphs/seeds.yaml --at 2020-10 --format json \\
            -o out/2020-10.json
      """)

  @Argument(help: "A graph file (YAML).")
  var graph: String

  @Option(name: .customLong("at"), help: "A date: YYYY, YYYY-MM or YYYY-MM-DD (repeatable).", transform: dateArgument)
  var dates: [EntenteDate]

  @Option(help: "Years before each date in which events still count.")
  var window: Int = 0

  @Option(help: "Output format.")
  var format: SnapshotFormatter.Format = .text

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  func validate() throws {
    guard !dates.isEmpty else { throw ValidationError("give at least one date with --at (for example --at 2020)") }
    guard (0...100).contains(window) else { throw ValidationError("--window must be from 0 to 100 years") }
  }

  func run() throws {
    let g = try GraphFileReader().read(path: graph)
    try emit(
      SnapshotFormatter.format(dates.map { g.snapshot(at: $0, window: window) }, as: format), to: output,
      inputs: [graph])
  }
}
