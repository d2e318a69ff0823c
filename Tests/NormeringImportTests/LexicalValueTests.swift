import NormeringCore
import Testing
@testable import NormeringImport

@Suite("Lexical forms of export-format.md")
struct LexicalValueTests {
    @Test("xs:decimal values", arguments: [
        ("37", 37.0), ("37.", 37.0), (".5", 0.5), ("29.6", 29.6), (" 37.5 ", 37.5), ("+1.25", 1.25),
        ("-2", -2.0), ("\t0012.50\n", 12.5), ("0.1234567890123456789", 0.1234567890123456789),
    ])
    func decimals(text: String, value: Double) {
        #expect(span(text) { $0.decimalValue() } == .value(value))
    }

    @Test("not xs:decimal", arguments: ["", " ", ".", "+", "1e5", "1E5", "0x10", "inf", "NaN", "3 7", "37..5", "1.2.3", "1,2,3", "--1"])
    func notDecimals(text: String) {
        #expect(span(text) { $0.decimalValue() } == .invalid)
    }

    @Test func decimalComma() {
        #expect(span("37,5") { $0.decimalValue() } == .decimalComma(corrected: "37.5"))
        #expect(span(" 7,25 ") { $0.decimalValue() } == .decimalComma(corrected: "7.25"))
    }

    @Test func integers() {
        #expect(span(" 5 ") { $0.integerValue() } == 5)
        #expect(span("+20") { $0.integerValue() } == 20)
        #expect(span("-1") { $0.integerValue() } == -1)
        #expect(span("4.0") { $0.integerValue() } == nil)
        #expect(span("") { $0.integerValue() } == nil)
        #expect(span("99999999999999999999999") { $0.integerValue() } == 1_000_000_000_000_000)
    }

    @Test func booleans() {
        #expect(span("true") { $0.booleanValue() } == true)
        #expect(span(" 1 ") { $0.booleanValue() } == true)
        #expect(span("0") { $0.booleanValue() } == false)
        #expect(span("false") { $0.booleanValue() } == false)
        #expect(span("True") { $0.booleanValue() } == nil)
        #expect(span("yes") { $0.booleanValue() } == nil)
    }

    @Test func dates() {
        #expect(span("2025-03-01") { $0.dateValue() } == ymd(2025, 3, 1))
        #expect(span(" 2025-03-01Z ") { $0.dateValue() } == ymd(2025, 3, 1))
        #expect(span("2025-03-01+14:00") { $0.dateValue() } == ymd(2025, 3, 1))
        #expect(span("2025-03-01-05:30") { $0.dateValue() } == ymd(2025, 3, 1))
        #expect(span("2024-02-29") { $0.dateValue() } == ymd(2024, 2, 29))
        for bad in ["2025-02-29", "2025-3-01", "2025-03-1", "25-03-01", "2025-03-01T00:00:00", "2025-03-01+15:00", "2025-03-01 Z", "0000-01-01", "2025/03/01"] {
            #expect(span(bad) { $0.dateValue() } == nil, "\(bad)")
        }
    }

    @Test func dateTimes() {
        for good in ["2025-04-02T06:15:00", " 2025-04-02T06:15:00.5+02:00 ", "2025-04-02T24:00:00Z", "2025-04-02T23:59:59.999"] {
            #expect(span(good) { $0.isDateTime() }, "\(good)")
        }
        for bad in ["2025-04-02 06:15:00", "2025-04-02T06:15", "2025-04-02T24:00:01", "2025-04-02T06:60:00", "2025-04-31T06:00:00", "2025-04-02T06:15:00."] {
            #expect(!span(bad) { $0.isDateTime() }, "\(bad)")
        }
    }

    @Test func periodsAndMunicipalities() {
        #expect(span(" 2025-03 ") { $0.yearMonthValue() } == YearMonth(year: 2025, month: 3))
        #expect(span("2025-13") { $0.yearMonthValue() } == nil)
        #expect(span("2025-3") { $0.yearMonthValue() } == nil)
        #expect(span("657") { $0.isDigits(count: 3) })
        #expect(!span(" 657") { $0.isDigits(count: 3) })
        #expect(!span("6570") { $0.isDigits(count: 3) })
        #expect(span("0301") { $0.isDigits(count: 4) })
    }
}
