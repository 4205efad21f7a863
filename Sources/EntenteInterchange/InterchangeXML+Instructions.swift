import Entente

extension InterchangeXML {
  /// Refuses a processing instruction that has a target but no data (`<?name?>`).
  ///
  /// FoundationXML on Linux passes such an instruction's missing data to `strlen` and the
  /// process dies with a segmentation fault (found by the fuzzer, issue #14), so these are
  /// caught before the parser sees the bytes. Comments and CDATA sections are skipped, so
  /// text inside them is never mistaken for an instruction.
  ///
  /// - Complexity: O(*n*) in the number of bytes, one pass.
  /// - Parameters:
  ///   - bytes: The file's bytes, already checked to be UTF-8.
  ///   - path: The file's name, for the message.
  ///   - format: `GEXF` or `GraphML`, for the message.
  /// - Throws: `EntenteError` naming the line and column of the first data-less instruction.
  static func checkInstructions(_ bytes: [UInt8], path: String, format: String) throws(EntenteError) {
    var i = 0
    var line = 1
    var lineStart = 0
    let n = bytes.count

    /// Whether `literal` starts at `at`.
    func starts(_ literal: [UInt8], at: Int) -> Bool {
      at + literal.count <= n && bytes[at..<(at + literal.count)].elementsEqual(literal)
    }
    /// Moves `i` past the first `end` at or after it (or to the end), counting lines.
    func skip(past end: [UInt8]) {
      while i < n && !starts(end, at: i) {
        if bytes[i] == 0x0A {
          line += 1
          lineStart = i + 1
        }
        i += 1
      }
      i = min(n, i + end.count)
    }

    let comment = Array("<!--".utf8)
    let commentEnd = Array("-->".utf8)
    let cdata = Array("<![CDATA[".utf8)
    let cdataEnd = Array("]]>".utf8)
    let instructionEnd = Array("?>".utf8)
    while i < n {
      let b = bytes[i]
      if b == 0x0A {
        line += 1
        lineStart = i + 1
        i += 1
      } else if b != 0x3C {  // '<'
        i += 1
      } else if starts(comment, at: i) {
        i += comment.count
        skip(past: commentEnd)
      } else if starts(cdata, at: i) {
        i += cdata.count
        skip(past: cdataEnd)
      } else if i + 1 < n && bytes[i + 1] == 0x3F {  // "<?"
        let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).count + 1
        let (startLine, start) = (line, i)
        i += 2
        var j = i
        while j < n && !starts(instructionEnd, at: j) && !isSpace(bytes[j]) { j += 1 }
        var k = j
        while k < n && isSpace(bytes[k]) { k += 1 }
        if k >= n || starts(instructionEnd, at: k) {
          let target = String(decoding: bytes[(start + 2)..<min(j, start + 42)], as: UTF8.self)
          throw EntenteError(
            .invalidValue,
            "not well-formed \(format): the processing instruction '<?\(target)?>' has no data; "
              + "remove it (the XML reader cannot read an instruction without data)",
            at: SourceLocation(file: path, line: startLine, column: column))
        }
        skip(past: instructionEnd)
      } else {
        i += 1
      }
    }
  }

  /// Whether `b` is XML white space (space, tab, carriage return, line feed).
  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
}
