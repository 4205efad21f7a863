import Entente
import Foundation

/// One dyad-kind-period aggregate of events, and the one place aggregates become a graph.
///
/// `EventImport` (events read in process) and `DyadImport` (aggregates an engine wrote)
/// both end here, so the same aggregates give the same actors, ids, names, notes and
/// rounded weights whichever path made them.
struct EventAggregate {
  /// The period: `year × 100 + month` for a month, `year × 100` for a year (sorts by date).
  var period: Int
  /// The source actor's code.
  var source: String
  /// The target actor's code.
  var target: String
  /// The relation kind.
  var kind: String
  /// Events, mentions, Goldstein sum and weight.
  var tally: EventImport.Tally
  /// Whether the Goldstein sum is known (a dyads file may lack it; the note then has no mean).
  var scored = true

  /// The period's date: a month, or a year when `period` is a multiple of 100.
  var date: EntenteDate? {
    let (y, m) = (period / 100, period % 100)
    return m == 0 ? try? EntenteDate(year: y) : try? EntenteDate(year: y, month: m)
  }

  /// The name an actor of `code` takes: its ISO short name from the catalogue, else the
  /// event file's name for it in title case, else the code.
  static func actorName(code: String, fileName: String, catalogue: ActorCatalogue) -> String {
    catalogue.datasetNames(of: ActorID(code)).first ?? (fileName.isEmpty ? code : fileName.capitalized)
  }

  /// The graph of `aggregates`: actors sorted by id (states when the catalogue knows the
  /// code, else regions), relations sorted by period, source, target and kind, each dated
  /// by its period, weighted Σ mentions × max(|Goldstein|, 1) / 10 rounded to 3 decimals,
  /// with the counts and the mean Goldstein score in its note (none when the sum is unknown).
  ///
  /// - Parameters:
  ///   - actors: each actor's code and name (see `actorName`).
  ///   - aggregates: the relations' tallies.
  ///   - dataset: the dataset named in notes (`GDELT 2.0`).
  ///   - catalogue: the actor catalogue (which codes are states).
  ///   - vocabulary: the relation kinds.
  /// - Returns: the graph and the number of events whose relation could not be added (an
  ///   endpoint that is not an actor id, or a kind outside the vocabulary).
  /// - Complexity: O(*r* log *r*) for *r* aggregates.
  static func graph(
    actors: [(code: String, name: String)], aggregates: [EventAggregate], dataset: String,
    catalogue: ActorCatalogue, vocabulary: RelationVocabulary
  ) -> (graph: ActorGraph, unplaced: Int) {
    var graph = ActorGraph(vocabulary: vocabulary)
    for (code, name) in actors.sorted(by: { $0.code < $1.code }) {
      let id = ActorID(code)
      guard id.isWellFormed else { continue }
      let kind: Actor.Kind = catalogue.datasetNames(of: id).isEmpty ? .region : .state
      try? graph.add(Actor(id: id, name: name, kind: kind))
    }
    var unplaced = 0
    let sorted = aggregates.sorted {
      ($0.period, $0.source, $0.target, $0.kind) < ($1.period, $1.source, $1.target, $1.kind)
    }
    for a in sorted {
      guard let date = a.date else { continue }
      let t = a.tally
      let mean =
        a.scored ? ", mean Goldstein " + String(format: "%.2f", t.goldstein / Double(max(t.events, 1))) : ""
      let note = "\(t.events) events, \(t.mentions) mentions\(mean) (\(dataset))"
      let r = Relation(
        source: ActorID(a.source), target: ActorID(a.target), kind: a.kind, time: .event(date),
        weight: (t.weight * 1000).rounded() / 1000, note: note)
      do { try graph.add(r) } catch { unplaced = EventImport.Tally.saturating(unplaced, t.events) }
    }
    return (graph, unplaced)
  }
}
