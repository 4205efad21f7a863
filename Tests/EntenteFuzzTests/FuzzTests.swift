import Entente
import EntenteEvents
import EntenteExtraction
import EntenteInterchange
import EntenteTestSupport
import Foundation
import Testing

/// Mutation fuzzing of every reader (issue #14): graph YAML, TSV edge lists, documents,
/// manifests, gold files, GDELT 1 and 2, ICEWS, GraphML, GEXF, node-link JSON and CSV.
///
/// Each reader gets mutants of its seed corpus (`Tests/Fuzz/<reader>/`) from a fixed seed,
/// so CI runs the same inputs every time. Every input must end in a value or an
/// `EntenteError` — a trap ends the test process — within 5 seconds; and whatever an
/// importer accepts must be a graph that a graph file can hold: written with
/// `GraphFileWriter` and read back with `GraphFileReader` without an error.
///
/// The quick run gives each reader `ENTENTE_FUZZ_RUNS` inputs (default 150). `scripts/fuzz
/// SECONDS` sets `ENTENTE_FUZZ_SECONDS` instead, a time budget per reader, and
/// `ENTENTE_FUZZ_SEED` for another sequence and `ENTENTE_FUZZ_ONLY` (comma-separated reader
/// names) to fuzz some readers only. Before each input is read it is written to
/// `.build/fuzz/current.<reader>`, so an input that traps is left there to become a
/// regression file in `Tests/Fuzz/<reader>/`.
@Suite struct FuzzTests {
  /// A reader under fuzzing: its corpus folder, file extension, format words, and how to read a file.
  struct Reader: Sendable, CustomStringConvertible {
    let name: String
    let ext: String
    let tokens: [String]
    /// Reads the file at the path; returns the graph when the reader makes one.
    let read: @Sendable (String) throws -> ActorGraph?
    var description: String { name }
  }

  static let readers: [Reader] = [
    Reader(
      name: "graph", ext: "yaml",
      tokens: ["entente: 1", "include: [x.yaml]", "actors:", "relations:", "weight: ", "since: ", "id: ", "&a ", "*a"],
      read: { try GraphFileReader().read(path: $0) }),
    Reader(
      name: "edges", ext: "tsv", tokens: ["source\ttarget\tkind\tsign\tweight\tyear", "\t-1\t", "\t1e20\t"],
      read: {
        _ = try EdgeList.read(path: $0)
        return nil
      }),
    Reader(
      name: "document", ext: "txt", tokens: ["Date: ", "Source: ", "---\n", "Armenia", "Russia", " and ", ". "],
      read: { p in
        let docs = try DocumentSource.load(paths: [p], date: try EntenteDate(parsing: "2020"))
        let gazetteer = try Gazetteer.standard()
        let extractor = try RelationExtractor(gazetteer: gazetteer)
        let found = docs.flatMap { extractor.extract($0) }
        return try ExtractedGraph(documents: docs, relations: found, gazetteer: gazetteer).graph
      }),
    Reader(
      name: "manifest", ext: "tsv", tokens: ["seed1.txt", "\t2020-01\t", "# file\tdate"],
      read: { p in
        let doc = PathText.join(PathText.folder(of: p), "seed1.txt")
        try "Armenia and Azerbaijan met.\n".write(toFile: doc, atomically: true, encoding: .utf8)
        _ = try DocumentSource.load(paths: [doc], manifest: p)
        return nil
      }),
    Reader(
      name: "gold", ext: "tsv", tokens: ["seed1.txt\t", "\tholds\tcore\t", "\tARM\t", "\thostility\t"],
      read: { p in
        _ = try Evaluation.readGold(
          path: p, vocabulary: try .standard(), gazetteer: try Gazetteer.standard(), allowUnknown: Bool.random())
        return nil
      }),
    Reader(
      name: "gdelt1", ext: "tsv", tokens: ["\t190\t", "\t-10.0\t", "\t999999999999\t", "\tAZE\t"],
      read: { try EventImport(format: .gdelt1).run(path: $0).graph }),
    Reader(
      name: "gdelt2", ext: "tsv", tokens: ["\t0871\t", "\tNaN\t", "\t20201113\t", "\tRUS\t"],
      read: { try EventImport(format: .gdelt2).run(path: $0).graph }),
    Reader(
      name: "icews", ext: "tab", tokens: ["\tArmenia\t", "\t-10.0\t", "Event ID\t", "\t2016-13-01\t"],
      read: { try EventImport(format: .icews).run(path: $0).graph }),
    Reader(
      name: "graphml", ext: "graphml",
      tokens: ["<node id=\"x\"/>", "<edge source=\"a\" target=\"b\"/>", "<data key=\"e_weight\">"],
      read: {
        try InterchangeFormat.graphml.read(path: $0).graph(defaultKind: "trade", defaultDate: try .init(year: 2020))
      }),
    Reader(
      name: "gexf", ext: "gexf",
      tokens: ["<node id=\"x\" label=\"y\"/>", "<spell start=\"2020\"/>", "<attvalue for=\"0\""],
      read: {
        try InterchangeFormat.gexf.read(path: $0).graph(defaultKind: "trade", defaultDate: try .init(year: 2020))
      }),
    Reader(
      name: "json", ext: "json",
      tokens: ["{\"id\": null}", "\"weight\": 1e20", "\"links\": [", "[[[[", "\"source\": \"\""],
      read: {
        try InterchangeFormat.json.read(path: $0).graph(defaultKind: "trade", defaultDate: try .init(year: 2020))
      }),
    Reader(
      name: "csv", ext: "csv", tokens: ["\"a\"\"b\"", ",,,", "'=1", "source,target", "\r"],
      read: { try InterchangeFormat.csv.read(path: $0).graph(defaultKind: "trade", defaultDate: try .init(year: 2020)) }
    ),
  ]

