import Entente
import EntenteExtraction
import EntenteReview

/// The Decide page (one candidate in its context, keys j/k/a/r/e) and the Add page.
extension ReviewApp {
  /// `/decide?c=ID` (or `after=ID`, or nothing: the first): one candidate of the filtered list
  /// (pending ones unless the filter says otherwise) with its sentence in context.
  func decidePage(_ q: [String: String]) -> ReviewResponse {
    var f = filter(q)
    if q["status"] == nil { f.status = .pending }
    let (decisions, problem) = decisionsNow()
    let c = session.corpus
    let decided = decisionList()
    let list = c.candidates.filter { f.matches($0, decision: decided[$0.id]) }
    let filterQuery = HTML.query(filterPairs(f))
    var position: Int? = nil
    if let id = q["c"].flatMap({ Self.number($0) }), id < c.candidates.count {
      position = list.firstIndex { $0.id == id }
      if position == nil {
        // A candidate outside the filter (or decided meanwhile) is shown alone.
        return decideBody(
          c.candidates[id], decisions: decisions, list: list, position: nil, filter: f, filterQuery: filterQuery,
          problem: problem, q: q)
      }
    } else if let after = q["after"].flatMap({ Self.number($0) }) {
      position = list.firstIndex { $0.id > after } ?? (list.isEmpty ? nil : 0)
    } else if !list.isEmpty {
      position = 0
    }
    guard let position else {
      let body = """
        <h1>Decide</h1>\(problem)\(filterForm(f, action: "/decide"))
        <div class="card big">Nothing to decide under this filter. \
        \(f.status == .pending ? "Every candidate has a decision. " : "")See the <a href="/graph">graph</a>, or the \
        <a href="/">documents</a> to add relations the extractor missed.</div>
        """
      return html(200, layout(title: "Decide", here: "decide", body: body, flash: flash(q)))
    }
    return decideBody(
      list[position], decisions: decisions, list: list, position: position, filter: f, filterQuery: filterQuery,
      problem: problem, q: q)
  }

  private func decideBody(
    _ cand: ReviewCandidate, decisions: [CandidateKey: Decision], list: [ReviewCandidate], position: Int?,
    filter f: CandidateFilter, filterQuery: String, problem: String, q: [String: String]
  ) -> ReviewResponse {
    let c = session.corpus
    let d = c.documents[cand.document]
    let s = cand.key.sentence
    let changed = session.changedOnDisk(d)
    let amp = filterQuery.isEmpty ? "" : "&" + filterQuery
    var nav = ""
    if let position {
      let prev = position > 0 ? list[position - 1].id : nil
      let next = position + 1 < list.count ? list[position + 1].id : nil
      nav = """
        <div class="row"><span class="meta">\(position + 1) of \(list.count) \(HTML.escape(f.status?.rawValue ?? "")) candidates</span>\
        \(prev.map { "<a class=\"button\" data-key=\"k\" href=\"/decide?c=\($0)\(amp)\">← previous <kbd>k</kbd></a>" } ?? "")\
        \(next.map { "<a class=\"button\" data-key=\"j\" href=\"/decide?c=\($0)\(amp)\">next <kbd>j</kbd> →</a>" } ?? "")</div>
        """
    }
    func context(_ i: Int) -> String {
      guard d.sentences.indices.contains(i) else { return "" }
      return "<p class=\"context\"><span class=\"snum\">\(i)</span> \(HTML.escape(d.sentences[i].text))</p>"
    }
    let sentence = d.sentences.indices.contains(s) ? Self.highlighted(d.sentences[s].text, spans([cand])) : ""
    let afterNext = "/decide?after=\(cand.id)\(amp)"
    let card = candidateCard(
      cand, decisions[cand.key], next: afterNext, disabled: changed, current: true, keys: true)
    let r = cand.relation
    let pending = decisions[cand.key] == nil
    let edit =
      pending && !changed
      ? """
      <details class="card" data-key="e"\(q["edit"] != nil ? " open" : "")><summary><strong>Edit</strong> <kbd>e</kbd>: correct the kind, direction, actors, time or phase, then save</summary>
      <form method="post" action="/decision">\(csrfField)<input type="hidden" name="c" value="\(cand.id)">\
      <input type="hidden" name="expect" value="pending"><input type="hidden" name="action" value="edit">\
      <input type="hidden" name="next" value="\(HTML.escape(afterNext))">
      \(relationFields(source: r.source, kind: r.kind, target: r.target, time: .event(r.date), phase: r.phase, document: d, swap: true))
      <div class="row"><button class="primary" type="submit">Save edit</button></div></form></details>
      """ : ""
    let body = """
      <h1>Decide</h1>\(problem)
      \(changed ? "<div class=\"flash err\" role=\"alert\"><strong>This document changed on disk</strong> since the review read it; decisions on it are not saved. Restart <code>entente review</code> to extract it again.</div>" : "")
      \(filterForm(f, action: "/decide"))\(nav)
      <div class="card">
      <p class="meta"><a href="/doc/\(d.index)#s\(s)">\(HTML.escape(d.source.document.title ?? d.file))</a> · \(HTML.escape(d.file)) · sentence \(s)</p>
      \(context(s - 1))<p class="big"><span class="snum">\(s)</span> \(sentence)</p>\(context(s + 1))
      \(card)
      </div>
      \(edit)
      \(Self.legend)
      <p class="help">Keys: <kbd>j</kbd> next, <kbd>k</kbd> previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> edit. \
      After a decision the next pending candidate opens.</p>
      """
    return html(200, layout(title: "Decide", here: "decide", body: body, flash: flash(q)))
  }

