import EntenteTestSupport
import Foundation
import Testing

@testable import Entente

@Suite struct ActorCatalogueTests {

  @Test func everyISOCodeAndTheHistoricalOnesAreThere() throws {
    let c = try ActorCatalogue.standard()
    let states = c.actors.filter { $0.kind == .state }
    #expect(states.count >= 195)
    #expect(c.actors.filter { !c.datasetNames(of: $0.id).isEmpty }.count == 249)
    #expect(c.actors.filter { $0.kind == .organization }.count >= 50)
    #expect(c.actors.filter { $0.kind == .group }.count >= 50)
    #expect(c.actors.reduce(0) { $0 + $1.spokespeople.count } >= 400)
    #expect(c.roles.count == 20)
    for id in [
      "SUN", "YUG", "XKX", "TWN", "PSE", "ESH", "KARABAKH", "DNR", "LNR", "ABKHAZIA", "SOUTH_OSSETIA", "TRANSNISTRIA",
      "NORTHERN_CYPRUS", "SOMALILAND",
    ] {
      #expect(c.actor(ActorID(id)) != nil, "missing \(id)")
    }
  }

  @Test func theDevCorpusIdsAreAllKnown() throws {
    let c = try ActorCatalogue.standard()
    let ids = """
      ADF AES ALBA ARAB_LEAGUE AU AZAWAD BRICS CELAC CSTO DNR DONBAS_SEPARATISTS ECOWAS EU FDLR GCC GNA GNC HAMAS
      HEZBOLLAH HOR HOUTHIS ICJ IMF ISIL JAISH_E_MOHAMMED JANJAWEED JEM KARABAKH LNA LNR M23 NATO OAS OPEC PFLP_GC PKK SCO
      SHANGHAI_FIVE SLM SUN SYRIAN_OPPOSITION TPLF TWIRWANEHO UN VEN_NATIONAL_ASSEMBLY WAGNER XKX YPG YUG
      OSCE MINSK CIS EAEU G7 G20 SADC IGAD EAC OIC ASEAN QUAD AUKUS MERCOSUR IAEA ICC WTO WORLD_BANK RSF JNIM AL_SHABAAB TALIBAN SDF PIJ
      """.split(whereSeparator: \.isWhitespace)
    for id in ids { #expect(c.actor(ActorID(String(id))) != nil, "missing \(id)") }
    #expect(c.actor("HAMAS")?.kind == .group)
    #expect(c.actor("ECOWAS")?.kind == .organization)
    #expect(c.actor("MINSK")?.partOf == ["OSCE"])
  }

  @Test func namesDemonymsMetonymsAndAbbreviationsFindTheirActor() throws {
    let c = try ActorCatalogue.standard()
    let cases: [(String, ActorID)] = [
      ("United States", "USA"), ("America", "USA"), ("U.S.", "USA"), ("US", "USA"), ("the Pentagon", "USA"),
      ("Foggy Bottom", "USA"), ("White House", "USA"), ("Kremlin", "RUS"), ("Élysée", "FRA"), ("Elysee", "FRA"),
      ("Downing Street", "GBR"), ("Whitehall", "GBR"), ("Zhongnanhai", "CHN"), ("Beijing", "CHN"), ("Tehran", "IRN"),
      ("DRC", "COD"), ("DR Congo", "COD"), ("Congo-Kinshasa", "COD"), ("Congo", "COD"), ("Congo-Brazzaville", "COG"),
      ("Republic of the Congo", "COG"), ("Burkinabe", "BFA"), ("Nigerien", "NER"), ("Nigerian", "NGA"),
      ("Dominican", "DOM"), ("Kosovar", "XKX"), ("Soviet", "SUN"), ("Republic of China", "TWN"),
      ("Artsakh", "KARABAKH"),
      ("Alliance of Sahel States", "AES"), ("Arab League", "ARAB_LEAGUE"), ("Ansarallah", "HOUTHIS"), ("Daesh", "ISIL"),
      ("Africa Corps", "WAGNER"), ("UN Security Council", "UN"), ("Türkiye", "TUR"),
      ("Malacañang", "PHL"), ("Aso Rock", "NGA"), ("Akorda", "KAZ"), ("La Moneda", "CHL"), ("Moncloa", "ESP"),
      ("Cheong Wa Dae", "KOR"), ("Amiri Diwan", "QAT"),
    ]
    for (form, id) in cases { #expect(c.actors(named: form).first == id, "\(form)") }
  }

  @Test func commonWordsMatchOnlyAsWritten() throws {
    let c = try ActorCatalogue.standard()
    #expect(c.actors(named: "Turkey") == ["TUR"])
    #expect(c.actors(named: "turkey").isEmpty)
    #expect(c.actors(named: "chad").isEmpty)
    #expect(c.actors(named: "Jordan") == ["JOR"])
    #expect(c.actors(named: "us").isEmpty)
    #expect(c.isCaseSensitive("Georgia", of: "GEO"))
    #expect(c.actors(named: "The Hague") == ["NLD"])
    #expect(c.actors(named: "Hague", at: date("2012")) == ["GBR"])  // William Hague, foreign secretary
  }

  @Test func peopleNameTheirStateOnlyWhileInOffice() throws {
    let c = try ActorCatalogue.standard()
    #expect(c.actors(named: "Putin", at: date("2023-05")) == ["RUS"])
    #expect(c.actors(named: "Vladimir Putin", at: date("2015")) == ["RUS"])
    #expect(c.actors(named: "Lavrov", at: date("2020")) == ["RUS"])
    // Tillerson left the State Department in March 2018.
    #expect(c.actors(named: "Tillerson", at: date("2017-06")) == ["USA"])
    #expect(c.actors(named: "Tillerson", at: date("2019")).isEmpty)
    // Without a date a person names their actor whatever the year.
    #expect(c.actors(named: "Tillerson") == ["USA"])
    // Von der Leyen spoke for Germany, then for the EU.
    #expect(c.actors(named: "von der Leyen", at: date("2016")) == ["DEU"])
    #expect(c.actors(named: "von der Leyen", at: date("2022")) == ["EU"])
  }

  @Test func rolePhrasesNameTheStateOfTheirAdjectiveOrPossessor() throws {
    let c = try ActorCatalogue.standard()
    #expect(c.actor(ofRolePhrase: "the Russian foreign minister") == "RUS")
    #expect(c.actor(ofRolePhrase: "Brazil's president") == "BRA")
    #expect(c.actor(ofRolePhrase: "the president of Brazil") == "BRA")
    #expect(c.actor(ofRolePhrase: "Chinese officials") == "CHN")
    #expect(c.actor(ofRolePhrase: "the Iranian government") == "IRN")
    #expect(c.actor(ofRolePhrase: "a State Department spokesperson") == "USA")
    #expect(c.actor(ofRolePhrase: "the Foreign Ministry") == nil)
    #expect(c.actor(ofRolePhrase: "the Russian harvest") == nil)
    #expect(c.role("top diplomat")?.role == "foreign minister")
    #expect(c.actor(ofRolePhrase: "the Kosovo police") == "XKX")
    #expect(c.actor(ofRolePhrase: "Britain's home secretary") == "GBR")
    #expect(c.actor(ofRolePhrase: "the Chinese vice premier") == "CHN")
    #expect(c.actor(ofRolePhrase: "the US national security adviser") == "USA")
  }

  @Test func placesAreListedAndNameNoActor() throws {
    let c = try ActorCatalogue.standard()
    for p in ["South China Sea", "Gulf of Guinea", "Lake Chad", "Niger Delta", "Congo River", "Latin America"] {
      #expect(c.places.contains(p), "missing place \(p)")
      #expect(c.actors(named: p).isEmpty, "\(p) names an actor")
    }
    // No place is also an actor's own form: the actor would win and the row would be dead.
    var forms = Set<String>()
    for a in c.actors {
      for f in [a.name] + a.aliases + a.demonyms + a.metonyms { forms.insert(ActorCatalogue.key(f, exact: false)) }
    }
    #expect(c.places.filter { forms.contains(ActorCatalogue.key($0, exact: false)) }.isEmpty)
  }

  @Test func citiesStandForTheirStatesAndClashWithNoActorForm() throws {
    let c = try ActorCatalogue.standard()
    let state = Dictionary(c.cities.flatMap { city in city.forms.map { ($0, city.state) } }) { a, _ in a }
    #expect(state["Kharkiv"] == "UKR")
    #expect(state["Belgorod"] == "RUS")
    #expect(state["El Fasher"] == "SDN")
    #expect(state["Goma"] == "COD")
    #expect(c.cities.allSatisfy { c.actor($0.state)?.kind == .state })
    // No city is an actor's own form (a capital is a metonym) nor a place that names none.
    var forms = Set<String>()
    for a in c.actors {
      for f in [a.name] + a.aliases + a.demonyms + a.metonyms { forms.insert(ActorCatalogue.key(f, exact: false)) }
    }
    for p in c.places { forms.insert(ActorCatalogue.key(p, exact: false)) }
    let clashes = state.keys.filter { forms.contains(ActorCatalogue.key($0, exact: false)) }
    #expect(clashes.isEmpty, "cities that are also actor forms or places: \(clashes.sorted())")
  }

  @Test func theListedOrganizationsAndGroupsAreThereWithTheirKinds() throws {
    let c = try ActorCatalogue.standard()
    let organizations = """
      UN EU NATO CSTO OSCE MINSK CIS EAEU SCO BRICS G7 G20 AU ECOWAS AES SADC IGAD EAC GCC ARAB_LEAGUE OIC ASEAN QUAD
      AUKUS OAS CELAC MERCOSUR OPEC IAEA ICC OECD KFOR UNICEF WFP OTS
      """.split(whereSeparator: \.isWhitespace)
    for id in organizations { #expect(c.actor(ActorID(String(id)))?.kind == .organization, "\(id)") }
    let groups = """
      HAMAS HEZBOLLAH HOUTHIS WAGNER RSF SAF M23 TPLF JNIM ISIL ISKP ISWAP AL_SHABAAB TALIBAN PKK YPG SDF HTS STC
      IS_SINAI ARAKAN_ARMY MNDAA TNLA LRA
      """.split(whereSeparator: \.isWhitespace)
    for id in groups { #expect(c.actor(ActorID(String(id)))?.kind == .group, "\(id)") }
    #expect(c.actors(named: "Ansar Allah") == ["HOUTHIS"])
    #expect(c.actors(named: "Afrika Korps") == ["WAGNER"])
    #expect(c.actors(named: "KFOR") == ["KFOR"])
    #expect(c.actor("KFOR")?.partOf == ["NATO"])
  }

  @Test func theHeadsAndMinistersOfTheG20AndP5HaveNoGapsSince2010() throws {
    let c = try ActorCatalogue.standard()
    // Each office named here is held by someone in the catalogue on the first of every
    // month from January 2010, vacancies and abolished offices excepted.
    let offices: [(ActorID, Set<String>)] = [
      ("USA", ["president"]), ("USA", ["secretary of state"]), ("USA", ["secretary of defense"]),
      ("RUS", ["president"]), ("RUS", ["foreign minister"]), ("RUS", ["defence minister"]),
      ("CHN", ["president"]), ("CHN", ["foreign minister"]),
      ("GBR", ["prime minister"]), ("GBR", ["foreign secretary"]), ("GBR", ["defence secretary"]),
      ("FRA", ["president"]), ("FRA", ["foreign minister"]), ("FRA", ["defence minister"]),
      ("DEU", ["chancellor"]), ("IND", ["president"]), ("IND", ["prime minister"]),
      ("UKR", ["president"]), ("ISR", ["prime minister"]), ("ISR", ["defence minister"]),
      ("TUR", ["defence minister"]), ("IRN", ["president", "supreme leader"]),
    ]
    for (actor, roles) in offices {
      let people = c.actor(actor)?.spokespeople.filter { roles.contains($0.role ?? "") } ?? []
      for year in 2010...2025 {
        for month in 1...12 {
          let day = try EntenteDate(parsing: String(format: "%04d-%02d-15", year, month))
          #expect(people.contains { $0.speaks(at: day) }, "\(actor) \(roles) vacant at \(day)")
        }
      }
    }
  }

  @Test func datasetNamesKeepTheISONames() throws {
    let c = try ActorCatalogue.standard()
    #expect(c.actor(forDatasetName: "Congo") == "COG")
    #expect(c.actor(forDatasetName: "korea, republic of") == "KOR")
    #expect(c.datasetNames(of: "RUS").first == "Russian Federation")
  }

  @Test func companiesBelongToStates() throws {
    let c = try ActorCatalogue.standard()
    let companies = c.actors.filter { $0.kind == .company }
    #expect(companies.count >= 100)
    for a in companies {
      #expect(a.partOf.count == 1 && c.actor(a.partOf[0])?.kind == .state, "\(a.id) belongs to no state")
    }
    #expect(c.actor("BAYKAR")?.partOf == ["TUR"])
    #expect(c.actor("GAZPROM")?.partOf == ["RUS"])
    // Djibouti keeps its ISO code; the drone maker has its own id.
    #expect(c.actor("DJI")?.kind == .state)
    #expect(c.isCaseSensitive("Saab", of: "SAAB"))
  }

  @Test func theDataIsConsistent() throws {
    let c = try ActorCatalogue.standard()
    for a in c.actors {
      for p in a.partOf { #expect(c.actor(p) != nil, "\(a.id) is part of unknown \(p)") }
    }
    // No form names two actors ("Brussels", once Belgium's and the EU's, is the EU's).
    var owners: [String: Set<ActorID>] = [:]
    for a in c.actors {
      for f in [a.name] + a.aliases + a.demonyms + a.metonyms {
        owners[ActorCatalogue.key(f, exact: c.isCaseSensitive(f, of: a.id)), default: []].insert(a.id)
      }
      for f in a.abbreviations { owners[ActorCatalogue.key(f, exact: true), default: []].insert(a.id) }
    }
    #expect(owners.filter { $0.value.count > 1 }.keys.sorted() == [])
    // A person's name never speaks for two actors at once.
    var terms: [String: [(ActorID, Spokesperson)]] = [:]
    for a in c.actors {
      for p in a.spokespeople {
        for f in [p.name] + p.aliases { terms[ActorCatalogue.key(f, exact: false), default: []].append((a.id, p)) }
      }
    }
    for (form, held) in terms {
      for (i, x) in held.enumerated() {
        for y in held[(i + 1)...] where x.0 != y.0 {
          let overlap =
            (x.1.since?.startDay ?? .min) < (y.1.until?.startDay ?? .max)
            && (y.1.since?.startDay ?? .min) < (x.1.until?.startDay ?? .max)
          #expect(!overlap, "'\(form)' speaks for \(x.0) and \(y.0) at once")
        }
      }
    }
  }

  @Test func malformedRowsAreReportedAtTheirLine() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "# header\nAAA\tstate\tAlpha\nBBB\tplanet\tBeta\n".write(
      toFile: dir + "/states.tsv", atomically: true, encoding: .utf8)
    let kind = #expect(throws: EntenteError.self) { try ActorCatalogue(directory: dir) }
    #expect(kind?.location?.line == 3)
    #expect(kind?.message.contains("planet") == true)
    try "AAA\tstate\tAlpha\n".write(toFile: dir + "/states.tsv", atomically: true, encoding: .utf8)
    try "ZZZ\tZed\t\tpresident\t2010\t\n".write(toFile: dir + "/people.tsv", atomically: true, encoding: .utf8)
    let person = #expect(throws: EntenteError.self) { try ActorCatalogue(directory: dir) }
    #expect(person?.code == .unknownActor)
    #expect(person?.location?.line == 1)
  }
}
