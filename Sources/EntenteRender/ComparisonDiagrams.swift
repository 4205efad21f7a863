import Entente
import Foundation

/// Diagrams of one graph at several dates, with every actor in the same place in each.
///
/// The union of the snapshots (every actor and edge of any date) is laid out
/// once; each date is then rendered with those positions pinned (engine
/// `nop2`), its absent actors faded or invisible, so the SVGs share their
/// coordinates and size. Also: a diff diagram per consecutive pair of dates,
/// and one SVG with the dates side by side.
///
///     let set = try ComparisonDiagrams(graph: graph, dates: [d2016, d2020, d2024]).render()
///     set.perDate[0].svg   // the 2016 diagram
public struct ComparisonDiagrams: Sendable {
  /// The graph.
  public let graph: ActorGraph
  /// The dates, in the order given.
  public let dates: [EntenteDate]
  /// The engine for the union layout (`neato`, `fdp`, `sfdp`, `circo`, `dot`, `auto`).
  public var engine: String
  /// Options applied to every diagram (title, sizes, absent actors, legend).
  public var options: DiagramOptions
  /// Years before each date in which events still count.
  public var window: Int
  /// Above this many actors (in the union of the dates), the diagrams draw only the
  /// most connected ones (see `FigureSelection`).
  public var actorLimit = FigureSelection.defaultLimit
  /// The graph's snapshots at `dates` with `window`, when the caller has them already
  /// (a report analyses the same ones); taken from the graph when `nil`.
  public var snapshots: [Snapshot]? = nil

  /// One rendered diagram.
  public struct Diagram: Sendable {
    /// A name for files: `influence-2020`, `diff-2016-2020`, `small-multiples`.
    public let name: String
    /// The DOT that was rendered (with pinned positions).
    public let dot: DOTGraph
    /// The cleaned SVG.
    public let svg: String
  }

  /// The rendered set.
  public struct Result: Sendable {
    /// One diagram per date, in order.
    public let perDate: [Diagram]
    /// One diff diagram per consecutive pair of dates.
    public let diffs: [Diagram]
    /// The dates side by side in one SVG.
    public let smallMultiples: String
    /// The pinned positions, by actor.
    public let positions: [ActorID: Point]
  }

  /// Creates a comparison.
  public init(
    graph: ActorGraph, dates: [EntenteDate], engine: String = "neato", options: DiagramOptions = DiagramOptions(),
    window: Int = 0
  ) {
    self.graph = graph
    self.dates = dates
    self.engine = engine
    self.options = options
    self.window = window
  }

  /// Lays out the union and renders every diagram as SVG.
  ///
  /// - Throws: `RenderError` from Graphviz, or `.invalidRequest` for no dates.
  public func render(embed: Bool = false) throws(RenderError) -> Result {
    guard !dates.isEmpty else { throw RenderError(.invalidRequest, "give at least one date to compare") }
    let full =
      snapshots.flatMap { $0.count == dates.count ? $0 : nil } ?? dates.map { graph.snapshot(at: $0, window: window) }
    // Large graphs: the most connected actors only; the titles say what is left out.
    let selection = FigureSelection.top(actorLimit, of: full)
    let snapshots = selection.map { sel in full.map(sel.apply) } ?? full
    let notes = full.map { s in selection.map { " (" + $0.note(for: s) + ")" } ?? "" }
    let (universe, positions, scale) = try unionLayout(snapshots)

    var pinned = options
    pinned.universe = universe
    pinned.positions = positions
    pinned.width = nil
    if selection != nil { pinned.edgeLabels = false }
    var perDate: [Diagram] = []
    for (s, note) in zip(snapshots, notes) {
      var o = pinned
      o.title = (options.title.map { $0 + " — " } ?? "") + "\(s.date)" + note
      let dot = InfluenceDiagram(graph: graph, options: o).dot(for: s).scalingFonts(by: scale)
      perDate.append(
        Diagram(name: "influence-\(s.date)", dot: dot, svg: try DiagramRenderer.svg(dot, engine: "nop2", embed: embed)))
    }
    var diffs: [Diagram] = []
    for ((a, b), note) in zip(zip(snapshots, snapshots.dropFirst()), notes.dropFirst()) {
      var o = pinned
      o.changes = Self.changes(from: a, to: b)
      o.title = "Changes from \(a.date) to \(b.date)" + note
      let keysB = Set(b.edges.map(EdgeKey.init))
      let gone = a.edges.filter { !keysB.contains(EdgeKey($0)) }
      let dot = InfluenceDiagram(graph: graph, options: o).dot(for: b, extraEdges: gone).scalingFonts(by: scale)
      diffs.append(
        Diagram(
          name: "diff-\(a.date)-\(b.date)", dot: dot, svg: try DiagramRenderer.svg(dot, engine: "nop2", embed: embed)))
    }
    let plain = try perDate.map { d throws(RenderError) in
      (
        caption: String(d.name.dropFirst("influence-".count)),
        svg: embed ? try DiagramRenderer.svg(d.dot, engine: "nop2") : d.svg
      )
    }
    return Result(
      perDate: perDate, diffs: diffs, smallMultiples: try SVGDocument.sideBySide(plain), positions: positions)
  }

