import Entente
import EntenteExtraction
import EntenteReview

/// The Documents pages: the list with counts, and one document with its numbered sentences and candidates.
extension ReviewApp {
  /// `/`: every document with its candidates by status, under the filter.
  func documentsPage(_ q: [String: String]) -> ReviewResponse {
    let f = filter(q)
    let (_, problem) = decisionsNow()
    let decided = decisionList()
    let c = session.corpus
    var rows = ""
    var totals = [Int](repeating: 0, count: 4)
    for d in c.documents {
      var n = [Int](repeating: 0, count: 4)
      for cand in c.candidates[d.candidates] {
        let dec = decided[cand.id]
        guard f.matches(cand, decision: dec) else { continue }
        switch CandidateFilter.status(dec) {
        case .pending: n[0] += 1
        case .accepted: n[1] += 1
        case .edited: n[2] += 1
        case .rejected: n[3] += 1
        }
      }
      if !f.isEmpty && n.reduce(0, +) == 0 { continue }
      for i in 0..<4 { totals[i] += n[i] }
      let changed = FileLock.stamp(d.source.document.path ?? d.file) != d.fileStamp
      let title = d.source.document.title ?? d.file
      let link = "/doc/\(d.index)" + (f.isEmpty ? "" : "?" + HTML.query(filterPairs(f)))
      rows += """
        <tr><td class="num wide">\(d.index)</td><td><a href="\(HTML.escape(link))">\(HTML.escape(title))</a>\
        \(changed ? " <span class=\"badge changed\" title=\"the file changed since the review started\">changed on disk</span>" : "")\
        <div class="meta">\(HTML.escape(d.file))\(d.inGraph ? "" : " · not in the graph yet")</div></td>\
        <td>\(HTML.escape(d.source.document.date.description))</td><td class="num wide">\(d.sentences.count)</td>\
        <td class="num">\(n[0])</td><td class="num">\(n[1])</td><td class="num wide">\(n[2])</td><td class="num">\(n[3])</td></tr>

        """
    }
    let body = """
      <h1>Documents</h1>
      <p class="lead">Open a document to see its numbered sentences with the relations the extractor proposes, or go \
      through the pending ones one by one in <a href="/decide">Decide</a> (keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, \
      <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> edit).</p>
      \(problem)\(filterForm(f, action: "/"))
      <table class="docs"><thead><tr><th class="num wide">#</th><th>Document</th><th>Date</th><th class="num wide">Sentences</th>\
      <th class="num">Pending</th><th class="num">Accepted</th><th class="num wide">Edited</th><th class="num">Rejected</th></tr></thead>
      <tbody>
      \(rows.isEmpty ? "<tr><td colspan=\"8\">No document has candidates that match the filter.</td></tr>" : rows)</tbody>
      <tfoot><tr><td class="wide"></td><td>All</td><td></td><td class="wide"></td><td class="num">\(totals[0])</td><td class="num">\(totals[1])</td>\
      <td class="num wide">\(totals[2])</td><td class="num">\(totals[3])</td></tr></tfoot></table>
      """
    return html(200, layout(title: "Documents", here: "documents", body: body, flash: flash(q)))
  }

