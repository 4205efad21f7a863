import ArgumentParser
import Entente
import EntenteRender
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
    subcommands: [
      Validate.self, SnapshotCommand.self, Stats.self, Analyze.self, Diff.self, Render.self, Export.self, Import.self,
      Extract.self, Eval.self, ReportCommand.self, Sentences.self, Review.self, Accept.self, Reject.self,
      Init.self, Events.self,
    ]
  )

  /// Parses and runs a subcommand.
  ///
  /// Library errors are printed by `fail`; usage errors and help by the
  /// argument parser.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      exit(withError: fail(error))
    }
    // Output printed with print() is buffered: a full disk or a closed pipe shows up here.
    if fflush(nil) != 0 {
      FileHandle.standardError.write(
        Data("entente: error: cannot write to standard output: \(String(cString: strerror(errno)))\n".utf8))
      Self.exit(withError: ExitCode(1))
    }
  }
}

/// Prints a library error the way compilers do and turns it into exit code 1; any other error (a usage
/// error, an exit code, a request for help) passes through to the argument parser.
///
/// The only place that
/// prints errors.
func fail(_ error: any Error) -> any Error {
  let message: String
  switch error {
  case let e as EntenteError: message = e.description
  case let e as RenderError: message = e.description
  default: return error
  }
  FileHandle.standardError.write(Data(("entente: " + TerminalText.printable(message) + "\n").utf8))
  return ExitCode(1)
}

/// Prints a warning on standard error; the run goes on.
func warn(_ message: String) {
  FileHandle.standardError.write(Data(("entente: warning: " + TerminalText.printable(message) + "\n").utf8))
}

/// Reads a date option's value (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); a bad date is a usage error.
func dateArgument(_ text: String) throws -> EntenteDate {
  try checkOption { () throws(EntenteError) in try EntenteDate(parsing: text) }
}

/// Reads a comma-separated list of dates (`2016,2020,2024`); a bad date is a usage error.
func dateListArgument(_ text: String) throws -> [EntenteDate] {
  try text.split(separator: ",").map { try dateArgument(String($0)) }
}

/// Runs a library check of an option's value; its error becomes a usage error (exit 64) that names `option`
/// when given.
func checkOption<T>(_ option: String? = nil, _ body: () throws(EntenteError) -> T) throws -> T {
  do { return try body() } catch { throw ValidationError((option.map { $0 + ": " } ?? "") + error.message) }
}

/// Writes output to a file atomically, or to standard output (no path, or `-`); never over one of `inputs`.
func emit(_ text: String, to path: String?, inputs: [String] = []) throws {
  try emit(Data(text.utf8), to: path, inputs: inputs)
}

/// Writes bytes to a file atomically, or to standard output (no path, or `-`); never over one of `inputs`.
func emit(_ data: Data, to path: String?, inputs: [String] = []) throws {
  if let path, path != "-" {
    try AtomicFile.write(data, to: path, inputs: inputs)
  } else {
    do { try FileHandle.standardOutput.write(contentsOf: data) } catch {
      throw EntenteError(.writeFailed, "cannot write to standard output: \(error.localizedDescription)")
    }
  }
}

/// Creates `folder` if needed and writes each file into it atomically, in order; never over one of `inputs`.
func emit(files: [(name: String, text: String)], into folder: String, inputs: [String] = []) throws {
  do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
    throw EntenteError(.writeFailed, "cannot create folder '\(folder)'")
  }
  for f in files { try emit(f.text, to: PathText.join(folder, f.name), inputs: inputs) }
}
