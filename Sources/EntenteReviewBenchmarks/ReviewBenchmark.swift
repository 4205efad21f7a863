import Entente
import EntenteExtraction
import EntenteReview
import EntenteReviewServer
import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `entente-review-bench [--documents 500] [--sentences 40] [--decided 10000] [--decisions 50]`:
/// writes a corpus of invented sentences, starts the review server in process, then times
/// over HTTP the first page (the documents list) and saving decisions (reject, and accept,
/// which also appends to the graph file) with that many earlier decisions on file.
func reviewBenchmark(documents: Int, sentences: Int, decided: Int, decisions: Int) {
  let dir = NSTemporaryDirectory() + "entente-bench-review-" + UUID().uuidString
  defer { try? FileManager.default.removeItem(atPath: dir) }
  let states = [
    "Armenia", "Azerbaijan", "Georgia", "Turkey", "Iran", "Russia", "Ukraine", "Kazakhstan", "China", "India", "France",
    "Poland", "Germany", "Japan", "Brazil", "Egypt",
  ]
  let templates = [
    "%1 sold weapons to %2 in %Y.", "%1 criticized %2 over the border talks in %Y.",
    "%1 imposed sanctions on %2 in %Y.",
    "%1 attacked %2 in %Y.", "%1 backed %2 at the summit in %Y.",
  ]
  var seed: UInt64 = 42
  func next(_ n: Int) -> Int {
    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((seed >> 33) % UInt64(n))
  }
  var manifest = ""
  var paths: [String] = []
  do {
    try FileManager.default.createDirectory(atPath: dir + "/docs", withIntermediateDirectories: true)
    for d in 0..<documents {
      var text = ""
      for _ in 0..<sentences {
        let a = states[next(states.count)]
        var b = states[next(states.count)]
        while b == a { b = states[next(states.count)] }
        text +=
          templates[next(templates.count)].replacingOccurrences(of: "%1", with: a).replacingOccurrences(
            of: "%2", with: b
          )
          .replacingOccurrences(of: "%Y", with: String(2000 + next(25))) + " "
        if next(4) == 0 { text += "\n\n" }
      }
      let name = "doc\(d).txt"
      try text.write(toFile: dir + "/docs/" + name, atomically: true, encoding: .utf8)
      manifest += "\(name)\t2024-0\(1 + d % 9)\tDocument \(d)\n"
      paths.append(dir + "/docs/" + name)
    }
    try manifest.write(toFile: dir + "/docs/manifest.tsv", atomically: true, encoding: .utf8)
    try "# Benchmark graph.\nentente: 1\n\nrelations: []\n".write(
      toFile: dir + "/graph.yaml", atomically: true, encoding: .utf8)
  } catch { fail("cannot write the corpus: \(error)") }
  let t0 = now()
  let corpus: ReviewCorpus
  do {
    corpus = try ReviewCorpus.load(graph: dir + "/graph.yaml", documents: paths, manifest: dir + "/docs/manifest.tsv")
  } catch { fail(error.description) }
  let loadTime = now() - t0
  // Earlier decisions on file: the first `decided` candidates rejected.
  let earlier = corpus.candidates.prefix(decided).map {
    Decision(key: $0.key, status: .rejected, sentenceSHA256: $0.relation.evidence.sha256 ?? "")
  }
  do {
    try AtomicFile.write(
      DecisionsFile.text(Array(earlier), graphName: "graph.yaml"), to: DecisionsFile.path(forGraph: dir + "/graph.yaml")
    )
  } catch { fail(error.description) }
  let session: ReviewSession
  do { session = try ReviewSession(corpus: corpus) } catch { fail(error.description) }
  print(
    String(
      format: "review: %d documents, %d candidates, %d decisions on file; extraction and load %.2f s",
      corpus.documents.count, corpus.candidates.count, earlier.count, loadTime))
  let server = ReviewServer(session: session)
  let done = DispatchSemaphore(value: 0)
  Task {
    do {
      let running = try await server.start(port: 0)
      let client = URLSession(configuration: .ephemeral)
      let app = server.app
      func get(_ path: String) async throws -> (Int, Double) {
        guard let url = URL(string: "http://127.0.0.1:\(running.port)\(path)") else { fail("bad path \(path)") }
        var r = URLRequest(url: url)
        r.setValue("\(ReviewApp.cookieName)=\(app.token)", forHTTPHeaderField: "Cookie")
        let t = now()
        let (data, response) = try await client.data(for: r)
        _ = data.count
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, now() - t)
      }
      func post(_ form: String) async throws -> (Int, Double) {
        guard let url = URL(string: "http://127.0.0.1:\(running.port)/decision") else { fail("bad port") }
        var r = URLRequest(url: url)
        r.httpMethod = "POST"
        r.setValue("\(ReviewApp.cookieName)=\(app.token)", forHTTPHeaderField: "Cookie")
        r.httpBody = Data((form + "&csrf=\(app.csrf)&next=/").utf8)
        let t = now()
        let (_, response) = try await client.data(for: r)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, now() - t)
      }
      var first: [Double] = []
      for i in 0..<7 {
        let (status, t) = try await get("/")
        if status != 200 { fail("GET / answered \(status)") }
        if i == 0 { print(String(format: "first page, first request: %.1f ms", t * 1000)) }
        first.append(t)
      }
      var docPage: [Double] = []
      for d in 0..<5 { docPage.append(try await get("/doc/\(d * 97 % corpus.documents.count)").1) }
      var rejects: [Double] = []
      var accepts: [Double] = []
      let open = corpus.candidates.dropFirst(decided).map(\.id)
      for (n, id) in open.prefix(decisions * 2).enumerated() {
        let action = n % 2 == 0 ? "reject" : "accept"
        // URLSession follows the 303 to `/`; the time of the decision alone is the handler's.
        let t = now()
        let response = app.handle(
          ReviewRequest(
            method: "POST", path: "/decision",
            headers: ["host": "127.0.0.1:\(running.port)", "cookie": "\(ReviewApp.cookieName)=\(app.token)"],
            body: "c=\(id)&expect=pending&action=\(action)&csrf=\(app.csrf)&next=/"))
        let dt = now() - t
        if response.status != 303 { fail("decision answered \(response.status): \(response.body)") }
        if action == "reject" { rejects.append(dt) } else { accepts.append(dt) }
      }
      var overHTTP: [Double] = []
      for id in open.dropFirst(decisions * 2).prefix(10) {
        overHTTP.append(try await post("c=\(id)&expect=pending&action=reject").1)
      }
      print(
        String(
          format: "documents page (500 rows) over HTTP: median %.1f ms, max %.1f ms over %d requests",
          median(first) * 1000, (first.max() ?? 0) * 1000, first.count))
      print(String(format: "document page over HTTP: median %.1f ms", median(docPage) * 1000))
      print(
        String(
          format: "decision saved (reject): median %.1f ms, max %.1f ms over %d", median(rejects) * 1000,
          (rejects.max() ?? 0) * 1000, rejects.count))
      print(
        String(
          format: "decision saved (accept, graph file appended too): median %.1f ms, max %.1f ms over %d",
          median(accepts) * 1000, (accepts.max() ?? 0) * 1000, accepts.count))
      print(
        String(
          format: "reject over HTTP with the redirected page: median %.1f ms", median(overHTTP) * 1000))
      await running.stop()
    } catch { fail("\(error)") }
    done.signal()
  }
  done.wait()
}
