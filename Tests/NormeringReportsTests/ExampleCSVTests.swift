import NormeringCore
import Testing
@testable import NormeringReports

/// The worked example's expected CSV reports, reproduced byte for byte.
@Suite struct ExampleCSVTests {
    let evaluation = OneMonthExample.evaluation
    let importResult = OneMonthExample.importResult

    @Test func findingsMatchTheExampleByteForByte() throws {
        let expected = try #require(Golden.bytes("one-month-expected/findings.csv"))
        let actual = findingsCSV(evaluation.findings, dialect: .rfc4180)
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(actual == expected)
    }

    @Test func normeringMatchesTheExampleByteForByte() throws {
        let expected = try #require(Golden.bytes("one-month-expected/normering.csv"))
        let actual = normeringCSV(evaluation.normering, dialect: .rfc4180)
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(actual == expected)
    }

    @Test func rejectsMatchTheExampleByteForByte() throws {
        let expected = try #require(Golden.bytes("one-month-expected/rejects.csv"))
        #expect(RejectsCSV.render(importResult.diagnostics, dialect: .rfc4180) == expected)
    }

    @Test func theRendererWritesTheExampleFilesInDefaultSettings() throws {
        let files = runReports(evaluation, importSummary: importResult.summary, settings: ReportSettings(rules: danishRules))
        #expect(files.map(\.name) == ["findings.csv", "normering.csv", "rejects.csv", "summary.txt"])
        for name in ["findings.csv", "normering.csv", "rejects.csv"] {
            let expected = try #require(Golden.bytes("one-month-expected/\(name)"))
            #expect(files.first { $0.name == name }?.bytes == expected, "\(name)")
        }
    }
}
