import Foundation

/// The one error type of the `Entente` module.
///
/// Every error says what is wrong and what would be right. Errors that come
/// from a file carry its location and print the way compilers do:
///
///     graphs/seeds.yaml:12:15: error: unknown actor 'ARMM'; did you mean ARM?
///       - {source: ARMM, target: CSTO, kind: membership, since: 2002}
///                  ^
public struct EntenteError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of problem this is, for code that reacts to some of them.
  public enum Code: String, Sendable, Equatable {
    case fileUnreadable, notText, invalidYAML, tooDeep, wrongType, missingField, unknownField
    case invalidDate, invalidInterval, unknownActor, unknownKind, unknownDocument, directionMismatch
    case duplicateID, includeCycle, invalidValue, invalidEdgeList, resourceMissing, writeFailed
    case pathRefused
  }

  /// The kind of problem.
  public var code: Code
  /// What is wrong and what would be right, without the location.
  public var message: String
  /// Where the problem is, when it comes from a file.
  public var location: SourceLocation?
  /// The offending line of the file with a caret under the column, when known.
  public var snippet: String?
  /// The field of a record the error is about (`source`, `weight`, `evidence.1`), for locating it.
  var field: String?

  /// Creates an error.
  public init(_ code: Code, _ message: String, at location: SourceLocation? = nil, snippet: String? = nil) {
    self.field = nil
    self.code = code
    self.message = message
    self.location = location
    self.snippet = snippet
  }

  /// `file:line:column: error: message`, then the snippet when there is one; control
  /// characters (an ESC from a file) are shown as `\u{1B}`, never sent to a terminal.
  public var description: String {
    var s = (location.map { "\($0): " } ?? "") + "error: " + message
    if let snippet { s += "\n" + snippet }
    return TerminalText.printable(s)
  }

  /// The same error tagged with the field it is about.
  func about(_ field: String) -> EntenteError {
    var e = self
    e.field = field
    return e
  }

  /// The same error placed at a location, with the line of `text` under it.
  public func located(_ location: SourceLocation, in text: String?) -> EntenteError {
    var e = self
    e.location = location
    if let text { e.snippet = location.snippet(in: text) }
    return e
  }
}

/// A place in a file: its path as the user gave it, and a 1-based line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file's path, as given by the user.
  public var file: String
  /// The line, from 1.
  public var line: Int
  /// The column in Unicode scalars, from 1.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`.
  public var description: String { "\(file):\(line):\(column)" }

  /// The line of `text` this location names, and a caret under its column.
  func snippet(in text: String) -> String? {
    var lineNumber = 1
    var current = Substring()
    var found = false
    // Split on the scalar, not the Character: "\r\n" is one Character, so a CRLF file
    // would look like one line and lose its excerpt.
    for l in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      if lineNumber == line {
        current = Substring(l.last == "\r" ? l.dropLast() : l)
        found = true
        break
      }
      lineNumber += 1
    }
    guard found else { return nil }
    // Long lines: show 80 characters around the column, so the caret stays on screen.
    let scalars = Array(current.unicodeScalars)
    let width = 80
    let start = scalars.count > width ? max(0, min(column - 1 - width / 2, scalars.count - width)) : 0
    let end = min(scalars.count, start + width)
    var shown = (start > 0 ? "…" : "") + String(String.UnicodeScalarView(scalars[start..<end]))
    if end < scalars.count { shown += "…" }
    let pad = String(repeating: " ", count: max(0, column - 1 - start + (start > 0 ? 1 : 0)))
    return "  " + shown.replacingOccurrences(of: "\t", with: " ") + "\n  " + pad + "^"
  }
}
