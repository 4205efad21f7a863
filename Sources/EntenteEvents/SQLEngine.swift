import Foundation

/// A SQL engine `EventSQL` writes for, with the few spellings in which Spark SQL and
/// GoogleSQL (BigQuery) differ.
///
/// Everything a statement inlines goes through `literal(_:)` or `identifier(_:)`: both
/// engines read backslash escapes in quoted text, so a quote, a backslash or a control
/// character in a name cannot end the literal early.
public enum SQLEngine: String, Sendable, CaseIterable {
  /// Apache Spark SQL (3.4 or later), over a table or view the user registers.
  case spark
  /// Google BigQuery (GoogleSQL), over the public GDELT tables or the user's own.
  case bigquery

  /// `text` as a single-quoted string literal, with `\`, `'` and control characters escaped.
  ///
  /// - Parameter text: any text.
  /// - Returns: a literal the engine reads back as exactly `text`.
  public func literal(_ text: String) -> String {
    var out = "'"
    for u in text.unicodeScalars {
      switch u {
      case "\\": out += "\\\\"
      case "'": out += "\\'"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 || u.value == 0x7F {
          out += "\\u" + String(format: "%04X", u.value)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "'"
  }

  /// A table or column name, quoted with backticks: Spark quotes each dot-separated part
  /// (`db`.`events`) and doubles a backtick inside; BigQuery quotes the whole path
  /// (`project.dataset.table`) and escapes a backtick or backslash with a backslash.
  ///
  /// - Parameter name: the name as the user wrote it.
  /// - Returns: the quoted name.
  public func identifier(_ name: String) -> String {
    switch self {
    case .spark:
      return name.split(separator: ".", omittingEmptySubsequences: false).map {
        "`" + $0.replacingOccurrences(of: "`", with: "``") + "`"
      }.joined(separator: ".")
    case .bigquery:
      var out = "`"
      for u in name.unicodeScalars {
        switch u {
        case "`": out += "\\`"
        case "\\": out += "\\\\"
        default:
          if u.value < 0x20 || u.value == 0x7F {
            out += "\\u" + String(format: "%04X", u.value)
          } else {
            out.unicodeScalars.append(u)
          }
        }
      }
      return out + "`"
    }
  }

  /// Whether `expression` matches the regular expression `pattern` (RE2 and Java
  /// syntax agree on the patterns used: anchors, classes, counted repeats).
  func matches(_ expression: String, _ pattern: String) -> String {
    switch self {
    case .spark: return "\(expression) RLIKE \(literal(pattern))"
    case .bigquery: return "REGEXP_CONTAINS(\(expression), \(literal(pattern)))"
    }
  }

  /// A cast that gives NULL instead of failing (Spark's ANSI mode fails a bad cast).
  func tryCast(_ expression: String, _ type: SQLType) -> String {
    switch self {
    case .spark: return "TRY_CAST(\(expression) AS \(type.spark))"
    case .bigquery: return "SAFE_CAST(\(expression) AS \(type.bigquery))"
    }
  }

  /// A cast that cannot fail (to text, or between numbers).
  func cast(_ expression: String, _ type: SQLType) -> String {
    switch self {
    case .spark: return "CAST(\(expression) AS \(type.spark))"
    case .bigquery: return "CAST(\(expression) AS \(type.bigquery))"
    }
  }

  /// The types statements cast to.
  enum SQLType {
    case text, integer, double

    var spark: String {
      switch self {
      case .text: return "STRING"
      case .integer: return "BIGINT"
      case .double: return "DOUBLE"
      }
    }

    var bigquery: String {
      switch self {
      case .text: return "STRING"
      case .integer: return "INT64"
      case .double: return "FLOAT64"
      }
    }
  }
}
