import Entente
import EntenteReview
import Foundation

/// The review web app behind any HTTP server: routing, the session token, CSRF, the pages.
///
/// Safety, request by request:
/// - the `Host` header must name the loopback address and port the server listens on (no DNS rebinding);
/// - every request carries the session token, in the query (`?token=`, then kept in a
///   `SameSite=Strict`, `HttpOnly` cookie) or the cookie; otherwise 403;
/// - state changes are POST only, with the page's CSRF token in the form and, when the browser
///   sends one, a same-origin `Origin`;
/// - routes name documents by their number in the review, never by a path, so no request reads a
///   file outside the documents given (anything else is 404);
/// - every piece of document text, name and message is escaped; the pages load only `/assets/`
///   (Content-Security-Policy).
public final class ReviewApp: @unchecked Sendable {
  /// The review.
  public let session: ReviewSession
  /// The secret in the address the server prints.
  public let token: String
  /// The secret every form carries.
  public let csrf: String
  // Guarded by `mutex`.
  private let mutex = NSLock()
  private var boundPort = 0
  private var graphCache: (stamp: [Int]?, graph: ActorGraph)?
  private var svgCache: [String: String] = [:]
  private var statusCache: (version: Int, decisions: [Decision?])?
  /// The values the filters offer (the candidates' kinds, actors and years), computed once.
  let filterValues: (kinds: [String], actors: [ActorID], years: [Int])
  /// Graphviz's context is not thread-safe: one layout at a time.
  private let renderLock = NSLock()

  /// The name of the cookie that holds the session token.
  public static let cookieName = "entente_review"

  /// Creates the app over a review session with fresh random tokens.
  ///
  /// - Parameters:
  ///   - session: the review.
  ///   - token: the session token (random when nil).
  public init(session: ReviewSession, token: String? = nil) {
    self.session = session
    self.token = token ?? Self.randomToken()
    csrf = Self.randomToken()
    let all = session.corpus.candidates.map(\.relation)
    filterValues = (
      Set(all.map(\.kind)).sorted(), Set(all.flatMap { [$0.source, $0.target] }).sorted(),
      Set(all.map(\.date.year)).sorted()
    )
  }

  /// 128 random bits as 32 hex digits.
  static func randomToken() -> String {
    var g = SystemRandomNumberGenerator()
    return (0..<2).map { _ in
      let s = String(g.next() as UInt64, radix: 16)
      return String(repeating: "0", count: 16 - s.count) + s
    }.joined()
  }

  /// The port the server listens on (the `Host` header must name it).
  public var port: Int {
    get {
      mutex.lock()
      defer { mutex.unlock() }
      return boundPort
    }
    set {
      mutex.lock()
      boundPort = newValue
      mutex.unlock()
    }
  }

  /// The address to open: the loopback address, the port and the token.
  public var url: String { "http://127.0.0.1:\(port)/?token=\(token)" }

  /// Headers on every response.
  static let securityHeaders: [(String, String)] = [
    (
      "Content-Security-Policy",
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "same-origin"), ("X-Frame-Options", "DENY"),
    ("Cache-Control", "no-store"),
  ]

  /// Answers one request.
  ///
  /// - Complexity: the pages are O(*c*) in the candidates shown or counted.
  public func handle(_ request: ReviewRequest) -> ReviewResponse {
    var response = route(request)
    response.headers = Self.securityHeaders + response.headers
    return response
  }

