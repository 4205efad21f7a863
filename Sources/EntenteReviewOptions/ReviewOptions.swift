import ArgumentParser
import Entente

/// The arguments `entente review` and `entente-review` share, declared once so the two
/// commands cannot drift apart: `entente review` checks them and hands them on unchanged.
public struct ReviewOptions: ParsableArguments {
  /// The curated graph file.
  @Argument(help: "The curated graph file.")
  public var graph: String

  /// The documents.
  @Argument(help: "The documents.")
  public var documents: [String]

  /// A manifest dating the documents.
  @Option(help: "A manifest dating the documents (file<TAB>date<TAB>title).")
  public var manifest: String?

  /// The date of documents the manifest and front matter do not date.
  @Option(help: "The date of documents the manifest and front matter do not date.")
  public var date: String?

  /// The port; 0 asks for any free one.
  @Option(help: "The port (default: a free one).")
  public var port: Int = 0

  /// The decisions file (default: GRAPH.decisions.yaml).
  @Option(help: "The decisions file (default: GRAPH.decisions.yaml).")
  public var decisions: String?

  /// Creates the options with their defaults (the argument parser fills them).
  public init() {}

  /// Refuses a port out of range and a date that does not parse, naming the value.
  ///
  /// - Throws: `ValidationError` with what would be right.
  public func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port is from 1 to 65535 (0: any free port)") }
    if let date {
      do { _ = try EntenteDate(parsing: date) } catch { throw ValidationError(error.message) }
    }
  }

  /// The date option, parsed.
  ///
  /// - Throws: `EntenteError` naming the date when it does not parse.
  public func day() throws(EntenteError) -> EntenteDate? {
    guard let date else { return nil }
    return try EntenteDate(parsing: date)
  }

  /// The command line that gives these options to `entente-review`: options first, then
  /// `--` so a file name that starts with a dash stays a file name, then the graph and the
  /// documents.
  public var forwarded: [String] {
    var arguments: [String] = []
    if let manifest { arguments += ["--manifest", manifest] }
    if let date { arguments += ["--date", date] }
    if port != 0 { arguments += ["--port", String(port)] }
    if let decisions { arguments += ["--decisions", decisions] }
    return arguments + ["--", graph] + documents
  }
}
