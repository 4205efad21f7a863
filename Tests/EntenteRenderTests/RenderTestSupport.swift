import Entente
import Foundation
import Testing

@testable import EntenteRender

#if canImport(FoundationXML)
import FoundationXML
#endif

enum RenderRepo {
  static func date(_ s: String) throws -> EntenteDate { try EntenteDate(parsing: s) }
}

/// The SVG parsed as XML.
func parseSVG(_ svg: String) throws -> XMLDocument {
  try XMLDocument(data: Data(svg.utf8), options: [])
}

/// Every element of the document, depth first.
func elements(_ doc: XMLDocument) -> [XMLElement] {
  var out: [XMLElement] = []
  func walk(_ e: XMLElement) {
    out.append(e)
    for c in e.children ?? [] { if let ce = c as? XMLElement { walk(ce) } }
  }
  if let root = doc.rootElement() { walk(root) }
  return out
}

func name(_ e: XMLElement) -> String { e.localName ?? e.name ?? "" }

/// An attribute's value (FoundationXML's `attribute(forName:)` misses attributes of
/// elements in SVG's default namespace, so search the list).
func attr(_ e: XMLElement, _ key: String) -> String? {
  e.attributes?.first { ($0.localName ?? $0.name) == key }?.stringValue
}

/// The text of every `text` element.
func texts(_ svg: String) throws -> [String] {
  elements(try parseSVG(svg)).filter { name($0) == "text" }.compactMap(\.stringValue)
}

/// The titles of the node groups.
func nodeTitles(_ svg: String) throws -> [String] {
  elements(try parseSVG(svg)).filter { name($0) == "g" && (attr($0, "class") ?? "").hasPrefix("node") }
    .compactMap { g in (g.children ?? []).compactMap { $0 as? XMLElement }.first { name($0) == "title" }?.stringValue }
}

/// The actor ids and positions (shape centres in SVG coordinates) of an SVG's node groups.
func nodeCentres(_ svg: String) throws -> [String: (Double, Double)] {
  var out: [String: (Double, Double)] = [:]
  for g in elements(try parseSVG(svg)) where name(g) == "g" {
    guard (attr(g, "class") ?? "").hasPrefix("node"), let id = attr(g, "id")
    else { continue }
    let inner = elements(XMLDocument(rootElement: g.copy() as? XMLElement))
    if let ellipse = inner.first(where: { name($0) == "ellipse" }),
      let cx = attr(ellipse, "cx").flatMap(Double.init),
      let cy = attr(ellipse, "cy").flatMap(Double.init)
    {
      out[id] = (cx, cy)
    } else if let poly = inner.first(where: { name($0) == "polygon" }), let points = attr(poly, "points") {
      let xy = points.split(separator: " ").compactMap { p -> (Double, Double)? in
        let c = p.split(separator: ",")
        guard c.count == 2, let x = Double(c[0]), let y = Double(c[1]) else { return nil }
        return (x, y)
      }
      guard !xy.isEmpty else { continue }
      out[id] = (xy.map(\.0).reduce(0, +) / Double(xy.count), xy.map(\.1).reduce(0, +) / Double(xy.count))
    }
  }
  return out
}
