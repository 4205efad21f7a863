import Entente
import EntenteReview
import EntenteReviewServer
import EntenteTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An HTTP client that neither follows redirects nor keeps cookies, so each test sees what the server answers.
final class RawClient: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
  lazy var session: URLSession = {
    let c = URLSessionConfiguration.ephemeral
    c.httpCookieStorage = nil
    c.httpShouldSetCookies = false
    return URLSession(configuration: c, delegate: self, delegateQueue: nil)
  }()

  func urlSession(
    _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
  ) {
    completionHandler(nil)
  }

  struct Answer {
    let status: Int
    let headers: [String: String]
    let body: String
  }

  func send(
    _ port: Int, _ path: String, method: String = "GET", cookie: String? = nil, form: String? = nil,
    headers: [String: String] = [:]
  ) async throws -> Answer {
    var r = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(port)\(path)")))
    r.httpMethod = method
    if let cookie { r.setValue("\(ReviewApp.cookieName)=\(cookie)", forHTTPHeaderField: "Cookie") }
    if let form {
      r.httpBody = Data(form.utf8)
      r.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
    }
    for (k, v) in headers { r.setValue(v, forHTTPHeaderField: k) }
    let (data, response) = try await session.data(for: r)
    let http = try #require(response as? HTTPURLResponse)
    var h: [String: String] = [:]
    for (k, v) in http.allHeaderFields { h[String(describing: k).lowercased()] = String(describing: v) }
    return Answer(status: http.statusCode, headers: h, body: String(decoding: data, as: UTF8.self))
  }
}

@Suite("Review server: token, CSRF, traversal, escaping, over real HTTP")
struct ReviewServerTests {
  /// Runs `body` against a server on a random port over the fixture.
  func withServer(_ body: (ReviewFixture, ReviewServer, Int, RawClient) async throws -> Void) async throws {
    let f = try ReviewFixture()
    defer { f.remove() }
    let server = ReviewServer(session: try f.session())
    let running = try await server.start(port: 0)
    let client = RawClient()
    do {
      try await body(f, server, running.port, client)
    } catch {
      await running.stop()
      throw error
    }
    await running.stop()
  }

  @Test("every request needs the token; the token becomes a strict cookie; the host must be loopback")
  func token() async throws {
    try await withServer { f, server, port, client in
      let app = server.app
      #expect(app.url == "http://127.0.0.1:\(port)/?token=\(app.token)")
      for path in ["/", "/doc/0", "/decide", "/graph", "/assets/review.js"] {
        #expect(try await client.send(port, path).status == 403, "\(path) without a token")
        #expect(try await client.send(port, path, cookie: "wrong").status == 403)
      }
      #expect(try await client.send(port, "/?token=nope").status == 403)
      let login = try await client.send(port, "/?token=\(app.token)")
      #expect(login.status == 303)
      #expect(login.headers["location"] == "/")
      let cookie = try #require(login.headers["set-cookie"])
      #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
      let page = try await client.send(port, "/", cookie: app.token)
      #expect(page.status == 200)
      #expect(page.headers["content-security-policy"]?.contains("default-src 'none'") == true)
      #expect(page.body.contains("alpha.txt"))
      // DNS rebinding: a page served under another host name is refused.
      let rebound = try await client.send(port, "/", cookie: app.token, headers: ["Host": "evil.example:\(port)"])
      #expect(rebound.status == 421)
    }
  }

