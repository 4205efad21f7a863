import Entente
import EntenteAnalysis
import EntenteEvents
import EntenteExtraction
import EntenteRender
import EntenteReport
import Foundation

// entente-bench: speed and memory of Entente's library, measured outside `swift test`.
//
//   entente-bench edgelist FILE.tsv [--repeat N]
//       Reads a TSV edge list (source target kind sign weight year, as
//       ../shared/bench/gen.py writes) and builds its CSR index; prints the median
//       wall time of each step over N runs and the process's peak resident memory.
//
//   entente-bench render GRAPH.yaml [--at 2020] [--renders 1000] [--spawns 50] [--splines S]
//       Renders the snapshot's influence diagram to SVG in process (libgvc) many
//       times: resident memory before and after, and the median time per render;
//       then the whole figure with its legend (DiagramRenderer.svg) the same way;
//       then spawns `neato -Tsvg` on the same DOT (Graphviz's command, package
//       graphviz) and reports the median and the ratio.
//
//   entente-bench analysis FILE.tsv [--skip betweenness,closeness] [--threads N] [--tolerance T] [--repeat 3]
//                                   [--pagerank-peer benchmarks/igraph_peer.py] [--no-peer]
//       Loads a TSV edge list as peers.py does (parallel relations summed into one
//       directed edge, self-loops dropped) and times PageRank (NetworkX's stopping rule,
//       and --tolerance per node), eigenvector (weighted), exact betweenness and
//       closeness (hop counts), with the peak resident memory. PageRank's L1 distance to
//       igraph's ranks (the peer script, one thread, in the same run) says whether the two
//       are compared at equal precision (within 4e-7).
//
//   entente-bench import FILE.csv [--format gdelt2]
//       Imports an event file (benchmarks/gdelt_generate.py writes a synthetic GDELT
//       2.0 one of any size); prints rows per second and the peak resident memory.
//       benchmarks/pandas_gdelt.py does the same work with pandas, for the ratio.
//
//   entente-bench extract [--megabytes 50] [--seeds DIR] [--graph graphs/actors.yaml] [--corpus DIR] [--repeat 3]
//       Writes a corpus of that size from the seed documents (when --seeds is given)
//       and sentences of its own with the actors varied, then extracts from it on one
//       core; prints megabytes per second and relations found (--stages also times
//       splitting, word scanning and actor matching alone; --corpus DIR writes the
//       corpus there and keeps it).
//
//   entente-bench report GRAPH.yaml [--runs 5]
//       Builds the 2016/2020/2024 report of a graph file in process; prints the median
//       time and whether two builds are byte-identical.
//
//   entente-bench pipeline [--sizes 2000x50000,5000x100000] [--generator ../shared/bench/gen_yaml.py] [--dir DIR]
//       Generates each graph file with gen_yaml.py (actors x relations, dated 2000-2024)
//       and times every step of the command-line pipeline in process: read and
//       validate, the 2020 snapshot, analyze 2020 (the default measures), diff
//       2016/2020/2024, render 2020 (sfdp, SVG), and the three-date report; CPU and
//       wall seconds and the peak resident memory of each step (the peak is reset
//       before each step through /proc/self/clear_refs).
//
//   entente-bench diff GRAPH.yaml [--at 2016,2020,2024] [--parts]
//       The diff of those dates as `entente diff` computes it, CPU seconds per step
//       (DiffBenchmark.swift); --parts also times each figure of the middle date's analysis.
//
//   entente-bench svg [--megabytes 12] [--runs 5]
//       Writes a Graphviz-like SVG of that size (a comment before every node and edge
//       group, as Graphviz writes them) and times SVGDocument.clean on it, plain and
//       embedded; prints the median time and the throughput.
//   entente-bench approxbetweenness FILE.tsv [--epsilon 0.01] [--delta 0.1] [--seed 1] [--exact CACHE.tsv]
//       Sampled betweenness beside NetworKit's ApproxBetweenness (one thread each), with
//       the error of each against exact values (ApproxBetweennessBenchmark.swift).
//
// Run it in release mode: swift run -c release entente-bench edgelist FILE.tsv

func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// CPU seconds (user + system) this process has used.
func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
  func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
  return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func peakResidentMB() -> Double {
  var usage = rusage()
  getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
  return Double(usage.ru_maxrss) / 1024  // Linux reports KiB
}

func median(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  return s.isEmpty ? .nan : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data(("entente-bench: " + message + "\n").utf8))
  exit(2)
}

