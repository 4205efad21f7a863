import ArgumentParser
import Entente

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check graph files: syntax, actors, kinds, dates, intervals, documents, includes.",
    discussion: """
      Prints one line per valid file; for an invalid one, the file, line and column of the first problem, \
      what is wrong and what would be right, and exits 1.

      Examples:
        entente validate graphs/seeds.yaml
        entente validate graphs/*.yaml
      """)

  @Argument(help: "Graph files (YAML).")
  var graphs: [String]

  func run() throws {
    var failed = false
    for path in graphs {
      do {
        let g = try GraphFileReader().read(path: path)
        print("\(path): ok (\(g.documents.count) documents, \(g.actors.count) actors, \(g.relations.count) relations)")
      } catch {
        _ = fail(error)
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }
}