  /// The seeds of a reader: the files of `Tests/Fuzz/<reader>/`.
  static func seeds(_ r: Reader) throws -> [[UInt8]] {
    let dir = Repo.path("Tests/Fuzz/" + r.name)
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    return try names.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + $0))) }
  }

  @Test(arguments: readers)
  func everyMutantEndsInAValueOrATypedError(reader: Reader) throws {
    let env = ProcessInfo.processInfo.environment
    if let only = env["ENTENTE_FUZZ_ONLY"], !only.isEmpty, !only.split(separator: ",").contains(Substring(reader.name))
    {
      return
    }
    let runs = env["ENTENTE_FUZZ_RUNS"].flatMap(Int.init) ?? 150
    let budget = env["ENTENTE_FUZZ_SECONDS"].flatMap(Double.init)
    let seed = env["ENTENTE_FUZZ_SEED"].flatMap(UInt64.init) ?? 14
    var rng = FuzzRandom(seed: seed &+ UInt64(reader.name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
    let seeds = try Self.seeds(reader)
    #expect(!seeds.isEmpty)
    let dir = try temporaryFolder("entente-fuzz-\(reader.name)")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let keep = Repo.path(".build/fuzz")
    try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
    // The CSV reader reads nodes.csv beside edges.csv; the file under test is the edges file.
    let path = dir + "/" + (reader.name == "csv" ? "edges" : "input") + "." + reader.ext
    let tokens = reader.tokens.map { Array($0.utf8) }
    var corpus = seeds
    let clock = ContinuousClock()
    let start = clock.now
    var done = 0
    var accepted = 0
    var refused = 0
    while budget.map({ clock.now - start < .seconds($0) }) ?? (done < runs) {
      let parent = corpus[Int.random(in: 0..<corpus.count, using: &rng)]
      let input = done < seeds.count ? seeds[done] : Mutator.mutate(parent, tokens: tokens, rng: &rng)
      done += 1
      let data = Data(input)
      try data.write(to: URL(fileURLWithPath: path))
      try? data.write(to: URL(fileURLWithPath: keep + "/current." + reader.name))
      let began = clock.now
      do {
        if let g = try reader.read(path) {
          accepted += 1
          // What an importer accepts must be a graph file that validates again.
          let yaml = GraphFileWriter().yaml(for: g)
          do { _ = try GraphFileReader().read(text: yaml, path: dir + "/back.yaml") } catch {
            Issue.record("\(reader.name) input \(done) gave a graph that does not read back: \(error)")
            try? data.write(to: URL(fileURLWithPath: keep + "/unreadable-output.\(done).\(reader.name)"))
          }
        }
        if corpus.count < 64 { corpus.append(input) }  // accepted inputs breed
      } catch let e as EntenteError {
        refused += 1
        #expect(!e.message.isEmpty)
      } catch {
        Issue.record("\(reader.name) input \(done) threw an untyped error: \(error)")
      }
      let took = clock.now - began
      #expect(took < .seconds(5), "\(reader.name) input \(done) took \(took)")
    }
    try? FileManager.default.removeItem(atPath: keep + "/current." + reader.name)
    print("fuzz \(reader.name): \(done) inputs, \(accepted) accepted, \(refused) refused (seed \(seed))")
    #expect(done >= min(runs, seeds.count))
  }
}
