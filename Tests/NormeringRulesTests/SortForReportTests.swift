import NormeringCore
@testable import NormeringRules
import Testing

@Suite("Findings put in report order in place")
struct SortForReportTests {
    @Test("the in-place sort by swaps equals a stable sort by Finding.reportOrder, duplicates kept in input order")
    func equalsStableSort() {
        var random = SeededGenerator(seed: 7)
        let ids = ["657-101", "657-11", "657-2", "Å", "a"]
        let rules = ["class-size", "minimum-staffing", "trained-share"]
        for size in [0, 1, 2, 3, 17, 500, 2_000] {
            var findings: [Finding] = []
            for position in 0..<size {
                let period: ReportPeriod = Int.random(in: 0..<4, using: &random) == 0
                    ? .year(2025) : .month(month("2025-0\(Int.random(in: 1...3, using: &random))"))
                findings.append(Finding(
                    period: period, scope: Bool.random(using: &random) ? .institution : .class, municipality: "657",
                    institutionID: ids[Int.random(in: 0..<ids.count, using: &random)],
                    unit: Bool.random(using: &random) ? "" : "1A", rule: rules[Int.random(in: 0..<rules.count, using: &random)],
                    severity: .legal, status: .pass, value: Double(position), valueFormat: .count, source: "s"))
            }
            var sorted = findings
            Finding.sortForReport(&sorted)
            // `value` numbers the input, so equal keys must keep their input order.
            #expect(sorted == findings.sorted(by: Finding.reportOrder), "size \(size)")
        }
    }
}
