/// A file a command reads a graph from: a graph file (YAML) or a TSV edge list, told apart by the file name.
///
/// The one place that decides which reader a path goes to:
///
///     switch try GraphInput.read(path: path) {
///     case .graph(let graph): ...
///     case .edgeList(let list): ...
///     }
public enum GraphInput: Sendable {
  /// The two kinds of input.
  public enum Kind: Sendable, Equatable {
    /// A graph file (YAML), read by `GraphFileReader`.
    case graphFile
    /// A TSV edge list (`source target kind sign weight year`), read by `EdgeList`.
    case edgeList

    /// The kind of the file at `path`: an edge list when its name ends in `.tsv`, else a graph file.
    public init(path: String) {
      self = path.hasSuffix(".tsv") ? .edgeList : .graphFile
    }
  }

  /// A graph file, read and validated.
  case graph(ActorGraph)
  /// An edge list.
  case edgeList(EdgeList)

  /// Reads the file at `path` with the reader its kind calls for.
  ///
  /// - Throws: `EntenteError` from `GraphFileReader` or `EdgeList.read`.
  public static func read(path: String) throws(EntenteError) -> GraphInput {
    switch Kind(path: path) {
    case .graphFile: return .graph(try GraphFileReader().read(path: path))
    case .edgeList: return .edgeList(try EdgeList.read(path: path))
    }
  }
}
