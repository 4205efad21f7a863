import Entente
import EntenteReview
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Serves a `ReviewApp` over HTTP/1.1 with Hummingbird, on 127.0.0.1 only.
///
///     let server = ReviewServer(session: session)
///     let running = try await server.start(port: 0)   // any free port
///     print(server.app.url)
///     ...
///     await running.stop()
public struct ReviewServer: Sendable {
  /// The app the server answers with.
  public let app: ReviewApp

  /// The largest request body read: 1 MiB (forms are small).
  public static let maximumBody = 1 << 20

  /// Creates a server for a review.
  ///
  /// - Parameters:
  ///   - session: the review.
  ///   - token: the session token (random when nil).
  public init(session: ReviewSession, token: String? = nil) {
    app = ReviewApp(session: session, token: token)
  }

  /// A running server.
  public struct Running: Sendable {
    /// The port it listens on.
    public let port: Int
    let task: Task<Void, any Error>

    /// Stops the server and waits for it to finish.
    public func stop() async {
      task.cancel()
      _ = await task.result
    }
  }

  /// Starts listening on 127.0.0.1 at `port` (0: a free port) and returns once it accepts connections.
  ///
  /// - Parameter port: the port, or 0.
  /// - Returns: the running server.
  /// - Throws: `EntenteError` when the port cannot be bound.
  public func start(port: Int) async throws(EntenteError) -> Running {
    let app = self.app
    let (bound, continuation) = AsyncStream<Int>.makeStream()
    let responder = CallbackResponder<BasicRequestContext> { request, context in
      var request = request
      var headers: [String: String] = [:]
      for field in request.headers { headers[field.name.canonicalName] = field.value }
      if headers["host"] == nil, let authority = request.head.authority { headers["host"] = authority }
      var body = ""
      if request.method == .post {
        let buffer = try await request.collectBody(upTo: Self.maximumBody)
        body = String(buffer: buffer)
      }
      let answer = app.handle(
        ReviewRequest(
          method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "", headers: headers,
          body: body))
      var fields = HTTPFields()
      for (name, value) in answer.headers {
        if let n = HTTPField.Name(name) { fields.append(HTTPField(name: n, value: value)) }
      }
      return Response(
        status: HTTPResponse.Status(code: answer.status), headers: fields,
        body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
    }
    let application = Application(
      responder: responder,
      configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port), serverName: nil),
      onServerRunning: { channel in
        continuation.yield(channel.localAddress?.port ?? port)
        continuation.finish()
      },
      logger: Self.quietLogger())
    let task = Task { try await application.run() }
    var iterator = bound.makeAsyncIterator()
    guard let actual = await iterator.next() else {
      let failure: String
      switch await task.result {
      case .failure(let e): failure = "\(e)"
      case .success: failure = "the server stopped at once"
      }
      throw EntenteError(
        .writeFailed,
        "cannot listen on 127.0.0.1:\(port): \(failure); pick another --port or leave it out for a free one")
    }
    app.port = actual
    return Running(port: actual, task: task)
  }

  /// Starts the server, calls `announce` with the address to open, and serves until interrupted (Ctrl-C).
  ///
  /// - Parameters:
  ///   - port: the port, or 0 for a free one.
  ///   - announce: called once with the URL (with the token) when the server listens.
  /// - Throws: `EntenteError` when the port cannot be bound.
  public func runUntilStopped(port: Int, announce: @escaping @Sendable (String) -> Void) throws(EntenteError) {
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    let server = self
    Task {
      do throws(EntenteError) {
        let running = try await server.start(port: port)
        announce(server.app.url)
        _ = await running.task.result
      } catch {
        outcome.set(error)
      }
      done.signal()
    }
    done.wait()
    if let e = outcome.get() { throw e }
  }

  /// A logger that prints only critical errors (the terminal shows the address, not every request or closed connection).
  static func quietLogger() -> Logger {
    var logger = Logger(label: "entente-review")
    logger.logLevel = .critical
    return logger
  }

  /// A start error handed from the server task to the caller.
  final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var error: EntenteError?
    func set(_ e: EntenteError) {
      lock.lock()
      error = e
      lock.unlock()
    }
    func get() -> EntenteError? {
      lock.lock()
      defer { lock.unlock() }
      return error
    }
  }
}
