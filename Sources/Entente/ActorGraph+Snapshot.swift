import Foundation

extension ActorGraph {
  /// The graph as it stood in the period of `date`.
  ///
  /// Rules (also in `Guides/Snapshots.md`):
  /// - The period is that of `date`: `2020` is the whole year, `2020-10` the month.
  /// - A standing relation (`since`..`until`, half-open) is in force when its interval
  ///   overlaps the period. It *begins* there if `since` falls in the period and
  ///   *ends* there if `until` does.
  /// - An event is in force when its date's period overlaps the period extended
  ///   `window` years back (`window: 0` counts only events dated in it). An event
  ///   dated `2020` is in the snapshot of `2020-10`: it may have happened then.
  /// - Relations of one kind between one pair are one edge (either way round for
  ///   undirected kinds): its evidence is the union, its weight is the mean weight
  ///   times (1 + ln *n*) where *n* counts the pieces of evidence (a relation without
  ///   evidence counts as one), its confidence is the noisy-or 1 − ∏(1 − cᵢ).
  /// - The snapshot's actors are those on at least one edge.
  ///
  /// - Parameters:
  ///   - date: the period.
  ///   - window: years before the period in which events still count; 0 or more.
  /// - Returns: the snapshot's actors and merged edges.
  /// - Complexity: O(*R* log *R*), where *R* is the number of relations.
  public func snapshot(at date: EntenteDate, window: Int = 0) -> Snapshot {
    let start = date.startDay
    let end = date.endDay
    let windowStart =
      window > 0
      ? GregorianCalendar.daysFromCivil(year: max(1, date.year - window), month: date.month ?? 1, day: date.day ?? 1)
      : start

    struct Key: Hashable {
      let source: ActorID, target: ActorID, kind: String
    }
    var groups: [Key: [Int]] = [:]
    var order: [Key] = []
    for (i, r) in relations.enumerated() {
      let inForce: Bool
      switch r.time {
      case .event(let d): inForce = d.startDay < end && d.endDay > windowStart
      case .interval: inForce = r.time.startDay < end && r.time.endDay > start
      }
      guard inForce, let kind = vocabulary[r.kind] else { continue }
      var (s, t) = (r.source, r.target)
      if kind.direction == .undirected && t < s { swap(&s, &t) }
      let key = Key(source: s, target: t, kind: r.kind)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(i)
    }

    var edges: [SnapshotEdge] = []
    edges.reserveCapacity(order.count)
    for key in order {
      let members = groups[key] ?? []
      // One relation whose evidence is in strictly increasing order: that list is the sorted
      // union, kept shared with the graph. One out of order: kept as it is, sorted when read.
      // Several: their sorted union.
      let single = members.count == 1 ? relations[members[0]].evidence : nil
      var evidence = Set<Provenance>()
      var mentions = 0
      var weightSum = 0.0
      var doubt = 1.0
      var notes: [String] = []
      var ends = false
      var begins = false
      var endDate: EntenteDate?
      var beginDate: EntenteDate?
      for i in members {
        let r = relations[i]
        if single == nil { evidence.formUnion(r.evidence) }
        mentions += max(1, r.evidence.count)
        weightSum += r.weight
        doubt *= 1 - r.confidence
        if let n = r.note, !notes.contains(n) { notes.append(n) }
        switch r.time {
        case .event(let d):
          if r.phase == .ends { (ends, endDate) = (true, later(endDate, d)) }
          if r.phase == .begins { (begins, beginDate) = (true, earlier(beginDate, d)) }
        case .interval(let since, let until):
          if let until, until.startDay >= start, until.startDay < end {
            (ends, endDate) = (true, later(endDate, until))
          }
          if since.startDay >= start, since.startDay < end { (begins, beginDate) = (true, earlier(beginDate, since)) }
          if r.phase == .ends { ends = true }
          if r.phase == .begins { begins = true }
        }
      }
      let sign = vocabulary[key.kind]?.sign ?? 1
      let weight = weightSum / Double(members.count) * (1 + log(Double(max(mentions, 1))))
      edges.append(
        SnapshotEdge(
          source: key.source, target: key.target, kind: key.kind, sign: sign, weight: weight, confidence: 1 - doubt,
          phase: ends ? .ends : (begins ? .begins : .holds), phaseDate: ends ? endDate : (begins ? beginDate : nil),
          evidence: single ?? evidence.sorted(),
          evidenceSorted: single.map { list in zip(list, list.dropFirst()).allSatisfy { $0 < $1 } } ?? true,
          notes: notes,
          relationIndices: members))
    }
    edges.sort { ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind) }
    var ids = Set<ActorID>()
    for e in edges {
      ids.insert(e.source)
      ids.insert(e.target)
    }
    let actors = ids.sorted().compactMap { actor($0) }
    return Snapshot(date: date, window: window, actors: actors, edges: edges, vocabulary: vocabulary)
  }

  private func later(_ a: EntenteDate?, _ b: EntenteDate) -> EntenteDate {
    a.map { $0.startDay >= b.startDay ? $0 : b } ?? b
  }
  private func earlier(_ a: EntenteDate?, _ b: EntenteDate) -> EntenteDate {
    a.map { $0.startDay <= b.startDay ? $0 : b } ?? b
  }
}
