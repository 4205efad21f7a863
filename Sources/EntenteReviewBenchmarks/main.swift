import Foundation

// entente-review-bench: the review app's server timed over HTTP, apart from entente-bench so that
// entente-bench (and its release build) does not link the web stack (SwiftNIO, BoringSSL).
//
//   entente-review-bench [--documents 500] [--sentences 40] [--decided 10000] [--decisions 50]
//       Writes a corpus of invented sentences, starts the review server in process, then
//       times the documents page, a document page and saving decisions.
//
// Run it in release mode: swift run -c release entente-review-bench

func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func median(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  return s.isEmpty ? .nan : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data(("entente-review-bench: " + message + "\n").utf8))
  exit(2)
}

let args = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, _ fallback: Int) -> Int {
  if let i = args.firstIndex(of: name), i + 1 < args.count, let n = Int(args[i + 1]) { return n }
  return fallback
}

reviewBenchmark(
  documents: option("--documents", 500), sentences: option("--sentences", 40), decided: option("--decided", 10000),
  decisions: option("--decisions", 50))
