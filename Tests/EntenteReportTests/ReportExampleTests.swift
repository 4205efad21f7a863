import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteReport

/// The report committed under examples/report is what the current code writes.
@Suite(.tags(.slow)) struct ReportExampleTests {
  static let command =
    "entente report graphs/seeds.yaml --at 2016 --at 2020 --at 2024 --poles RUS,USA --no-docs "
    + "--title \"Russia's neighbourhood, 2016-2024\" --subtitle \"The curated seed graph at three dates\" "
    + "--intro examples/report-intro.md -o examples/report"

  @Test func committedReportEqualsAFreshBuild() throws {
    let folder = Repo.root + "/examples/report"
    let intro = try String(contentsOfFile: Repo.root + "/examples/report-intro.md", encoding: .utf8)
    let r = try Report.build(
      graph: try ReportFixture.seeds(), dates: try ReportFixture.dates(["2016", "2020", "2024"]),
      poles: ["RUS", "USA"],
      title: "Russia's neighbourhood, 2016-2024", subtitle: "The curated seed graph at three dates",
      introduction: intro)
    for (name, fresh) in [("index.html", r.html), ("report.md", r.markdown)] + r.svgs.map({ ($0.name, $0.svg) }) {
      let committed = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
      #expect(fresh == committed, "examples/report/\(name) is stale; rerun: \(Self.command)")
    }
    // The PDF is made by Chromium and stamped with its time: present and a PDF, not compared.
    let pdf = try #require(
      FileManager.default.contents(atPath: folder + "/report.pdf"), "no examples/report/report.pdf")
    #expect(pdf.starts(with: Array("%PDF".utf8)))
  }
}
