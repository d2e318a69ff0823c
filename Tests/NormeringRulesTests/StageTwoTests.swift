import NormeringCore
@testable import NormeringRules
import NormeringTestSupport
import Testing

@Suite("Stage 2, the same every time")
struct StageTwoTests {
    /// 400 generated institution-months over three municipalities and twelve months, and the
    /// one-month example.
    static let months: [InstitutionMonth] = {
        var generator = RecordGenerator(random: SeededGenerator(seed: 31))
        var months = OneMonthExample.dataset.institutionMonths
        for index in 0..<400 {
            months.append(generator.institutionMonth().with(
                municipality: ["657", "101", "0657"][index % 3], id: "G\(index)",
                period: YearMonth(year: 2025, month: 1 + index / 3 % 12)!))
        }
        return months
    }()

    static func evaluated() -> Evaluation {
        let engine = RuleEngine(ruleSet: .danish)
        var table = engine.makeTable()
        for month in months { engine.measure(month, into: &table) }
        return engine.evaluate(table: table)
    }

    /// Each evaluation makes its own dictionaries, whose order changes from one to the next.
    @Test("the same evaluation twice: findings, normering, subject coverage")
    func sameTwice() {
        let one = Self.evaluated()
        let two = Self.evaluated()
        #expect(!one.subjectCoverage.isEmpty && one.normering.contains { $0.trainedShare != nil })
        #expect(two.findings == one.findings)
        #expect(two.normering == one.normering)
        #expect(two.subjectCoverage == one.subjectCoverage)
    }

    /// A municipality's year is the mean of its months, added in calendar order, to the last
    /// bit: not in a dictionary's order, which changes from table to table and run to run.
    @Test("a municipality's year adds its months in calendar order, bit for bit")
    func municipalYearInCalendarOrder() throws {
        let rule: RuleID = "minimum-staffing"
        let evaluation = Self.evaluated()
        var checked = 0
        for municipality in ["657", "101", "0657"] {
            let rows = evaluation.findings.filter { $0.rule == rule && $0.scope == .municipality && $0.municipality == municipality }
            let months = rows.filter { if case .month = $0.period { return true } else { return false } }
                .sorted { ReportPeriod.textOrder($0.period, $1.period) == true }
            let year = try #require(rows.first { $0.period == .year(2025) })
            #expect(months.count == 12 && year.months == 12)
            let sum = months.reduce(0.0) { $0 + $1.value }
            #expect(year.value == sum * (1 / Double(months.count)), "\(municipality)")
            checked += 1
        }
        #expect(checked == 3)
    }
}
