import NormeringCore
import Testing

@Suite("CPR numbers")
struct CPRNumberTests {
    @Test("century from the 7th digit and YY", arguments: [
        ("0101370123", 1937), ("0101360123", 1936), ("0101994123", 1999), ("0101364123", 2036),
        ("0101374123", 1937), ("0101369123", 2036), ("0101379123", 1937), ("0101575123", 2057),
        ("0101585123", 1858), ("0101238123", 2023), ("0101998123", 1899), ("0101993123", 1999),
    ])
    func century(text: String, year: Int) throws {
        let number = try #require(CPRNumber(text))
        #expect(number.birthDate.year == year)
        #expect(!number.isReplacement)
    }

    /// A CPR number that straddles the cut of a quoted value shows none of its digits: it is
    /// masked before the value is cut, and a cut that ends in digits drops them.
    @Test("an excerpt masks before it cuts", arguments: [50, 55, 58, 59, 60, 62])
    func excerptMasksBeforeItCuts(offset: Int) {
        let text = String(repeating: "x", count: offset) + "0101234321 tail"
        let excerpt = CPRNumber.excerpt(text, limit: 60)
        // At most the masked form's DDMMYY shows; never the last four digits.
        #expect(!excerpt.contains("4321") && !excerpt.contains("0101234"), "\(excerpt)")
        #expect(excerpt.count <= 61)
        #expect(CPRNumber.excerpt("short 0101234321", limit: 60) == "short 010123-****")
        #expect(CPRNumber.excerpt(String(repeating: "y", count: 70), limit: 60) == String(repeating: "y", count: 60) + "…")
    }

    @Test func dashAfterTheSixthDigit() throws {
        let number = try #require(CPRNumber("100823-4321"))
        #expect(number.birthDate == LocalDate(year: 2023, month: 8, day: 10))
        #expect(number.masked == "100823-****")
    }

    @Test func replacementNumberTakesSixtyOffTheDay() throws {
        let number = try #require(CPRNumber("7008234321"))
        #expect(number.isReplacement)
        #expect(number.birthDate == LocalDate(year: 2023, month: 8, day: 10))
        #expect(number.masked == "700823-****")
        #expect(CPRNumber.parse("9201234321") == .failure(.nonexistentDate)) // day 92 - 60 = 32
    }

    @Test("malformed values", arguments: ["", "010123432", "01012343210", "0101-234321", "010123--4321", " 0101234321", "01012a4321", "０１０１２３４３２１"])
    func malformed(text: String) {
        #expect(CPRNumber.parse(text) == .failure(.malformed))
        #expect(CPRNumber.mask(text) == "******-****")
    }

    @Test("dates that do not exist", arguments: ["3002234321", "2902234321", "0013234321", "3204234321", "0000234321"])
    func nonexistent(text: String) {
        #expect(CPRNumber.parse(text) == .failure(.nonexistentDate))
        #expect(CPRNumber.mask(text) == String(text.prefix(6)) + "-****")
    }

    @Test func leapDay() throws {
        #expect(try #require(CPRNumber("2902244321")).birthDate == LocalDate(year: 2024, month: 2, day: 29))
    }

    @Test func scrubMasksEveryCPRShapedRun() {
        #expect(CPRNumber.scrub("id 1008234321 and 100823-4321.") == "id 100823-**** and 100823-****.")
        #expect(CPRNumber.scrub("12345678901 and 123456-12345 stay") == "12345678901 and 123456-12345 stay")
        #expect(CPRNumber.scrub("E1001, 657-101") == "E1001, 657-101")
    }
}
