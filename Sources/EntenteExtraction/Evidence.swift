import Crypto
import Entente

/// Provenance of a sentence: its document, index, character range and SHA-256.
public enum Evidence {
  /// The SHA-256 of a text's UTF-8 bytes as 64 lower-case hex digits.
  public static func sha256(_ text: String) -> String {
    SHA256.hash(data: Array(text.utf8)).map { b in
      let h = String(b, radix: 16)
      return b < 16 ? "0" + h : h
    }.joined()
  }

  /// The provenance entry of `sentence` in the document `document`.
  public static func provenance(_ sentence: Sentence, document: String) -> Provenance {
    Provenance(document: document, sentence: sentence.index, characters: sentence.characters, sha256: sha256(sentence.text))
  }
}
