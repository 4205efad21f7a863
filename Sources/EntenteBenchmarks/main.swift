import Entente
import EntenteAnalysis
import EntenteEvents
import EntenteRender
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
//       then spawns `neato -Tsvg` on the same DOT (Graphviz's command, package
//       graphviz) and reports the median and the ratio.
//
//   entente-bench analysis FILE.tsv [--skip betweenness,closeness] [--threads N]
//       Loads a TSV edge list as peers.py does (parallel relations summed into one
//       directed edge, self-loops dropped) and times PageRank, eigenvector (weighted),
//       exact betweenness and closeness (hop counts), with the peak resident memory.
//
//   entente-bench import FILE.csv [--format gdelt2]
//       Imports an event file (benchmarks/gdelt_generate.py writes a synthetic GDELT
//       2.0 one of any size); prints rows per second and the peak resident memory.
//       benchmarks/pandas_gdelt.py does the same work with pandas, for the ratio.
//
// Run it in release mode: swift run -c release entente-bench edgelist FILE.tsv

func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
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
  var rows = 0, nodes = 0, arcs = 0
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
  let read = median(readTimes), build = median(indexTimes)
  print("file: \(path) (\(String(format: "%.1f", Double(size) / 1_048_576)) MiB)")
  print("rows: \(rows), nodes: \(nodes), arcs: \(arcs), runs: \(repeats)")
  print(String(format: "read TSV:        %8.3f s  (%.2f M rows/s, %.0f MiB/s)", read, Double(rows) / read / 1e6, Double(size) / read / 1_048_576))
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
  print(String(format: "resident memory: %.1f MiB before, %.1f MiB after %d renders (growth %.2f MiB)", before, after, renders, after - before))

  let dotFile = NSTemporaryDirectory() + "entente-bench-\(getpid()).gv"
  defer { try? FileManager.default.removeItem(atPath: dotFile) }
  do { try text.write(toFile: dotFile, atomically: true, encoding: .utf8) } catch { fail("cannot write \(dotFile)") }
  guard let neato = ["/usr/bin/neato", "/usr/local/bin/neato"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
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

func analysisBenchmark(path: String, skip: Set<String>, threads: Int) {
  let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
  let (graph, load) = timed { () -> AnalysisGraph in
    do throws(EntenteError) { return AnalysisGraph(try EdgeList.read(path: path)) } catch { fail(error.description) }
  }
  print("file: \(path) (\(String(format: "%.1f", Double(size) / 1_048_576)) MiB): \(graph.nodeCount) nodes, \(graph.arcCount) collapsed edges")
  print(String(format: "load (read, index, collapse): %8.3f s", load))
  let (_, pr) = timed { Centrality.pageRank(graph) }
  print(String(format: "pagerank:                     %8.3f s", pr))
  let (_, ev) = timed { Centrality.eigenvector(graph, weighted: true) }
  print(String(format: "eigenvector (weighted):       %8.3f s", ev))
  if !skip.contains("betweenness") {
    let (_, bt) = timed { Centrality.betweenness(graph, threads: threads) }
    print(String(format: "betweenness (exact, %d threads): %6.3f s", threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount, bt))
  }
  if !skip.contains("closeness") {
    let (_, cl) = timed { Centrality.closenessAndHarmonic(graph, threads: threads) }
    print(String(format: "closeness + harmonic:         %8.3f s", cl))
  }
  print(String(format: "peak resident: %.1f MiB (edge list file %.1f MiB)", peakResidentMB(), Double(size) / 1_048_576))
}

var args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first else {
  fail("usage: entente-bench edgelist FILE.tsv [--repeat N] | render GRAPH.yaml [--at DATE] [--renders N] [--spawns N]")
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
  guard let path = args.first else { fail("usage: entente-bench render GRAPH.yaml [--at DATE] [--renders N] [--spawns N]") }
  renderBenchmark(
    path: path, date: option("--at", "2020"), renders: Int(option("--renders", "1000")) ?? 1000,
    spawns: Int(option("--spawns", "50")) ?? 50, splines: args.contains("--splines") ? option("--splines", "true") : nil)
case "import":
  guard let path = args.first else { fail("usage: entente-bench import FILE [--format gdelt1|gdelt2|icews]") }
  let format = EventImport.Format(rawValue: option("--format", "gdelt2")) ?? .gdelt2
  let t0 = now()
  do {
    let result = try EventImport(format: format).run(path: path)
    let t = now() - t0
    print(String(format: "entente: %d rows in %.2f s (%.2f M rows/s), %d relations, peak RSS %.0f MiB",
      result.summary.rows, t, Double(result.summary.rows) / t / 1e6, result.summary.relations, peakResidentMB()))
    print(result.summary.report)
  } catch { fail(error.description) }
case "analysis":
  guard let path = args.first else { fail("usage: entente-bench analysis FILE.tsv [--skip betweenness,closeness] [--threads N]") }
  analysisBenchmark(
    path: path, skip: Set(option("--skip", "").split(separator: ",").map(String.init)),
    threads: Int(option("--threads", "0")) ?? 0)
default:
  fail("unknown benchmark '\(command)'; known: edgelist, render, analysis")
}
