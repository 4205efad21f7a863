import Entente
import Foundation

/// Provenance of a sentence: its document, index, character range and SHA-256.
public enum Evidence {
  /// The SHA-256 of a text's UTF-8 bytes as 64 lower-case hex digits.
  public static func sha256(_ text: String) -> String {
    var text = text
    return text.withUTF8 { sha256($0) }
  }

  /// The SHA-256 of bytes as 64 lower-case hex digits.
  static func sha256(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    SHA256Hex.hex(UnsafeRawBufferPointer(bytes))
  }

  /// The provenance entry of `sentence` in the document `document`.
  public static func provenance(_ sentence: Sentence, document: String) -> Provenance {
    Provenance(
      document: document, sentence: sentence.index, characters: sentence.characters, sha256: sha256(sentence.text))
  }
}
