import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteReport

@Suite struct MarkdownHTMLTests {
  @Test func blocksAndSpansBecomeHTML() {
    let md = """
      # Scope

      The *three* snapshots are **eight** years apart,
      see `diff` and [the guide](Guides/Report.md).

      - first point
        continues here
      - second point

      1. one
      2) two

      > quoted words

      ```
      <raw> & code
      ```
      ---
      """
    let html = MarkdownHTML.html(md)
    #expect(
      html == """
        <h2>Scope</h2>
        <p>The <em>three</em> snapshots are <strong>eight</strong> years apart, see <code>diff</code> and <a href="Guides/Report.md">the guide</a>.</p>
        <ul><li>first point continues here</li><li>second point</li></ul>
        <ol><li>one</li><li>two</li></ol>
        <blockquote><p>quoted words</p>
        </blockquote>
        <pre><code>&lt;raw&gt; &amp; code</code></pre>
        <hr>

        """)
  }

  @Test func rawHTMLAndUnsafeLinksShowAsText() {
    let html = MarkdownHTML.html(
      "<script>alert(1)</script> [click](javascript:alert(2)) [ok](https://example.org/a?b=1&c=\"2\") _x_ \\*not em\\*")
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains("javascript:"))
    #expect(html.contains(" click"))
    #expect(html.contains("<a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">ok</a>"))
    #expect(html.contains("<em>x</em>"))
    #expect(html.contains("*not em*"))
    // An attribute cannot be opened from inside a link's text or target.
    let quoteBreak = MarkdownHTML.html("[a](x\" onmouseover=\"alert(3)) snake_case_word")
    #expect(!quoteBreak.contains("onmouseover=\"alert"))
    #expect(quoteBreak.contains("snake_case_word"))
  }

  @Test func headingsMoveDownOneLevelInTheMarkdownReport() {
    #expect(
      MarkdownHTML.demotingHeadings("# A\ntext\n```\n# not a heading\n```\n###### six")
        == "## A\ntext\n```\n# not a heading\n```\n###### six")
  }

  @Test func theReportShowsTitleSubtitleAndIntroduction() throws {
    let g = try ReportFixture.seeds()
    let r = try Report.build(
      graph: g, dates: try ReportFixture.dates(["2016", "2024"]), title: "Alliances <2016-2024>",
      subtitle: "Seed graph & notes", introduction: "# Why\n\nBecause *it* matters.\n")
    #expect(r.html.contains("<title>Alliances &lt;2016-2024&gt;</title>"))
    #expect(r.html.contains("<h1>Alliances &lt;2016-2024&gt;</h1>\n<p class=\"subtitle\">Seed graph &amp; notes</p>"))
    #expect(
      r.html.contains(
        "<main>\n<section class=\"introduction\" aria-label=\"Introduction\">\n<h2>Why</h2>\n<p>Because <em>it</em> matters.</p>\n</section>"
      ))
    #expect(
      r.markdown.hasPrefix(
        "# Alliances \\<2016-2024\\>\n\n_Seed graph \\& notes_\n\n## Why\n\nBecause *it* matters.\n\n## 2016"))
  }
}
