import Entente

/// Which candidates a page shows: by kind, actor, year and status (all when a field is nil).
public struct CandidateFilter: Sendable, Hashable {
  /// A status a candidate can have.
  public enum Status: String, Sendable, CaseIterable {
    /// No decision yet.
    case pending
    /// Accepted as extracted.
    case accepted
    /// Rejected.
    case rejected
    /// Accepted with corrections.
    case edited
  }

  /// Only this kind.
  public var kind: String?
  /// Only relations with this actor as source or target.
  public var actor: ActorID?
  /// Only relations dated in this year.
  public var year: Int?
  /// Only this status.
  public var status: Status?

  /// Creates a filter.
  public init(kind: String? = nil, actor: ActorID? = nil, year: Int? = nil, status: Status? = nil) {
    self.kind = kind
    self.actor = actor
    self.year = year
    self.status = status
  }

  /// Whether nothing is filtered.
  public var isEmpty: Bool { kind == nil && actor == nil && year == nil && status == nil }

  /// The status of a candidate with decision `d`.
  public static func status(_ d: Decision?) -> Status {
    switch d?.status {
    case .accepted?: return .accepted
    case .rejected?: return .rejected
    case .edited?: return .edited
    case .added?, nil: return .pending
    }
  }

  /// Whether `candidate`, with its decision `decision`, passes.
  public func matches(_ candidate: ReviewCandidate, decision: Decision?) -> Bool {
    let r = candidate.relation
    if let kind, r.kind != kind { return false }
    if let actor, r.source != actor && r.target != actor { return false }
    if let year, r.date.year != year { return false }
    if let status, Self.status(decision) != status { return false }
    return true
  }
}
