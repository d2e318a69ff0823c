import NormeringCore
import Testing
@testable import NormeringImport
import NormeringTestSupport

@Suite("Files: roots, well-formedness, encodings")
struct FileLevelTests {
    @Test("a bad root or namespace drops the file", arguments: [
        ("root/wrong-namespace.xml", "namespace", 0), // not the format's elements: no records
        ("root/no-namespace.xml", "namespace", 0),
        ("root/bad-municipality.xml", "invalid-value", 2),
        ("root/bad-period.xml", "invalid-value", 0),
        ("root/missing-period.xml", "missing-attribute", 0),
        ("root/unknown-attribute.xml", "unknown-attribute", 0),
        ("root/bad-created.xml", "invalid-value", 0),
        ("root/unknown-root.xml", "unknown-element", 0),
    ])
    func badRoot(file: String, code: String, records: Int) {
        let result = importFixtures([file])
        #expect(lineCodes(result) == ["2 error \(code)"])
        #expect(result.diagnostics.first?.message.hasSuffix("file rejected") == true)
        #expect(result.diagnostics.first?.institutionID == "")
        #expect(result.dataset.institutionMonths.isEmpty)
        #expect(result.statistics.filesRejected == 1)
        #expect(result.statistics.recordsRead == records)
        #expect(result.statistics.recordsRejected == records)
    }

    @Test func emptyMonthWithForeignAttributesIsValid() {
        let result = importFixtures(["root/empty-month.xml"])
        #expect(result.diagnostics.isEmpty)
        #expect(result.statistics.filesRead == 1 && result.statistics.filesRejected == 0)
        #expect(result.dataset.institutionMonths.isEmpty)
    }

    @Test("not well-formed: the parser's position, nothing used", arguments: [
        ("wellformed/truncated.xml", 6),
        ("wellformed/mismatched-tag.xml", 5),
        ("wellformed/undeclared-prefix.xml", 4),
        ("wellformed/empty.xml", 1),
        ("wellformed/bad-utf8.xml", 3),
        ("wellformed/undefined-entity.xml", 3),
    ])
    func notWellFormed(file: String, line: Int) throws {
        let result = importFixtures([file])
        let fatal = try #require(diagnostics(result, code: "not-well-formed").first)
        #expect(fatal.location.line == line)
        #expect(fatal.location.column > 0)
        #expect(result.diagnostics.last?.code == "not-well-formed")
        #expect(result.dataset.institutionMonths.isEmpty)
        #expect(result.statistics.filesRejected == 1)
        #expect(result.statistics.recordsUsed == 0)
        #expect(result.statistics.addsUp)
    }

    @Test func aBrokenFileDoesNotStopTheOthers() throws {
        let result = importFixtures(["wellformed/truncated.xml", "example/staffing-2025-03.xml", "example/enrolment-2025-03.xml"])
        #expect(result.statistics.filesRead == 3)
        #expect(result.statistics.filesRejected == 1)
        #expect(result.dataset.institutionMonths.count == 3)
        // Problems before the fatal error are kept, the fatal error last; the records seen are rejected.
        #expect(lineCodes(result) == ["5 error decimal-comma", "6 error not-well-formed"])
        #expect(result.statistics.recordsRejected == 3)
        #expect(result.statistics.addsUp)
    }

    @Test func latin1KeepsDanishLetters() throws {
        let result = importFixtures(["encoding/enrolment-latin1.xml"])
        let institution = try #require(result.institution("657-101"))
        #expect(institution.name == "Børnehuset Mælkebøtten")
        #expect(institution.district == "Århus Ø")
        #expect(institution.children.map(\.id) == ["B1"])
        #expect(lineCodes(result) == ["3 warning missing-staffing"])
    }

    @Test("UTF-16 with a BOM, with or without a declaration", arguments: [
        ("encoding/staffing-utf16.xml", 3), ("encoding/staffing-utf16be-nodecl.xml", 2),
    ])
    func utf16(file: String, institutionLine: Int) throws {
        let result = importFixtures([file])
        let institution = try #require(result.institution("657-101"))
        #expect(institution.name == "Børnehuset Mælkebøtten")
        #expect(institution.district == "Århus Ø")
        #expect(institution.employees.map(\.id) == ["E1"])
        #expect(lineCodes(result) == ["\(institutionLine) warning missing-enrolment", "\(institutionLine + 2) error decimal-comma"])
    }

    @Test func filesOutsideThePeriodsAreSkippedUncounted() throws {
        let march = try #require(YearMonth(year: 2025, month: 3))
        let april = try #require(YearMonth(year: 2025, month: 4))
        let files = ["example/staffing-2025-03.xml", "errors/staffing-values.xml"]
        let skipped = importFixtures(files, periods: april...april)
        #expect(skipped.diagnostics.isEmpty)
        #expect(skipped.statistics == ImportStatistics())
        #expect(skipped.dataset.institutionMonths.isEmpty)
        let kept = importFixtures(files, periods: march...april)
        #expect(kept.statistics.filesRead == 2)
        #expect(!kept.diagnostics.isEmpty)
    }

    @Test func anUnreadableFileIsAnError() {
        let result = Importer(options: ImportOptions(workers: 1)).gather(files: [fixtureRoot + "/no-such-file.xml"])
        #expect(result.diagnostics.map(\.code) == ["unreadable"])
        #expect(result.statistics.filesRejected == 1)
    }
}
