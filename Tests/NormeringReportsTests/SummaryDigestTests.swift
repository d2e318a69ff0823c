import NormeringCore
import NormeringTestSupport
import Testing
@testable import NormeringReports

/// summary.txt made from a digest and headline gathered year by year is the summary of the
/// whole run, byte for byte, and the digest keeps no more than the summary can show.
@Suite struct SummaryDigestTests {
    static let fixtures: [(name: String, evaluation: Evaluation, importResult: ImportResult)] = [
        ("one-month", OneMonthExample.evaluation, OneMonthExample.importResult),
        ("troubled", TroubledFixture.evaluation, TroubledFixture.importResult),
    ]

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test(arguments: [0, 1], ReportLanguage.allCases)
    func fixtureYearByYearMatchesItsGoldenFile(fixture: Int, language: ReportLanguage) {
        let f = Self.fixtures[fixture]
        let parts = GeneratedRun.byYear(f.evaluation)
        #expect(parts.count == (fixture == 0 ? 1 : 2))
        let bytes = Self.byYear(f.evaluation, f.importResult.summary, language)
        Golden.check(bytes, "\(f.name)/summary-\(language.rawValue).txt")
        Self.expectSame(bytes, summaryText(f.evaluation, rules: danishRules, importSummary: f.importResult.summary,
                                                  language: language, cost: Golden.cost))
    }

    @Test(arguments: ReportLanguage.allCases)
    func generatedRunYearByYearMatchesTheWholeRun(language: ReportLanguage) {
        let run = GeneratedRun.evaluation
        let summary = TroubledFixture.importResult.summary
        let byYear = Self.byYear(run, summary, language)
        let whole = summaryText(run, rules: danishRules, importSummary: summary, language: language, cost: Golden.cost)
        #expect(GeneratedRun.byYear(run).count == 3)
        Self.expectSame(byYear, whole)
    }

    /// The generated run reaches every limit: more institutions below than listed in each
    /// year from 2024 on, more classes and childminders over the cap than listed.
    @Test func generatedRunOverflowsEveryList() {
        let labels = SummaryLabels.forLanguage(.en)
        let text = Self.text(Self.byYear(GeneratedRun.evaluation, TroubledFixture.importResult.summary, .en))
        let digest = GeneratedRun.digestByYear(GeneratedRun.evaluation)
        for year in [2024, 2025] {
            let minimum = digest.belowMinimum[year]
            let trained = digest.belowTarget[year]
            #expect((minimum?.count ?? 0) > SummaryText.listLimit)
            #expect((trained?.count ?? 0) > SummaryText.listLimit)
            #expect(minimum?.rows.count == SummaryText.listLimit)
            #expect(trained?.rows.count == SummaryText.listLimit)
            if let minimum {
                #expect(text.contains(labels.andMore(minimum.count - SummaryText.listLimit)))
            }
        }
        #expect(digest.classesOver.count > SummaryText.classLimit)
        #expect(digest.childmindersOver.count > SummaryText.classLimit)
        #expect(text.contains(labels.andMore(digest.classesOver.count - SummaryText.classLimit)))
        #expect(text.contains(labels.andMore(digest.childmindersOver.count - SummaryText.classLimit)))
        // Ties in the ranking: equal gaps with equal months below, ranked by id.
        let rows = digest.belowMinimum[2024]?.rows ?? []
        let tied = zip(rows, rows.dropFirst()).filter { $0.gap == $1.gap && $0.monthsBelow == $1.monthsBelow }
        #expect(!tied.isEmpty)
        for (a, b) in tied {
            #expect(a.named.institutionID.codePointPrecedes(b.named.institutionID))
        }
    }

    /// Schools whose coverage stops in an earlier year still show their latest month, with the
    /// subjects of that month.
    @Test func latestCoverageComesFromTheYearItFallsIn() {
        let digest = GeneratedRun.digestByYear(GeneratedRun.evaluation)
        #expect(digest.latestCoverage.count == GeneratedRun.municipalities.count * 3)
        let latestYears = Set(digest.latestCoverage.values.map(\.finding.period.year))
        #expect(latestYears == [2023, 2024, 2025])
        for school in digest.latestCoverage.values {
            #expect(school.subjects.count == GeneratedRun.subjects.count)
            #expect(school.subjects.allSatisfy { ReportPeriod.month($0.period) == school.finding.period })
        }
    }

