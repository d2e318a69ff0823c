import Testing
@testable import NormeringCore

@Suite("Calendar")
struct CalendarTests {
    @Test func dayNumberRoundTripsOverFourHundredYears() {
        var date = LocalDate(year: 1890, month: 1, day: 1)!
        var number = date.dayNumber
        for _ in 0..<(400 * 366) {
            let next = LocalDate(dayNumber: number + 1)
            #expect(next.dayNumber == number + 1)
            #expect(next > date)
            date = next
            number += 1
        }
        #expect(date.year == 2290 || date.year == 2291)
    }

    @Test func knownDayNumbers() {
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(LocalDate(year: 2000, month: 3, day: 1)!.dayNumber == 11017)
        #expect(LocalDate(year: 1969, month: 12, day: 31)!.dayNumber == -1)
    }

    @Test func invalidDatesAreRefused() {
        #expect(LocalDate(year: 2025, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2025, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2025, month: 4, day: 31) == nil)
        #expect(LocalDate(year: 2025, month: 1, day: 0) == nil)
    }

    @Test func birthdayOf29FebruaryIsFirstOfMarchInOtherYears() {
        let born = LocalDate(year: 2020, month: 2, day: 29)!
        #expect(born.addingYears(3) == LocalDate(year: 2023, month: 3, day: 1)!)
        #expect(born.addingYears(4) == LocalDate(year: 2024, month: 2, day: 29)!)
        #expect(born.addingYears(7) == LocalDate(year: 2027, month: 3, day: 1)!)
    }

    @Test func yearMonthParsingAndDays() {
        #expect(YearMonth("2025-03") == YearMonth(year: 2025, month: 3))
        #expect(YearMonth("2025-3") == nil)
        #expect(YearMonth("2025-13") == nil)
        #expect(YearMonth("25-03") == nil)
        #expect(YearMonth("2025-03x") == nil)
        #expect(YearMonth(year: 2024, month: 2)!.dayCount == 29)
        #expect(YearMonth(year: 2025, month: 12)!.next == YearMonth(year: 2026, month: 1))
        #expect(YearMonth(year: 2025, month: 3)!.description == "2025-03")
        #expect(LocalDate(year: 987, month: 6, day: 5)!.description == "0987-06-05")
    }

    @Test func reportPeriodsSortAsTheirText() {
        let year = ReportPeriod.year(2025)
        let march = ReportPeriod.month(YearMonth(year: 2025, month: 3)!)
        let december2024 = ReportPeriod.month(YearMonth(year: 2024, month: 12)!)
        #expect([march, year, december2024].sorted() == [december2024, year, march])
    }
}
