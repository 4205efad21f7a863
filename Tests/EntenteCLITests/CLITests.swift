import EntenteTestSupport
import Foundation
import Testing

/// Runs the built `entente` binary and checks its standard output, standard error and exit code.
struct CLIRun {
  let stdout: String
  let stderr: String
  let status: Int32

  static var binary: URL {
    // The test bundle and the products sit in the same build folder.
    let products = Bundle.main.bundleURL
    let candidates = [
      products.appendingPathComponent("entente"),
      products.deletingLastPathComponent().appendingPathComponent("entente"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }

  /// Runs `entente arguments` in `folder` (the repository root unless given).
  init(_ arguments: [String], in folder: String = Repo.root) throws {
    let p = Process()
    p.executableURL = CLIRun.binary
    p.arguments = arguments
    p.currentDirectoryURL = URL(fileURLWithPath: folder)
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    stdout = String(decoding: o, as: UTF8.self)
    stderr = String(decoding: e, as: UTF8.self)
    status = p.terminationStatus
  }
}

@Suite(.tags(.slow)) struct CLITests {
  @Test func validateAcceptsTheCuratedGraphs() throws {
    let r = try CLIRun(["validate", "graphs/actors.yaml", "graphs/background.yaml", "graphs/seeds.yaml"])
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty)
    #expect(r.stdout.contains("graphs/seeds.yaml: ok (3 documents, 23 actors, 68 relations)"))
  }

  @Test func validateReportsALocatedErrorAndExitsOne() throws {
    let dir = try temporaryFolder("entente-cli")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let bad = dir + "/bad.yaml"
    try
      "entente: 1\nactors:\n  - {id: ARM, name: Armenia, kind: state}\nrelations:\n  - {source: ARM, target: AZR, kind: tension, at: 2020}\n"
      .write(toFile: bad, atomically: true, encoding: .utf8)
    let r = try CLIRun(["validate", bad])
    #expect(r.status == 1)
    #expect(r.stdout.isEmpty)
    #expect(
      r.stderr == """
        entente: \(bad):5:27: error: unknown actor 'AZR'; define it under 'actors:' (ISO alpha-3 for states, upper-case names for organizations)
            - {source: ARM, target: AZR, kind: tension, at: 2020}
                                    ^

        """)
  }

  @Test func snapshotPrintsEachYearAndTheChanges() throws {
    let r = try CLIRun(["snapshot", "graphs/seeds.yaml", "--at", "2016", "--at", "2020", "--at", "2024"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("== 2016: 16 actors, 24 relations (19 cooperative, 5 conflictual)\n"))
    #expect(r.stdout.contains("== 2024: "))
    #expect(r.stdout.contains("Changes from 2016 to 2020: "))
    #expect(r.stdout.contains("  + TUR -> AZE support\n"))
    #expect(r.stdout.contains("  - ARM -> CSTO membership: holds -> ends (2024-02-22), weight 1 -> 1.693\n"))
  }

  @Test(arguments: ["json", "yaml", "tsv", "text"])
  func snapshotFormatsAreDeterministicAndWrittenToFiles(format: String) throws {
    let dir = try temporaryFolder("entente-cli")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let a = try CLIRun(["snapshot", "graphs/seeds.yaml", "--at", "2020-10", "--format", format, "-o", dir + "/a"])
    let b = try CLIRun(["snapshot", "graphs/seeds.yaml", "--at", "2020-10", "--format", format])
    #expect(a.status == 0 && b.status == 0)
    #expect(try String(contentsOfFile: dir + "/a", encoding: .utf8) == b.stdout)
    if format == "json" {
      let parsed = try JSONSerialization.jsonObject(with: Data(b.stdout.utf8)) as? [[String: Any]]
      #expect((parsed?.first?["relations"] as? [Any])?.isEmpty == false)
    }
  }

  @Test func badArgumentsAreUsageErrors() throws {
    let noDate = try CLIRun(["snapshot", "graphs/seeds.yaml"])
    #expect(noDate.status != 0)
    #expect(noDate.stderr.contains("--at"))
    let badDate = try CLIRun(["snapshot", "graphs/seeds.yaml", "--at", "2021-02-30"])
    #expect(badDate.status != 0)
    #expect(badDate.stderr.contains("day 30 does not exist in 2021-02, which has 28 days"))
    let missing = try CLIRun(["stats", "graphs/none.yaml"])
    #expect(missing.status == 1)
    #expect(
      missing.stderr
        == "entente: error: cannot read 'graphs/none.yaml': no such file; check the path and its permissions\n")
  }