func edgeListBenchmark(path: String, repeats: Int) {
  let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
  var readTimes: [Double] = []
  var indexTimes: [Double] = []
  var rows = 0
  var nodes = 0
  var arcs = 0
  for _ in 0..<repeats {
    let t0 = now()
    let list: EdgeList
    do { list = try EdgeList.read(path: path) } catch { fail(error.description) }
    let t1 = now()
    let index = GraphIndex(list)
    let t2 = now()
    readTimes.append(t1 - t0)
    indexTimes.append(t2 - t1)
    rows = list.count
    nodes = index.nodeCount
    arcs = index.outNeighbors.count
  }
  let read = median(readTimes)
  let build = median(indexTimes)
  print("file: \(path) (\(String(format: "%.1f", Double(size) / 1_048_576)) MiB)")
  print("rows: \(rows), nodes: \(nodes), arcs: \(arcs), runs: \(repeats)")
  print(
    String(
      format: "read TSV:        %8.3f s  (%.2f M rows/s, %.0f MiB/s)", read, Double(rows) / read / 1e6,
      Double(size) / read / 1_048_576))
  print(String(format: "build CSR index: %8.3f s", build))
  print(String(format: "read + index:    %8.3f s", read + build))
  print(String(format: "peak resident:   %8.1f MiB (file %.1f MiB)", peakResidentMB(), Double(size) / 1_048_576))
}

func residentMB() -> Double {
  guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return .nan }
  let fields = statm.split(separator: " ")
  guard fields.count > 1, let pages = Double(fields[1]) else { return .nan }
  return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

func renderBenchmark(path: String, date: String, renders: Int, spawns: Int, splines: String?) {
  let graph: ActorGraph
  let at: EntenteDate
  do {
    graph = try GraphFileReader().read(path: path)
    at = try EntenteDate(parsing: date)
  } catch { fail(error.description) }
  var dot = InfluenceDiagram(graph: graph).dot(for: graph.snapshot(at: at))
  if let splines { dot.attributes["splines"] = .text(splines) }
  let text = dot.text
  do {
    for _ in 0..<20 { _ = try GraphvizRenderer.shared.render(dot: text, engine: "neato", format: "svg") }
  } catch { fail("\(error)") }
  let before = residentMB()
  var times: [Double] = []
  times.reserveCapacity(renders)
  for _ in 0..<renders {
    let t0 = now()
    do { _ = try GraphvizRenderer.shared.render(dot: text, engine: "neato", format: "svg") } catch { fail("\(error)") }
    times.append(now() - t0)
  }
  let after = residentMB()
  print("graph: \(path) at \(date): \(dot.nodes.count) nodes, \(dot.edges.count) edges")
  print(String(format: "in-process SVG (neato): median %.2f ms over %d renders", median(times) * 1000, renders))
  print(
    String(
      format: "resident memory: %.1f MiB before, %.1f MiB after %d renders (growth %.2f MiB)", before, after, renders,
      after - before))

  // As `entente render` and the report draw it: the diagram, then its legend as a second
  // graph, stacked and cleaned. The legend once leaked through Graphviz's HTML-like labels.
  do {
    for _ in 0..<20 { _ = try DiagramRenderer.svg(dot, engine: "neato") }
  } catch { fail("\(error)") }
  let figureBefore = residentMB()
  var figureTimes: [Double] = []
  figureTimes.reserveCapacity(renders)
  for _ in 0..<renders {
    let t0 = now()
    do { _ = try DiagramRenderer.svg(dot, engine: "neato") } catch { fail("\(error)") }
    figureTimes.append(now() - t0)
  }
  let figureAfter = residentMB()
  print(
    String(
      format: "with its legend (DiagramRenderer.svg): median %.2f ms; resident %.1f -> %.1f MiB (%.2f KiB per render)",
      median(figureTimes) * 1000, figureBefore, figureAfter, (figureAfter - figureBefore) * 1024 / Double(renders)))

  let dotFile = NSTemporaryDirectory() + "entente-bench-\(getpid()).gv"
  defer { try? FileManager.default.removeItem(atPath: dotFile) }
  do { try text.write(toFile: dotFile, atomically: true, encoding: .utf8) } catch { fail("cannot write \(dotFile)") }
  guard
    let neato = ["/usr/bin/neato", "/usr/local/bin/neato"].first(where: {
      FileManager.default.isExecutableFile(atPath: $0)
    })
  else {
    print("spawned neato: not installed (apt-get install graphviz), no ratio")
    return
  }
  var spawned: [Double] = []
  for _ in 0..<spawns {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: neato)
    p.arguments = ["-Tsvg", dotFile]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    let t0 = now()
    do { try p.run() } catch { fail("cannot run \(neato)") }
    p.waitUntilExit()
    spawned.append(now() - t0)
  }
  print(String(format: "spawned neato -Tsvg: median %.2f ms over %d runs", median(spawned) * 1000, spawns))
  print(String(format: "ratio spawned / in-process: %.1fx", median(spawned) / median(times)))
}

