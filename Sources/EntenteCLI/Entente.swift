import ArgumentParser
import Entente
import Foundation

/// The `entente` command: a thin layer over the Entente library.
@main
struct EntenteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entente",
    abstract: "Build, measure and draw dated graphs of states and organizations from analysis texts.",
    discussion: """
      Examples:
        entente validate graphs/seeds.yaml
        entente snapshot graphs/seeds.yaml --at 2016 --at 2020 --at 2024
        entente stats graphs/seeds.yaml --at 2020
      """,
    subcommands: [Validate.self, SnapshotCommand.self, Stats.self, Analyze.self, Diff.self, Render.self, Export.self, Import.self, Extract.self, Eval.self, ReportCommand.self]
  )
}

/// Prints an error the way compilers do and picks the exit code; the only place that prints errors.
func fail(_ error: EntenteError) -> ExitCode {
  FileHandle.standardError.write(Data(("entente: " + error.description + "\n").utf8))
  return ExitCode(1)
}

/// Reads a graph file, or exits with its error printed.
func loadGraph(_ path: String) throws -> ActorGraph {
  do { return try GraphFileReader().read(path: path) } catch { throw fail(error) }
}

/// Parses a date option, or throws a validation error that names it.
func parseDate(_ text: String, option: String) throws -> EntenteDate {
  do { return try EntenteDate(parsing: text) } catch { throw ValidationError("\(option) \(text): \(error.message)") }
}

/// Writes output to a file atomically, or to standard output.
func emit(_ text: String, to path: String?) throws {
  if let path {
    do { try AtomicFile.write(text, to: path) } catch { throw fail(error) }
  } else {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
