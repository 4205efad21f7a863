import Entente

/// The one table of how an influence diagram looks: fonts, defaults, the faded
/// look of absent actors, phase labels, membership boxes, and each `Change`.
///
/// Edges and legend read the same entries, so a change's colour, line and
/// width are written once.
enum DiagramStyle {
  /// The font of every text.
  static let font = "Helvetica"

  /// Graph attributes common to every diagram (the caller adds id, overlap and labels).
  ///
  /// splines=line: neato fans parallel edges into separate arcs at a fifteenth of the
  /// cost of splines=true; splines=curved crashes Graphviz 2.42 when layouts repeat in
  /// one process, and reverses arrowheads on cycles.
  static let graph: DOTAttributes = [
    "fontname": .text(font), "fontsize": .number(11), "outputorder": .text("edgesfirst"),
    "sep": .text("+14"), "splines": .text("line"), "pad": .number(0.2), "bgcolor": .text("white"),
    "class": .text("entente-diagram"),
  ]

  /// Defaults for every node.
  static let nodeDefaults: DOTAttributes = [
    "fontname": .text(font), "fontsize": .number(11), "style": .text("filled"), "penwidth": .number(1.2),
    "margin": .text("0.08,0.04"),
  ]

  /// Defaults for every edge.
  static let edgeDefaults: DOTAttributes = [
    "fontname": .text(font), "fontsize": .number(9), "arrowsize": .number(0.8), "len": .number(1.6),
  ]

  /// An actor of the comparison absent at this date: pale, dashed outline.
  static let absentNode: DOTAttributes = [
    "style": .text("filled,dashed"), "fillcolor": .text("#fafafa"), "color": .text("#bdbdbd"),
    "fontcolor": .text("#9e9e9e"),
  ]

  /// The label of a relation that begins or ends in the period.
  static let phaseLabel: DOTAttributes = ["fontcolor": .text("#616161"), "fontsize": .number(8)]

  /// The box around an organization's members.
  static let cluster: DOTAttributes = [
    "style": .text("rounded,dashed"), "color": .text("#9e9e9e"), "fontcolor": .text("#616161"),
    "class": .text("membership"),
  ]

  /// The look of one change class in a diff diagram: what it overrides on the edge,
  /// and how the legend shows it.
  struct ChangeLook {
    /// The edge colour, or nil to keep the kind's.
    let color: String?
    /// The line style, or nil to keep the kind's.
    let line: String?
    /// The pen width, or nil to keep the weight's.
    let penwidth: Double?
    /// The legend's line sample.
    let sample: String
    /// The legend's text.
    let text: String

    /// The colour the legend draws the sample in.
    var legendColor: String { color ?? "#212121" }

    /// The attributes it sets on an edge.
    var edgeAttributes: DOTAttributes {
      var a: DOTAttributes = [:]
      if let color { a["color"] = .text(color) }
      if let line { a["style"] = .text(line) }
      if let penwidth { a["penwidth"] = .number(penwidth) }
      return a
    }
  }

  /// The changes in legend order, each with its look.
  static let changes: [(Change, ChangeLook)] = [
    (.added, ChangeLook(color: nil, line: nil, penwidth: 3, sample: "━━━", text: "added (thick)")),
    (.removed, ChangeLook(color: "#9e9e9e", line: "dotted", penwidth: nil, sample: "· · · ·", text: "removed (grey, dotted)")),
    (
      .signChanged,
      ChangeLook(color: "#6a1b9a", line: nil, penwidth: 3, sample: "━━━", text: "sign changed (purple, thick)")
    ),
    (.unchanged, ChangeLook(color: "#cfcfcf", line: nil, penwidth: 1, sample: "───", text: "unchanged (light grey)")),
  ]

  /// The look of a change.
  static func look(_ change: Change) -> ChangeLook? { changes.first { $0.0 == change }?.1 }

  /// The legend's text sample of a kind's line style.
  static func lineSample(_ line: String) -> String {
    switch line {
    case "dashed": return "– – –"
    case "dotted": return "· · · ·"
    case "bold": return "━━━"
    default: return "───"
    }
  }

  /// Merges `extra` into `base`, `extra` winning.
  static func merge(_ base: inout DOTAttributes, _ extra: DOTAttributes) {
    for (k, v) in extra.values { base[k] = v }
  }
}
