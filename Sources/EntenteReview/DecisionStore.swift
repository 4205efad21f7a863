import Entente
import Foundation

/// The decisions of one curated graph, in memory and in its decisions file, and the writes
/// that put decided relations into the graph file.
///
/// Every write takes the graph's file lock, re-reads the decisions file and the graph when
/// another process changed them, checks that the decision it replaces is the one the
/// reviewer saw (`expecting`), then writes the graph file (in place, `GraphFileEditor`) and
/// the decisions file, each atomically. A stale write is refused, never merged silently.
public final class DecisionStore: @unchecked Sendable {
  /// What a write did.
  public enum Outcome: Sendable, Equatable {
    /// Saved.
    case saved
    /// Refused: the candidate's decision is no longer the one expected (another tab or session decided it).
    case stale(current: Decision.Status?)
  }

  /// The curated graph file.
  public let graphPath: String
  /// The decisions file.
  public let decisionsPath: String
  // Guarded by `mutex`.
  private let mutex = NSLock()
  private var byKey: [CandidateKey: Decision] = [:]
  private var order: [CandidateKey] = []
  /// The decisions file's entries ("  - {...}\n" per decision, in `order`) and where each starts,
  /// so a decision is written by splicing one line, not by formatting every decision again.
  private var body: [UInt8] = []
  private var starts: [Int] = []
  private var stamp: [Int]?
  private var graph: ActorGraph
  private var graphStamp: [Int]?
  private var changes = 0

  /// Opens the decisions of `graphPath` (in `decisionsPath`, by default `GRAPH.decisions.yaml`).
  ///
  /// - Parameters:
  ///   - graphPath: the curated graph file.
  ///   - graph: the graph as read from it (checks decided relations).
  ///   - decisionsPath: the decisions file; nil for the one beside the graph.
  /// - Throws: `EntenteError` when the decisions file exists and is malformed.
  public init(graphPath: String, graph: ActorGraph, decisionsPath: String? = nil) throws(EntenteError) {
    self.graphPath = graphPath
    self.decisionsPath = decisionsPath ?? DecisionsFile.path(forGraph: graphPath)
    self.graph = graph
    graphStamp = FileLock.stamp(graphPath)
    try reload()
  }

  private func reload() throws(EntenteError) {
    stamp = FileLock.stamp(decisionsPath)
    let all = try DecisionsFile.read(path: decisionsPath)
    byKey = [:]
    for d in all { byKey[d.key] = d }
    order = byKey.keys.sorted()
    body = []
    starts = []
    starts.reserveCapacity(order.count)
    for k in order {
      starts.append(body.count)
      if let d = byKey[k] { body.append(contentsOf: Self.entry(d)) }
    }
    changes += 1
  }

  private func refreshIfChanged() throws(EntenteError) {
    if FileLock.stamp(decisionsPath) != stamp { try reload() }
  }

  /// Every decision by key, re-read first when another process changed the file.
  ///
  /// - Throws: `EntenteError` when the changed file is malformed.
  public func decisions() throws(EntenteError) -> [CandidateKey: Decision] {
    mutex.lock()
    defer { mutex.unlock() }
    try refreshIfChanged()
    return byKey
  }

  /// Every decision by key with a number that changes whenever they do (to cache what is computed from them).
  ///
  /// - Throws: `EntenteError` when the file, changed by another process, is malformed.
  public func versioned() throws(EntenteError) -> (version: Int, decisions: [CandidateKey: Decision]) {
    mutex.lock()
    defer { mutex.unlock() }
    try refreshIfChanged()
    return (changes, byKey)
  }

  /// Records `decision` if the candidate's current decision is still `expecting` (nil: none yet).
  ///
  /// - Parameters:
  ///   - decision: the decision.
  ///   - expecting: the status the reviewer saw; a different current status refuses the write.
  ///   - relation: the relation to append to the graph file (accepted, edited, added), if any.
  ///   - document: the graph's `documents:` entry for the relation's evidence, added when missing.
  /// - Returns: `.saved`, or `.stale` with the current status.
  /// - Throws: `EntenteError` when the relation does not fit the graph (unknown actor, kind
  ///   direction) or a file cannot be written; nothing is written then.
  /// - Complexity: O(*n*) in the size of the graph file and of the decisions file.
  public func record(_ decision: Decision, expecting: Decision.Status?, relation: Relation?, document: Document?)
    throws(EntenteError) -> Outcome
  {
    mutex.lock()
    defer { mutex.unlock() }
    return try FileLock.withLock(graphPath) { () throws(EntenteError) -> Outcome in
      try refreshIfChanged()
      let current = byKey[decision.key]?.status
      guard current == expecting else { return .stale(current: current) }
      if let relation { try append(relation, document: document) }
      set(decision)
      try AtomicFile.write(text(), to: decisionsPath)
      stamp = FileLock.stamp(decisionsPath)
      return .saved
    }
  }