func timed<T>(_ body: () -> T) -> (T, Double) {
  let t0 = now()
  let r = body()
  return (r, now() - t0)
}

/// Wall and CPU seconds (user + system, the whole process) of `body`.
func timedCPU<T>(_ body: () -> T) -> (T, wall: Double, cpu: Double) {
  let c0 = cpuSeconds()
  let t0 = now()
  let r = body()
  return (r, now() - t0, cpuSeconds() - c0)
}

/// igraph's `measure` ("pagerank" or "betweenness") on the same edge list
/// (benchmarks/igraph_peer.py, one thread): median wall and CPU seconds and the values by node of `names`.
func igraphPeer(path: String, script: String, measure: String, repeats: Int, names: [String]) -> (
  wall: Double, cpu: Double, values: [Double]
)? {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  p.arguments = ["python3", script, path, "--measure", measure, "--repeat", "\(repeats)"]
  var environment = ProcessInfo.processInfo.environment
  environment["OMP_NUM_THREADS"] = "1"
  p.environment = environment
  let out = Pipe()
  p.standardOutput = out
  do { try p.run() } catch {
    print("igraph \(measure): not run (\(error))")
    return nil
  }
  let data = out.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  guard p.terminationStatus == 0,
    let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
    let wall = json["seconds"] as? Double, let cpu = json["cpu"] as? Double,
    let byName = json["values"] as? [String: Double]
  else {
    print(
      p.terminationStatus == 3
        ? "igraph \(measure): skipped, igraph not installed (python3 -m pip install --user -r benchmarks/requirements.txt)"
        : "igraph \(measure): not run (\(script) exited \(p.terminationStatus))")
    return nil
  }
  guard byName.count == names.count else {
    print("igraph \(measure): igraph has \(byName.count) nodes, Entente \(names.count); not compared")
    return nil
  }
  return (wall, cpu, names.map { byName[$0] ?? .nan })
}

