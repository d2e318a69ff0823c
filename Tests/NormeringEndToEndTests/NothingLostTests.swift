import Foundation
import NormeringTestSupport
import Testing
import NormeringCore
import NormeringImport
import NormeringPipeline
import NormeringSample

/// Every record of the input is used, ignored or rejected, and the counts add up — also
/// when faults are injected at random into generated exports.
@Suite("Nothing lost")
struct NothingLostTests {
    /// Ways to break one record line, each an error the importer must report.
    static let faults: [@Sendable (String) -> String?] = [
        { $0.replacingFirst(#"hours=""#, with: #"hours="x"#) },
        { $0.replacingFirst(#"birthDate=""#, with: #"birthDate="2025-02-30" x=""#) },
        { $0.replacingFirst(#" id=""#, with: #" ident=""#) },
        { $0.replacingFirst(#"pupils=""#, with: #"pupils="-"#) },
        { $0.replacingFirst(#"role=""#, with: #"role="chef"#) },
        { $0.replacingFirst(#"grade=""#, with: #"grade="11" g=""#) },
        { $0.replacingFirst("/>", with: #" unknown="1"/>"#) },
    ]

    static let recordTags = ["<employee ", "<child ", "<class ", "<pupils "]

    /// How many record start tags the text holds (the generator writes one per line).
    static func recordCount(_ text: String) -> Int {
        recordTags.reduce(0) { $0 + text.components(separatedBy: $1).count - 1 }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func injectedFaultsAreRejectedAndTheCountsAddUp(seed: UInt64) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = SampleOptions(institutions: 8, schools: 2, months: 2, seed: seed, institutionsPerFile: 4)
        try SampleGenerator(options: options).write(to: folder.path)

        var random = SeededGenerator(seed: seed)
        var recordsInInput = 0
        var broken = 0
        for path in try ExportFinder.find([folder.path]) where !path.contains("family") {  // UTF-8 files only
            let text = try String(contentsOfFile: path, encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            for index in lines.indices where Self.recordCount(lines[index]) == 1 {
                recordsInInput += 1
                guard Int.random(in: 0..<20, using: &random) == 0 else { continue }
                let fault = Self.faults[Int.random(in: 0..<Self.faults.count, using: &random)]
                if let changed = fault(lines[index]), changed != lines[index] {
                    lines[index] = changed
                    broken += 1
                }
            }
            try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        }
        for path in try ExportFinder.find([folder.path]) where path.contains("family") {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            recordsInInput += Self.recordCount(String(decoding: bytes, as: UTF8.self))
        }
        #expect(broken > 5)

        let files = try ExportFinder.find([folder.path])
        let outcome = try runCheck(CheckRun(), files: files)
        let stats = outcome.importSummary.statistics
        // The records the rules get: those of the same import, kept whole.
        let dataset = Importer().gather(files: files).dataset
        var recordsInFigures = 0
        for month in dataset.institutionMonths {
            recordsInFigures += month.employees.count + month.children.count
            recordsInFigures += month.classes.count + month.sfoPupils.count
        }
        #expect(stats.recordsRead == recordsInInput)
        #expect(stats.recordsRead == stats.recordsUsed + stats.recordsIgnored + stats.recordsRejected)
        #expect(stats.recordsUsed == recordsInFigures)
        // Each broken record is rejected (alone or with what holds it), never silently used.
        let errors = outcome.importSummary.diagnostics.filter { $0.severity == .error }
        #expect(stats.recordsRejected >= broken)
        #expect(errors.count >= 1)
        #expect(outcome.status == .inputOrUsage)
        // The data-quality part of the summary gives the same counts.
        let summary = try #require(outcome.reports.first { $0.name == "summary.txt" }).text
        for count in [stats.recordsRead, stats.recordsUsed, stats.recordsRejected] {
            #expect(summary.contains(" \(count)\n"), "summary lacks \(count)")
        }
    }
}

extension String {
    /// The text with the first `target` replaced, or `nil` when there is none.
    func replacingFirst(_ target: String, with replacement: String) -> String? {
        guard let range = range(of: target) else { return nil }
        return replacingCharacters(in: range, with: replacement)
    }
}
