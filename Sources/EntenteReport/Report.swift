import Entente
import EntenteAnalysis
import EntenteRender
import Foundation

/// A report comparing a graph at several dates: one self-contained HTML page, a
/// Markdown page, and the SVGs the Markdown shows.
///
///     let report = try Report.build(graph: g, dates: [d2016, d2020, d2024], poles: ["RUS", "USA"])
///     report.html; report.markdown; report.svgs   // [(file name, SVG)]
public struct Report: Sendable {
  /// The HTML page: SVG, CSS and script inline, nothing fetched.
  public let html: String
  /// The Markdown page; it shows the SVGs by file name.
  public let markdown: String
  /// The SVG files the Markdown refers to, by file name.
  public let svgs: [(name: String, svg: String)]
  /// CSV files beside the page holding the full tables the page cuts (large graphs only;
  /// empty when every table is shown whole).
  public let tables: [(name: String, csv: String)]

  static let measures: [Measure] = [.pagerank, .betweenness, .degree]

  /// The width in CSS pixels the diagrams' fonts are fitted to (an article column): at it
  /// and wider every label is at least 11 px; narrower, a diagram scrolls in its box.
  public static let columnWidth = 680.0

  /// Builds a report.
  ///
  /// - Parameters:
  ///   - graph: the graph.
  ///   - dates: the dates, in order (two or more for comparisons).
  ///   - poles: actor ids for alignment (unknown ones are ignored).
  ///   - evidence: reads cited sentences from the documents, when given.
  ///   - title: the page's title.
  ///   - subtitle: a line under the title, when given.
  ///   - introduction: Markdown shown before the first year (escaped; see `MarkdownHTML`), when given.
  ///   - engine: the layout engine of the diagrams (`LayoutEngine`'s names; each has a size limit).
  /// - Returns: the HTML page, the Markdown and the SVGs.
  /// - Throws: `RenderError` from Graphviz, or `.resourceMissing` without the page's CSS and script.
  public static func build(
    graph: ActorGraph, dates: [EntenteDate], poles: [String] = [], evidence: EvidenceReader? = nil,
    title: String = "Entente report", subtitle: String? = nil, introduction: String? = nil,
    engine: String = "neato"
  ) throws(RenderError) -> Report {
    let assets = try ReportAssets.standard()
    let snapshots = dates.map { graph.snapshot(at: $0) }
    // One layout: the page embeds the same SVGs the Markdown shows as files. Fonts are fitted to
    // an article column, so labels stay 11 px or more wherever a diagram is shown that wide or wider.
    var options = DiagramOptions()
    options.width = Report.columnWidth
    var comparison = ComparisonDiagrams(graph: graph, dates: dates, engine: engine, options: options)
    comparison.snapshots = snapshots
    let plain = try comparison.render(embed: false)
    // Influence on the cooperative layer, exposure on the conflict layer; citations move nothing.
    let layers: [Layer] = [.cooperative, .conflict]
    // Each date analysed once: the comparisons reuse the tables' analyses.
    var cache = AnalysisCache(measures: measures, poles: poles, layers: layers, graph: graph)
    let analyses = cache.analyses(of: snapshots)
    let shifts = cache.shifts(snapshots)
    let page = Page(
      graph: graph, snapshots: snapshots, analyses: analyses, shifts: shifts, evidence: evidence, title: title,
      subtitle: subtitle, introduction: introduction, assets: assets)
    var svgs = plain.perDate.map { ($0.name + ".svg", $0.svg) } + plain.diffs.map { ($0.name + ".svg", $0.svg) }
    svgs.append(("small-multiples.svg", plain.smallMultiples))
    let chart = AlignmentChart.svg(poles: analyses.last?.poles ?? [], analyses: analyses, dates: dates)
    if let chart { svgs.append(("alignment.svg", chart)) }
    return Report(
      html: page.html(diagrams: plain, chart: chart), markdown: page.markdown(chart: chart != nil), svgs: svgs,
      tables: page.tables())
  }
}
