import NormeringConfig
import NormeringCore
@testable import NormeringRules
import NormeringTestSupport
import Testing

@Suite("normering.csv's share columns")
struct NormeringTableTests {
    static let shareRules = [RuleID.trainedShare, RuleID.pedagogueShare]

    /// Rows and findings over a few periods, scopes, municipalities and ids, both in report
    /// order; duplicate share findings (the last counts), findings with a unit and of other
    /// rules (not shares), and rows without any finding.
    static func sortedCase(_ random: inout SeededGenerator, ids: [String], municipalities: [String],
                           rows rowCount: Int, findings findingCount: Int) -> ([NormeringRow], [Finding]) {
        let periods: [ReportPeriod] = [.year(2025), .month(month("2025-01")), .month(month("2025-02")), .year(12_345)]
        let scopes: [Scope] = [.institution, .municipality]
        let rules = shareRules + ["minimum-staffing", "class-size"]
        var rows: [NormeringRow] = []
        for _ in 0..<rowCount {
            rows.append(NormeringRow(
                period: periods.randomElement(using: &random)!, scope: scopes.randomElement(using: &random)!,
                municipality: municipalities.randomElement(using: &random)!, institutionID: ids.randomElement(using: &random)!,
                months: 1, childrenUnder3: 0, childrenOver3: 0, staff: 0, required: 0, gapFTE: 0, gapCost: 0,
                ratioUnder3: nil, ratioOver3: nil, trainedShare: nil, pedagogueShare: nil, status: .pass))
        }
        var findings: [Finding] = []
        for position in 0..<findingCount {
            findings.append(Finding(
                period: periods.randomElement(using: &random)!, scope: scopes.randomElement(using: &random)!,
                municipality: municipalities.randomElement(using: &random)!, institutionID: ids.randomElement(using: &random)!,
                unit: Int.random(in: 0..<5, using: &random) == 0 ? "1A" : "", rule: rules.randomElement(using: &random)!,
                severity: .target, status: .pass, value: Double(position), valueFormat: .share, source: "s"))
        }
        rows.sort(by: NormeringRow.reportOrder)
        Finding.sortForReport(&findings)
        return (rows, findings)
    }

    /// The rows filled by `fillShares`, and by look-ups.
    static func filledBothWays(_ rows: [NormeringRow], _ findings: [Finding]) -> ([NormeringRow], [NormeringRow]) {
        var filled = rows
        NormeringTable.fillShares(of: &filled, from: findings, catalog: RuleSet.danish.catalog)
        var looked = rows
        NormeringTable.fillSharesByLookUp(of: &looked, from: findings, catalog: RuleSet.danish.catalog)
        return (filled, looked)
    }

    @Test("walking both lists in report order fills what look-ups fill, the last of duplicates counting")
    func walkEqualsLookUp() {
        var random = SeededGenerator(seed: 19)
        let ids = ["", "657-101", "657-11", "657-2", "A", "a", "Z9"]
        let municipalities = ["657", "101", "0657"]
        for (rowCount, findingCount) in [(0, 5), (1, 0), (1, 1), (3, 40), (50, 10), (200, 2_000), (2_000, 500)] {
            let (rows, findings) = Self.sortedCase(&random, ids: ids, municipalities: municipalities,
                                                   rows: rowCount, findings: findingCount)
            let (walked, looked) = Self.filledBothWays(rows, findings)
            #expect(walked == looked, "\(rowCount) rows, \(findingCount) findings")
            if rowCount >= 200 {
                // The case is not trivial: some rows get a share, some do not.
                #expect(walked.contains { $0.trainedShare != nil } && walked.contains { $0.trainedShare == nil })
                #expect(walked.contains { $0.pedagogueShare != nil })
            }
        }
    }

    @Test("ids that are not ASCII (one canonically equal to another) are filled by look-ups")
    func notASCII() {
        var random = SeededGenerator(seed: 23)
        // U+212A KELVIN SIGN equals "K"; "Å" precomposed and decomposed are equal too.
        let ids = ["K", "\u{212A}", "\u{C5}", "A\u{30A}", "Ø-1"]
        let municipalities = ["657", "Ærø"]
        for (rowCount, findingCount) in [(20, 200), (300, 3_000)] {
            let (rows, findings) = Self.sortedCase(&random, ids: ids, municipalities: municipalities,
                                                   rows: rowCount, findings: findingCount)
            let (filled, looked) = Self.filledBothWays(rows, findings)
            #expect(filled == looked)
            #expect(filled.contains { $0.trainedShare != nil })
        }
    }

    @Test("rows all ASCII, a later share finding not: it counts as look-ups count it (K and KELVIN SIGN are one id)")
    func notASCIIShareAfterASCIIRows() {
        let row = NormeringRow(
            period: .month(month("2025-01")), scope: .institution, municipality: "657", institutionID: "K",
            months: 1, childrenUnder3: 0, childrenOver3: 0, staff: 0, required: 0, gapFTE: 0, gapCost: 0,
            ratioUnder3: nil, ratioOver3: nil, trainedShare: nil, pedagogueShare: nil, status: .pass)
        var findings = ["K", "\u{212A}"].enumerated().map { position, id in
            Finding(period: .month(month("2025-01")), scope: .institution, municipality: "657", institutionID: id,
                    rule: RuleID.trainedShare, severity: .target, status: .pass,
                    value: position == 0 ? 0.25 : 0.75, valueFormat: .share, source: "s")
        }
        Finding.sortForReport(&findings)
        #expect(findings.map(\.value) == [0.25, 0.75])
        var rows = [row]
        NormeringTable.fillShares(of: &rows, from: findings, catalog: RuleSet.danish.catalog)
        // The last of the two equal keys counts, as in fillSharesByLookUp.
        #expect(rows[0].trainedShare == 0.75)
        #expect(rows == Self.filledBothWays([row], findings).1)
    }

    @Test("a share already in a row is replaced, and cleared where no finding gives one")
    func sharesReplaced() {
        let row = NormeringRow(
            period: .month(month("2025-01")), scope: .institution, municipality: "657", institutionID: "657-1",
            months: 1, childrenUnder3: 0, childrenOver3: 0, staff: 0, required: 0, gapFTE: 0, gapCost: 0,
            ratioUnder3: nil, ratioOver3: nil, trainedShare: 0.5, pedagogueShare: 0.25, status: .pass)
        let finding = Finding(
            period: .month(month("2025-01")), scope: .institution, municipality: "657", institutionID: "657-1",
            rule: RuleID.trainedShare, severity: .target, status: .pass, value: 0.75, valueFormat: .share,
            source: "s")
        var rows = [row]
        NormeringTable.fillShares(of: &rows, from: [finding], catalog: RuleSet.danish.catalog)
        #expect(rows[0].trainedShare == 0.75)
        #expect(rows[0].pedagogueShare == nil)
    }
}
