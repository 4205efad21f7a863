import Crypto
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
    var hasher = SHA256()
    hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
    let digest = hasher.finalize()
    @inline(__always) func hex(_ n: UInt8) -> UInt8 { n < 10 ? 48 + n : 87 + n }
    return String(unsafeUninitializedCapacity: 64) { out in
      var k = 0
      for b in digest {
        out[k] = hex(b >> 4)
        out[k + 1] = hex(b & 15)
        k += 2
      }
      return 64
    }
  }

  /// The provenance entry of `sentence` in the document `document`.
  public static func provenance(_ sentence: Sentence, document: String) -> Provenance {
    Provenance(
      document: document, sentence: sentence.index, characters: sentence.characters, sha256: sha256(sentence.text))
  }
}