  /// `/doc/N`: the document's numbered sentences, each with its candidates and their actions.
  func documentPage(_ index: Int, _ q: [String: String]) -> ReviewResponse {
    let f = filter(q)
    let (decisions, problem) = decisionsNow()
    let c = session.corpus
    let d = c.documents[index]
    var bySentence: [Int: [ReviewCandidate]] = [:]
    for cand in c.candidates[d.candidates] where f.matches(cand, decision: decisions[cand.key]) {
      bySentence[cand.key.sentence, default: []].append(cand)
    }
    var added: [Int: [Decision]] = [:]
    for a in session.added(d, in: decisions) { added[a.key.sentence, default: []].append(a) }
    var banner = problem
    let changed = session.changedOnDisk(d)
    if changed {
      banner += """
        <div class="flash err" role="alert"><strong>This document changed on disk</strong> since the review read it. \
        Its sentences may have moved, so decisions on it are not saved; restart <code>entente review</code> to extract it again.</div>
        """
    }
    let flagged = session.flagged(d, in: decisions)
    if !flagged.isEmpty {
      let items = flagged.prefix(50).map {
        "<li>\(HTML.escape($0.status.rawValue)): \(relationText(source: $0.key.source, kind: $0.key.kind, target: $0.key.target)), sentence \($0.key.sentence)</li>"
      }.joined()
      banner += """
        <div class="flash warn"><strong>\(flagged.count) earlier decision\(flagged.count == 1 ? "" : "s") kept but not applied:</strong> \
        they were made on another version of this file (another SHA-256), so they are not matched to its sentences now. \
        They stay in the decisions file.<ul>\(items)</ul></div>
        """
    }
    let here = "/doc/\(index)" + (f.isEmpty ? "" : "?" + HTML.query(filterPairs(f)))
    var list = ""
    for s in d.sentences {
      let cands = bySentence[s.index] ?? []
      let adds = added[s.index] ?? []
      let spans = spans(cands)
      var cards = ""
      for cand in cands {
        cards += candidateCard(cand, decisions[cand.key], next: here + "#s\(s.index)", disabled: changed)
      }
      for a in adds {
        cards += """
          <div class="cand"><span class="badge added">added</span><span class="rel">\(relationText(source: a.change?.source ?? a.key.source, kind: a.change?.kind ?? a.key.kind, target: a.change?.target ?? a.key.target))</span>\
          <span class="meta">\(HTML.escape(a.change.map { Self.timeText($0.time) } ?? ""))\(a.change.map { $0.phase == .holds ? "" : " · " + $0.phase.rawValue } ?? "") · added by a reviewer</span></div>
          """
      }
      let range = d.fileCharacters(s)
      list += """
        <li id="s\(s.index)" data-s="\(s.index)"\(cands.isEmpty && adds.isEmpty ? "" : " class=\"has\"")><span class="snum" title="characters \(range.lowerBound)-\(range.upperBound)">\(s.index)</span>\
        <span class="stext">\(Self.highlighted(s.text, spans))</span>\
        \(cards.isEmpty ? "" : "<div class=\"cands\">\(cards)</div>")</li>

        """
    }
    let title = d.source.document.title ?? d.file
    let addBase = "/add?doc=\(index)"
    let body = """
      <h1>\(HTML.escape(title))\(changed ? " <span class=\"badge changed\">changed on disk</span>" : "")</h1>
      <p class="lead">\(HTML.escape(d.file)) · \(HTML.escape(d.source.document.date.description)) · \(d.sentences.count) sentences · \
      \(d.candidates.count) candidates · id in the graph: <code>\(HTML.escape(d.graphID))</code>\(d.inGraph ? "" : " (added to the graph's documents with the first accepted relation)")</p>
      \(banner)\(filterForm(f, action: "/doc/\(index)"))\(Self.legend)
      <ol class="sentences">
      \(list)</ol>
      <a id="add-from-selection" class="button primary" href="\(HTML.escape(addBase))" hidden>Add a relation from the selection</a>
      """
    return html(
      200,
      layout(
        title: title, here: "documents", body: body, flash: flash(q),
        bodyAttributes: " data-add-base=\"\(HTML.escape(addBase))\""))
  }

  /// A candidate with its facts, status and actions.
  func candidateCard(
    _ c: ReviewCandidate, _ d: Decision?, next: String, disabled: Bool, current: Bool = false, keys: Bool = false
  )
    -> String
  {
    let r = c.relation
    let status = CandidateFilter.status(d)
    var facts = "\(r.date) · \(r.phase.rawValue) · confidence \(r.confidence) · \(session.corpus.reason(c))"
    if let change = d?.change, d?.status == .edited {
      facts +=
        " · saved as \(change.source.rawValue) \(change.kind) \(change.target.rawValue), \(Self.timeText(change.time))\(change.phase == .holds ? "" : ", " + change.phase.rawValue)"
    }
    var actions = ""
    if !disabled {
      let common =
        "\(csrfField)<input type=\"hidden\" name=\"c\" value=\"\(c.id)\"><input type=\"hidden\" name=\"expect\" value=\"\(status.rawValue)\"><input type=\"hidden\" name=\"next\" value=\"\(HTML.escape(next))\">"
      switch status {
      case .pending:
        actions = """
          <form method="post" action="/decision"\(keys ? " data-key=\"a\"" : "")>\(common)<input type="hidden" name="action" value="accept"><button class="accept" type="submit">Accept\(keys ? " <kbd>a</kbd>" : "")</button></form>\
          <form method="post" action="/decision"\(keys ? " data-key=\"r\"" : "")>\(common)<input type="hidden" name="action" value="reject"><button class="reject" type="submit">Reject\(keys ? " <kbd>r</kbd>" : "")</button></form>\
          \(keys ? "" : "<a class=\"button\" href=\"/decide?c=\(c.id)\">Edit…</a>")
          """
      case .rejected:
        actions =
          "<form method=\"post\" action=\"/decision\">\(common)<input type=\"hidden\" name=\"action\" value=\"reopen\"><button type=\"submit\">Reopen</button></form>"
      case .accepted, .edited: actions = ""
      }
    }
    return """
      <div class="cand\(current ? " current" : "")" id="c\(c.id)"><span class="badge \(status.rawValue)">\(status.rawValue)</span>\
      <span class="rel">\(relationText(source: r.source, kind: r.kind, target: r.target))</span>\
      <span class="meta">\(HTML.escape(facts))</span><span class="actions">\(actions)</span></div>
      """
  }
}
