/// A request as the review app sees it, independent of the HTTP server.
public struct ReviewRequest: Sendable {
  /// `GET` or `POST` (anything else is refused).
  public var method: String
  /// The path, percent-encoded as received (`/doc/3`).
  public var path: String
  /// The query string without `?`, if any.
  public var query: String
  /// Header fields by lower-case name (`host`, `cookie`, `origin`, `content-type`).
  public var headers: [String: String]
  /// The body (a form for POST).
  public var body: String

  /// Creates a request.
  public init(method: String, path: String, query: String = "", headers: [String: String] = [:], body: String = "") {
    self.method = method
    self.path = path
    self.query = query
    self.headers = headers
    self.body = body
  }
}

/// A response of the review app.
public struct ReviewResponse: Sendable {
  /// The status code.
  public var status: Int
  /// Header fields, in order.
  public var headers: [(String, String)]
  /// The body.
  public var body: String

  /// Creates a response.
  public init(status: Int, headers: [(String, String)] = [], body: String = "") {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// The value of header `name` (case-insensitive), if set.
  public func header(_ name: String) -> String? {
    headers.first { $0.0.lowercased() == name.lowercased() }?.1
  }
}
