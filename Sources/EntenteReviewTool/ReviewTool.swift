import ArgumentParser
import Entente
import EntenteRender
import EntenteReview
import EntenteReviewOptions
import EntenteReviewServer
import Foundation

/// `entente-review`: the review app's web server, the one executable that links Hummingbird (SwiftNIO,
/// BoringSSL); `entente review` starts it when it sits beside the `entente` binary or on PATH.
@main
struct ReviewTool: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entente-review",
    abstract: "Review extracted relations in a local web app: accept, reject, correct, add; see the graph.",
    discussion: """
      What `entente review` runs: the same arguments. Starts a web server on 127.0.0.1 only and prints its \
      address with a random session token; open it in a browser (nothing is opened for you). Stop it with \
      Ctrl-C. Decisions go into GRAPH.decisions.yaml and accepted relations into GRAPH (in place: comments, \
      include: and order kept).

      Examples:
        entente-review graphs/seeds.yaml ../shared/seeds/*.txt --manifest ../shared/seeds/manifest.tsv
        entente-review graphs/sahel.yaml docs/*.md --port 8765
      """)

  @OptionGroup var options: ReviewOptions

  func run() throws {
    let day = try options.day()
    let corpus = try ReviewCorpus.load(
      graph: options.graph, documents: options.documents, manifest: options.manifest, date: day)
    let session = try ReviewSession(corpus: corpus, decisionsPath: options.decisions)
    try ReviewServer(session: session).runUntilStopped(port: options.port) { url in
      // Unbuffered, so a script reading the address gets it at once.
      FileHandle.standardOutput.write(
        Data(
          """
          entente review: \(corpus.documents.count) documents, \(corpus.candidates.count) candidates
          open \(url)
          (only this machine can connect; the token in the address is the password; Ctrl-C stops)

          """.utf8))
    }
  }

  /// Parses and runs; a library error is printed as `entente review: error: ...` with exit code 1.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let message: String
      switch error {
      case let e as EntenteError: message = e.description
      case let e as RenderError: message = e.description
      default: exit(withError: error)
      }
      FileHandle.standardError.write(Data(("entente review: " + TerminalText.printable(message) + "\n").utf8))
      exit(withError: ExitCode(1))
    }
  }
}
