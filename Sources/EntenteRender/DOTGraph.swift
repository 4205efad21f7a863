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
  /// `digraph` when true, `graph` otherwise. Entente writes digraphs and sets `dir=` per edge.
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
  /// An HTML-like label, written between `<` and `>`.
  case html(HTMLLabel)
  /// A number, written in the shortest form that reads back the same.
  case number(Double)

  var written: String {
    switch self {
    case .text(let s): return DOTEscape.text(s)
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
    return " [" + values.keys.sorted().map { DOTEscape.id($0) + "=" + (values[$0]?.written ?? "\"\"") }.joined(separator: ", ") + "]"
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
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      default: out.unicodeScalars.append(u.value < 0x20 ? " " : u)
      }
    }
    return out + "\""
  }

  /// Text for an `escString` attribute (label, tooltip, URL, id, class) as a quoted DOT
  /// string that Graphviz shows exactly: `\` and `"` escaped (so `\N` stays literal),
  /// newlines as `\n` line breaks, `&` as `&amp;` (Graphviz would otherwise decode
  /// entities such as `&lt;` in labels), other control characters as spaces.
  public static func text(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": break
      case "&": out += "&amp;"
      default: out.unicodeScalars.append(u.value < 0x20 || u.value == 0x7F ? " " : u)
      }
    }
    return out + "\""
  }

  /// A number as a quoted string with at most 4 decimals and no trailing zeros.
  public static func number(_ x: Double) -> String {
    guard x.isFinite else { return "\"0\"" }
    return "\"" + NumberText.decimal(x, places: 4) + "\""
  }
}
