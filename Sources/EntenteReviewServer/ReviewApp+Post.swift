import Entente
import EntenteReview

/// The state changes: POST /decision (accept, reject, edit, reopen) and POST /add.
extension ReviewApp {
  /// Records a decision on a candidate, then goes to the form's `next` page with a message.
  func postDecision(_ form: [String: String]) -> ReviewResponse {
    guard let id = form["c"].flatMap({ Self.number($0) }), id < session.corpus.candidates.count else {
      return errorPage(400, "The form names no candidate of this review.", back: "/")
    }
    let expectText = form["expect"] ?? "pending"
    let expecting = expectText == "pending" ? nil : Decision.Status(rawValue: expectText)
    let next = Self.local(form["next"] ?? "/decide")
    let action = form["action"] ?? ""
    do {
      let outcome: DecisionStore.Outcome
      switch action {
      case "accept": outcome = try session.accept(candidate: id, expecting: expecting)
      case "reject": outcome = try session.reject(candidate: id, expecting: expecting)
      case "reopen": outcome = try session.reopen(candidate: id)
      case "edit":
        outcome = try session.edit(candidate: id, change: try change(form), expecting: expecting)
      default: return errorPage(400, "Unknown action; the actions are accept, reject, edit and reopen.", back: next)
      }
      switch outcome {
      case .saved:
        let word = ["accept": "accepted", "reject": "rejected", "edit": "edited", "reopen": "reopened"][action] ?? ""
        return redirect(Self.withMessage(next, word))
      case .stale(let current):
        // The candidate's own page shows its current state.
        return redirect(
          Self.withMessage(
            "/decide?c=\(id)&status=\(current?.rawValue ?? "pending")", "stale-\(current?.rawValue ?? "pending")"))
      }
    } catch {
      return errorPage(409, error.message, back: "/decide?c=\(id)")
    }
  }

  /// Adds a relation with a sentence as evidence.
  func postAdd(_ form: [String: String]) -> ReviewResponse {
    guard let n = form["doc"].flatMap({ Self.number($0) }), n < session.corpus.documents.count,
      let s = form["s"].flatMap({ Self.number($0) })
    else {
      return errorPage(400, "The form names no document and sentence of this review.", back: "/")
    }
    do {
      switch try session.add(document: n, sentence: s, change: try change(form)) {
      case .saved: return redirect(Self.withMessage("/doc/\(n)", "added") + "#s\(s)")
      case .stale: return errorPage(409, "This relation was already added for this sentence.", back: "/doc/\(n)#s\(s)")
      }
    } catch {
      return errorPage(409, error.message, back: "/add?doc=\(n)&s=\(s)")
    }
  }

  /// The relation a form describes.
  func change(_ form: [String: String]) throws(EntenteError) -> Decision.Change {
    func field(_ name: String) -> String { (form[name] ?? "").trimmingCharacters(in: .whitespaces) }
    var source = ActorID(field("source"))
    var target = ActorID(field("target"))
    for (name, id) in [("source", source), ("target", target)] where id.rawValue.isEmpty || !id.isWellFormed {
      throw EntenteError(.invalidValue, "the \(name) '\(id.rawValue)' is not an actor id (such as RUS or NATO)")
    }
    if field("swap") == "1" { swap(&source, &target) }
    let kind = field("kind")
    guard session.corpus.vocabulary[kind] != nil else {
      throw EntenteError(
        .unknownKind, "unknown kind '\(kind)'; kinds: \(session.corpus.vocabulary.ids.joined(separator: ", "))")
    }
    let time: RelationTime
    if !field("since").isEmpty {
      time = .interval(
        since: try EntenteDate(parsing: field("since")),
        until: field("until").isEmpty ? nil : try EntenteDate(parsing: field("until")))
    } else if !field("at").isEmpty {
      time = .event(try EntenteDate(parsing: field("at")))
    } else {
      throw EntenteError(.missingField, "give a date: 'at' for an event, or 'since' (and 'until') for an interval")
    }
    guard let phase = Phase(rawValue: field("phase").isEmpty ? "holds" : field("phase")) else {
      throw EntenteError(.invalidValue, "the phase is holds, begins or ends")
    }
    return Decision.Change(source: source, target: target, kind: kind, time: time, phase: phase)
  }

  /// `path` with `msg=word` added to its query.
  static func withMessage(_ path: String, _ word: String) -> String {
    var base = path
    var fragment = ""
    if let h = path.firstIndex(of: "#") {
      base = String(path[..<h])
      fragment = String(path[h...])
    }
    return base + (base.contains("?") ? "&" : "?") + "msg=" + HTML.percentEncode(word) + fragment
  }

  /// A page with an error message (escaped) and a link back.
  func errorPage(_ status: Int, _ message: String, back: String) -> ReviewResponse {
    let body = """
      <h1>Not saved</h1><div class="flash err" role="alert">\(HTML.escape(message))</div>
      <p><a class="button" href="\(HTML.escape(Self.local(back)))">Back</a></p>
      """
    return html(status, layout(title: "Not saved", here: "", body: body))
  }
}
