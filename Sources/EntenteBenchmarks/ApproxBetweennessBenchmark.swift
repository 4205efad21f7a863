import Entente
import EntenteAnalysis
import Foundation

// entente-bench approxbetweenness FILE.tsv [--epsilon 0.01] [--delta 0.1] [--seed 1] [--exact CACHE.tsv]
//     [--exact-threads N] [--peer-script benchmarks/networkit_approx_betweenness.py] [--no-peer]
//
// (--exact-threads 0 skips the exact values, for graphs where they take hours.)
//
// Sampled betweenness side by side with NetworKit's (ApproxBetweenness, Riondato and
// Kornaropoulos, pinned to one thread) on the same edge list in the same run: the time
// of each on one thread, the largest and mean error of each against the exact values,
// and the ratio. Both run on the directed hop-count graph peers.py measures; NetworKit's
// scores (shares of sampled ordered pairs, over n(n - 1)) are rescaled by n/(n - 2) to
// NetworkX's normalization, as Entente's are. The exact values come from Entente's own
// exact betweenness (equal to NetworkX's to 1e-9 in the tests), kept in CACHE.tsv when
// given so a second run skips them.

/// Exact betweenness by actor, read from `cache` when it holds this graph's actors, else computed and written there.
func exactBetweenness(_ g: AnalysisGraph, cache: String?, threads: Int) -> [Double] {
  if let cache, let text = try? String(contentsOfFile: cache, encoding: .utf8) {
    var byName: [String: Double] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: "\t")
      if parts.count == 2, let v = Double(parts[1]) { byName[String(parts[0])] = v }
    }
    let values = g.names.compactMap { byName[$0] }
    if values.count == g.nodeCount && byName.count == g.nodeCount {
      print("exact betweenness: read from \(cache)")
      return values
    }
  }
  let (values, seconds) = timed { Centrality.betweenness(g, threads: threads) }
  print(String(format: "exact betweenness (Brandes, %d threads): %.2f s", threads, seconds))
  if let cache {
    let text = zip(g.names, values).map { "\($0)\t\(String(format: "%.17g", $1))" }.joined(separator: "\n") + "\n"
    do { try AtomicFile.write(Data(text.utf8), to: cache) } catch { fail("cannot write \(cache): \(error)") }
  }
  return values
}

/// The largest and the mean absolute difference between `values` and `exact`.
func errors(_ values: [Double], _ exact: [Double]) -> (max: Double, mean: Double) {
  guard !exact.isEmpty else { return (.nan, .nan) }
  let d = zip(values, exact).map { abs($0 - $1) }
  return (d.max() ?? 0, d.isEmpty ? 0 : d.reduce(0, +) / Double(d.count))
}

/// NetworKit's run: seconds and values by node of `g`, rescaled to NetworkX's normalization.
func networkitApproximation(
  path: String, script: String, epsilon: Double, delta: Double, seed: UInt64, names: [String]
) -> (seconds: Double, values: [Double])? {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  p.arguments = ["python3", script, path, "--epsilon", "\(epsilon)", "--delta", "\(delta)", "--seed", "\(seed)"]
  var environment = ProcessInfo.processInfo.environment
  environment["OMP_NUM_THREADS"] = "1"
  p.environment = environment
  let out = Pipe()
  p.standardOutput = out
  do { try p.run() } catch {
    print("networkit: not run (\(error))")
    return nil
  }
  let data = out.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  guard p.terminationStatus == 0,
    let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first,
    let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
    let seconds = json["seconds"] as? Double, let byName = json["values"] as? [String: Double]
  else {
    print(
      p.terminationStatus == 3
        ? "networkit: skipped, not installed (python3 -m pip install --user -r benchmarks/requirements.txt)"
        : "networkit: not run (\(script) exited \(p.terminationStatus))")
    return nil
  }
  let n = Double(names.count)
  let scale = n > 2 ? n / (n - 2) : 1
  return (seconds, names.map { (byName[$0] ?? .nan) * scale })
}

func approxBetweennessBenchmark(
  path: String, epsilon: Double, delta: Double, seed: UInt64, cache: String?, exactThreads: Int, script: String?
) {
  #if DEBUG
  print("build: debug (times are far slower than a release build's)")
  #endif
  let (graph, load) = timed { () -> AnalysisGraph in
    do throws(EntenteError) { return AnalysisGraph(try EdgeList.read(path: path)) } catch { fail(error.description) }
  }
  print(
    String(
      format: "file: %@: %d actors, %d collapsed arcs, loaded in %.2f s", path, graph.nodeCount, graph.arcCount, load))
  let exact = exactThreads > 0 ? exactBetweenness(graph, cache: cache, threads: exactThreads) : []
  let parameters: ApproximateBetweenness
  do throws(EntenteError) {
    parameters = try ApproximateBetweenness(epsilon: epsilon, delta: delta, seed: seed)
  } catch { fail(error.description) }
  let (bound, boundSeconds) = timed { parameters.sampleSize(for: graph).samples }
  let (estimate, seconds, cpu) = timedCPU { parameters.estimate(graph, threads: 1) }
  let (twoEstimate, twoThreads, twoCPU) = timedCPU { parameters.estimate(graph, threads: 2) }
  let mine = errors(estimate.values, exact)
  print(
    "epsilon \(epsilon), delta \(delta), seed \(seed); vertex diameter bound \(estimate.vertexDiameterBound), "
      + "\(estimate.samples) samples")
  print("tool                              seconds (1 thread)   max error   mean error   within epsilon")
  func row(_ name: String, _ s: Double, _ e: (max: Double, mean: Double)) {
    print(
      String(
        format: "%@ %12.3f %14.6f %12.2e   %@", name.padding(toLength: 33, withPad: " ", startingAt: 0), s, e.max,
        e.mean, e.max.isNaN ? "not measured" : e.max <= epsilon ? "yes" : "NO"))
  }
  row("entente (Riondato-Kornaropoulos)", seconds, mine)
  print(
    String(
      format: "entente: 1 thread %.3f s wall, %.3f s CPU; 2 threads %.3f s wall, %.3f s CPU (the same values: %@); "
        + "of which the vertex diameter bound %.3f s (%d samples)", seconds, cpu, twoThreads, twoCPU,
      twoEstimate == estimate ? "yes" : "NO", boundSeconds, bound))
  guard let script else { return }
  guard
    let peer = networkitApproximation(
      path: path, script: script, epsilon: epsilon, delta: delta, seed: seed, names: graph.names)
  else { return }
  row("networkit ApproxBetweenness", peer.seconds, errors(peer.values, exact))
  print(
    String(
      format: "ratio entente / networkit time: %.4fx (networkit takes %.1fx as long)", seconds / peer.seconds,
      peer.seconds / seconds))
  print(String(format: "peak resident: %.1f MiB", peakResidentMB()))
}
