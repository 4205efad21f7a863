import Entente

/// A Graphviz DOT document, built in Swift and written out deterministically.
///
/// Every id and every attribute value is written as a quoted string with its
/// characters escaped, so names such as `"node"`, `2016x`, `a"b`, `C:\dir` or
/// ones with newlines reach Graphviz intact. HTML-like labels are a distinct
/// type (`HTMLLabel`) written between `<` and `>`.
///
///     var g = DOTGraph(name: "influence", directed: true)
///     g.nodes.append(DOTNode(id: "RUS", attributes: ["label": .text("Russia")]))
///     g.edges.append(DOTEdge(from: "RUS", to: "ARM", attributes: ["color": .text("#2e7d32")]))
///     print(g.text)
public struct DOTGraph: Sendable, Equatable {
  /// The graph's name.
  public var name: String
  /// `digraph` when true, `graph` otherwise.
  ///
  /// Entente writes digraphs and sets `dir=` per edge.
  public var directed: Bool
  /// Graph attributes.
  public var attributes: DOTAttributes
  /// Defaults for every node.
  public var nodeDefaults: DOTAttributes
  /// Defaults for every edge.
  public var edgeDefaults: DOTAttributes
  /// Clusters (subgraphs named `cluster_...`), drawn as boxes around their nodes.
  public var clusters: [DOTCluster]
  /// Nodes outside clusters.
  public var nodes: [DOTNode]
  /// Edges.
  public var edges: [DOTEdge]
  /// A legend drawn with the graph (not part of `text`): under an SVG as a graph of
  /// its own, in other formats as rows of the graph's label.
  public var legend: DiagramLegend?
  /// The width in CSS pixels the rendered SVG is meant for: rendering scales every font
  /// (`scalingFonts(by:)`) until the smallest is at least 11 px there.
  ///
  /// Not part of `text`.
  public var targetWidth: Double?

  /// Creates an empty graph.
  public init(
    name: String, directed: Bool = true, attributes: DOTAttributes = [:], nodeDefaults: DOTAttributes = [:],
    edgeDefaults: DOTAttributes = [:]
  ) {
    self.name = name
    self.directed = directed
    self.attributes = attributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.clusters = []
    self.nodes = []
    self.edges = []
    self.legend = nil
    self.targetWidth = nil
  }

  /// The graph with every font size (and the legend's) multiplied by `factor`, pen widths
  /// by its square root, and the edges' preferred length (`len`) divided by it: Graphviz sizes
  /// nodes to their labels, so nodes grow, and the drawing grows less than its labels.
  public func scalingFonts(by factor: Double) -> DOTGraph {
    func scaled(_ a: DOTAttributes) -> DOTAttributes {
      var out = a
      if case .number(let x)? = a["fontsize"] { out["fontsize"] = .number(x * factor) }
      // Arrowheads grow with the pen; the square root keeps lines from turning into bars.
      if case .number(let x)? = a["penwidth"] { out["penwidth"] = .number(x * factor.squareRoot()) }
      return out
    }
    var g = self
    g.attributes = scaled(attributes)
    g.nodeDefaults = scaled(nodeDefaults)
    if g.nodeDefaults["fontsize"] == nil { g.nodeDefaults["fontsize"] = .number(14 * factor) }
    g.edgeDefaults = scaled(edgeDefaults)
    if case .number(let len)? = edgeDefaults["len"] { g.edgeDefaults["len"] = .number(len / factor) }
    if g.edgeDefaults["fontsize"] == nil { g.edgeDefaults["fontsize"] = .number(14 * factor) }
    g.nodes = nodes.map { DOTNode(id: $0.id, attributes: scaled($0.attributes)) }
    g.edges = edges.map { DOTEdge(from: $0.from, to: $0.to, attributes: scaled($0.attributes)) }
    g.clusters = clusters.map { c in
      DOTCluster(
        id: c.id, attributes: scaled(c.attributes),
        nodes: c.nodes.map { DOTNode(id: $0.id, attributes: scaled($0.attributes)) })
    }
    g.legend?.scale *= factor
    return g
  }

  /// The smallest font of any text the graph shows (node labels, edge labels, its own
  /// label, the legend), in points; Graphviz's default is 14.
  var smallestFont: Double {
    func size(_ a: DOTAttributes, _ fallback: Double) -> Double {
      if case .number(let x)? = a["fontsize"] { return x }
      return fallback
    }
    let node = size(nodeDefaults, 14)
    let edge = size(edgeDefaults, 14)
    var sizes =
      [node] + nodes.map { size($0.attributes, node) } + clusters.flatMap { $0.nodes.map { size($0.attributes, node) } }
    sizes += edges.filter { $0.attributes["label"] != nil }.map { size($0.attributes, edge) }
    if attributes["label"] != nil { sizes.append(size(attributes, 14)) }
    if let legend, !legend.entries.isEmpty { sizes.append(DiagramLegend.fontSize * legend.scale) }
    return sizes.min() ?? 14
  }

  /// The DOT text: statements in the order they were added, attributes sorted by name.
  ///
  /// - Complexity: O(*n*) in the size of the graph.
  public var text: String {
    var out = (directed ? "digraph " : "graph ") + DOTEscape.id(name) + " {\n"
    if !attributes.isEmpty { out += "  graph" + attributes.list + ";\n" }
    if !nodeDefaults.isEmpty { out += "  node" + nodeDefaults.list + ";\n" }
    if !edgeDefaults.isEmpty { out += "  edge" + edgeDefaults.list + ";\n" }
    for c in clusters {
      out += "  subgraph " + DOTEscape.id("cluster_" + c.id) + " {\n"
      if !c.attributes.isEmpty { out += "    graph" + c.attributes.list + ";\n" }
      for n in c.nodes { out += "    " + n.statement + "\n" }
      out += "  }\n"
    }
    for n in nodes { out += "  " + n.statement + "\n" }
    let op = directed ? " -> " : " -- "
    for e in edges { out += "  " + DOTEscape.id(e.from) + op + DOTEscape.id(e.to) + e.attributes.list + ";\n" }
    return out + "}\n"
  }
}