func analysisBenchmark(
  path: String, skip: Set<String>, threads: Int, tolerance: Double, repeats: Int, peerScript: String?
) {
  #if DEBUG
  print("build: debug (times are far slower than a release build's)")
  #endif
  let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
  let (graph, load) = timed { () -> AnalysisGraph in
    do throws(EntenteError) { return AnalysisGraph(try EdgeList.read(path: path)) } catch { fail(error.description) }
  }
  print(
    "file: \(path) (\(String(format: "%.1f", Double(size) / 1_048_576)) MiB): \(graph.nodeCount) nodes, \(graph.arcCount) collapsed edges"
  )
  print(String(format: "load (read, index, collapse): %8.3f s", load))
  let peer = peerScript.flatMap {
    igraphPeer(path: path, script: $0, measure: "pagerank", repeats: repeats, names: graph.names)
  }
  /// Median wall and CPU seconds of PageRank at `tolerance`, and its L1 distance to igraph's ranks.
  func pageRankRun(_ tolerance: Double) -> (wall: Double, cpu: Double, distance: Double?, converged: Bool) {
    var walls: [Double] = []
    var cpus: [Double] = []
    var ranks: [Double]? = nil
    let iterations = tolerance < 1e-6 ? 1_000 : 100
    for _ in 0..<max(1, repeats) {
      let (r, wall, cpu) = timedCPU { Centrality.pageRank(graph, maxIterations: iterations, tolerance: tolerance) }
      ranks = r
      walls.append(wall)
      cpus.append(cpu)
    }
    let distance = peer.flatMap { peer in ranks.map { zip($0, peer.values).reduce(0.0) { $0 + abs($1.0 - $1.1) } } }
    return (median(walls), median(cpus), distance, ranks != nil)
  }
  func describe(_ label: String, _ r: (wall: Double, cpu: Double, distance: Double?, converged: Bool)) {
    let distance = r.distance.map { String(format: "L1 to igraph %.2e%@", $0, $0 <= 4e-7 ? " (within 4e-7)" : "") }
    print(
      String(
        format: "%@ %8.3f s wall, %8.3f s CPU; %@", label.padding(toLength: 46, withPad: " ", startingAt: 0), r.wall,
        r.cpu, r.converged ? (distance ?? "igraph not run") : "did not converge"))
  }
  let networkx = pageRankRun(1e-6)
  describe("pagerank (NetworkX's rule, 1e-6 per node):", networkx)
  if tolerance != 1e-6 {
    let precise = pageRankRun(tolerance)
    describe(String(format: "pagerank (--tolerance %g per node):", tolerance), precise)
    if let peer {
      print(
        String(
          format: "igraph pagerank (PRPACK, 1 thread):             %8.3f s wall, %8.3f s CPU", peer.wall, peer.cpu))
      print(
        String(
          format: "ratio entente / igraph at --tolerance %g: %.2fx CPU, %.2fx wall (medians of %d runs)", tolerance,
          precise.cpu / peer.cpu, precise.wall / peer.wall, max(1, repeats)))
    }
  } else if let peer {
    print(String(format: "igraph pagerank (PRPACK, 1 thread): %8.3f s wall, %8.3f s CPU", peer.wall, peer.cpu))
  }
  let (_, ev) = timed { Centrality.eigenvector(graph, weighted: true) }
  print(String(format: "eigenvector (weighted):       %8.3f s", ev))
  if !skip.contains("betweenness") {
    let workers = threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount
    let (one, wall, cpu) = timedCPU { Centrality.betweenness(graph, threads: 1) }
    print(String(format: "betweenness (exact, 1 thread):  %8.3f s wall, %8.3f s CPU", wall, cpu))
    let (many, manyWall, manyCPU) = timedCPU { Centrality.betweenness(graph, threads: workers) }
    print(
      String(
        format: "betweenness (exact, %d threads): %8.3f s wall, %8.3f s CPU; the same bytes as on 1 thread: %@",
        workers,
        manyWall, manyCPU, many == one ? "yes" : "NO"))
    if let script = peerScript,
      let igraph = igraphPeer(path: path, script: script, measure: "betweenness", repeats: 1, names: graph.names)
    {
      let worst =
        zip(one, igraph.values).map { abs($0 * Double((graph.nodeCount - 1) * (graph.nodeCount - 2)) - $1) }
        .max() ?? 0
      print(
        String(
          format: "igraph betweenness (1 thread):   %8.3f s wall, %8.3f s CPU; largest difference %.2e (unnormalized)",
          igraph.wall, igraph.cpu, worst))
      print(
        String(
          format: "ratio entente / igraph: 1 thread %.2fx CPU (%.2fx wall); %d threads %.2fx wall", cpu / igraph.cpu,
          wall / igraph.wall, workers, manyWall / igraph.wall))
    }
  }
  if !skip.contains("closeness") {
    let (_, cl) = timed { Centrality.closenessAndHarmonic(graph, threads: threads) }
    print(String(format: "closeness + harmonic:         %8.3f s", cl))
  }
  print(String(format: "peak resident: %.1f MiB (edge list file %.1f MiB)", peakResidentMB(), Double(size) / 1_048_576))
}

/// A Graphviz-like SVG of about `megabytes` MB: prolog, DOCTYPE, a comment before each group.
func syntheticSVG(megabytes: Int) -> String {
  var s = """
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
     "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
    <!-- Generated by graphviz version 2.42.2 (0)
     -->
    <!-- Title: influence Pages: 1 -->
    <svg width="4000pt" height="3000pt"
     viewBox="0.00 0.00 4000.00 3000.00" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
    <g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(4 2996)">

    """
  var k = 0
  while s.utf8.count < megabytes * 1_000_000 {
    s += """
      <!-- actor&#45;A\(k) -->
      <g id="node\(k)" class="node actor state">
      <title>actor&#45;A\(k)</title>
      <ellipse fill="#e3f2fd" stroke="black" cx="\(k % 4000)" cy="\(k % 3000)" rx="27" ry="18"/>
      <text text-anchor="middle" x="\(k % 4000)" y="\(k % 3000)" font-family="Helvetica,sans-Serif" font-size="14.00">Actor A\(k)</text>
      </g>
      <!-- actor&#45;A\(k)&#45;&gt;actor&#45;A\(k + 1) -->
      <g id="edge\(k)" class="edge relation support positive">
      <title>actor&#45;A\(k)&#45;&gt;actor&#45;A\(k + 1)</title>
      <path fill="none" stroke="#2e7d32" d="M\(k % 4000),\(k % 3000)C120.5,88.2 140.1,70.3 160.8,52.4"/>
      <polygon fill="#2e7d32" stroke="#2e7d32" points="162.1,55.7 168.6,46.3 157.9,49.6 162.1,55.7"/>
      </g>

      """
    k += 1
  }
  return s + "</g>\n</svg>\n"
}