  /// The pinned positions of every actor of any date, as `render` places them, without drawing.
  ///
  /// Exports use it so Gephi shows each actor where the comparison's diagrams do.
  ///
  /// - Returns: each actor's position in points (y up).
  /// - Throws: `RenderError` from Graphviz, or `.invalidRequest` for no dates.
  public func layout() throws(RenderError) -> [ActorID: Point] {
    guard !dates.isEmpty else { throw RenderError(.invalidRequest, "give at least one date to lay out") }
    return try unionLayout(dates.map { graph.snapshot(at: $0, window: window) }).positions
  }

  /// The union of the snapshots laid out once: its actors, their positions, and the font
  /// scale that keeps labels 11 px at `options.width`.
  private func unionLayout(
    _ snapshots: [Snapshot]
  ) throws(RenderError) -> (universe: [Actor], positions: [ActorID: Point], scale: Double) {
    let universe = Dictionary(snapshots.flatMap(\.actors).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      .values.sorted { $0.id < $1.id }
    // The union layout: every actor, every edge of any date.
    var unionEdges: [EdgeKey: SnapshotEdge] = [:]
    for s in snapshots { for e in s.edges where unionEdges[EdgeKey(e)] == nil { unionEdges[EdgeKey(e)] = e } }
    var layoutOptions = options
    layoutOptions.universe = universe
    layoutOptions.positions = [:]
    layoutOptions.legend = false
    layoutOptions.title = nil
    let unionSnapshot = snapshots[0]
    var unionDOT = InfluenceDiagram(graph: graph, options: layoutOptions)
      .dot(for: unionSnapshot, extraEdges: unionEdges.values.sorted { EdgeKey($0) < EdgeKey($1) })
    // Fitted to a column: the fonts that make the union's labels 11 px there serve every date.
    let scale =
      try options.width.map { px throws(RenderError) in
        try DiagramRenderer.fontScale(fitting: unionDOT, engine: engine, width: px)
      } ?? 1
    unionDOT.targetWidth = nil
    let byNode = try DiagramRenderer.positions(of: unionDOT.scalingFonts(by: scale), engine: engine)
    var positions: [ActorID: Point] = [:]
    for a in universe { if let p = byNode[InfluenceDiagram.nodeID(a.id)] { positions[a.id] = p } }

    return (universe, positions, scale)
  }

  /// How each edge changed from `a` to `b`, by the rules of `EdgeChange`: added,
  /// ended, sign changed (only for a pair in both whose net sign flips), changed or unchanged.
  ///
  /// - Complexity: O(*E* log *E*) in the edges of both.
  public static func changes(from a: Snapshot, to b: Snapshot) -> [EdgeKey: Change] {
    Dictionary(EdgeChange.changes(from: a, to: b).map { (EdgeKey($0.edge), $0.kind) }, uniquingKeysWith: { x, _ in x })
  }
}
