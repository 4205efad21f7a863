import Entente
import Foundation

// entente-bench: speed and memory of Entente's library, measured outside `swift test`.
//
//   entente-bench edgelist FILE.tsv [--repeat N]
//       Reads a TSV edge list (source target kind sign weight year, as
//       ../shared/bench/gen.py writes) and builds its CSR index; prints the median
//       wall time of each step over N runs and the process's peak resident memory.
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

var args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first else {
  fail("usage: entente-bench edgelist FILE.tsv [--repeat N]")
}
args.removeFirst()
switch command {
case "edgelist":
  guard let path = args.first else { fail("usage: entente-bench edgelist FILE.tsv [--repeat N]") }
  var repeats = 3
  if let i = args.firstIndex(of: "--repeat"), i + 1 < args.count, let n = Int(args[i + 1]), n > 0 { repeats = n }
  edgeListBenchmark(path: path, repeats: repeats)
default:
  fail("unknown benchmark '\(command)'; known: edgelist")
}
