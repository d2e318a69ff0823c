import NormeringTestSupport
import Testing
@testable import NormeringCore

/// The report order as first written: every key as text, compared in code-point order.
private func referenceOrder(_ a: Finding, _ b: Finding) -> Bool {
    let keysA = [a.period.description, a.scope.rawValue, a.institutionID, a.unit, a.rule.rawValue, a.municipality]
    let keysB = [b.period.description, b.scope.rawValue, b.institutionID, b.unit, b.rule.rawValue, b.municipality]
    for (x, y) in zip(keysA, keysB) where x != y {
        return x.codePointPrecedes(y)
    }
    return false
}

private func referenceOrder(_ a: NormeringRow, _ b: NormeringRow) -> Bool {
    let keysA = [a.period.description, a.scope.rawValue, a.institutionID, a.municipality]
    let keysB = [b.period.description, b.scope.rawValue, b.institutionID, b.municipality]
    for (x, y) in zip(keysA, keysB) where x != y {
        return x.codePointPrecedes(y)
    }
    return false
}

@Suite("Report order without texts")
struct ReportOrderTests {
    /// Years with four digits and others (short, long, negative), months and year rows.
    static let periods: [ReportPeriod] = [-12, -1, 0, 7, 99, 999, 1000, 2024, 2025, 9999, 10000, 20251].flatMap { year in
        [ReportPeriod.year(year)] + [1, 2, 9, 10, 12].compactMap { YearMonth(year: year, month: $0).map(ReportPeriod.month) }
    }

    @Test("a period's order equals the code-point order of its text, for every pair")
    func periodOrder() {
        for a in Self.periods {
            for b in Self.periods {
                let texts = a.description == b.description ? nil : a.description.codePointPrecedes(b.description)
                #expect(ReportPeriod.textOrder(a, b) == texts, "\(a) \(b)")
                #expect((a < b) == (texts ?? false))
            }
        }
    }

    @Test("findings and normering rows sort as with the texts, and a sorted list is kept as it is")
    func rowsOrder() {
        var random = SeededGenerator(seed: 42)
        let texts = ["", "657", "657-101", "657-11", "Å", "å", "Z", "a", "1A", "class-size", "minimum-staffing"]
        func pick() -> String { texts[Int.random(in: 0..<texts.count, using: &random)] }
        var findings: [Finding] = []
        var rows: [NormeringRow] = []
        for _ in 0..<600 {
            let period = Self.periods[Int.random(in: 0..<Self.periods.count, using: &random)]
            let scope: Scope = Bool.random(using: &random) ? .institution : .municipality
            findings.append(Finding(period: period, scope: scope, municipality: pick(), institutionID: pick(), unit: pick(),
                                    rule: RuleID(pick()), severity: .legal, status: .pass, value: 1, valueFormat: .count,
                                    source: "s"))
            rows.append(NormeringRow(period: period, scope: scope, municipality: pick(), institutionID: pick(), months: 1,
                                     childrenUnder3: 0, childrenOver3: 0, staff: 0, required: 0, gapFTE: 0, gapCost: 0,
                                     ratioUnder3: nil, ratioOver3: nil, trainedShare: nil, pedagogueShare: nil,
                                     status: .pass))
        }
        for a in findings.prefix(200) {
            for b in findings.prefix(200) { #expect(Finding.reportOrder(a, b) == referenceOrder(a, b)) }
        }
        for a in rows.prefix(200) {
            for b in rows.prefix(200) { #expect(NormeringRow.reportOrder(a, b) == referenceOrder(a, b)) }
        }
        let evaluation = Evaluation(findings: findings, normering: rows, subjectCoverage: [])
        #expect(evaluation.findings == findings.sorted(by: referenceOrder))
        #expect(evaluation.normering == rows.sorted(by: referenceOrder))
        let again = Evaluation(findings: evaluation.findings, normering: evaluation.normering, subjectCoverage: [])
        #expect(again.findings == evaluation.findings && again.normering == evaluation.normering)
    }
}
