import EntenteTestSupport
import Foundation
import Testing

/// The report in a real browser: headless Chromium (Debian's `chromium`; scripts/test
/// installs it when missing), driven through --dump-dom and --screenshot.
enum Chromium {
  static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

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

@Suite(
  .tags(.slow),
  .disabled(
    if: Chromium.path == nil,
    "chromium is not installed; the browser test of the report is skipped (scripts/test installs it)"))
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
      let shownNodes = section.components(separatedBy: "class=\"node actor ").dropFirst().filter {
        !$0.hasPrefix("state absent") && !$0.hasPrefix("organization absent") && !$0.hasPrefix("region absent")
      }
      #expect(shownNodes.count == actors, "#\(year) actors")
      #expect(section.components(separatedBy: "class=\"edge relation ").count - 1 == relations, "#\(year) relations")
      #expect(dom.contains("<a href=\"#\(year)\" data-year=\"\(year)\" role=\"tab\" aria-selected=\"true\">"))
      if let table = section.range(of: "<table class=\"centrality\">") {
        firstRows.append(String(section[table.upperBound...].prefix(400)))
      }
    }
    #expect(Set(firstRows).count == 3)  // the tables change with the year
    _ = try Chromium.run([
      "--window-size=1280,2000", "--screenshot=\(Repo.root)/.build/report-2020.png", "file://\(dir)/index.html#2020",
    ])
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

  /// Chromium's measure of an SVG shown in a `width`-pixel column: how many drawn elements
  /// lie outside the root's box, and the smallest text in CSS pixels.
  func measure(svgFile: String, width: Int, in dir: String) throws -> (
    outside: Int, elements: Int, smallestText: Double
  ) {
    var svg = try String(contentsOfFile: svgFile, encoding: .utf8)
    if svg.hasPrefix("<?xml"), let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
    let page = """
      <html><body style="margin:0"><div id="c" style="width:\(width)px">\(svg)</div><pre id="out"></pre><script>
      var svg = document.querySelector('#c > svg'); svg.style.width = '100%'; svg.style.height = 'auto';
      var root = svg.getBoundingClientRect(), scale = root.width / svg.viewBox.baseVal.width, out = 0, n = 0, small = 1e9;
      svg.querySelectorAll('text,path,polygon,ellipse,polyline').forEach(function (e) {
        var r = e.getBoundingClientRect(); if (r.width === 0 && r.height === 0) { return; } n++;
        if (r.left < root.left - 1 || r.top < root.top - 1 || r.right > root.right + 1 || r.bottom > root.bottom + 1) { out++; }
        if (e.tagName === 'text') {
          var m = e.getScreenCTM(); var size = parseFloat(e.getAttribute('font-size') || '14') * (m ? m.a : scale);
          small = Math.min(small, size);
        }
      });
      document.getElementById('out').textContent = 'MEASURED ' + out + ' ' + n + ' ' + small.toFixed(2) + ' END';
      </script></body></html>
      """
    let html = dir + "/measure-\(UUID().uuidString).html"
    try page.write(toFile: html, atomically: true, encoding: .utf8)
    let dom = try Chromium.run(["--window-size=\(width + 20),900", "--dump-dom", "file://" + html])
    let found = try #require(dom.range(of: "MEASURED ").map { dom[$0.upperBound...].prefix { $0 != "E" } })
    let parts = found.split(separator: " ").compactMap { Double($0) }
    try #require(parts.count == 3, "\(found)")
    return (Int(parts[0]), Int(parts[1]), parts[2])
  }

  @Test func everyDrawnElementIsInsideItsSVGAndAColumnWidthKeepsLabelsReadable() throws {
    let dir = try temporaryFolder("entente-browser")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CLIRun(["render", "graphs/seeds.yaml", "--compare", "2016,2020,2024", "-o", dir + "/cmp"])
    #expect(r.status == 0, "\(r.stderr)")
    for name in ["influence-2024", "diff-2020-2024", "small-multiples"] {
      let m = try measure(svgFile: "\(dir)/cmp/\(name).svg", width: 1400, in: dir)
      #expect(m.elements > 100 && m.outside == 0, "\(name): \(m.outside) of \(m.elements) elements outside the SVG")
    }
    let w = try CLIRun([
      "render", "graphs/seeds.yaml", "--at", "2024", "--embed", "--width", "680", "-o", dir + "/w.svg",
    ])
    #expect(w.status == 0, "\(w.stderr)")
    let m = try measure(svgFile: dir + "/w.svg", width: 680, in: dir)
    #expect(m.outside == 0)
    #expect(m.smallestText >= 11, "the smallest label is \(m.smallestText) px in a 680 px column")
  }
}
