import Foundation
import NormeringCore
import NormeringTestSupport
import Testing
@testable import NormeringReports

@Suite struct SummaryTests {
    static let veryLong = String(repeating: "Børnehuset Æblegården Øster Åby ", count: 6)

    /// The troubled fixture with every name made far too long.
    static let longNamed: Evaluation = {
        let source = TroubledFixture.evaluation
        var findings = source.findings
        for index in findings.indices where !findings[index].institutionName.isEmpty {
            findings[index].institutionName = veryLong + findings[index].institutionID
            findings[index].unit = findings[index].unit.isEmpty ? "" : veryLong
        }
        let coverage = source.subjectCoverage.map { item -> SubjectCoverage in
            var item = item
            item.subject = veryLong
            return item
        }
        return Evaluation(findings: findings, normering: source.normering, subjectCoverage: coverage)
    }()

    static let cases: [(Evaluation, ImportResult)] = [
        (OneMonthExample.evaluation, OneMonthExample.importResult),
        (TroubledFixture.evaluation, TroubledFixture.importResult),
        (longNamed, TroubledFixture.importResult),
        (Evaluation(findings: [], normering: [], subjectCoverage: []),
         ImportResult(dataset: Dataset(institutionMonths: []), diagnostics: [], statistics: ImportStatistics())),
    ]

    @Test(arguments: [0, 1, 2, 3], ReportLanguage.allCases)
    func noLineIsWiderThan100Characters(index: Int, language: ReportLanguage) {
        let (evaluation, importResult) = Self.cases[index]
        let text = String(decoding: summaryText(evaluation, rules: danishRules, importSummary: importResult.summary,
                                                       language: language), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 10)
        for line in lines {
            #expect(line.count <= 100, "\(line.count): \(line)")
        }
        #expect(text.hasSuffix("\n"))
        #expect(!text.contains("\r"))
    }

    @Test func longNamesAreCutWithAnEllipsis() {
        let text = String(decoding: summaryText(Self.longNamed, rules: danishRules,
                                                       importSummary: TroubledFixture.importResult.summary,
                                                       language: .da), as: UTF8.self)
        #expect(text.contains("…"))
        #expect(text.contains("661-110 Børnehuset Æblegården"))
    }

    @Test func danishIsDanishWithDecimalCommas() {
        let text = String(decoding: summaryText(TroubledFixture.evaluation, rules: danishRules,
                                                       importSummary: TroubledFixture.importResult.summary,
                                                       language: .da), as: UTF8.self)
        for word in ["minimumsnormeringen", "pædagoger", "Uddannelsesdækning", "klassekvotienten",
                     "Kompetencedækning", "kr.", "opfylder IKKE", "11,05", "390.000 kr."] {
            #expect(text.contains(word), "\(word)")
        }
        #expect(!text.contains("11.05"))
        #expect(!text.contains("DKK"))
    }

    @Test func theHeadlineAnswersTheQuestionForEachYear() {
        let text = String(decoding: summaryText(TroubledFixture.evaluation, rules: danishRules,
                                                       importSummary: TroubledFixture.importResult.summary,
                                                       language: .en), as: UTF8.self)
        let oneLine = text.replacingOccurrences(of: "\n      ", with: " ")
        #expect(oneLine.contains("2025: 6 legal requirements are NOT met (listed below). "
            + "Municipality 661 does NOT meet the minimum staffing (legal requirement"))
        #expect(oneLine.contains("short by 0.98 FTE, 390,000 DKK a year, on 2 months of data"))
        #expect(oneLine.contains("2023: every legal requirement is met. Municipality 661: the minimum staffing was not in force"))
        let example = String(decoding: summaryText(OneMonthExample.evaluation, rules: danishRules,
                                                          importSummary: OneMonthExample.importResult.summary,
                                                          language: .en), as: UTF8.self)
        #expect(example.contains("2025: every legal requirement is met.\n      Municipality 657 MEETS the minimum staffing"))
    }

    @Test func institutionsAreWorstFirstAndMonthsWithoutStaffingDataDoNotCount() throws {
        let text = String(decoding: summaryText(TroubledFixture.evaluation, rules: danishRules,
                                                       importSummary: TroubledFixture.importResult.summary,
                                                       language: .en), as: UTF8.self)
        let section = try #require(text.components(separatedBy: "Below the minimum staffing").last?
            .components(separatedBy: "Below the trained-staff target").first)
        let solstraalen = try #require(section.range(of: "661-110"))
        let privat = try #require(section.range(of: "661-130"))
        #expect(solstraalen.lowerBound < privat.lowerBound)
        // Æblehaven's only failing month lacks staffing data: it is not listed.
        #expect(!section.contains("661-120"))
    }

    @Test func dataQualityCountsProblemsByKind() {
        let text = String(decoding: summaryText(TroubledFixture.evaluation, rules: danishRules,
                                                       importSummary: TroubledFixture.importResult.summary,
                                                       language: .en), as: UTF8.self)
        #expect(text.contains("missing-attribute              2         0"))
        #expect(text.contains("Records read                    412"))
        #expect(!text.contains("4321"))
    }
}
