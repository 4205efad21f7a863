import Entente
import Foundation

/// The trained dependency parser: its relation names and its two classifiers, as stored
/// in `tagger/parser.bin`.
///
/// The file (little-endian): the 8 bytes `ENTDEP01`; a `UInt32` byte count and that many
/// bytes of UTF-8 relation names, one per line (relation number *k* is line *k*); the
/// transition weights (3 classes: shift, left, right) and the relation weights (one
/// class per relation), each as `ParserWeights` stores them.
package struct ParserModel: Sendable {
  /// The relation names, by number.
  package let labels: [String]
  /// Chooses the next transition.
  package let transitions: ParserWeights
  /// Chooses the relation of a new arc.
  package let relations: ParserWeights

  static let magic = Array("ENTDEP01".utf8)

  /// A model from its parts.
  package init(labels: [String], transitions: ParserWeights, relations: ParserWeights) {
    self.labels = labels
    self.transitions = transitions
    self.relations = relations
  }

  /// The model file's bytes.
  ///
  /// - Complexity: O(*F* + *P*) in the features and weights.
  package func encoded() -> [UInt8] {
    var out = Self.magic
    let names = Array(labels.joined(separator: "\n").utf8)
    withUnsafeBytes(of: UInt32(names.count).littleEndian) { out += $0 }
    out += names
    transitions.encode(into: &out)
    relations.encode(into: &out)
    return out
  }

  /// Reads a model file's bytes; `file` names it in errors.
  ///
  /// - Throws: `EntenteError` `.invalidValue` when the bytes are not a parser model of
  ///   this format (wrong header, truncated, counts that do not add up, a class number
  ///   out of range, relations that do not match the relation weights).
  /// - Complexity: O(*F* + *P*).
  package init(bytes: Data, file: String) throws(EntenteError) {
    func bad(_ why: String) -> EntenteError {
      EntenteError(
        .invalidValue, "'\(file)' is not a parser model (\(why)); retrain it with entente-train-tagger --parser")
    }
    let result: Result<ParserModel, EntenteError> = bytes.withUnsafeBytes { b in
      do throws(EntenteError) {
        guard b.count >= 12, Array(b[0..<8]) == Self.magic else { throw bad("no ENTDEP01 header") }
        let n = Int(UInt32(littleEndian: b.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        guard 12 + n <= b.count else { throw bad("truncated in the relation names") }
        let names = String(decoding: b[12..<(12 + n)], as: UTF8.self)
          .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var at = 12 + n
        let transitions = try ParserWeights(decoding: b, at: &at, bad: bad)
        let relations = try ParserWeights(decoding: b, at: &at, bad: bad)
        guard at == b.count else { throw bad("\(b.count - at) bytes after the weights") }
        guard transitions.classes == ParserTransition.allCases.count else {
          throw bad("\(transitions.classes) transitions, expected 3")
        }
        guard relations.classes == names.count, names.contains("root") else {
          throw bad("\(names.count) relation names for \(relations.classes) relation classes, or no 'root'")
        }
        return .success(ParserModel(labels: names, transitions: transitions, relations: relations))
      } catch {
        return .failure(error)
      }
    }
    self = try result.get()
  }
}