func svgBenchmark(megabytes: Int, runs: Int) {
  let svg = syntheticSVG(megabytes: megabytes)
  for embed in [false, true] {
    var times: [Double] = []
    var size = 0
    for _ in 0..<runs {
      let t0 = now()
      size = SVGDocument.clean(svg, embed: embed).utf8.count
      times.append(now() - t0)
    }
    let t = median(times)
    print(
      String(
        format: "clean %@: %.1f MB -> %.1f MB, median %.4f s over %d runs (%.0f MB/s)", embed ? "embed" : "plain",
        Double(svg.utf8.count) / 1e6, Double(size) / 1e6, t, runs, Double(svg.utf8.count) / 1e6 / t))
  }
}

/// Resets the process's peak resident memory (Linux: writing 5 to /proc/self/clear_refs).
func resetPeakResident() {
  if let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
    h.write(Data("5".utf8))
    try? h.close()
  }
}

/// The peak resident memory since the last reset, in MiB (VmHWM), or the process's peak.
func peakResidentSinceResetMB() -> Double {
  if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
    let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
  {
    return kib / 1024
  }
  return peakResidentMB()
}

/// One timed step of the pipeline: wall and CPU seconds, peak resident MiB.
@MainActor func step<T>(_ name: String, note: @autoclosure () -> String = "", _ body: () throws -> T) rethrows -> T {
  resetPeakResident()
  let (w0, c0) = (now(), cpuSeconds())
  let r = try body()
  let (w, c) = (now() - w0, cpuSeconds() - c0)
  print(
    "  " + name.padding(toLength: 28, withPad: " ", startingAt: 0)
      + String(format: " %8.2f s CPU %8.2f s wall %8.0f MiB peak", c, w, peakResidentSinceResetMB())
      + (note().isEmpty ? "" : "  " + note()))
  return r
}

