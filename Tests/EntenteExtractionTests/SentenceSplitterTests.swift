import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteExtraction

@Suite struct SentenceSplitterTests {
  func texts(_ s: String) -> [String] { SentenceSplitter().split(s).map(\.text) }

  @Test func endsAtPeriodsBeforeCapitalsAndKeepsOffsets() {
    let s = SentenceSplitter().split("Armenia left. Azerbaijan stayed? Yes!")
    #expect(s.map(\.text) == ["Armenia left.", "Azerbaijan stayed?", "Yes!"])
    #expect(s.map(\.characters) == [0..<13, 14..<32, 33..<37])
    #expect(s.map(\.index) == [0, 1, 2])
  }

  @Test func abbreviationsDoNotEndSentences() {
    #expect(
      texts("Weapons (I.e. drones) came. The U.S. Congress voted. Dr. Baev argued so.") == [
        "Weapons (I.e. drones) came.", "The U.S. Congress voted.", "Dr. Baev argued so.",
      ])
    #expect(
      texts("An est. 10% drop followed. Then Feb. 2022 came.") == [
        "An est. 10% drop followed.", "Then Feb. 2022 came.",
      ])
  }

  @Test func lowerCaseAfterAPeriodContinues() {
    #expect(
      texts("Talks ended in vs. out fashion. it went on. Then stopped.") == [
        "Talks ended in vs. out fashion. it went on.", "Then stopped.",
      ])
  }

  @Test func lineBreaksBulletsAndCountersEnd() {
    let text = "First point, no period\n· Second point here.\n• Third.\nA thread post ends 3/19\nNext post. 4/19\n"
    #expect(
      texts(text) == [
        "First point, no period", "Second point here.", "Third.", "A thread post ends 3/19", "Next post. 4/19",
      ])
  }

  @Test func quotesAndBracketsCloseAndOpenSentences() {
    #expect(
      texts("He said “never.” Then (later) he left. “Why?” they asked.") == [
        "He said “never.”", "Then (later) he left.", "“Why?” they asked.",
      ])
  }

  @Test func emptyPunctuationAndMultibyteText() {
    #expect(texts("").isEmpty)
    #expect(texts(" , \n...\n").isEmpty)
    let s = SentenceSplitter().split("Ереван молчит. Baku spoke.")
    #expect(s.map(\.text) == ["Ереван молчит.", "Baku spoke."])
    #expect(s[1].characters == 15..<26)
    #expect(s[1].bytes == 27..<38)  // Cyrillic letters are two bytes each
  }

  @Test func evidenceHashesTheSentence() {
    #expect(Evidence.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let s = SentenceSplitter().split("One. Two.")[1]
    let p = Evidence.provenance(s, document: "d")
    #expect(p.sentence == 1 && p.characters == 5..<9 && p.sha256 == Evidence.sha256("Two."))
  }

  /// The curated graph cites sentences by index; the splitter must find exactly the
  /// sentences the citations were numbered with (ranges in Unicode scalars).
  static let seedRanges: [String: [Range<Int>]] = [
    "000_9eb350045aa27381.txt": [
      0..<88, 89..<151, 152..<310, 311..<438, 439..<685, 686..<789, 790..<916, 917..<1045, 1046..<1265, 1267..<1426,
      1427..<1573, 1574..<1764, 1765..<1981, 1982..<2218, 2219..<2384, 2386..<2591, 2592..<2817, 2818..<3119,
      3120..<3338, 3339..<3442, 3443..<3560, 3562..<3697, 3698..<3898, 3899..<4102, 4103..<4247, 4249..<4512,
      4513..<4611, 4612..<4800, 4801..<4926, 4927..<5105, 5106..<5387, 5389..<5528, 5532..<5661, 5664..<5795,
      5799..<5933, 5937..<6031, 6032..<6160, 6163..<6240, 6241..<6336, 6340..<6432, 6435..<6479, 6482..<6669,
      6670..<6799, 6803..<6907, 6908..<7012, 7016..<7156, 7160..<7323, 7327..<7417, 7418..<7566, 7573..<7669,
      7673..<7810, 7811..<7969, 7973..<8103, 8106..<8219, 8223..<8361, 8364..<8452, 8453..<8519, 8523..<8646,
      8650..<8784, 8788..<8925,
    ],
    "001_e5e323372f6912d6.txt": [
      0..<57, 58..<218, 219..<355, 356..<453, 454..<497, 498..<774, 775..<844, 845..<892, 893..<971, 972..<1053,
      1054..<1205, 1206..<1328, 1329..<1591, 1592..<1817, 1818..<1990, 1991..<1999, 2000..<2252, 2253..<2489,
      2490..<2531, 2532..<2617, 2618..<2684, 2685..<2812, 2813..<2894, 2895..<3016, 3017..<3194, 3195..<3223,
      3224..<3414, 3415..<3568, 3569..<3666, 3667..<3833, 3834..<3945, 3946..<4126,
    ],
    "002_51878185a5274035.txt": [
      0..<122, 124..<270, 271..<448, 449..<621, 622..<784, 786..<954, 955..<1006, 1008..<1062, 1064..<1201, 1203..<1394,
      1396..<1464, 1465..<1513, 1515..<1694, 1696..<1734, 1736..<1985, 1986..<2068, 2070..<2190, 2191..<2427,
      2428..<2514, 2516..<2608, 2609..<2868, 2869..<2931, 2932..<3030, 3031..<3124, 3125..<3302, 3304..<3336,
      3338..<3398, 3399..<3523, 3524..<3682, 3684..<3716, 3718..<3834, 3835..<4082, 4084..<4319, 4320..<4347,
      4348..<4389, 4390..<4509, 4511..<4694, 4696..<4771, 4772..<4788, 4790..<4927, 4931..<4933, 4934..<4951,
      4957..<5105, 5106..<5232, 5233..<5263, 5273..<5288, 5296..<5323, 5324..<5392, 5393..<5542, 5550..<5603,
      5611..<5826, 5827..<5929, 5930..<6063, 6064..<6131, 6132..<6278, 6286..<6493, 6494..<6603, 6604..<6650,
      6651..<6765, 6775..<6792, 6802..<6907, 6908..<6934, 6935..<7053, 7054..<7144, 7157..<7172, 7184..<7310,
      7311..<7432, 7444..<7517, 7518..<7662, 7663..<7732, 7743..<7951,
    ],
  ]

  @Test(
    .disabled(
      if: SeedDocuments.folder == nil, "../shared/seeds is absent; the seed sentence numbering test is skipped"),
    arguments: ["000_9eb350045aa27381.txt", "001_e5e323372f6912d6.txt", "002_51878185a5274035.txt"])
  func seedSentencesAreNumberedAsTheCuratedGraphCitesThem(file: String) throws {
    let dir = try #require(SeedDocuments.folder)
    let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
    let sentences = SentenceSplitter().split(text)
    #expect(sentences.map(\.characters) == Self.seedRanges[file])
  }
}

enum SeedDocuments {
  static let folder: String? = Repo.sharedPath("seeds/manifest.tsv").flatMap { _ in Repo.sharedPath("seeds") }
}
