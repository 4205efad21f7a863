import Testing

@testable import Entente

@Suite struct EntenteDateTests {
  @Test(arguments: [
    ("2020", EntenteDate.Precision.year), ("2020-10", .month), ("2020-10-01", .day), ("2024-02-29", .day),
  ])
  func parsesEachPrecision(text: String, precision: EntenteDate.Precision) throws {
    let d = try EntenteDate(parsing: text)
    #expect(d.precision == precision)
    #expect(d.description == text)
  }

  @Test(arguments: [
    ("20", "'20' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (for example 2020-10)"),
    ("2020-1", "'2020-1' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (for example 2020-10)"),
    ("2020/10", "'2020/10' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (for example 2020-10)"),
    ("2020-13", "month 13 does not exist; write a month from 01 to 12"),
    ("2021-02-29", "day 29 does not exist in 2021-02, which has 28 days"),
    ("2020-04-31", "day 31 does not exist in 2020-04, which has 30 days"),
    ("0000", "year 0 is out of range; write a year from 1 to 9999"),
    ("2020-00", "month 0 does not exist; write a month from 01 to 12"),
  ])
  func rejectsMalformedOrImpossibleDates(text: String, message: String) {
    #expect(throws: EntenteError(.invalidDate, message)) { try EntenteDate(parsing: text) }
  }

  @Test func periodsAreHalfOpenDayRanges() {
    #expect(date("1970-01-01").startDay == 0)
    #expect(date("2020").endDay - date("2020").startDay == 366)
    #expect(date("2021").endDay - date("2021").startDay == 365)
    #expect(date("2020-02").endDay - date("2020-02").startDay == 29)
    #expect(date("2020-12").endDay == date("2021").startDay)
    #expect(date("2020-10-01").endDay == date("2020-10-02").startDay)
    #expect(date("2000-03-01").startDay - date("2000-02-28").startDay == 2)  // 2000 is a leap year
    #expect(date("1900-03-01").startDay - date("1900-02-28").startDay == 1)  // 1900 is not
  }

  @Test func ordersByStartThenPrecision() {
    let sorted = [date("2020-01-02"), date("2020-01"), date("2019-12-31"), date("2020"), date("2020-01-01")].sorted()
    #expect(sorted.map(\.description) == ["2019-12-31", "2020", "2020-01", "2020-01-01", "2020-01-02"])
  }
}
