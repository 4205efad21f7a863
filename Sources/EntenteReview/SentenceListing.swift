import Entente
import EntenteExtraction

/// What `entente sentences DOC` prints: each sentence's index, its character range in the
/// file and its text, numbered exactly as evidence numbers them.
///
///     0	112-190	The first sentence of the text.
///     1	191-240	The second one.
public enum SentenceListing {
  /// The listing of `document`: `index<TAB>start-end<TAB>text` per sentence; tabs and line
  /// breaks inside a sentence are written as spaces.
  ///
  /// - Complexity: O(*n*) in the text's length.
  public static func text(_ document: DocumentSource) -> String {
    var out = ""
    for s in SentenceSplitter().split(document.text) {
      let start = s.characters.lowerBound + document.offset
      let end = s.characters.upperBound + document.offset
      let flat = String(
        String.UnicodeScalarView(s.text.unicodeScalars.map { $0 == "\t" || $0 == "\r" || $0 == "\n" ? " " : $0 }))
      out += "\(s.index)\t\(start)-\(end)\t\(flat)\n"
    }
    return out
  }
}
