import EntenteTestSupport
import Foundation
import Testing

/// The report in a real browser: headless Chromium (Debian's `chromium`; scripts/test
/// installs it when missing), driven through --dump-dom and --screenshot.
enum Chromium {
  static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

  static func run(_ arguments: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path ?? "/usr/bin/chromium")
    p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"] + arguments
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// The shown year section of a dumped DOM.
  static func shownSection(_ dom: String) -> Substring? {
    guard let start = dom.range(of: "<section class=\"year shown\"") else { return nil }
    let rest = dom[start.lowerBound...]
    guard let end = rest.range(of: "</section>") else { return nil }
    return rest[..<end.upperBound]
  }
}

@Suite(.tags(.slow), .disabled(if: Chromium.path == nil, "chromium is not installed; the browser test of the report is skipped (scripts/test installs it)"))
struct BrowserTests {
  @Test func eachFragmentShowsItsYearsDiagramAndTables() throws {
    let dir = try temporaryFolder("entente-browser")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CLIRun(["report", "graphs/seeds.yaml", "--at", "2016", "--at", "2020", "--at", "2024", "-o", dir])
    #expect(r.status == 0, "\(r.stderr)")
    var firstRows: [String] = []
    for (year, actors, relations) in [("2016", 16, 24), ("2020", 16, 32), ("2024", 19, 31)] {
      let dom = try Chromium.run(["--dump-dom", "file://\(dir)/index.html#\(year)"])
      let section = try #require(Chromium.shownSection(dom), "no year shown for #\(year)")
      #expect(section.contains("data-year=\"\(year)\""))
      let shownNodes = section.components(separatedBy: "class=\"node actor ").dropFirst().filter { !$0.hasPrefix("state absent") && !$0.hasPrefix("organization absent") && !$0.hasPrefix("region absent") }
      #expect(shownNodes.count == actors, "#\(year) actors")
      #expect(section.components(separatedBy: "class=\"edge relation ").count - 1 == relations, "#\(year) relations")
      #expect(dom.contains("<a href=\"#\(year)\" data-year=\"\(year)\" role=\"tab\" aria-selected=\"true\">"))
      if let table = section.range(of: "<table class=\"centrality\">") { firstRows.append(String(section[table.upperBound...].prefix(400))) }
    }
    #expect(Set(firstRows).count == 3)  // the tables change with the year
    _ = try Chromium.run(["--window-size=1280,2000", "--screenshot=\(Repo.root)/.build/report-2020.png", "file://\(dir)/index.html#2020"])
    #expect(FileManager.default.fileExists(atPath: Repo.root + "/.build/report-2020.png"))
  }

  @Test func aHostileNameRunsNoScript() throws {
    let dir = try temporaryFolder("entente-browser")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let yaml = """
      entente: 1
      actors:
        - {id: A, name: "<script>document.title='pwned'</script>", kind: state}
        - {id: B, name: "</svg><img src=x onerror=\\"document.title='pwned'\\">", kind: state}
      relations:
        - {source: A, target: B, kind: tension, at: 2020, note: "<script>document.title='pwned'</script>"}
        - {source: A, target: B, kind: support, at: 2021}
      """
    try yaml.write(toFile: dir + "/h.yaml", atomically: true, encoding: .utf8)
    let r = try CLIRun(["report", dir + "/h.yaml", "--at", "2020", "--at", "2021", "-o", dir + "/out"])
    #expect(r.status == 0, "\(r.stderr)")
    let dom = try Chromium.run(["--dump-dom", "file://\(dir)/out/index.html#2020"])
    #expect(dom.contains("<title>Entente report"))
    #expect(!dom.contains("pwned</title>"))
    #expect(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"))
  }
}