@MainActor func pipelineBenchmark(sizes: [(Int, Int)], generator: String, dir: String) {
  try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  for (actors, relations) in sizes {
    let path = dir + "/graph_\(actors)_\(relations).yaml"
    if !FileManager.default.fileExists(atPath: path) {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      p.arguments = ["python3", generator, "\(actors)", "\(relations)", path]
      p.standardOutput = FileHandle.nullDevice
      do { try p.run() } catch { fail("cannot run python3 \(generator)") }
      p.waitUntilExit()
      guard p.terminationStatus == 0 else { fail("\(generator) failed for \(actors) x \(relations)") }
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    print("\(actors) actors, \(relations) relations: \(path) (\(String(format: "%.1f", Double(size) / 1e6)) MB)")
    do {
      let dates = try ["2016", "2020", "2024"].map { try EntenteDate(parsing: $0) }
      let graph = try step("validate (read + check)") { try GraphFileReader().read(path: path) }
      let snapshot = step("snapshot 2020") { graph.snapshot(at: dates[1]) }
      let text = step("snapshot 2020 as text") { SnapshotFormatter.format([snapshot], as: .text) }
      _ = text
      let analysis = step("analyze 2020", note: "\(snapshot.actors.count) actors, \(snapshot.edges.count) edges") {
        // As entente analyze does: world weights, influence and exposure layers.
        SnapshotAnalysis(
          index: CitationWeight.index(snapshot, graph: graph), measures: MeasureList.analysisDefault.measures,
          layers: [.cooperative, .conflict])
      }
      print("    walk balance \(analysis.walkBalanceText { String(format: "%.4f", $0) })")
      var cache = AnalysisCache(
        measures: MeasureList.shiftDefault.measures, layers: [.cooperative, .conflict], graph: graph)
      step("diff 2016/2020/2024", note: "analyses computed: 3") {
        let snapshots = dates.map { graph.snapshot(at: $0) }
        _ = ShiftFormatter.format(cache.shifts(snapshots), measures: cache.measures, as: .table)
      }
      // As `entente render` draws it: the 150 most connected actors when there are more.
      let svg = try step("render 2020 (sfdp, SVG)") {
        let drawn = FigureSelection.top(FigureSelection.defaultLimit, of: [snapshot])?.apply(snapshot) ?? snapshot
        return try DiagramRenderer.svg(InfluenceDiagram(graph: graph).dot(for: drawn), engine: "sfdp")
      }
      print("    SVG \(String(format: "%.1f", Double(svg.utf8.count) / 1e6)) MB")
      let report = try step("report 2016/2020/2024") { try Report.build(graph: graph, dates: dates) }
      let svgBytes = report.svgs.reduce(0) { $0 + $1.svg.utf8.count }
      print(
        String(
          format: "    index.html %.1f MB, Markdown %.1f MB, SVG files %.1f MB", Double(report.html.utf8.count) / 1e6,
          Double(report.markdown.utf8.count) / 1e6, Double(svgBytes) / 1e6))
    } catch let e as EntenteError { fail(e.description) } catch { fail("\(error)") }
  }
  print(String(format: "process peak resident: %.0f MiB", peakResidentMB()))
}

/// Each benchmark and its arguments, for `--help` and for the error on an unknown option.
let usages: [(command: String, usage: String)] = [
  ("edgelist", "FILE.tsv [--repeat N]"),
  ("render", "GRAPH.yaml [--at DATE] [--renders N] [--spawns N] [--splines S]"),
  ("import", "FILE [--format gdelt1|gdelt2|icews]"),
  ("extract", "[--megabytes 50] [--graph GRAPH.yaml] [--seeds DIR | --corpus DIR] [--repeat N] [--runs N] [--stages]"),
  ("report", "GRAPH.yaml [--runs N]"),
  ("pipeline", "[--sizes 2000x50000,5000x100000] [--generator gen_yaml.py] [--dir DIR]"),
  ("diff", "GRAPH.yaml [--at 2016,2020,2024] [--parts]"),
  ("svg", "[--megabytes 12] [--runs 5]"),
  (
    "analysis",
    "FILE.tsv [--skip betweenness,closeness] [--threads N] [--tolerance T] [--repeat N] [--pagerank-peer PY] [--no-peer]"
  ),
  (
    "approxbetweenness",
    "FILE.tsv [--epsilon 0.01] [--delta 0.1] [--seed 1] [--exact CACHE.tsv] [--exact-threads N] [--peer-script PY] [--no-peer]"
  ),
]

/// The usage of `command`, or of every benchmark.
func usage(of command: String?) -> String {
  let lines = usages.filter { command == nil || $0.command == command }.map {
    "entente-bench \($0.command) \($0.usage)"
  }
  return "usage: "
    + (lines.isEmpty ? usages.map { "entente-bench \($0.command) \($0.usage)" } : lines)
    .joined(separator: "\n       ")
}

var args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first else { fail(usage(of: nil)) }
if args.contains("--help") || args.contains("-h") || command == "help" {
  // A request for help prints it; it never starts a benchmark that runs for minutes.
  print(usage(of: command.hasPrefix("-") || command == "help" ? nil : command))
  exit(0)
}
// An option no benchmark reads is a typo ("--size" for "--sizes"), not a default run.
if let known = usages.first(where: { $0.command == command }) {
  let names = Set(
    known.usage.split(whereSeparator: { " []|".contains($0) }).filter { $0.hasPrefix("--") }.map(String.init))
  for a in args.dropFirst() where a.hasPrefix("--") && !names.contains(a) {
    fail("unknown option '\(a)' for \(command)\n" + usage(of: command))
  }
}

@MainActor func option(_ name: String, _ fallback: String) -> String {
  if let i = args.firstIndex(of: name), i + 1 < args.count { return args[i + 1] }
  return fallback
}
args.removeFirst()
switch command {
case "edgelist":
  guard let path = args.first else { fail("usage: entente-bench edgelist FILE.tsv [--repeat N]") }
  var repeats = 3
  if let i = args.firstIndex(of: "--repeat"), i + 1 < args.count, let n = Int(args[i + 1]), n > 0 { repeats = n }
  edgeListBenchmark(path: path, repeats: repeats)
case "render":
  guard let path = args.first else {
    fail("usage: entente-bench render GRAPH.yaml [--at DATE] [--renders N] [--spawns N]")
  }
  renderBenchmark(
    path: path, date: option("--at", "2020"), renders: Int(option("--renders", "1000")) ?? 1000,
    spawns: Int(option("--spawns", "50")) ?? 50, splines: args.contains("--splines") ? option("--splines", "true") : nil
  )
case "import":
  guard let path = args.first else { fail("usage: entente-bench import FILE [--format gdelt1|gdelt2|icews]") }
  let format = EventImport.Format(rawValue: option("--format", "gdelt2")) ?? .gdelt2
  let t0 = now()
  do {
    let result = try EventImport(format: format).run(path: path)
    let t = now() - t0
    print(
      String(
        format: "entente: %d rows in %.2f s (%.2f M rows/s), %d relations, peak RSS %.0f MiB",
        result.summary.rows, t, Double(result.summary.rows) / t / 1e6, result.summary.relations, peakResidentMB()))
    print(result.summary.report)
  } catch { fail(error.description) }
case "extract":
  let megabytes = Int(option("--megabytes", "50")) ?? 50
  let graphPath = option("--graph", "graphs/actors.yaml")
  let seedDir: String? = args.contains("--seeds") ? option("--seeds", "") : nil
  var paragraphs: [String] = []
  if let seedDir, let names = try? FileManager.default.contentsOfDirectory(atPath: seedDir) {
    for n in names.sorted() where n.hasSuffix(".txt") {
      if let t = try? String(contentsOfFile: seedDir + "/" + n, encoding: .utf8) { paragraphs.append(t) }
    }
  }
  let states = [
    "Armenia", "Azerbaijan", "Georgia", "Turkey", "Iran", "Russia", "Ukraine", "Kazakhstan", "China", "India", "France",
    "Poland",
  ]
  let templates = [
    "%1 sold weapons to %2 in 2019.", "%1 and %2 clashes resumed in 2016.", "%1 criticized %2 over the border talks.",
    "The %1 mediation between %2 and %3 stalled.", "%1 was threatened by %2 last week.",
    "%1, a NATO member, backed %2.",
    "%1 has grown reliant on %2 drones and shells.", "Will %1 attack %2?", "%1 did not condemn %2.",
    "Officials in %1 met their counterparts; nothing was agreed.",
  ]
  var state: UInt64 = 7
  func pick() -> String {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return states[Int(state >> 33) % states.count]
  }
  var own = ""
  for k in 0..<2_000 {
    var s = templates[k % templates.count]
    for slot in ["%1", "%2", "%3"] { s = s.replacingOccurrences(of: slot, with: pick()) }
    own += s + (k % 7 == 6 ? "\n" : " ")
  }
  paragraphs.append(own)
  // --corpus DIR keeps the corpus (to compare extractors on it); else a temporary one.
  let keep = args.contains("--corpus")
  let dir = keep ? option("--corpus", "") : NSTemporaryDirectory() + "entente-corpus-\(getpid())"
  try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  defer { if !keep { try? FileManager.default.removeItem(atPath: dir) } }
  var written = 0
  var files: [String] = []
  while written < megabytes << 20 {
    for p in paragraphs where written < megabytes << 20 {
      let path = dir + "/doc\(files.count).txt"
      try? p.write(toFile: path, atomically: false, encoding: .utf8)
      files.append(path)
      written += p.utf8.count
    }
  }
  do {
    let graph = try GraphFileReader().read(path: graphPath)
    let extractor = try RelationExtractor(gazetteer: try Gazetteer.standard(extendedWith: graph))
    let docs0 = try DocumentSource.load(paths: files, date: try EntenteDate(parsing: "2024"))
    if args.contains("--stages") {
      let s0 = now()
      let sentences = docs0.map { SentenceSplitter().split($0.text) }
      let s1 = now()
      let matcher = ActorMatcher(gazetteer: try Gazetteer.standard(extendedWith: graph))
      var m = 0
      for doc in sentences { for s in doc { m += matcher.mentions(in: s.text).count } }
      let s2 = now()
      var w = 0
      for doc in sentences { for s in doc { w += ActorMatcher.words(s.text).count } }
      let s3 = now()
      print(
        String(format: "stages: split %.2f s, mentions %.2f s (%d), words %.2f s (%d)", s1 - s0, s2 - s1, m, s3 - s2, w)
      )
    }
    // Each repeat reads the files and extracts from them; wall time and the process's
    // CPU time (user + system) are both reported, the median of the repeats. Writing the
    // corpus and loading the catalogue and models happen before and are not timed; reading
    // the files is, and its CPU time is also reported apart, with extraction's alone.
    let repeats = max(1, Int(option("--repeat", "3")) ?? 3)
    var walls: [Double] = []
    var cpus: [Double] = []
    var extractCPUs: [Double] = []
    var found = 0
    for _ in 0..<repeats {
      let t0 = now()
      let c0 = cpuSeconds()
      let docs = try DocumentSource.load(paths: files, date: try EntenteDate(parsing: "2024"))
      let c1 = cpuSeconds()
      found = 0
      for d in docs { found += extractor.extract(d).count }
      walls.append(now() - t0)
      cpus.append(cpuSeconds() - c0)
      extractCPUs.append(cpuSeconds() - c1)
    }
    let t = walls.sorted()[repeats / 2]
    let c = cpus.sorted()[repeats / 2]
    let e = extractCPUs.sorted()[repeats / 2]
    print(
      String(
        format:
          "extract: %d documents, %.1f MB; median of %d: %.2f s wall (%.1f MB/s), %.2f s CPU on one core (%.1f MB/s); best %.1f MB/s; %d relations; peak RSS %.0f MiB",
        files.count, Double(written) / 1e6, repeats, t, Double(written) / 1e6 / t, c, Double(written) / 1e6 / c,
        Double(written) / 1e6 / (walls.min() ?? t), found, peakResidentMB()))
    print(
      String(
        format: "  of which extraction alone (files already read): median %.2f s CPU (%.1f MB/s), best %.1f MB/s", e,
        Double(written) / 1e6 / e, Double(written) / 1e6 / (extractCPUs.min() ?? e)))
  } catch { fail(error.description) }
case "report":
  guard let path = args.first else { fail("usage: entente-bench report GRAPH.yaml [--runs N]") }
  do {
    let graph = try GraphFileReader().read(path: path)
    let dates = try ["2016", "2020", "2024"].map { try EntenteDate(parsing: $0) }
    var times: [Double] = []
    var outputs: [String] = []
    for _ in 0..<(Int(option("--runs", "5")) ?? 5) {
      let t0 = now()
      let r = try Report.build(graph: graph, dates: dates, poles: ["RUS", "USA", "TUR"])
      times.append(now() - t0)
      outputs.append(r.html + r.markdown)
    }
    print(
      String(
        format: "report: median %.3f s over %d builds; byte-identical: %@", median(times), times.count,
        Set(outputs).count == 1 ? "yes" : "no"))
  } catch let e as EntenteError { fail(e.description) } catch { fail("\(error)") }
case "pipeline":
  let sizes = option("--sizes", "2000x50000,5000x100000").split(separator: ",").compactMap { pair -> (Int, Int)? in
    let p = pair.split(separator: "x")
    guard p.count == 2, let a = Int(p[0]), let r = Int(p[1]) else { return nil }
    return (a, r)
  }
  pipelineBenchmark(
    sizes: sizes, generator: option("--generator", "../shared/bench/gen_yaml.py"),
    dir: option("--dir", NSTemporaryDirectory() + "entente-bench-pipeline"))
case "diff":
  guard let path = args.first else { fail("usage: entente-bench diff GRAPH.yaml [--at 2016,2020,2024] [--parts]") }
  diffBenchmark(
    path: path, dates: option("--at", "2016,2020,2024").split(separator: ",").map(String.init),
    parts: args.contains("--parts"))
case "svg":
  svgBenchmark(megabytes: Int(option("--megabytes", "12")) ?? 12, runs: Int(option("--runs", "5")) ?? 5)
case "analysis":
  guard let path = args.first else {
    fail(
      "usage: entente-bench analysis FILE.tsv [--skip betweenness,closeness] [--threads N] [--tolerance T] [--repeat N] [--pagerank-peer PY] [--no-peer]"
    )
  }
  analysisBenchmark(
    path: path, skip: Set(option("--skip", "").split(separator: ",").map(String.init)),
    threads: Int(option("--threads", "0")) ?? 0, tolerance: Double(option("--tolerance", "1e-6")) ?? 1e-6,
    repeats: Int(option("--repeat", "3")) ?? 3,
    peerScript: args.contains("--no-peer") ? nil : option("--pagerank-peer", "benchmarks/igraph_peer.py"))
case "approxbetweenness":
  guard let path = args.first else {
    fail(
      "usage: entente-bench approxbetweenness FILE.tsv [--epsilon 0.01] [--delta 0.1] [--seed 1] [--exact CACHE.tsv] [--exact-threads N] [--peer-script PY] [--no-peer]"
    )
  }
  approxBetweennessBenchmark(
    path: path, epsilon: Double(option("--epsilon", "0.01")) ?? 0.01, delta: Double(option("--delta", "0.1")) ?? 0.1,
    seed: UInt64(option("--seed", "1")) ?? 1, cache: args.contains("--exact") ? option("--exact", "") : nil,
    exactThreads: Int(option("--exact-threads", "2")) ?? 2,
    script: args.contains("--no-peer") ? nil : option("--peer-script", "benchmarks/networkit_approx_betweenness.py"))
case "review":
  fail(
    "the review app's benchmark is entente-review-bench (swift run -c release entente-review-bench), "
      + "kept apart so that entente-bench does not link the web stack")
default:
  fail(
    "unknown benchmark '\(command)'; known: edgelist, render, analysis, approxbetweenness, import, extract, report, svg, pipeline, diff"
  )
}
