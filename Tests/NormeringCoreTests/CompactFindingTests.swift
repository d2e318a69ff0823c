import Testing
@testable import NormeringCore

@Suite("Compact findings")
struct CompactFindingTests {
    @Test("an optional figure gives back what it was given")
    func optionalFigureRoundTrip() {
        for value: Double? in [nil, 0, -0.0, 1.5, -2.25, .infinity, -.infinity, .greatestFiniteMagnitude,
                               .leastNonzeroMagnitude] {
            #expect(OptionalFigure(value).value == value)
        }
        #expect(OptionalFigure(.nan).value?.isNaN == true)
        // A NaN carrying exactly the bits that mean "absent" is still a NaN, not nil.
        let absentBits = Double(bitPattern: 0x7FF8_6E6F_6E65_0001)
        #expect(OptionalFigure(absentBits).value?.isNaN == true)
    }

    @Test("an optional figure compares and hashes as a Double? does")
    func optionalFigureEquality() {
        #expect(OptionalFigure(0) == OptionalFigure(-0.0))
        #expect(OptionalFigure(0).hashValue == OptionalFigure(-0.0).hashValue)
        #expect(OptionalFigure(nil) == OptionalFigure(nil))
        #expect(OptionalFigure(nil) != OptionalFigure(0))
        #expect(OptionalFigure(.nan) != OptionalFigure(.nan))
        #expect(OptionalFigure(1) != OptionalFigure(2))
    }

    @Test("a finding's optional figures read back, and a finding stays small")
    func findingFigures() {
        var finding = Finding(period: .year(2025), scope: .municipality, municipality: "657", rule: "r",
                              severity: .legal, status: .pass, value: 1, valueFormat: .count,
                              threshold: 3, gapFTE: nil, gapCost: -0.0, source: "§")
        #expect(finding.threshold == 3)
        #expect(finding.gapFTE == nil)
        #expect(finding.gapCost == 0)
        finding.threshold = nil
        finding.gapFTE = 2.5
        #expect(finding.threshold == nil)
        #expect(finding.gapFTE == 2.5)
        #expect(MemoryLayout<Finding>.stride <= 104)
    }
}

extension CompactFindingTests {
    @Test("a finding's period reads back: months, years, and years outside four digits")
    func findingPeriod() {
        let periods: [ReportPeriod] = [.year(2025), .year(0), .year(-3), .year(123_456), .year(Int.max),
                                       .month(YearMonth(year: 2025, month: 1)!), .month(YearMonth(year: 2025, month: 12)!),
                                       .month(YearMonth(year: -1, month: 7)!)]
        for period in periods {
            var finding = Finding(period: period, scope: .municipality, municipality: "657", rule: "r",
                                  severity: .legal, status: .pass, value: 1, valueFormat: .count, months: 12, source: "§")
            #expect(finding.period == period)
            #expect(finding.months == 12)
            finding.period = .year(1999)
            #expect(finding.period == .year(1999))
        }
    }
}