    /// What the digest keeps does not grow with the number of findings: four times the
    /// daycares, schools and childminders keep lists of the same length.
    @Test func keptRowsAreBoundedByTheLimits() {
        let small = GeneratedRun.digestByYear(GeneratedRun.evaluation)
        let large = GeneratedRun.make(daycares: 56, schools: 12, childminders: 16, seed: 7)
        #expect(large.findings.count > 4 * GeneratedRun.evaluation.findings.count - 5_000)
        let digest = GeneratedRun.digestByYear(large)
        for table in [digest.belowMinimum, digest.belowTarget] {
            #expect(table.keys.sorted() == [2023, 2024, 2025])
            for ranked in table.values {
                #expect(ranked.rows.count <= SummaryText.listLimit)
            }
        }
        #expect(digest.classesOver.rows.count == SummaryText.classLimit)
        #expect(digest.childmindersOver.rows.count == SummaryText.classLimit)
        #expect(digest.classesOver.count > small.classesOver.count)
        // Part 1 keeps a few rows a municipality and year.
        let places = GeneratedRun.municipalities.count * 3
        #expect(GeneratedRun.headlineByYear(large).years.map(\.municipalTests.count).reduce(0, +) == places)
        #expect(digest.headlineNormering.count == places)
        #expect(digest.municipalShares.count <= 2 * places)
        // One latest coverage row a school, the scope one entry a municipality and month.
        #expect(digest.latestCoverage.count == GeneratedRun.municipalities.count * 12)
        #expect(digest.scope.municipalities.count == GeneratedRun.municipalities.count)
        #expect(digest.scope.months.count == GeneratedRun.months.count)
    }

    /// A digest of the whole run added at once equals the one added year by year.
    @Test(arguments: ReportLanguage.allCases)
    func wholeAndYearByYearGiveTheSameBytes(language: ReportLanguage) {
        let run = GeneratedRun.make(daycares: 25, schools: 2, childminders: 3, seed: 99)
        let summary = OneMonthExample.importResult.summary
        let whole = summaryText(run, rules: danishRules, importSummary: summary, language: language, cost: Golden.cost)
        Self.expectSame(whole, Self.byYear(run, summary, language))
    }

    /// An empty digest writes the summary of an empty run.
    @Test(arguments: ReportLanguage.allCases)
    func emptyDigest(language: ReportLanguage) {
        let empty = Evaluation(findings: [], normering: [], subjectCoverage: [])
        let summary = OneMonthExample.importResult.summary
        var digest = SummaryDigest(rules: danishRules)
        digest.add(empty)
        let headline = Headline(rules: danishRules)
        let fresh = SummaryText.render(digest: SummaryDigest(rules: danishRules), headline: headline, importSummary: summary,
                                       language: language)
        let text = Self.text(fresh)
        #expect(text.contains(SummaryLabels.forLanguage(language).noMinimumStaffing.prefix(30)))
        Self.expectSame(SummaryText.render(digest: digest, headline: headline, importSummary: summary,
                                           language: language), fresh)
    }

    /// summary.txt from a digest and a headline each gathered year by year, as `check` does.
    static func byYear(_ evaluation: Evaluation, _ summary: ImportSummary, _ language: ReportLanguage) -> [UInt8] {
        SummaryText.render(digest: GeneratedRun.digestByYear(evaluation), headline: GeneratedRun.headlineByYear(evaluation),
                           importSummary: summary, language: language, cost: Golden.cost)
    }

    /// Expects the same bytes; on a difference names its first line (not every byte).
    static func expectSame(_ actual: [UInt8], _ expected: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let same = actual == expected
        #expect(same, "\(firstDifference(actual, expected))", sourceLocation: sourceLocation)
    }

    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let x = text(a).split(separator: "\n", omittingEmptySubsequences: false)
        let y = text(b).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, pair) in zip(x, y).enumerated() where pair.0 != pair.1 {
            return "line \(index + 1):\n  actual:   \(pair.0)\n  expected: \(pair.1)"
        }
        return "line count \(x.count) vs \(y.count)"
    }
}