  /// Removes a decision, if its status is still `expecting` (reopening a rejected candidate).
  ///
  /// - Parameters:
  ///   - key: the candidate.
  ///   - expecting: the status the reviewer saw.
  /// - Returns: `.saved`, or `.stale` with the current status.
  /// - Throws: `EntenteError` when the decisions file cannot be written.
  public func remove(_ key: CandidateKey, expecting: Decision.Status) throws(EntenteError) -> Outcome {
    mutex.lock()
    defer { mutex.unlock() }
    return try FileLock.withLock(graphPath) { () throws(EntenteError) -> Outcome in
      try refreshIfChanged()
      let current = byKey[key]?.status
      guard current == expecting else { return .stale(current: current) }
      byKey[key] = nil
      changes += 1
      if let i = position(key), i < order.count, order[i] == key {
        let end = i + 1 < starts.count ? starts[i + 1] : body.count
        let length = end - starts[i]
        body.removeSubrange(starts[i]..<end)
        order.remove(at: i)
        starts.remove(at: i)
        for j in i..<starts.count { starts[j] -= length }
      }
      try AtomicFile.write(text(), to: decisionsPath)
      stamp = FileLock.stamp(decisionsPath)
      return .saved
    }
  }

  private func set(_ d: Decision) {
    let line = Self.entry(d)
    guard let i = position(d.key) else { return }
    var delta = line.count
    if byKey[d.key] != nil, i < order.count, order[i] == d.key {
      let end = i + 1 < starts.count ? starts[i + 1] : body.count
      delta -= end - starts[i]
      body.replaceSubrange(starts[i]..<end, with: line)
    } else {
      let at = i < starts.count ? starts[i] : body.count
      body.insert(contentsOf: line, at: at)
      order.insert(d.key, at: i)
      starts.insert(at, at: i)
    }
    for j in (i + 1)..<starts.count { starts[j] += delta }
    byKey[d.key] = d
    changes += 1
  }

  /// One decision's entry in the file: `  - {...}` and a newline.
  private static func entry(_ d: Decision) -> [UInt8] { Array(("  - " + DecisionsFile.line(d) + "\n").utf8) }

  /// Where `key` is or would go in `order` (binary search).
  private func position(_ key: CandidateKey) -> Int? {
    var lo = 0
    var hi = order.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if order[mid] < key { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// The decisions file's text: the header and the entries in key order (as `DecisionsFile.text`).
  private func text() -> Data {
    var out = Data(DecisionsFile.text([], graphName: PathText.lastComponent(graphPath)).utf8)
    out.append(contentsOf: body)
    return out
  }

  /// Appends `relation` (and `document` when the graph lacks it) to the graph file in place.
  private func append(_ relation: Relation, document: Document?) throws(EntenteError) {
    if FileLock.stamp(graphPath) != graphStamp {
      graph = try GraphFileReader().read(path: graphPath)
      graphStamp = FileLock.stamp(graphPath)
    }
    var check = graph
    var newDocuments: [Document] = []
    if let document, check.document(document.id) == nil {
      try check.add(document)
      newDocuments.append(document)
    }
    for id in [relation.source, relation.target] where check.actor(id) == nil {
      guard let a = (try? ActorCatalogue.standard())?.actor(id) else {
        throw EntenteError(
          .unknownActor,
          "actor '\(id)' is neither declared in \(graphPath) (or its includes) nor in the actor catalogue; declare it in the actors file first"
        )
      }
      try check.add(Actor(id: a.id, name: a.name, kind: a.kind))
    }
    try check.add(relation)
    guard let data = FileManager.default.contents(atPath: graphPath), let old = String(data: data, encoding: .utf8)
    else {
      throw EntenteError(.fileUnreadable, "cannot read the graph file '\(graphPath)'")
    }
    let new = try GraphFileEditor.appending(
      documents: newDocuments, relations: [relation], to: old, path: graphPath)
    try AtomicFile.write(new, to: graphPath)
    graph = check
    graphStamp = FileLock.stamp(graphPath)
  }
}