/// A node statement.
public struct DOTNode: Sendable, Equatable {
  /// The node's id (any text; it is quoted).
  public var id: String
  /// Its attributes.
  public var attributes: DOTAttributes

  /// Creates a node.
  public init(id: String, attributes: DOTAttributes = [:]) {
    self.id = id
    self.attributes = attributes
  }

  var statement: String { DOTEscape.id(id) + attributes.list + ";" }
}

/// An edge statement.
public struct DOTEdge: Sendable, Equatable {
  /// The tail node's id.
  public var from: String
  /// The head node's id.
  public var to: String
  /// Its attributes; direction is given with `dir` (`forward`, `back`, `both`, `none`).
  public var attributes: DOTAttributes

  /// Creates an edge.
  public init(from: String, to: String, attributes: DOTAttributes = [:]) {
    self.from = from
    self.to = to
    self.attributes = attributes
  }
}

/// A cluster: a subgraph drawn as a box around its nodes.
public struct DOTCluster: Sendable, Equatable {
  /// The cluster's id; it is written as `cluster_<id>`.
  public var id: String
  /// Its graph attributes (label, style, colour).
  public var attributes: DOTAttributes
  /// Its nodes.
  public var nodes: [DOTNode]

  /// Creates a cluster.
  public init(id: String, attributes: DOTAttributes = [:], nodes: [DOTNode] = []) {
    self.id = id
    self.attributes = attributes
    self.nodes = nodes
  }
}

/// An attribute value: escaped text, or an HTML-like label.
public enum DOTValue: Sendable, Equatable {
  /// Text shown as it is: quotes, backslashes, newlines and `&` are escaped so that
  /// Graphviz shows exactly this text (newlines become line breaks).
  case text(String)
  /// Text escaped as `text`, with every line left-justified in its node (each ends in
  /// DOT's `\l`): a plain label where an HTML-like one would only align text, since
  /// Graphviz 2.42 leaks each HTML-like label's text items on every layout.
  case leftJustified(String)
  /// An HTML-like label, written between `<` and `>`.
  case html(HTMLLabel)
  /// A number, written in the shortest form that reads back the same.
  case number(Double)

  var written: String {
    switch self {
    case .text(let s): return DOTEscape.text(s)
    case .leftJustified(let s): return DOTEscape.leftJustified(s)
    case .html(let h): return "<" + h.markup + ">"
    case .number(let x): return DOTEscape.number(x)
    }
  }
}

/// Attributes by name, written sorted by name.
public struct DOTAttributes: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  /// The attributes.
  public var values: [String: DOTValue]

  /// Creates attributes from pairs.
  public init(dictionaryLiteral elements: (String, DOTValue)...) {
    values = Dictionary(elements, uniquingKeysWith: { _, last in last })
  }

  /// The value of an attribute.
  public subscript(name: String) -> DOTValue? {
    get { values[name] }
    set { values[name] = newValue }
  }

  /// Whether there are none.
  public var isEmpty: Bool { values.isEmpty }

  var list: String {
    guard !values.isEmpty else { return "" }
    return " ["
      + values.keys.sorted().map { DOTEscape.id($0) + "=" + (values[$0]?.written ?? "\"\"") }.joined(separator: ", ")
      + "]"
  }
}

/// Escaping for DOT.
public enum DOTEscape {
  /// An id as a quoted DOT string: `"` and `\` escaped, newlines written as `\n`.
  ///
  /// DOT reads backslashes in quoted ids literally, so an id's backslashes reach
  /// Graphviz doubled: distinct ids stay distinct (an id is a key; the label
  /// carries the text shown), and no id can end the string early.
  public static func id(_ s: String) -> String {
    TextEscaping.quoted(s) { u, out in
      if u == "\r" { out += "\\r" } else { out.unicodeScalars.append(u.value < 0x20 ? " " : u) }
    }
  }

  /// Text for an `escString` attribute (label, tooltip, URL, id, class) as a quoted DOT
  /// string that Graphviz shows exactly: `\` and `"` escaped (so `\N` stays literal),
  /// newlines as `\n` line breaks, `&` as `&amp;` (Graphviz would otherwise decode
  /// entities such as `&lt;` in labels), other control characters as spaces.
  public static func text(_ s: String) -> String {
    TextEscaping.quoted(s) { u, out in
      switch u {
      case "\r": break
      case "&": out += "&amp;"
      default: out.unicodeScalars.append(u.value < 0x20 || u.value == 0x7F ? " " : u)
      }
    }
  }

  /// Text as `text(_:)` writes it, with each line ended by `\l` (left-justified)
  /// instead of separated by `\n` (centred).
  public static func leftJustified(_ s: String) -> String {
    let lines = s.split(separator: "\n", omittingEmptySubsequences: false).map {
      text(String($0)).dropFirst().dropLast()
    }
    return "\"" + lines.joined(separator: "\\l") + "\\l\""
  }

  /// A number as a quoted string with at most 4 decimals and no trailing zeros.
  public static func number(_ x: Double) -> String {
    guard x.isFinite else { return "\"0\"" }
    return "\"" + NumberText.decimal(x, places: 4) + "\""
  }
}
