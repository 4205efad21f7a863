/// The one error type of `EntenteRender`: what failed, with Graphviz's own message.
public struct RenderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of failure.
  public enum Code: String, Sendable, Equatable {
    case invalidDOT, layoutFailed, renderFailed, tooLargeForDot, graphviz, invalidSVG, invalidRequest, resourceMissing
    case tooLargeForEngine
  }

  /// The kind of failure.
  public var code: Code
  /// What went wrong, in Graphviz's words where Graphviz said it.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// `error: message`.
  public var description: String { "error: " + message }
}
