import Entente
import Foundation

/// ISO 3166-1 alpha-3 codes and the English names event datasets use for them.
public struct CountryTable: Sendable {
  private var byName: [String: String] = [:]
  private var names: [String: String] = [:]

  /// Reads a table: a code, then names, tab-separated; `#` lines are comments.
  public init(path: String) throws(EntenteError) {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw EntenteError(.fileUnreadable, "cannot read the country table '\(path)'")
    }
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let f = line.split(separator: "\t").map(String.init)
      guard f.count >= 2 else { continue }
      names[f[0]] = f[1]
      for n in f.dropFirst() { byName[n.lowercased()] = f[0] }
    }
  }

  /// The default table shipped with Entente.
  public static func standard() throws(EntenteError) -> CountryTable {
    guard let path = ResourceLocator.path(of: "countries.tsv", module: "EntenteEvents") else {
      throw EntenteError(.resourceMissing, "the country table (countries.tsv) was not found beside the executable; set ENTENTE_RESOURCES")
    }
    return try CountryTable(path: path)
  }

  /// The code of a country name, case-insensitively.
  public func code(forName name: String) -> String? { byName[name.lowercased()] }

  /// The English name of a code.
  public func name(of code: String) -> String? { names[code] }
}
