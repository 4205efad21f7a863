import Entente
import Foundation

/// What changed between two snapshots, and why each actor's standing moved.
///
/// Besides the relations added, removed and changed, a shift reports each actor's
/// measures before and after with their ranks, the balance of both years, each
/// actor's camp and alignment in both, and an **explanation** of every actor's
/// change: the relation changes that account for it, largest first. A change's
/// contribution is counterfactual: the later snapshot is measured again with that one
/// change undone (an added relation left out, a removed one put back, a changed one
/// restored), and the difference in the actor's value is the contribution. Undoing
/// changes one at a time attributes exactly what each does alone; contributions need
/// not add up to the total when changes interact (on shared shortest paths).
public struct Shift: Sendable {
  /// One relation change and its evidence.
  public struct RelationChange: Sendable, Hashable {
    /// `added`, `removed` or `changed`.
    public let change: String
    /// The edge after (or before, when removed).
    public let edge: SnapshotEdge
    /// The weight before, when changed.
    public let weightBefore: Double?
    /// The phase before, when changed.
    public var phaseBefore: Phase? = nil
    /// What happened to the relation, by the rules of `EdgeChange` (added, ended, sign changed, changed).
    public var outcome: EdgeChange.Kind = .changed
  }

  /// One actor's value of one measure in both years.
  public struct ActorShift: Sendable {
    /// The actor.
    public let actor: String
    /// The measure.
    public let measure: Measure
    /// Its value before and after (0 when absent).
    public let before: Double, after: Double
    /// Its rank before and after (1 is highest; `nil` when absent).
    public let rankBefore: Int?, rankAfter: Int?
    /// The relation changes that account for the shift, largest |contribution| first.
    public let explanation: [(change: RelationChange, contribution: Double)]

    /// after − before.
    public var delta: Double { after - before }
  }

  /// The dates compared.
  public let from: EntenteDate, to: EntenteDate
  /// Relation changes.
  public let relations: [RelationChange]
  /// Actor shifts, per measure, largest |delta| first.
  public let actors: [ActorShift]
  /// The analyses of both years.
  public let before: SnapshotAnalysis, after: SnapshotAnalysis

  /// Compares snapshot `a` with snapshot `b`.
  ///
  /// - Parameters:
  ///   - a: the earlier snapshot.
  ///   - b: the later snapshot.
  ///   - measures: the measures to compare and explain.
  ///   - keep: relation kinds to analyse.
  ///   - poles: actor ids for alignment.
  ///   - explainLimit: above this many relation changes, explanations cover incident
  ///     changes only (each counterfactual recomputes the measures).
  /// - Complexity: O(*c*·*M*) for *c* relation changes and *M* the cost of the measures.
  public init(
    from a: Snapshot, to b: Snapshot, measures: [Measure], keep: @escaping (String) -> Bool = { _ in true },
    poles: [String] = [], explainLimit: Int = 400
  ) {
    from = a.date
    to = b.date
    let change = SnapshotChange(from: a, to: b)
    let outcomes = Dictionary(
      EdgeChange.changes(from: a, to: b).map { (Shift.key($0.edge), $0.kind) }, uniquingKeysWith: { x, _ in x })
    var rel: [RelationChange] = change.added.map {
      RelationChange(change: "added", edge: $0, weightBefore: nil, outcome: outcomes[Shift.key($0)] ?? .added)
    }
    rel += change.removed.map { RelationChange(change: "removed", edge: $0, weightBefore: nil, outcome: .ended) }
    rel += change.changed.map {
      RelationChange(
        change: "changed", edge: $0.after, weightBefore: $0.before.weight, phaseBefore: $0.before.phase,
        outcome: outcomes[Shift.key($0.after)] ?? .changed)
    }
    rel = rel.filter { keep($0.edge.kind) }
    rel.sort {
      ($0.edge.source, $0.edge.target, $0.edge.kind, $0.change) < (
        $1.edge.source, $1.edge.target, $1.edge.kind, $1.change
      )
    }
    relations = rel
    before = SnapshotAnalysis(index: GraphIndex(a), measures: measures, keep: keep, poles: poles)
    after = SnapshotAnalysis(index: GraphIndex(b), measures: measures, keep: keep, poles: poles)

    // Counterfactual values: b with one change undone.
    let beforeEdges = Dictionary(a.edges.map { (Shift.key($0), $0) }, uniquingKeysWith: { x, _ in x })
    let counterfactual = rel.count <= explainLimit
    var whatIf: [[String: [Measure: Double]]] = []
    if counterfactual {
      for r in rel {
        var edges = b.edges.filter { Shift.key($0) != Shift.key(r.edge) }
        if r.change != "added", let old = beforeEdges[Shift.key(r.edge)] { edges.append(old) }
        var actorIDs = Set(edges.flatMap { [$0.source, $0.target] })
        actorIDs.formUnion(b.actors.map(\.id))
        let actorsByID = Dictionary((a.actors + b.actors).map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        let actors = actorIDs.sorted().compactMap { actorsByID[$0] }
        edges.sort { ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind) }
        let s = Snapshot(date: b.date, window: b.window, actors: actors, edges: edges, vocabulary: b.vocabulary)
        let an = SnapshotAnalysis(index: GraphIndex(s), measures: measures, keep: keep, signed: false)
        var values: [String: [Measure: Double]] = [:]
        for (i, n) in an.names.enumerated() {
          for m in an.measures { values[n, default: [:]][m.measure] = m.values[i] }
        }
        whatIf.append(values)
      }
    }

    func ranks(_ an: SnapshotAnalysis, _ m: Measure) -> [String: (Double, Int)] {
      guard let values = an.measures.first(where: { $0.measure == m })?.values else { return [:] }
      let order = an.names.indices.sorted { (values[$0], an.names[$1]) > (values[$1], an.names[$0]) }
      var out: [String: (Double, Int)] = [:]
      for (r, i) in order.enumerated() { out[an.names[i]] = (values[i], r + 1) }
      return out
    }
    var shifts: [ActorShift] = []
    for m in measures {
      let (ra, rb) = (ranks(before, m), ranks(after, m))
      for actor in Set(ra.keys).union(rb.keys).sorted() {
        let (va, vb) = (ra[actor]?.0 ?? 0, rb[actor]?.0 ?? 0)
        guard abs(vb - va) > 1e-12 || ra[actor]?.1 != rb[actor]?.1 else { continue }
        var explanation: [(RelationChange, Double)] = []
        for (k, r) in rel.enumerated() {
          let contribution: Double
          if counterfactual {
            contribution = vb - (whatIf[k][actor]?[m] ?? 0)
          } else {
            guard r.edge.source.rawValue == actor || r.edge.target.rawValue == actor else { continue }
            contribution = r.change == "removed" ? -r.edge.weight : r.edge.weight - (r.weightBefore ?? 0)
          }
          if abs(contribution) > 1e-12 { explanation.append((r, contribution)) }
        }
        explanation.sort {
          (abs($0.1), $1.0.edge.source, $1.0.edge.target) > (abs($1.1), $0.0.edge.source, $0.0.edge.target)
        }
        shifts.append(
          ActorShift(
            actor: actor, measure: m, before: va, after: vb, rankBefore: ra[actor]?.1, rankAfter: rb[actor]?.1,
            explanation: explanation))
      }
    }
    shifts.sort { ($0.measure.rawValue, abs($1.delta), $0.actor) < ($1.measure.rawValue, abs($0.delta), $1.actor) }
    actors = shifts
  }

  static func key(_ e: SnapshotEdge) -> String { "\(e.source)|\(e.target)|\(e.kind)" }
}