  @Test func statsCountsTheCuratedGraph() throws {
    let r = try CLIRun(["stats", "graphs/seeds.yaml", "--at", "2024"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("graphs/seeds.yaml: 3 documents, 23 actors, 68 relations\n"))
    #expect(r.stdout.contains("snapshot 2024: 19 actors, 31 edges (23 positive, 8 negative)\n"))
  }

  @Test func everyCommandHasExamplesInItsHelp() throws {
    for command in ["validate", "snapshot", "stats", "analyze", "diff", "render", "report"] {
      let r = try CLIRun([command, "--help"])
      #expect(r.status == 0)
      #expect(r.stdout.contains("Examples:"), "\(command)")
      #expect(r.stdout.contains("entente \(command) "), "\(command)")
    }
  }
}

@Suite(.tags(.slow)) struct RenderCLITests {
  @Test(arguments: ["svg", "png", "pdf", "dot"])
  func rendersOneDateInEachFormat(format: String) throws {
    let dir = try temporaryFolder("entente-cli")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CLIRun([
      "render", "graphs/seeds.yaml", "--at", "2020", "-o", "\(dir)/d.\(format)", "--size-by", "degree",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/d.\(format)"))
    let magic: [String: [UInt8]] = [
      "svg": Array("<?xml".utf8), "png": [0x89, 0x50, 0x4E, 0x47], "pdf": Array("%PDF".utf8),
      "dot": Array("digraph".utf8),
    ]
    #expect(Array(data.prefix(magic[format]?.count ?? 0)) == magic[format])
  }

  @Test func anUnknownOutputExtensionIsRefusedWithTheKnownOnes() throws {
    let dir = try temporaryFolder("entente-cli")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CLIRun(["render", "graphs/seeds.yaml", "--at", "2020", "-o", "\(dir)/d.jpg"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("unknown extension '.jpg'; use one of .svg, .png, .pdf, .dot"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: "\(dir)/d.jpg"))
  }

  @Test func comparisonWritesOneSVGPerDateDiffsAndSmallMultiples() throws {
    let dir = try temporaryFolder("entente-cli")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CLIRun(["render", "graphs/seeds.yaml", "--compare", "2016,2020,2024", "-o", dir])
    #expect(r.status == 0)
    #expect(r.stdout == "wrote 6 SVGs to \(dir)\n")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    #expect(
      files == [
        "diff-2016-2020.svg", "diff-2020-2024.svg", "influence-2016.svg", "influence-2020.svg", "influence-2024.svg",
        "small-multiples.svg",
      ])
  }

  @Test func embedModeWritesAnSVGWithoutProlog() throws {
    let r = try CLIRun(["render", "graphs/seeds.yaml", "--at", "2016", "-o", "-", "--embed"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("<svg style=\"max-width: "))
  }

  @Test func badRenderRequestsAreClearErrors() throws {
    let both = try CLIRun(["render", "graphs/seeds.yaml", "--at", "2016", "--compare", "2016,2020", "-o", "x"])
    #expect(both.status == 64)
    #expect(both.stderr.contains("give either --at DATE or --compare DATES"))
    let engine = try CLIRun(["render", "graphs/seeds.yaml", "--at", "2016", "--engine", "nosuch", "-o", "x.svg"])
    #expect(engine.status == 64)
    #expect(engine.stderr.contains("unknown engine 'nosuch'"))
    #expect(!FileManager.default.fileExists(atPath: Repo.root + "/x.svg"))
  }
}

@Suite(.tags(.slow)) struct AnalyzeCLITests {
  @Test func analyzeTheSeedGraph() throws {
    let r = try CLIRun(["analyze", "graphs/seeds.yaml", "--at", "2016"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("== 2016\nrank  actor"))
    #expect(r.stdout.contains("  RUS between ARM and AZE\n"))
    #expect(r.stdout.contains("Frustration: 2 of "))
  }

  @Test func csvOnAnEdgeListHasTheMeasuresAsColumns() throws {
    let r = try CLIRun([
      "analyze", "Tests/EntenteAnalysisTests/Fixtures/signed-small.tsv", "--measures", "pagerank,betweenness,closeness",
      "--format", "csv",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.first == "actor,pagerank,betweenness,closeness")
    #expect(lines.count == 8)
    #expect(lines.dropFirst().map { String($0.prefix { $0 != "," }) } == ["A", "B", "C", "D", "E", "F", "G"])
  }

  @Test func jsonAndMarkdownAreDeterministic() throws {
    for format in ["json", "md"] {
      let a = try CLIRun(["analyze", "graphs/seeds.yaml", "--at", "2020", "--poles", "RUS,TUR", "--format", format])
      let b = try CLIRun(["analyze", "graphs/seeds.yaml", "--at", "2020", "--poles", "RUS,TUR", "--format", format])
      #expect(a.status == 0 && a.stdout == b.stdout)
    }
    let json = try CLIRun(["analyze", "graphs/seeds.yaml", "--at", "2020", "--format", "json"])
    let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect((parsed?["pivots"] as? [Any])?.count == 4)
  }

  @Test func badAnalyzeArgumentsAreUsageErrors() throws {
    let measure = try CLIRun(["analyze", "graphs/seeds.yaml", "--at", "2020", "--measures", "fame"])
    #expect(measure.status == 64)
    #expect(measure.stderr.contains("unknown measure 'fame'"))
    let pole = try CLIRun(["analyze", "graphs/seeds.yaml", "--at", "2020", "--poles", "XXX"])
    #expect(pole.status == 64)
    #expect(pole.stderr.contains("unknown actor 'XXX' in --poles"))
    let kinds = try CLIRun(["analyze", "graphs/seeds.yaml", "--at", "2020", "--kinds", "war"])
    #expect(kinds.status == 64)
  }

  /// `--kinds` on an edge list: its kinds and sign column decide; a misspelt kind is an error, not an empty graph.
  @Test func kindsOnAnEdgeList() throws {
    let small = "Tests/EntenteAnalysisTests/Fixtures/signed-small.tsv"
    let bad = try CLIRun(["analyze", small, "--kinds", "hostilty"])
    #expect(bad.status == 64 && bad.stderr.contains("unknown relation kind 'hostilty'"))
    let conflict = try CLIRun(["analyze", small, "--kinds", "conflict", "--measures", "degree", "--format", "csv"])
    #expect(conflict.status == 0, "\(conflict.stderr)")
    // Conflict rows: A-C, D-E, E-C, F-A: A has 2 arcs of 6 possible.
    #expect(conflict.stdout.contains("\nA,0.333333333333\n"))
  }

  /// PageRank or eigenvector that does not converge fails, naming iterations and tolerance, unless allowed.
  @Test func nonConvergenceFails() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-path-\(getpid()).tsv").path
    var tsv = "source\ttarget\tkind\tsign\tweight\tyear\n"
    for i in 0..<59 { tsv += "P\(i)\tP\(i + 1)\ttrade\t1\t1\t2020\nP\(i + 1)\tP\(i)\ttrade\t1\t1\t2020\n" }
    try tsv.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let r = try CLIRun(["analyze", path, "--measures", "eigenvector"])
    #expect(r.status == 1 && r.stderr.contains("did not converge in 100 iterations"))
    let allowed = try CLIRun(["analyze", path, "--measures", "eigenvector", "--allow-unconverged"])
    #expect(allowed.status == 0 && allowed.stdout.contains("Not converged: eigenvector"))
  }
}

@Suite(.tags(.slow)) struct DiffCLITests {
  @Test func diffExplainsTheShifts() throws {
    let r = try CLIRun(["diff", "graphs/seeds.yaml", "--at", "2016", "--at", "2020", "--at", "2024"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("== 2016 -> 2020\nRelations: 8 added, 1 ended, 0 sign changed, 0 changed\n"))
    // Relations only cited again are apart and move nothing.
    #expect(r.stdout.contains("Cited again (the same relations, weight moved only by the evidence rule; "))
    #expect(r.stdout.contains("  ~ FRA -> MINSK membership: weight 1.0000 -> 1.6931 [thread-2020#11]\n"))
    // Phase changes in words, with the date; an unchanged weight is not printed as a change.
    #expect(
      r.stdout.contains(
        "  - ARM -> CSTO membership: holds -> ends (2024-02-22), weight 1.0000 -> 1.6931 [analysis-2024#28]\n"))
    #expect(r.stdout.contains("  - RUS -> ARM arms_supply: ended [thread-2020#17, thread-2020#18]\n"))
    #expect(!r.stdout.contains("weight 1.0000 -> 1.0000"))
    #expect(r.stdout.contains("== 2020 -> 2024\n"))
    #expect(r.stdout.contains("  pivot gone: RUS between ARM and AZE\n"))
    // Influence on the cooperative layer: Turkey's betweenness comes whole from its pair with Russia.
    #expect(
      r.stdout.contains(
        "  TUR: 0.0000 -> 0.0143 (+0.0143), rank - -> 4\n      +0.0143 from RUS–TUR (+ RUS -> TUR trade [thread-2020#12]) (main reason)\n"
      ))
    #expect(r.stdout.contains("\nShifts in exposure_pagerank (exposure, conflict layer), largest first:\n"))
  }

  @Test func diffFormats() throws {
    let csv = try CLIRun([
      "diff", "graphs/seeds.yaml", "--at", "2016", "--at", "2024", "--measures", "betweenness", "--format", "csv",
    ])
    #expect(csv.status == 0)
    #expect(
      csv.stdout.hasPrefix(
        "from,to,actor,measure,layer,before,after,change,rank_before,rank_after,main_reason,explanation\n2016,2024,"))
    let json = try CLIRun(["diff", "graphs/seeds.yaml", "--at", "2016", "--at", "2020", "--format", "json"])
    let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    #expect(parsed?.count == 1)
    let one = try CLIRun(["diff", "graphs/seeds.yaml", "--at", "2016"])
    #expect(one.status == 64)
  }
}

@Suite(
  .tags(.slow),
  .disabled(
    if: Repo.sharedPath("seeds/manifest.tsv") == nil,
    "../shared/seeds is absent; extraction acceptance tests are skipped"))
struct ExtractCLITests {
  let seeds = [
    "../shared/seeds/000_9eb350045aa27381.txt", "../shared/seeds/001_e5e323372f6912d6.txt",
    "../shared/seeds/002_51878185a5274035.txt",
  ]

  @Test func theCommittedExtractionEqualsAFreshRun() throws {
    let dir = try temporaryFolder("entente-extract")
    try FileManager.default.createDirectory(atPath: dir + "/graphs/extracted", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let yaml = try CLIRun(
      ["extract"] + seeds + [
        "--manifest", "../shared/seeds/manifest.tsv", "--graph", "graphs/actors.yaml", "-o",
        "graphs/extracted/seeds.yaml.fresh",
      ])
    defer { try? FileManager.default.removeItem(atPath: Repo.root + "/graphs/extracted/seeds.yaml.fresh") }
    #expect(yaml.status == 0, "\(yaml.stderr)")
    let fresh = try String(contentsOfFile: Repo.root + "/graphs/extracted/seeds.yaml.fresh", encoding: .utf8)
    let committed = try String(contentsOfFile: Repo.root + "/graphs/extracted/seeds.yaml", encoding: .utf8)
    #expect(
      fresh == committed,
      "rerun: entente extract ../shared/seeds/*.txt --manifest ../shared/seeds/manifest.tsv --graph graphs/actors.yaml -o graphs/extracted/seeds.yaml"
    )
    let tsv = try CLIRun(
      ["extract"] + seeds + [
        "--manifest", "../shared/seeds/manifest.tsv", "--graph", "graphs/actors.yaml", "--format", "tsv",
      ])
    #expect(tsv.stdout == (try String(contentsOfFile: Repo.root + "/graphs/extracted/seeds.tsv", encoding: .utf8)))
    #expect(!committed.contains("title:"))
    // A curated graph can include the extraction beside its own actors.
    let combo = Repo.root + "/graphs/.combo-\(UUID().uuidString).yaml"
    try "entente: 1\ninclude: [actors.yaml, background.yaml, extracted/seeds.yaml]\n".write(
      toFile: combo, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: combo) }
    let v = try CLIRun(["validate", combo])
    #expect(v.status == 0, "\(v.stderr)")
  }

  @Test func evalOnTheSeedsReachesPrecisionAndRecallOf085() throws {
    let r = try CLIRun(
      [
        "eval", "--gold", "../shared/gold/seeds.tsv", "--manifest", "../shared/seeds/manifest.tsv", "--graph",
        "graphs/actors.yaml", "--format", "json",
      ] + seeds)
    #expect(r.status == 0, "\(r.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let precision = try #require(json?["precision"] as? Double)
    let recall = try #require(json?["recall"] as? Double)
    #expect(precision >= 0.85, "precision \(precision)")
    #expect(recall >= 0.85, "recall \(recall)")
  }

  @Test func goldFilesWithUnknownIdsOrKindsAreErrors() throws {
    let dir = try temporaryFolder("entente-gold")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "a.txt\tXXQ\ttension\tRUS\t2020\tholds\tcore\tn\n".write(
      toFile: dir + "/g.tsv", atomically: true, encoding: .utf8)
    try "Text.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
    let r = try CLIRun(["eval", "--gold", dir + "/g.tsv", "--date", "2020", dir + "/a.txt"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("g.tsv:1:1: error: unknown actor id 'XXQ' in the gold file"))
    try "a.txt\tARM\tfriendship\tRUS\t2020\tholds\tcore\tn\n".write(
      toFile: dir + "/g.tsv", atomically: true, encoding: .utf8)
    let k = try CLIRun(["eval", "--gold", dir + "/g.tsv", "--date", "2020", dir + "/a.txt"])
    #expect(k.stderr.contains("unknown relation kind 'friendship'"))
  }

  @Test func evalAllowsUnknownGoldActorsAsMissesAndRefusesUnknownFormats() throws {
    let dir = NSTemporaryDirectory() + "entente-gold-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "a.txt\tXXQ\ttension\tRUS\t2020\tholds\tcore\tn\r\na.txt\tARM\ttension\tAZE\t2020\tholds\tcore\tn\r\n"
      .write(toFile: dir + "/g.tsv", atomically: true, encoding: .utf8)
    try "Armenia and Azerbaijan traded accusations.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
    let r = try CLIRun(["eval", "--allow-unknown", "--gold", dir + "/g.tsv", "--date", "2020", dir + "/a.txt"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stderr == "entente: warning: \(dir)/g.tsv:1:1: unknown actor id 'XXQ' (1 row); its core rows count as misses\n")
    #expect(r.stdout.contains("2 core rows)"))
    #expect(r.stdout.contains("  a.txt XXQ tension RUS 2020 (gold line 1): missing actor\n"))
    let xml = try CLIRun(["eval", "--gold", dir + "/g.tsv", "--date", "2020", "--format", "xml", dir + "/a.txt"])
    #expect(xml.status == 64)
  }

  @Test func evalClassesEveryErrorOnceIncludingMode() throws {
    let dir = try temporaryFolder("entente-gold-mode")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "a.txt\tPER\thostility\tCHL\t2020\tholds\tcore\tn\na.txt\tBOL\ttrade\tARG\t2020\tholds\tcore\tn\n".write(
      toFile: dir + "/g.tsv", atomically: true, encoding: .utf8)
    try "Peru might attack Chile. Bolivia and Argentina met. Brazil would never arm Uruguay.".write(
      toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
    for flags in [[], ["--phase"]] {
      let r = try CLIRun(
        ["eval", "--gold", dir + "/g.tsv", "--date", "2020", "--format", "json"] + flags + [dir + "/a.txt"])
      #expect(r.status == 0, "\(r.stderr)")
      let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
      let misses = try #require(json["misses_by_class"] as? [String: Int])
      let fps = try #require(json["false_positives_by_class"] as? [String: Int])
      #expect(misses.values.reduce(0, +) == json["misses"] as? Int)
      #expect(fps.values.reduce(0, +) == json["false_positives"] as? Int)
      #expect(misses["mode"] != nil && fps["mode"] != nil)
      #expect(json["mode_classified"] as? Bool == true)
      #expect(json["phase_matched"] as? Bool == (flags == ["--phase"]))
    }
  }

  @Test func undatedDocumentsAreErrors() throws {
    let r = try CLIRun(["extract", "README.md"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("has no date; list it in a manifest"))
  }
}

@Suite(.tags(.slow)) struct ReportCLITests {
  @Test func reportWritesThePageTheMarkdownAndTheSVGs() throws {
    let dir = try temporaryFolder("entente-report-cli")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CLIRun([
      "report", "graphs/seeds.yaml", "--at", "2016", "--at", "2020", "--at", "2024", "--poles", "RUS,USA", "-o", dir,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("wrote \(dir)/index.html, \(dir)/report.md and 7 SVGs\n"))
    // The PDF through Chromium when it is there; without it the report says so and stands.
    if Chromium.path != nil {
      #expect(r.stdout.contains("wrote \(dir)/report.pdf with "), "\(r.stdout)")
      #expect(FileManager.default.contents(atPath: dir + "/report.pdf")?.starts(with: Array("%PDF".utf8)) == true)
    } else {
      #expect(r.stdout.contains("no report.pdf: Chromium was not found"))
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    #expect(files.contains("index.html") && files.contains("report.md") && files.contains("alignment.svg"))
    let bad = try CLIRun(["report", "graphs/seeds.yaml", "--at", "2016", "-o", dir])
    #expect(bad.status == 64)
  }
}
