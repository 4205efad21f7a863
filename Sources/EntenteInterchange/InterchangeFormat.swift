import Entente
import Foundation

/// An interchange format: GraphML, GEXF 1.3 (dynamic, with spells), node-link JSON (as
/// NetworkX's `node_link_data`) or CSV.
///
/// Each has its reader and its writer in its own
/// type (`GraphML`, `GEXF`, `NodeLinkJSON`, `InterchangeCSV`); output is deterministic.
public enum InterchangeFormat: String, Sendable, CaseIterable {
  /// GraphML (`GraphML`).
  case graphml
  /// GEXF 1.3 (`GEXF`).
  case gexf
  /// Node-link JSON (`NodeLinkJSON`).
  case json
  /// CSV, a nodes and an edges file (`InterchangeCSV`).
  case csv

  /// Reads a file (for CSV: the edges file; a `nodes.csv` beside it is read when present).
  ///
  /// - Throws: `EntenteError` naming the file and what is wrong.
  public func read(path: String) throws(EntenteError) -> InterchangeTable {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EntenteError(.fileUnreadable, "cannot read '\(path)'")
    }
    switch self {
    case .graphml: return try GraphML.read(data, path: path)
    case .gexf: return try GEXF.read(data, path: path)
    case .json: return try NodeLinkJSON.read(data, path: path)
    case .csv:
      let nodesPath = PathText.join(PathText.folder(of: path), "nodes.csv")
      return try InterchangeCSV.read(
        edges: data, nodes: FileManager.default.contents(atPath: nodesPath), path: path, nodesPath: nodesPath)
    }
  }
}
