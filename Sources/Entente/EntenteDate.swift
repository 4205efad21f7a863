/// A calendar date of year, month or day precision.
///
/// Analysis texts date things loosely: "in 2016", "April 2016", "27/9". An
/// `EntenteDate` keeps exactly the precision that was stated and denotes the
/// whole period it names: `2020` is the year 2020, `2020-10` is October 2020.
///
///     let d = try EntenteDate(parsing: "2020-10")
///     d.precision            // .month
///     d.description          // "2020-10"
///     d.startDay < d.endDay  // the period is [startDay, endDay)
///
/// Dates order by the start of their period, then by precision (coarser first),
/// so `2020 < 2020-01 < 2020-01-01 < 2020-01-02`.
public struct EntenteDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// How much of a date was stated.
  public enum Precision: Int, Sendable, Hashable, Codable, Comparable {
    case year = 0
    case month = 1
    case day = 2

    /// Orders precisions from coarse (year) to fine (day).
    public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  // Stored in four bytes (0 for a month or day not stated), not three `Int`s and two
  // optionals (40 bytes): a large graph holds one or two dates per relation.
  private let storedYear: UInt16
  private let storedMonth: UInt8
  private let storedDay: UInt8

  /// The year, 1 to 9999.
  public var year: Int { Int(storedYear) }
  /// The month, 1 to 12, or `nil` for a year.
  public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
  /// The day of the month, or `nil` for a year or a month.
  public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

  /// The precision: year, month or day.
  public var precision: Precision {
    storedDay != 0 ? .day : (storedMonth != 0 ? .month : .year)
  }

  /// Creates a date, checking that it exists in the proleptic Gregorian calendar.
  ///
  /// - Throws: `EntenteError` with code `.invalidDate` for a year outside 1...9999,
  ///   a month outside 1...12, a day past the month's end, or a day without a month.
  public init(year: Int, month: Int? = nil, day: Int? = nil) throws(EntenteError) {
    guard (1...9999).contains(year) else {
      throw EntenteError(.invalidDate, "year \(year) is out of range; write a year from 1 to 9999")
    }
    if let month, !(1...12).contains(month) {
      throw EntenteError(.invalidDate, "month \(month) does not exist; write a month from 01 to 12")
    }
    if let day {
      guard let month else {
        throw EntenteError(.invalidDate, "a day needs a month; write YYYY-MM-DD")
      }
      let last = GregorianCalendar.days(month: month, year: year)
      guard (1...last).contains(day) else {
        throw EntenteError(
          .invalidDate,
          "day \(day) does not exist in \(year)-\(EntenteDate.pad2(month)), which has \(last) days")
      }
    }
    storedYear = UInt16(year)
    storedMonth = UInt8(month ?? 0)
    storedDay = UInt8(day ?? 0)
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  ///
  /// - Throws: `EntenteError` with code `.invalidDate` naming the text and the
  ///   expected forms, or why the date does not exist.
  public init(parsing text: String) throws(EntenteError) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let widths = [4, 2, 2]
    guard (1...3).contains(parts.count),
      zip(parts, widths).allSatisfy({ part, width in
        part.utf8.count == width && part.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
      }),
      let year = Int(parts[0])
    else {
      throw EntenteError(
        .invalidDate, "'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (for example 2020-10)")
    }
    let month = parts.count > 1 ? Int(parts[1]) : nil
    let day = parts.count > 2 ? Int(parts[2]) : nil
    try self.init(year: year, month: month, day: day)
  }

  /// The first day of the period, as days since 1970-01-01.
  public var startDay: Int {
    GregorianCalendar.daysFromCivil(year: year, month: month ?? 1, day: day ?? 1)
  }

  /// The day after the period ends, as days since 1970-01-01 (exclusive bound).
  public var endDay: Int {
    switch precision {
    case .year: return GregorianCalendar.daysFromCivil(year: year + 1, month: 1, day: 1)
    case .month:
      let m = month ?? 12
      return m == 12
        ? GregorianCalendar.daysFromCivil(year: year + 1, month: 1, day: 1)
        : GregorianCalendar.daysFromCivil(year: year, month: m + 1, day: 1)
    case .day: return startDay + 1
    }
  }

  /// The date in its stated precision: `2020`, `2020-10` or `2020-10-01`.
  public var description: String {
    var s = EntenteDate.pad4(year)
    if let month { s += "-" + EntenteDate.pad2(month) }
    if let day { s += "-" + EntenteDate.pad2(day) }
    return s
  }

  /// Orders dates by the start of their period, then coarser precision first.
  public static func < (lhs: EntenteDate, rhs: EntenteDate) -> Bool {
    let (l, r) = (lhs.startDay, rhs.startDay)
    return l != r ? l < r : lhs.precision < rhs.precision
  }

  /// Decodes a date from its text (`2020`, `2020-10`, `2020-10-01`).
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    do { try self.init(parsing: text) } catch {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
    }
  }

  /// Encodes the date as its text.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }

  static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  static func pad4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + "\(n)" }
}
