import Entente
import Foundation

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

  /// The label of a relation that begins or ends in the period, or of a change.
  static let phaseLabel: DOTAttributes = ["fontcolor": .text("#424242"), "fontsize": .number(10)]

  /// How a kind's edges are drawn at weight `weight`: its colour, dash pattern and
  /// arrowhead, bold kinds and material conflict (sanction, hostility) heavy, so that
  /// tension and hostility differ in grey print by width as well as by colour.
  static func kindLook(_ kind: RelationKind?, weight: Double = 1) -> DOTAttributes {
    let style = kind?.style ?? EdgeStyle()
    let heavy = style.line == "bold" || (kind.map { $0.sign < 0 && $0.quadClass == .materialConflict } ?? false)
    let line = style.line == "bold" ? "bold" : (heavy ? style.line + ",bold" : style.line)
    let base = heavy ? 2.0 : 1.0
    return [
      "color": .text(style.color), "style": .text(line), "arrowhead": .text(style.arrow),
      "dir": .text(kind?.direction == .undirected ? "none" : "forward"),
      "penwidth": .number(min(base + 3, base + log(max(1, weight)) * 1.5)),
    ]
  }

  /// A relation that ends in the period, in a year's diagram: its kind's look, faded
  /// (half opaque), drawn over the nodes, and labelled `ends DATE`.
  static let endingOpacity = "99"

  /// The box around an organization's members.
  static let cluster: DOTAttributes = [
    "style": .text("rounded,dashed"), "color": .text("#9e9e9e"), "fontcolor": .text("#616161"),
    "class": .text("membership"),
  ]

  /// The look of one change class in a diff diagram: what it sets on the edge (the
  /// kind keeps only its arrowhead), and how the legend names it.
  ///
  /// The five differ in
  /// drawing as well as colour (thick, double, dashed, thin), none uses a kind's colour,
  /// and `scripts/palette-check.py` checks them in grey and with colour-vision deficiencies.
  struct ChangeLook {
    /// The edge colour; a list `a:b:c` draws parallel lines.
    let color: String
    /// The line style.
    let line: String
    /// The pen width.
    let penwidth: Double
    /// The legend's text.
    let text: String
    /// A label on the edge, if any.
    let label: String?

    /// The attributes it sets on an edge.
    var edgeAttributes: DOTAttributes {
      ["color": .text(color), "style": .text(line), "penwidth": .number(penwidth)]
    }
  }

  /// The changes in legend order, each with its look.
  static let changes: [(Change, ChangeLook)] = [
    (.added, ChangeLook(color: "#000000", line: "solid", penwidth: 3.2, text: "added (black, thick)", label: nil)),
    (
      .ended, ChangeLook(color: "#6d4c41", line: "dashed", penwidth: 2.6, text: "ended (brown, dashed)", label: "ended")
    ),
    (
      .signChanged,
      ChangeLook(
        color: "#000000:#ffffff:#000000", line: "solid", penwidth: 1.4, text: "pair's sign flipped (double line)",
        label: nil)
    ),
    (
      .changed,
      ChangeLook(color: "#9e9e9e", line: "solid", penwidth: 1.6, text: "weight or phase changed (grey)", label: nil)
    ),
    (.unchanged, ChangeLook(color: "#d9d9d9", line: "solid", penwidth: 1, text: "unchanged (light grey)", label: nil)),
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
