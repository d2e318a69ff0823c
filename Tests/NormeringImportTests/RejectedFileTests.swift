import Foundation
import NormeringCore
import Testing
@testable import NormeringImport

/// A file rejected as a whole gives one error and no follow-on messages; every record is still
/// accounted for.
@Suite("Files rejected whole")
struct RejectedFileTests {
    /// A new folder holding copies of fixtures (relative name → fixture), removed by `remove()`.
    struct Folder {
        let path = NSTemporaryDirectory() + "normering-rejected-\(UUID().uuidString)"

        init(_ files: [String: String]) throws {
            for (name, source) in files {
                let target = path + "/" + name
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: fixture(source), toPath: target)
            }
        }

        func file(_ name: String) -> String { path + "/" + name }

        /// Keeps the first `lines` lines of a file.
        func cut(_ name: String, afterLine lines: Int) throws {
            let text = try String(contentsOfFile: file(name), encoding: .utf8)
            let kept = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(lines).joined(separator: "\n") + "\n"
            try Data(kept.utf8).write(to: URL(fileURLWithPath: file(name)))
        }

        func run(workers: Int = 1, periods: ClosedRange<YearMonth>? = nil) throws -> ImportResult {
            Importer(options: ImportOptions(workers: workers, periods: periods)).run(files: try ExportFinder.find([path]))
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    static let example = ["enrolment.xml": "example/enrolment-2025-03.xml", "staffing.xml": "example/staffing-2025-03.xml"]

    @Test func aCutOffStaffingFileGivesOneErrorAndNoMissingStaffingWarnings() throws {
        let folder = try Folder(Self.example)
        defer { folder.remove() }
        let whole = try folder.run()
        try folder.cut("staffing.xml", afterLine: 11) // inside <institution id="657-101">
        let result = try folder.run()
        #expect(result.diagnostics.map(\.formatted) == [
            folder.file("staffing.xml") + ":11:78: error: the file ends before </institution> (opened at line 3, column 111) "
                + "and </staffing>; it looks cut off — export it again",
        ])
        // The enrolment is used; the staffing's records read before the cut are rejected.
        #expect(result.statistics.recordsUsed == whole.statistics.recordsUsed - 10)
        #expect(result.statistics.recordsRejected == 6 && result.statistics.addsUp)
        #expect(result.dataset.institutionMonths.allSatisfy { !$0.hasStaffing })
    }

    /// The control: without a rejected staffing file, missing staffing is warned about.
    @Test func aMissingStaffingFileIsStillWarnedAbout() throws {
        let folder = try Folder(["enrolment.xml": "example/enrolment-2025-03.xml"])
        defer { folder.remove() }
        let result = try folder.run()
        #expect(result.diagnostics.filter { $0.code == "missing-staffing" }.count == result.dataset.institutionMonths.count)
        #expect(!result.diagnostics.isEmpty)
    }

    @Test func aFileOfAnotherPeriodCutOffLeavesThisPeriodsWarnings() throws {
        let folder = try Folder(["enrolment.xml": "example/enrolment-2025-03.xml", "staffing-2025-04.xml": "example/staffing-2025-03.xml"])
        defer { folder.remove() }
        let april = try String(contentsOfFile: folder.file("staffing-2025-04.xml"), encoding: .utf8)
            .replacingOccurrences(of: "2025-03", with: "2025-04")
        try Data(april.utf8).write(to: URL(fileURLWithPath: folder.file("staffing-2025-04.xml")))
        try folder.cut("staffing-2025-04.xml", afterLine: 11)
        let result = try folder.run()
        #expect(result.diagnostics.filter { $0.code == "missing-staffing" }.count == 3)
        #expect(result.errorCount == 1)
    }
}

extension ImportResult {
    var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
}
