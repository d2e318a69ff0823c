import Foundation
import NormeringCore
import Testing
import NormeringTestSupport
@testable import NormeringImport

@Suite("Joining files")
struct JoinTests {
    static let joinFiles = ["join/2025-03/c-enrolment.xml", "join/2025-03/b-staffing.xml", "join/2025-03.xml", "join/2025-03/a-staffing.xml"]

    @Test func filesAreReadInByteOrderOfTheirPaths() throws {
        let result = importFixtures(Self.joinFiles)
        let order = result.diagnostics.map { URL(fileURLWithPath: $0.location.file).lastPathComponent }
        #expect(order == ["a-staffing.xml", "a-staffing.xml", "b-staffing.xml", "b-staffing.xml", "b-staffing.xml",
                          "c-enrolment.xml", "c-enrolment.xml", "c-enrolment.xml", "c-enrolment.xml"])
        // join/2025-03.xml comes before join/2025-03/a-staffing.xml: its E1 (1–5 March) wins,
        // a-staffing's E1 (to 14 March) is the later, overlapping segment.
        let overlap = try #require(diagnostics(result, code: "overlap").first)
        #expect(overlap.location.file.hasSuffix("join/2025-03/a-staffing.xml"))
        #expect(overlap.location.line == 4)
        #expect(overlap.recordID == "E1")
        #expect(overlap.message.contains("join/2025-03.xml:4"))
        let institution = try #require(result.institution("657-101"))
        #expect(institution.employees.map(\.id) == ["E1", "E2", "E1", "E3"])
        #expect(institution.employees.map(\.hours) == [37, 37, 30, 37])
    }

    @Test func institutionClashRejectsTheLaterElement() throws {
        let result = importFixtures(Self.joinFiles)
        let clashes = diagnostics(result, code: "institution-clash")
        #expect(clashes.map(\.institutionID) == ["657-600", "657-500"])
        #expect(clashes.map(\.location.line) == [7, 6])
        #expect(clashes[0].message.contains("ownership \"private\""))
        #expect(clashes[1].message.contains("kind \"daycare\""))
        // The first element's kind and ownership stand; the later element's records are gone.
        let pool = try #require(result.institution("657-600"))
        #expect(pool.ownership == .municipal)
        #expect(pool.employees.map(\.id) == ["P1"])
        #expect(pool.children.map(\.id) == ["Q1"])
        let school = try #require(result.institution("657-500"))
        #expect(school.kind == .school && school.children.isEmpty)
        // A rejected element does not count as having enrolment: the school has staffing only.
        #expect(school.hasStaffing && !school.hasEnrolment)
        #expect(diagnostics(result, code: "missing-enrolment").map(\.institutionID) == ["657-500"])
        // Its records' own problems are still reported (found while reading).
        #expect(result.diagnostics.contains { $0.recordID == "P3" && $0.code == "role-other" })
        #expect(result.diagnostics.contains { $0.recordID == "P4" && $0.code == "outside-period" })
        #expect(result.diagnostics.contains { $0.recordID == "C1" && $0.code == "older-than-7" })
        #expect(result.diagnostics.contains { $0.recordID == "C2" && $0.code == "invalid-value" })
    }

    @Test func namesAreComparedAfterNFCAndTrimming() throws {
        let result = importFixtures(Self.joinFiles)
        let differs = diagnostics(result, code: "name-differs")
        // " Børnehus " differs; "Å Huset" in NFD with a trailing blank does not.
        #expect(differs.map(\.institutionID) == ["657-101"])
        #expect(differs.first?.location.line == 3)
        #expect(differs.first?.location.file.hasSuffix("c-enrolment.xml") == true)
        let institution = try #require(result.institution("657-101"))
        #expect(institution.name == "Børnehuset")
        // District: the first non-empty one in reading order.
        #expect(institution.district == "Nord")
        #expect(institution.hasStaffing && institution.hasEnrolment)
        let precomposed = try #require(result.institution("657-700"))
        #expect(precomposed.name.unicodeScalars.first == "\u{00C5}")
    }

    @Test func statisticsAddUp() {
        let result = importFixtures(Self.joinFiles)
        let statistics = result.statistics
        #expect(statistics.filesRead == 4)
        #expect(statistics.filesRejected == 0)
        #expect(statistics.recordsRead == 14)
        // Used: 657-101 E1, E2, E1, E3, B1; 657-500 T1; 657-600 P1, Q1.
        #expect(statistics.recordsUsed == 8)
        // Rejected: a-staffing's E1 (overlap); b's 657-600 (P2, P3, P4) and c's 657-500 (C1, C2).
        #expect(statistics.recordsRejected == 6)
        #expect(statistics.recordsIgnored == 0)
        #expect(statistics.addsUp)
        let bytes = Self.joinFiles.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: fixture(file))[.size] as? Int) ?? 0)
        }
        #expect(statistics.bytesRead == bytes)
    }

    @Test func workerCountDoesNotChangeTheResult() {
        let files = ["example/staffing-2025-03.xml", "example/enrolment-2025-03.xml", "errors/staffing-values.xml",
                     "errors/enrolment-values.xml", "errors/family-staffing.xml", "errors/structure.xml",
                     "wellformed/truncated.xml", "encoding/enrolment-latin1.xml", "encoding/staffing-utf16.xml"] + Self.joinFiles
        let one = importFixtures(files, workers: 1)
        for workers in [2, 4] {
            let many = importFixtures(files, workers: workers)
            #expect(many.diagnostics == one.diagnostics)
            #expect(many.dataset.institutionMonths == one.dataset.institutionMonths)
            #expect(many.statistics == one.statistics)
        }
        #expect(one.statistics.addsUp)
    }

    @Test func progressIsReportedPerFile() {
        let seen = ProgressLog()
        let files = Self.joinFiles.map(fixture)
        _ = Importer(options: ImportOptions(workers: 2)).gather(files: files) { seen.append($0) }
        let reports = seen.all.sorted { $0.filesDone < $1.filesDone }
        #expect(reports.map(\.filesDone) == [1, 2, 3, 4])
        #expect(reports.allSatisfy { $0.filesTotal == 4 })
        #expect(reports.last?.recordsRead == 14)
    }
}

/// Progress reports, gathered from any thread.
private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [ImportProgress] = []
    func append(_ progress: ImportProgress) { lock.withLock { reports.append(progress) } }
    var all: [ImportProgress] { lock.withLock { reports } }
}
