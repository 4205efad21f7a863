/// HTML text helpers: every piece of document text, name and message goes through `escape`.
enum HTML {
  /// `text` with `&`, `<`, `>`, `"` and `'` as character references, safe in text and in quoted attributes.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for u in text.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        // Control characters other than tab and line breaks have no place in a page.
        if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out
  }

  /// A query string from pairs, percent-encoded (`a=1&b=x%20y`), without empty values.
  static func query(_ pairs: [(String, String?)]) -> String {
    pairs.compactMap { k, v in v.flatMap { $0.isEmpty ? nil : "\(k)=\(percentEncode($0))" } }.joined(separator: "&")
  }

  /// A query string from pairs that all have values.
  static func query(_ pairs: [(String, String)]) -> String { query(pairs.map { ($0.0, Optional($0.1)) }) }

  /// `text` percent-encoded for a query value (unreserved characters kept).
  static func percentEncode(_ text: String) -> String {
    var out = ""
    for b in text.utf8 {
      switch b {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E: out.unicodeScalars.append(Unicode.Scalar(b))
      default:
        let hex = Array("0123456789ABCDEF".utf8)
        out += "%" + String(decoding: [hex[Int(b >> 4)], hex[Int(b & 15)]], as: UTF8.self)
      }
    }
    return out
  }

  /// Decodes `application/x-www-form-urlencoded` text (also a query string) into its fields; the last value of a name wins.
  static func form(_ text: Substring) -> [String: String] {
    var out: [String: String] = [:]
    for pair in text.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = percentDecode(parts[0])
      out[key] = parts.count > 1 ? percentDecode(parts[1]) : ""
    }
    return out
  }

  /// Percent-decodes `text` with `+` as space; malformed escapes stay as written; invalid UTF-8 becomes U+FFFD.
  static func percentDecode(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var it = Array(text.utf8)[...]
    func hex(_ c: UInt8) -> UInt8? {
      switch c {
      case 0x30...0x39: return c - 0x30
      case 0x41...0x46: return c - 0x41 + 10
      case 0x61...0x66: return c - 0x61 + 10
      default: return nil
      }
    }
    while let c = it.first {
      it = it.dropFirst()
      if c == 0x2B {
        bytes.append(0x20)
      } else if c == 0x25, it.count >= 2, let h = hex(it[it.startIndex]), let l = hex(it[it.startIndex + 1]) {
        bytes.append(h << 4 | l)
        it = it.dropFirst(2)
      } else {
        bytes.append(c)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