  private func route(_ request: ReviewRequest) -> ReviewResponse {
    guard request.method == "GET" || request.method == "POST" else {
      return ReviewResponse(status: 405, headers: [("Allow", "GET, POST")], body: "method not allowed\n")
    }
    let port = self.port
    let host = request.headers["host"] ?? ""
    guard ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"].contains(host.lowercased()) else {
      return plain(421, "this server answers only at 127.0.0.1:\(port)")
    }
    let query = HTML.form(Substring(request.query))
    let cookieToken = Self.cookie(Self.cookieName, in: request.headers["cookie"] ?? "")
    if let given = query["token"] {
      guard Self.same(given, token) else { return forbidden() }
      // The token moves into a cookie; the address bar keeps the page without it.
      var rest = query
      rest["token"] = nil
      let location =
        request.path
        + (rest.isEmpty ? "" : "?" + HTML.query(rest.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
      return ReviewResponse(
        status: 303,
        headers: [
          ("Location", location.hasPrefix("/") && !location.hasPrefix("//") ? location : "/"),
          ("Set-Cookie", "\(Self.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"),
        ])
    }
    guard let cookieToken, Self.same(cookieToken, token) else { return forbidden() }
    if request.method == "POST" {
      if let origin = request.headers["origin"],
        !["http://127.0.0.1:\(port)", "http://localhost:\(port)", "http://[::1]:\(port)"].contains(origin.lowercased())
      {
        return plain(403, "cross-origin request refused")
      }
      let form = HTML.form(Substring(request.body))
      guard let given = form["csrf"], Self.same(given, csrf) else {
        return plain(403, "the form's CSRF token is missing or wrong; reload the page and try again")
      }
      switch request.path {
      case "/decision": return postDecision(form)
      case "/add": return postAdd(form)
      default: return notFound()
      }
    }
    switch request.path {
    case "/": return documentsPage(query)
    case "/decide": return decidePage(query)
    case "/add": return addPage(query)
    case "/graph": return graphPage(query)
    case "/assets/review.css":
      return ReviewResponse(status: 200, headers: [("Content-Type", "text/css; charset=utf-8")], body: ReviewAssets.css)
    case "/assets/review.js":
      return ReviewResponse(
        status: 200, headers: [("Content-Type", "text/javascript; charset=utf-8")], body: ReviewAssets.js)
    default:
      if request.path.hasPrefix("/doc/"), let n = Self.number(request.path.dropFirst(5)),
        n < session.corpus.documents.count
      {
        return documentPage(n, query)
      }
      return notFound()
    }
  }

  /// A decimal number of at most 9 digits, else nil.
  static func number<S: StringProtocol>(_ s: S) -> Int? {
    guard !s.isEmpty, s.count <= 9, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    return Int(s)
  }

  /// Compares secrets in time independent of where they differ.
  static func same(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var d: UInt8 = 0
    for i in x.indices { d |= x[i] ^ y[i] }
    return d == 0
  }

  /// A cookie's value from a `Cookie` header.
  static func cookie(_ name: String, in header: String) -> String? {
    for part in header.split(separator: ";") {
      let kv = part.split(separator: "=", maxSplits: 1)
      if kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces) == name {
        return kv[1].trimmingCharacters(in: .whitespaces)
      }
    }
    return nil
  }

  func plain(_ status: Int, _ message: String) -> ReviewResponse {
    ReviewResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: message + "\n")
  }

  func forbidden() -> ReviewResponse {
    plain(403, "this page needs the session token: open the address entente review printed (it ends in ?token=...)")
  }

  func notFound() -> ReviewResponse {
    html(
      404,
      layout(title: "Not found", here: "", body: "<h1>Not found</h1><p><a href=\"/\">Back to the documents</a></p>"))
  }

  func html(_ status: Int, _ body: String) -> ReviewResponse {
    ReviewResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: body)
  }

  func redirect(_ location: String) -> ReviewResponse {
    ReviewResponse(status: 303, headers: [("Location", Self.local(location))])
  }

  /// `location` when it is a path on this server, else `/` (no open redirects).
  static func local(_ location: String) -> String {
    location.hasPrefix("/") && !location.hasPrefix("//") && !location.contains("\\")
      && !location.unicodeScalars.contains(where: { $0.value < 0x20 }) ? location : "/"
  }

  /// Each candidate's decision by candidate id, recomputed only when the decisions changed.
  func decisionList() -> [Decision?] {
    guard let (version, all) = try? session.store.versioned() else {
      return Array(repeating: nil, count: session.corpus.candidates.count)
    }
    mutex.lock()
    if let cached = statusCache, cached.version == version {
      mutex.unlock()
      return cached.decisions
    }
    mutex.unlock()
    let list = session.corpus.candidates.map { all[$0.key] }
    mutex.lock()
    statusCache = (version, list)
    mutex.unlock()
    return list
  }

  /// The curated graph as it is on disk now (re-read when the file changed).
  func currentGraph() -> ActorGraph {
    let path = session.corpus.graphPath
    let stamp = FileLock.stamp(path)
    mutex.lock()
    if let cached = graphCache, cached.stamp == stamp {
      mutex.unlock()
      return cached.graph
    }
    mutex.unlock()
    let graph = (try? GraphFileReader().read(path: path)) ?? session.corpus.graph
    mutex.lock()
    graphCache = (stamp, graph)
    svgCache = [:]
    mutex.unlock()
    return graph
  }

  /// A rendered diagram from the cache, or `make()` under the render lock.
  func cachedSVG(_ key: String, _ make: () -> String) -> String {
    mutex.lock()
    if let s = svgCache[key] {
      mutex.unlock()
      return s
    }
    mutex.unlock()
    renderLock.lock()
    let s = make()
    renderLock.unlock()
    mutex.lock()
    svgCache[key] = s
    mutex.unlock()
    return s
  }
}
