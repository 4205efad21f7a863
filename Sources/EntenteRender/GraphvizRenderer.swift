internal import CGraphviz
import Foundation
import Synchronization

/// Lays out and renders DOT in process through Graphviz's C library (libgvc).
///
/// Graphviz is not thread-safe, not even for reads, so every call goes through
/// one `Mutex` around a single Graphviz context. Its error state is global:
/// each job resets it (`agreseterrors`) and captures the messages through an
/// error handler (`agseterrf`), so a failed render throws a `RenderError`
/// carrying Graphviz's own message, prints nothing to standard error, and
/// leaves the next render unaffected. Every graph, layout and buffer is freed
/// on every path.
///
///     let svg = try GraphvizRenderer.shared.render(dot: text, engine: "neato", format: "svg")
public final class GraphvizRenderer: Sendable {
  /// The process's renderer.
  public static let shared = GraphvizRenderer()

  /// Above this many nodes (or 10 edges per node allowance, `maximumDotEdges`) the
  /// `dot` engine is refused: it needs minutes on a few hundred dense nodes.
  public static let maximumDotNodes = 300
  /// Above this many edges the `dot` engine is refused.
  public static let maximumDotEdges = 1_000
  /// Up to this many nodes `auto` picks `neato`; above, `sfdp`.
  public static let maximumNeatoNodes = 1_000

  private struct Context: ~Copyable {
    let gvc: OpaquePointer?
  }

  private let context: Mutex<Context>

  private init() {
    context = Mutex(Context(gvc: gvContext()))
  }

  /// Lays out `dot` with `engine` and renders it as `format`.
  ///
  /// - Parameters:
  ///   - dot: DOT text.
  ///   - engine: a Graphviz layout engine (`dot`, `neato`, `fdp`, `sfdp`, `circo`,
  ///     `twopi`, `nop`, `nop2`), or `auto`: `neato` up to `maximumNeatoNodes`
  ///     nodes, `sfdp` above.
  ///   - format: a Graphviz output format (`svg`, `png`, `pdf`, `dot`, `plain`, ...).
  /// - Returns: the rendered bytes.
  /// - Throws: `RenderError` with Graphviz's message for malformed DOT, an unknown
  ///   engine or format; `.tooLargeForDot` when `dot` is asked for a graph above
  ///   `maximumDotNodes` nodes or `maximumDotEdges` edges, `.tooLargeForEngine` for another
  ///   engine above its `LayoutEngine.sizeLimit`.
  public func render(dot: String, engine: String, format: String) throws(RenderError) -> Data {
    try context.withLock { (context: inout Context) throws(RenderError) -> Data in
      guard let gvc = context.gvc else { throw RenderError(.graphviz, "Graphviz could not create its context") }
      return try Self.job(gvc: gvc, dot: dot, engine: engine, format: format)
    }
  }

  /// Runs the DOT lexer to a clean end of input: an aborted parse leaves the rest of
  /// its input in the lexer's buffer, which would shift the next parse's line numbers.
  private static func flushLexer() {
    if let g = "graph{}".withCString({ agmemread($0) }) { agclose(g) }
    agsetfile(nil)
  }

  /// One render, with the error state reset before and read after each step.
  private static func job(gvc: OpaquePointer, dot: String, engine: String, format: String) throws(RenderError) -> Data {
    GraphvizMessages.begin()
    defer { GraphvizMessages.end() }
    // The DOT lexer's line counter outlives a parse; restart it so messages name the right
    // line. agsetfile keeps the pointer it is given, so give it none (no file-name prefix).
    agsetfile(nil)
    // The parser stops at the closing brace and the lexer keeps what follows for the
    // next parse (a trailing newline shifts its line numbers), so end the input there.
    var end = dot.endIndex
    while end > dot.startIndex, dot[dot.index(before: end)].isWhitespace { end = dot.index(before: end) }
    let parsed = String(dot[..<end]).withCString { agmemread($0) }
    guard let graph = parsed, !GraphvizMessages.hasErrors else {
      let error = RenderError(.invalidDOT, GraphvizMessages.errors(or: "Graphviz could not read the DOT text"))
      if let parsed { agclose(parsed) }
      flushLexer()
      throw error
    }
    defer { agclose(graph) }
    let nodes = Int(agnnodes(graph))
    let edges = Int(agnedges(graph))
    let chosen = LayoutEngine(rawValue: engine)?.resolved(nodes: nodes).rawValue ?? engine
    try LayoutEngine.checkSize(engine: chosen, nodes: nodes, edges: edges)
    guard chosen.withCString({ gvLayout(gvc, graph, $0) }) == 0 else {
      throw RenderError(
        .layoutFailed, GraphvizMessages.errors(or: "Graphviz could not lay out the graph with engine '\(chosen)'"))
    }
    defer { gvFreeLayout(gvc, graph) }
    if GraphvizMessages.hasErrors {
      throw RenderError(
        .layoutFailed, GraphvizMessages.errors(or: "Graphviz reported an error while laying out the graph"))
    }
    var buffer: UnsafeMutablePointer<CChar>? = nil
    var length: UInt32 = 0
    let status = format.withCString { gvRenderData(gvc, graph, $0, &buffer, &length) }
    defer { if let buffer { gvFreeRenderData(buffer) } }
    guard status == 0, let buffer, !GraphvizMessages.hasErrors else {
      throw RenderError(.renderFailed, GraphvizMessages.errors(or: "Graphviz could not render format '\(format)'"))
    }
    return Data(bytes: buffer, count: Int(length))
  }
}

/// Graphviz's messages during one job.
///
/// Only touched while `GraphvizRenderer`'s
/// mutex is held, which is what makes the unchecked global safe.
enum GraphvizMessages {
  nonisolated(unsafe) private static var messages: [String] = []

  static func begin() {
    messages = []
    _ = agreseterrors()
    _ = agseterrf { text in
      if let text { GraphvizMessages.messages.append(String(cString: text)) }
      return 0
    }
  }

  static func end() {
    _ = agseterrf(nil)
    _ = agreseterrors()
  }

  static var hasErrors: Bool { agerrors() > 0 || messages.contains { $0.hasPrefix("Error") } }

  /// The error messages, one line, without Graphviz's "Error: " prefix; or `fallback`.
  static func errors(or fallback: String) -> String {
    let text = messages.joined()
      .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      .map { $0.hasPrefix("Error: ") ? String($0.dropFirst(7)) : $0 }
      .joined(separator: " ")
    return text.isEmpty ? fallback : text
  }
}
