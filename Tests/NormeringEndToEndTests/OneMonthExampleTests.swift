import Foundation
import Testing
import NormeringConfig
import NormeringCore
import NormeringImport
import NormeringPipeline

/// The specification's worked example: two exports of March 2025 and the three CSV reports
/// they must give, byte for byte.
@Suite("The one-month example, end to end")
struct OneMonthExampleTests {
    let folder = examplesRoot.appendingPathComponent("one-month")

    @Test func theLibraryWritesTheExpectedReportsByteForByte() throws {
        let files = try ExportFinder.find([folder.path])
        #expect(files.count == 2)
        let outcome = try runCheck(CheckRun(), files: files)
        #expect(outcome.importSummary.diagnostics.isEmpty)
        #expect(outcome.status == .success)
        for name in ["findings.csv", "normering.csv", "rejects.csv"] {
            let expected = try Data(contentsOf: folder.appendingPathComponent("expected/\(name)"))
            let written = try #require(outcome.reports.first { $0.name == name })
            #expect(Data(written.bytes) == expected, "\(name) differs from the example")
        }
    }

    @Test func theExecutableWritesTheExpectedReports() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--quiet", "--output", output.path, "."], in: folder)
        #expect(run.status == 0, "stderr: \(run.standardError)")
        #expect(run.standardOutput.isEmpty)
        for name in ["findings.csv", "normering.csv", "rejects.csv"] {
            let expected = try Data(contentsOf: folder.appendingPathComponent("expected/\(name)"))
            let written = try Data(contentsOf: output.appendingPathComponent(name))
            #expect(written == expected, "\(name) differs from the example")
        }
        let summary = try String(contentsOf: output.appendingPathComponent("summary.txt"), encoding: .utf8)
        #expect(summary.contains("Børnehuset Mælkebøtten") || summary.contains("MEETS"))
    }
}
