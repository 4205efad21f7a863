/// The identifier of an actor: a state, an organization, a region, a company or a group.
///
/// States use ISO 3166-1 alpha-3 (`RUS`, `ARM`), regions ISO 3166-2 (`RU-DA`),
/// organizations and groups an upper-case name (`CSTO`, `MINSK`, `KARABAKH`).
///
///     let armenia: ActorID = "ARM"
public struct ActorID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The identifier's text.
  public let rawValue: String

  /// Wraps an identifier's text as it is; `isWellFormed` tells whether it follows the rules.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Wraps an identifier's text as it is.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Wraps a literal identifier as it is: `let armenia: ActorID = "ARM"`.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The identifier's text.
  public var description: String { rawValue }

  /// Whether the text is an upper-case letter followed by upper-case letters,
  /// digits, `_` or `-`, at most 64 characters (the form graph files accept).
  public var isWellFormed: Bool {
    let bytes = Array(rawValue.utf8)
    guard let first = bytes.first, bytes.count <= 64, (65...90).contains(first) else { return false }
    return bytes.allSatisfy { (65...90).contains($0) || (48...57).contains($0) || $0 == 95 || $0 == 45 }
  }

  /// Orders identifiers by their text.
  public static func < (lhs: ActorID, rhs: ActorID) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Decodes an identifier from a single string.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  /// Encodes the identifier as a single string.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
}