  /// The fields of a relation: source, kind, target, direction swap, time, phase.
  func relationFields(
    source: ActorID?, kind: String?, target: ActorID?, time: RelationTime?, phase: Phase, document: ReviewDocument,
    swap: Bool
  ) -> String {
    let c = session.corpus
    let kinds =
      (kind == nil ? "<option value=\"\" selected disabled>choose a kind</option>" : "")
      + c.vocabulary.kinds.map {
        "<option value=\"\(HTML.escape($0.id))\"\($0.id == kind ? " selected" : "")>\(HTML.escape($0.id)): \(HTML.escape($0.summary))</option>"
      }.joined()
    let phases = Phase.allCases.map {
      "<option value=\"\($0.rawValue)\"\($0 == phase ? " selected" : "")>\($0.rawValue)</option>"
    }.joined()
    var at = document.source.document.date.description
    var since = ""
    var until = ""
    switch time {
    case .event(let d)?: at = d.description
    case .interval(let s, let u)?:
      at = ""
      since = s.description
      until = u?.description ?? ""
    case nil: break
    }
    // Actors for the lists: those of the document's candidates, then the graph's.
    var ids = Set(c.candidates[document.candidates].flatMap { [$0.relation.source, $0.relation.target] })
    for a in session.corpus.graph.actors { ids.insert(a.id) }
    let list = ids.sorted().map {
      "<option value=\"\(HTML.escape($0.rawValue))\">\(HTML.escape(actorLabel($0)))</option>"
    }
    .joined()
    return """
      <datalist id="actors">\(list)</datalist>
      <div class="grid-form">
      <label>Source (actor id)<input type="text" name="source" list="actors" required value="\(HTML.escape(source?.rawValue ?? ""))" autocomplete="off"></label>
      <label>Kind<select name="kind" required>\(kinds)</select></label>
      <label>Target (actor id)<input type="text" name="target" list="actors" required value="\(HTML.escape(target?.rawValue ?? ""))" autocomplete="off"></label>
      \(swap ? "<label>Direction<select name=\"swap\"><option value=\"\">as shown</option><option value=\"1\">swap source and target</option></select></label>" : "")
      <label>At (event: YYYY, YYYY-MM or YYYY-MM-DD)<input type="text" name="at" value="\(HTML.escape(at))" inputmode="numeric"></label>
      <label>Or since (interval start)<input type="text" name="since" value="\(HTML.escape(since))"></label>
      <label>Until (interval end, optional)<input type="text" name="until" value="\(HTML.escape(until))"></label>
      <label>Phase<select name="phase">\(phases)</select></label>
      </div>
      """
  }

  /// `/add?doc=N&s=K&sel=TEXT`: a form to add a relation with sentence K as evidence.
  func addPage(_ q: [String: String]) -> ReviewResponse {
    let c = session.corpus
    guard let n = q["doc"].flatMap({ Self.number($0) }), n < c.documents.count else { return notFound() }
    let d = c.documents[n]
    guard let s = q["s"].flatMap({ Self.number($0) }), s < d.sentences.count else {
      return redirect("/doc/\(n)")
    }
    let sentence = d.sentences[s]
    let mentions = c.matcher.mentions(in: sentence.text, at: d.source.document.date)
    let selection = String((q["sel"] ?? "").prefix(400))
    // Actors named in the selection (else in the sentence) fill source and target.
    let fromSelection =
      selection.isEmpty ? [] : c.matcher.mentions(in: selection, at: d.source.document.date).map(\.actor)
    var named: [ActorID] = []
    for a in (fromSelection.isEmpty ? mentions.map(\.actor) : fromSelection) where !named.contains(a) {
      named.append(a)
    }
    let spans = mentions.map { ($0.characters, "src") }
    let body = """
      <h1>Add a relation</h1>
      <p class="lead">The sentence becomes the relation's evidence; the relation goes into the graph file and the \
      decisions file records it as added.</p>
      <div class="card"><p class="meta"><a href="/doc/\(n)#s\(s)">\(HTML.escape(d.source.document.title ?? d.file))</a> · sentence \(s)</p>
      <p class="big">\(Self.highlighted(sentence.text, spans))</p>
      \(selection.isEmpty ? "" : "<p class=\"meta\">Selected: “\(HTML.escape(selection))”</p>")</div>
      <form class="card" method="post" action="/add">\(csrfField)<input type="hidden" name="doc" value="\(n)"><input type="hidden" name="s" value="\(s)">
      \(relationFields(source: named.first, kind: nil, target: named.count > 1 ? named[1] : nil, time: nil, phase: .holds, document: d, swap: false))
      <div class="row"><button class="primary" type="submit">Add to the graph</button> <a href="/doc/\(n)#s\(s)">cancel</a></div></form>
      """
    return html(200, layout(title: "Add a relation", here: "documents", body: body, flash: flash(q)))
  }
}
