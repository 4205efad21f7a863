import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteExtraction

@Suite struct ActorMatcherTests {
  static let matcher: ActorMatcher? = {
    let graph = try? GraphFileReader().read(path: Repo.path("graphs/actors.yaml"))
    return (try? Gazetteer.standard(extendedWith: graph)).map(ActorMatcher.init)
  }()

  func actors(_ text: String, at year: String? = "2020") throws -> [String] {
    let m = try #require(Self.matcher)
    return m.mentions(in: text, at: try year.map { try EntenteDate(parsing: $0) }).map(\.actor.rawValue)
  }

  @Test(arguments: [
    ("The Minsk Group met in Minsk.", ["MINSK", "BLR"]),  // the longest form wins; Minsk alone is Belarus
    ("Officials of the Russian Federation and Russia's envoy spoke.", ["RUS", "RUS"]),
    ("Turkey’s backing of Azerbaijan grew.", ["TUR", "AZE"]),
    ("A new Armenian-Azerbaijani war began.", ["ARM", "AZE"]),
    ("The ARM-AZ war resumed.", ["ARM", "AZE"]),
    ("Moscow convened ARM + AZ military chiefs.", ["RUS", "ARM", "AZE"]),
    ("US/French co-chairs disagreed.", ["USA", "FRA"]),
    ("The Kremlin and Baku exchanged notes.", ["RUS", "AZE"]),
    ("Armenia left the CTSO.", ["ARM", "CSTO"]),  // a misspelling the seed uses
    ("Fighting in NK resumed.", ["KARABAKH"]),
    ("Peacekeepers in Nagorno-Karabakh stayed.", ["KARABAKH"]),
    ("The U.S. and the EU imposed sanctions.", ["USA", "EU"]),
    ("North Korean shells reached the front.", ["PRK"]),
    ("Kazakhstan and Tajikistan disagreed with Astana's critics.", ["KAZ", "TJK", "KAZ"]),
  ])
  func namesDemonymsMetonymsAndAbbreviations(text: String, expected: [String]) throws {
    #expect(try actors(text) == expected)
  }

  @Test func abbreviationsMatchOnlyInCapitals() throws {
    #expect(try actors("Tell us about the arm of the law.").isEmpty)
    #expect(try actors("The US and ARM talked.") == ["USA", "ARM"])
    #expect(try actors("Rf and rf are not RF.") == ["RUS"])
  }

  @Test func peopleSpeakForTheirActorWhileInOffice() throws {
    #expect(try actors("Lavrov talking to NP + IA.", at: "2020") == ["RUS", "ARM", "AZE"])
    #expect(try actors("Pashinyan met Erdogan and Macron.", at: "2020") == ["ARM", "TUR", "FRA"])
    #expect(try actors("Sargsyan spoke.", at: "2016") == ["ARM"])
    #expect(try actors("Sargsyan spoke.", at: "2020").isEmpty)  // out of office since 2018
    #expect(try actors("Zelensky replied.", at: "2016").isEmpty)  // in office from 2019
  }

  @Test func mentionsKeepTheirPlaceAndPossessives() throws {
    let m = try #require(Self.matcher).mentions(in: "And Turkey's entry changed it.")
    #expect(m.count == 1)
    #expect(m[0].characters == 4..<10)
    #expect(m[0].possessive)
    #expect(m[0].form == .name)
  }
}

@Suite struct DocumentSourceTests {
  @Test func datesComeFromAManifestFrontMatterOrTheCommandLine() throws {
    let dir = try temporaryFolder("entente-docs")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "Armenia left.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
    try "---\ndate: 2020-10\ntitle: \"A post\"\n---\nBaku spoke.".write(
      toFile: dir + "/b.md", atomically: true, encoding: .utf8)
    try "# comment\na.txt\t2016-04\tA text\n".write(toFile: dir + "/manifest.tsv", atomically: true, encoding: .utf8)
    let docs = try DocumentSource.load(paths: [dir + "/a.txt", dir + "/b.md"], manifest: dir + "/manifest.tsv")
    #expect(docs.map(\.document.id) == ["a", "b"])
    #expect(docs.map(\.document.date.description) == ["2016-04", "2020-10"])
    #expect(docs.map(\.document.title) == ["A text", "A post"])
    #expect(docs[1].text == "Baku spoke.")
    #expect(docs[1].offset == 38)  // "---\n" + "date: 2020-10\n" + "title: \"A post\"\n" + "---\n"
    let forced = try DocumentSource.load(paths: [dir + "/a.txt"], date: try EntenteDate(parsing: "2024"))
    #expect(forced[0].document.date.description == "2024")
  }

  @Test func aDocumentWithoutADateSaysHowToGiveOne() throws {
    let dir = try temporaryFolder("entente-docs")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "Text.".write(toFile: dir + "/x.txt", atomically: true, encoding: .utf8)
    #expect(
      throws: EntenteError(
        .missingField,
        "'\(dir)/x.txt' has no date; list it in a manifest (--manifest FILE: file<TAB>date<TAB>title), give it YAML front matter with 'date: 2020-10', or pass --date"
      )
    ) { try DocumentSource.load(paths: [dir + "/x.txt"]) }
  }

  @Test func binaryAndNonUTF8FilesAreRefused() throws {
    let dir = try temporaryFolder("entente-docs")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: dir + "/bin.txt"))
    try Data([0x41, 0xFF, 0x42]).write(to: URL(fileURLWithPath: dir + "/latin.txt"))
    let date = try EntenteDate(parsing: "2020")
    #expect(throws: EntenteError.self) { try DocumentSource.load(paths: [dir + "/bin.txt"], date: date) }
    #expect(throws: EntenteError.self) { try DocumentSource.load(paths: [dir + "/latin.txt"], date: date) }
  }
}
