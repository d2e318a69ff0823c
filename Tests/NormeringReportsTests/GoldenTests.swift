import NormeringCore
import NormeringTestSupport
import Testing
@testable import NormeringReports

/// Every report of both fixtures, in both dialects and both languages, against its
/// golden file.
@Suite struct GoldenTests {
    static let fixtures: [(name: String, evaluation: Evaluation, importResult: ImportResult)] = [
        ("one-month", OneMonthExample.evaluation, OneMonthExample.importResult),
        ("troubled", TroubledFixture.evaluation, TroubledFixture.importResult),
    ]

    @Test(arguments: [0, 1], CSVDialect.allCases)
    func csvReports(fixture: Int, dialect: CSVDialect) {
        let f = Self.fixtures[fixture]
        let files = runReports(f.evaluation, importSummary: f.importResult.summary,
                                          settings: ReportSettings(rules: danishRules, formats: [.csv], dialect: dialect))
        #expect(files.map(\.name) == ["findings.csv", "normering.csv", "rejects.csv"])
        for file in files {
            Golden.check(file.bytes, "\(f.name)/\(dialect.rawValue)/\(file.name)")
        }
    }

    @Test(arguments: [0, 1], ReportLanguage.allCases)
    func summary(fixture: Int, language: ReportLanguage) {
        let f = Self.fixtures[fixture]
        let bytes = summaryText(f.evaluation, rules: danishRules, importSummary: f.importResult.summary, language: language,
                                       cost: Golden.cost)
        Golden.check(bytes, "\(f.name)/summary-\(language.rawValue).txt")
    }

    @Test(arguments: [0, 1])
    func json(fixture: Int) {
        let f = Self.fixtures[fixture]
        Golden.check(findingsJSON(f.evaluation.findings), "\(f.name)/findings.json")
    }
}
