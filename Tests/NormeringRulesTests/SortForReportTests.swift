import NormeringCore
@testable import NormeringRules
import NormeringTestSupport
import Testing

@Suite("Findings put in report order in place")
struct SortForReportTests {
    @Test("the in-place sort equals a stable sort by Finding.reportOrder, duplicates kept in input order")
    func equalsStableSort() {
        var random = SeededGenerator(seed: 7)
        let ids = ["657-101", "657-11", "657-2", "Å", "a"]
        let rules: [RuleID] = ["class-size", "minimum-staffing", "trained-share"]
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

    @Test("the sort equals a stable sort by Finding.reportOrder over every ordering column, with odd years and shared institutions")
    func rankedSortEqualsStableSort() {
        var random = SeededGenerator(seed: 11)
        // (Not two texts equal under Unicode but not in bytes: `reportOrder` is no strict
        // weak order over those, so no sort of them could be compared with another.)
        let ids = ["657-101", "657-11", "657-2", "Å", "a", ""]
        let municipalities = ["657", "101", "0657", "Ærø"]
        let units = ["", "1A", "10A", "1a", "mdr-ø", "Z"]
        let rules: [RuleID] = ["class-size", "minimum-staffing", "trained-share", "pupils-per-teacher"]
        let periods: [ReportPeriod] = [.year(2025), .year(2024), .year(12_345), .year(7), .month(month("2025-01")),
                                       .month(month("2025-10")), .month(month("2024-12")),
                                       .month(YearMonth(year: 12_345, month: 2)!)]
        // Shared institution objects, as the engine hands them out, and fresh ones.
        let shared = (0..<12).map { index in
            FindingInstitution(municipality: municipalities[index % municipalities.count], id: ids[index % ids.count])
        }
        for size in [0, 1, 2, 5, 300, 3_000] {
            var findings: [Finding] = []
            for position in 0..<size {
                let institution = Bool.random(using: &random)
                    ? shared[Int.random(in: 0..<shared.count, using: &random)]
                    : FindingInstitution(municipality: municipalities.randomElement(using: &random)!,
                                         id: ids.randomElement(using: &random)!)
                findings.append(Finding(
                    period: periods.randomElement(using: &random)!, scope: Scope.allCases.randomElement(using: &random)!,
                    institution: institution, unit: units.randomElement(using: &random)!,
                    rule: rules.randomElement(using: &random)!, severity: .info, status: .info,
                    value: Double(position), valueFormat: .count, source: "s"))
            }
            var sorted = findings
            Finding.sortForReport(&sorted)
            // `value` numbers the input: the same order of values is the same order of rows.
            #expect(sorted.map(\.value) == findings.sorted(by: Finding.reportOrder).map(\.value), "size \(size)")
            #expect(sorted == findings.sorted(by: Finding.reportOrder), "size \(size)")
        }
    }

    @Test("normering rows sorted in place equal a stable sort by NormeringRow.reportOrder, ties in input order")
    func normeringRowsEqualStableSort() {
        var random = SeededGenerator(seed: 13)
        let ids = ["", "657-101", "657-11", "657-2", "Å", "a"]
        let municipalities = ["657", "101", "0657", "Ærø"]
        let periods: [ReportPeriod] = [.year(2025), .year(12_345), .month(month("2025-01")), .month(month("2025-10"))]
        for size in [0, 1, 2, 40, 3_000] {
            let rows = (0..<size).map { position in
                NormeringRow(period: periods.randomElement(using: &random)!,
                             scope: Bool.random(using: &random) ? .institution : .municipality,
                             municipality: municipalities.randomElement(using: &random)!,
                             institutionID: ids.randomElement(using: &random)!, months: position, childrenUnder3: 0,
                             childrenOver3: 0, staff: 0, required: 0, gapFTE: 0, gapCost: 0, ratioUnder3: nil,
                             ratioOver3: nil, trainedShare: nil, pedagogueShare: nil, status: .pass)
            }
            var sorted = rows
            NormeringRow.sortForReport(&sorted)
            // `months` numbers the input, so ties must keep their input order.
            #expect(sorted == rows.sorted(by: NormeringRow.reportOrder), "size \(size)")
        }
    }

    @Test("reorder puts every element where the permutation says, each cycle walked once")
    func reorderFollowsThePermutation() {
        var random = SeededGenerator(seed: 11)
        for size in [0, 1, 2, 3, 10, 257, 5_000] {
            // Heap-allocated strings, so that a lost or doubled element shows (and leaks or crashes).
            let elements = (0..<size).map { "element number \($0) of \(size), long enough for the heap" }
            var orders = [Array(0..<size), Array((0..<size).reversed()), Array(0..<size).shuffled(using: &random)]
            if size > 1 { orders.append(Array(1..<size) + [0]) }  // one cycle through all
            for order in orders {
                var reordered = elements
                reordered.reorder(by: order)
                #expect(reordered == order.map { elements[$0] }, "size \(size)")
            }
        }
    }
}