  @Test("state changes need POST with the page's CSRF token and a same-origin Origin")
  func csrf() async throws {
    try await withServer { f, server, port, client in
      let app = server.app
      let form = "c=0&expect=pending&action=reject&next=/"
      #expect(try await client.send(port, "/decision", method: "POST", cookie: app.token, form: form).status == 403)
      #expect(
        try await client.send(port, "/decision", method: "POST", cookie: app.token, form: form + "&csrf=bad").status
          == 403)
      #expect(
        try await client.send(
          port, "/decision", method: "POST", cookie: app.token, form: form + "&csrf=\(app.csrf)",
          headers: ["Origin": "http://evil.example"]
        ).status == 403)
      // A GET never changes anything.
      #expect(try await client.send(port, "/decision?\(form)&csrf=\(app.csrf)", cookie: app.token).status == 404)
      #expect(try DecisionsFile.read(path: f.decisions).isEmpty)
      let ok = try await client.send(
        port, "/decision", method: "POST", cookie: app.token, form: form + "&csrf=\(app.csrf)",
        headers: ["Origin": "http://127.0.0.1:\(port)"])
      #expect(ok.status == 303)
      #expect(ok.headers["location"] == "/?msg=rejected")
      #expect(try DecisionsFile.read(path: f.decisions).map(\.status) == [.rejected])
      // The same form again is stale: refused with a message, nothing overwritten.
      let again = try await client.send(
        port, "/decision", method: "POST", cookie: app.token, form: "c=0&expect=pending&action=accept&csrf=\(app.csrf)")
      #expect(again.headers["location"]?.contains("msg=stale-rejected") == true)
      #expect(try DecisionsFile.read(path: f.decisions).map(\.status) == [.rejected])
      let shown = try await client.send(port, try #require(again.headers["location"]), cookie: app.token)
      #expect(shown.body.contains("another tab or session"))
    }
  }

  @Test("no route reads a file outside the review's documents")
  func traversal() async throws {
    try await withServer { f, server, port, client in
      let token = server.app.token
      for path in [
        "/doc/../../../etc/passwd", "/doc/..%2F..%2Fetc%2Fpasswd", "/doc/%2e%2e/graphs/topic.yaml",
        "/assets/../Package.swift",
        "/assets/%2e%2e%2fPackage.swift", "/doc/2", "/doc/-1", "/doc/0x1", "/etc/passwd", "//etc/passwd",
        "/doc/99999999999999999999",
      ] {
        let a = try await client.send(port, path, cookie: token)
        #expect(a.status == 404, "\(path)")
        #expect(!a.body.contains("root:") && !a.body.contains("Curated by hand"), "\(path)")
      }
      // An open redirect through `next` goes home instead.
      let r = try await client.send(
        port, "/decision", method: "POST", cookie: token,
        form: "c=1&expect=pending&action=reject&next=//evil.example/&csrf=\(server.app.csrf)")
      #expect(r.headers["location"] == "/?msg=rejected")
    }
  }

  @Test("hostile document text and titles are escaped on every page")
  func hostileText() async throws {
    try await withServer { f, server, port, client in
      let token = server.app.token
      var pages = ["/", "/doc/0", "/doc/1", "/decide", "/add?doc=0&s=1&sel=%3Cscript%3Ealert(1)%3C%2Fscript%3E"]
      pages += server.app.session.corpus.candidates.map { "/decide?c=\($0.id)" }
      for path in pages {
        let a = try await client.send(port, path, cookie: token)
        #expect(a.status == 200, "\(path)")
        #expect(!a.body.contains("<script>alert"), "\(path)")
        #expect(!a.body.contains("</textarea><b>"), "\(path)")
        #expect(!a.body.contains("<i>and</i>"), "\(path)")
      }
      let doc = try await client.send(port, "/doc/0", cookie: token)
      #expect(doc.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
      #expect(doc.body.contains("&lt;/textarea&gt;&lt;b&gt;bold&lt;/b&gt;"))
      #expect(try await client.send(port, "/", cookie: token).body.contains("Sanctions &lt;i&gt;and&lt;/i&gt; oil"))
    }
  }

  @Test("a document changed on disk is shown as changed and its decisions are refused")
  func changedOnDisk() async throws {
    try await withServer { f, server, port, client in
      let app = server.app
      try (ReviewFixture.alphaText + "A new last sentence about Russia and Armenia in 2024.\n").write(
        toFile: f.docs[0], atomically: true, encoding: .utf8)
      #expect(try await client.send(port, "/", cookie: app.token).body.contains("changed on disk"))
      #expect(try await client.send(port, "/doc/0", cookie: app.token).body.contains("This document changed on disk"))
      let id = try #require(app.session.corpus.candidates.first { $0.document == 0 }).id
      let r = try await client.send(
        port, "/decision", method: "POST", cookie: app.token,
        form: "c=\(id)&expect=pending&action=accept&csrf=\(app.csrf)")
      #expect(r.status == 409)
      #expect(r.body.contains("changed on disk"))
      #expect(try DecisionsFile.read(path: f.decisions).isEmpty)
    }
  }

  @Test("accept, edit and add through the forms; the graph page draws the result with its evidence")
  func formsAndGraph() async throws {
    try await withServer { f, server, port, client in
      let app = server.app
      let c = app.session.corpus.candidates
      func post(_ path: String, _ form: String) async throws -> RawClient.Answer {
        try await client.send(port, path, method: "POST", cookie: app.token, form: form + "&csrf=\(app.csrf)")
      }
      #expect(try await post("/decision", "c=\(c[0].id)&expect=pending&action=accept").status == 303)
      let edit = try await post(
        "/decision",
        "c=\(c[2].id)&expect=pending&action=edit&source=\(c[2].relation.source)&target=\(c[2].relation.target)&kind=\(c[2].relation.kind)&at=2018&phase=holds&swap=1"
      )
      #expect(edit.status == 303)
      let add = try await post("/add", "doc=1&s=0&source=ZEDLAND&kind=mediation&target=RUS&at=2021&phase=holds")
      #expect(add.status == 303, "\(add.body)")
      let bad = try await post("/add", "doc=1&s=0&source=ZEDLAND&kind=nonsense&target=RUS&at=2021")
      #expect(bad.status == 409 && bad.body.contains("unknown kind"))
      let graph = try f.text(f.graph)
      #expect(
        graph.contains(
          "{source: \(c[2].relation.target), target: \(c[2].relation.source), kind: \(c[2].relation.kind), at: 2018"))
      #expect(
        graph.contains("{source: ZEDLAND, target: RUS, kind: mediation, at: 2021, evidence: [{doc: beta, sentence: 0"))
      let page = try await client.send(port, "/graph?at=2021", cookie: app.token)
      #expect(page.status == 200)
      #expect(page.body.contains("<svg"))
      #expect(page.body.contains("/graph?at=2021&amp;edge=rel-ZEDLAND-RUS-mediation#evidence"))
      let evidence = try await client.send(port, "/graph?at=2021&edge=rel-ZEDLAND-RUS-mediation", cookie: app.token)
      #expect(evidence.body.contains("Zedland sanctioned Russia in 2021."))
      #expect(evidence.body.contains("href=\"/doc/1#s0\""))
    }
  }
}
