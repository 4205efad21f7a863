import Foundation

/// Reads graph files (YAML) into a validated `ActorGraph`.
///
/// A graph file lists `documents`, `kinds`, `actors` and `relations`, and may
/// `include` other graph files (paths relative to the including file). Reading
/// checks every reference and reports the first problem at its `file:line:column`
/// with what would be right:
///
///     let graph = try GraphFileReader().read(path: "graphs/seeds.yaml")
///
/// Relations and `part_of` may cite any id of the actor catalogue without declaring
/// it: the catalogue's actor (id, name, kind) joins the graph where it is first cited,
/// after the declared actors. A declared actor keeps its declared fields.
///
/// The format is described in `Guides/GraphFiles.md`.
public struct GraphFileReader: Sendable {
  private let vocabulary: RelationVocabulary?
  private let catalogue: ActorCatalogue?

  /// Creates a reader that starts from the standard vocabulary, or from `vocabulary`, and
  /// takes undeclared actors from the standard catalogue.
  public init(vocabulary: RelationVocabulary? = nil) {
    self.init(vocabulary: vocabulary, catalogue: nil)
  }

  /// Creates a reader that takes undeclared actors from `catalogue` (the standard one when nil).
  public init(vocabulary: RelationVocabulary?, catalogue: ActorCatalogue?) {
    self.vocabulary = vocabulary
    self.catalogue = catalogue
  }

  /// Reads and validates a graph file and everything it includes.
  ///
  /// - Parameter path: the graph file's path; errors name it as given.
  /// - Returns: the graph, with included files' contents first, in include order.
  /// - Throws: `EntenteError` located at the offending file, line and column.
  /// - Complexity: O(*n*) in the total size of the files, plus the "did you mean"
  ///   search on an error.
  public func read(path: String) throws(EntenteError) -> ActorGraph {
    var files: [ParsedGraphFile] = []
    var visited: Set<String> = []
    let policy = PathPolicy(graphFile: path)
    try collect(
      path: path, displayPath: path, stack: [], from: nil, policy: policy, into: &files, visited: &visited)
    return try build(consume files)
  }

  /// Reads a graph from YAML text; `path` is used in messages and to resolve includes.
  public func read(text: String, path: String = "<input>") throws(EntenteError) -> ActorGraph {
    let source = try SourceText(data: Data(text.utf8), path: path)
    var files: [ParsedGraphFile] = []
    var visited: Set<String> = [canonical(path)]
    let parsed = try GraphFileParser.parse(source)
    let policy = PathPolicy(graphFile: path)
    for inc in parsed.includes {
      let p = resolve(inc.value, relativeTo: path)
      try collect(
        path: p, displayPath: p, stack: [canonical(path)], from: inc, policy: policy, into: &files,
        visited: &visited)
    }
    files.append(parsed)
    return try build(consume files)
  }

  private func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  private func resolve(_ include: String, relativeTo file: String) -> String {
    if include.hasPrefix("/") { return include }
    return PathText.join(PathText.folder(of: file), include)
  }

  private func collect(
    path: String, displayPath: String, stack: [String], from: ParsedGraphFile.Located<String>?,
    policy: PathPolicy, into files: inout [ParsedGraphFile], visited: inout Set<String>
  ) throws(EntenteError) {
    if let from {
      // The path policy comes first: nothing outside the tree is opened, not even to see whether it exists.
      do throws(PathPolicy.Refusal) {
        _ = try policy.admit(path)
      } catch .missing {
        throw EntenteError(
          .fileUnreadable,
          "included file '\(from.value)' does not exist (looked for \(path)); includes are relative to the including file",
          at: from.location)
      } catch {
        throw EntenteError(.pathRefused, policy.message(error, written: from.value, what: "include"), at: from.location)
      }
    }
    let key = canonical(path)
    if let i = stack.firstIndex(of: key) {
      let cycle = (stack[i...] + [key]).map { PathText.lastComponent($0) }.joined(separator: " -> ")
      throw EntenteError(.includeCycle, "include cycle: \(cycle); remove one of these includes", at: from?.location)
    }
    guard !visited.contains(key) else { return }
    visited.insert(key)
    let parsed = try GraphFileParser.parse(try SourceText(path: displayPath))
    for inc in parsed.includes {
      try collect(
        path: resolve(inc.value, relativeTo: path), displayPath: resolve(inc.value, relativeTo: displayPath),
        stack: stack + [key], from: inc, policy: policy, into: &files, visited: &visited)
    }
    files.append(parsed)
  }

  /// The graph of the parsed files; each file's relations are released once the graph holds
  /// them, so a large file's relations are not held twice over the whole build.
  private func build(_ parsed: consuming [ParsedGraphFile]) throws(EntenteError) -> ActorGraph {
    var files = parsed
    let base: RelationVocabulary
    if let vocabulary { base = vocabulary } else { base = try RelationVocabulary.standard() }
    var graph = ActorGraph(vocabulary: base)
    for f in files {
      for d in f.documents {
        do { try graph.add(d.value) } catch { throw error.located(d.location, in: f.source.text) }
      }
      for k in f.kinds {
        do { try graph.add(k.value) } catch { throw error.located(k.location, in: f.source.text) }
      }
      for st in f.kindStyles {
        let (kind, style) = st.value
        do { try graph.setEdgeStyle(style, forKind: kind) } catch {
          throw error.located(st.location, in: f.source.text)
        }
      }
      for st in f.nodeStyles { graph.setNodeStyle(st.value.1, for: st.value.0) }
      for a in f.actors {
        do { try graph.add(a.value) } catch { throw error.located(a.fields["id"] ?? a.location, in: f.source.text) }
      }
    }
    var cited = CatalogueActors(catalogue: catalogue)
    graph.reserveRelations(files.reduce(0) { $0 + $1.relations.count })
    for i in files.indices {
      let relations = files[i].relations
      files[i].relations = []
      let f = files[i]
      for a in f.actors {
        for p in a.value.partOf where graph.actor(p) == nil {
          if cited.add(p, to: &graph) { continue }
          throw EntenteError(.unknownActor, "part_of names unknown actor '\(p)'" + graph.suggestion(for: p))
            .located(a.fields["part_of"] ?? a.location, in: f.source.text)
        }
      }
      for r in relations {
        for id in [r.value.source, r.value.target] where graph.actor(id) == nil { cited.add(id, to: &graph) }
        do { try graph.add(r.value) } catch {
          throw error.located(fieldLocation(for: error, relation: r, in: f), in: f.source.text)
        }
      }
    }
    return graph
  }

  /// The field an error is about, so the caret points at the value at fault.
  private func fieldLocation(
    for error: EntenteError, relation r: ParsedGraphFile.Located<Relation>, in file: ParsedGraphFile
  ) -> SourceLocation {
    error.field.flatMap { file.fieldLocations(of: r)[$0] } ?? r.location
  }
}

/// The catalogue's actors that a graph cites without declaring them; the standard
/// catalogue is read only when an undeclared id turns up.
private struct CatalogueActors {
  var catalogue: ActorCatalogue?
  var loaded = false

  /// Adds the catalogue's actor `id` (id, name, kind) to the graph; false when the catalogue lacks it.
  @discardableResult
  mutating func add(_ id: ActorID, to graph: inout ActorGraph) -> Bool {
    if catalogue == nil && !loaded {
      loaded = true
      catalogue = try? ActorCatalogue.standard()
    }
    guard let a = catalogue?.actor(id) else { return false }
    do { try graph.add(Actor(id: a.id, name: a.name, kind: a.kind)) } catch { return false }
    return true
  }
}
