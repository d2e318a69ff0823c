import Foundation
import NormeringCore
import Testing
@testable import NormeringImport
import NormeringTestSupport

/// A file rejected as a whole gives one error and no follow-on messages; a file that repeats
/// another is left out with one error naming both; every record is still accounted for.
@Suite("Files rejected whole")
struct RejectedFileTests {
    /// A new folder holding copies of fixtures (relative name → fixture), removed by `remove()`.
    struct Folder {
        let path = NSTemporaryDirectory() + uniqueName("normering-rejected")

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
            Importer(options: ImportOptions(workers: workers, periods: periods)).gather(files: try ExportFinder.find([path]))
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

    @Test func theSameExportTwiceIsOneErrorNamingBothFiles() throws {
        let folder = try Folder(Self.example.merging(["copy/staffing.xml": "example/staffing-2025-03.xml"]) { a, _ in a })
        defer { folder.remove() }
        let single = try Folder(Self.example)
        defer { single.remove() }
        let once = try single.run()
        for workers in [1, 2] {
            let result = try folder.run(workers: workers)
            // copy/staffing.xml is read before staffing.xml: the later one is left out.
            #expect(result.diagnostics.map(\.formatted) == [
                folder.file("staffing.xml") + ":1:1: error: this file is the same export as " + folder.file("copy/staffing.xml")
                    + " (identical content: staffing, municipality 657, period 2025-03); it is left out, and its 10 records with it",
            ])
            #expect(result.diagnostics.first?.code == "repeated-file")
            #expect(result.dataset.institutionMonths.map { $0.employees.map(\.id) }
                == once.dataset.institutionMonths.map { $0.employees.map(\.id) })
            #expect(result.statistics.recordsRead == once.statistics.recordsRead + 10)
            #expect(result.statistics.recordsUsed == once.statistics.recordsUsed)
            #expect(result.statistics.recordsRejected == 10)
            #expect(result.statistics.filesRead == 3 && result.statistics.filesRejected == 1)
            #expect(result.statistics.addsUp)
        }
    }

    @Test func aRepeatOutsideTheRunsPeriodsIsNotCounted() throws {
        let folder = try Folder(["a.xml": "example/staffing-2025-03.xml", "b.xml": "example/staffing-2025-03.xml"])
        defer { folder.remove() }
        let april = try #require(YearMonth(year: 2025, month: 4))
        let result = try folder.run(periods: april...april)
        #expect(result.diagnostics.isEmpty)
        #expect(result.statistics == ImportStatistics())
    }

    @Test func filesAreRepeatsOnlyWhenEveryByteIsTheSame() throws {
        let folder = try Folder([:])
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let long = [UInt8](repeating: 0x61, count: 10_000)
        var longOther = long
        longOther[9_000] = 0x62 // the same size and first 4 KiB
        let files: [(String, [UInt8])] = [
            ("1.xml", long), ("2.xml", longOther), ("3.xml", long), ("4.xml", []), ("5.xml", []), ("6.xml", Array("ab".utf8)),
            ("7.xml", Array("ba".utf8)), ("8.xml", Array("ab".utf8)),
        ]
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: folder.file(name))) }
        #expect(RepeatedFiles.find(files.map { folder.file($0.0) }) == [2: 0, 7: 5])
    }
}

extension ImportResult {
    var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
}
