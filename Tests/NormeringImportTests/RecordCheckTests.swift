import NormeringCore
import Testing
import NormeringTestSupport
@testable import NormeringImport

@Suite("Record checks")
struct RecordCheckTests {
    @Test func staffingValueErrorsAndWarnings() throws {
        let result = importFixtures(["errors/staffing-values.xml"])
        #expect(lineCodes(result) == [
            "3 warning missing-enrolment",
            "4 error decimal-comma",
            "5 error missing-attribute",
            "6 error invalid-value",
            "7 error invalid-value",
            "8 error invalid-value",
            "9 error unknown-attribute",
            "10 error interval",
            "11 error invalid-value",
            "12 warning role-other",
            "13 warning outside-period",
            "16 error overlap",
            "18 error interval",
            "19 error invalid-value",
            "20 error unknown-element",
            "21 error invalid-value",
            "24 warning outside-period",
            "25 error decimal-comma",
            "26 error wrong-kind",
            "27 error unexpected-text",
            "28 error invalid-value",
            "29 error unknown-attribute",
        ])
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains("hours \"37,5\": use a dot as decimal mark (37.5)"))
        #expect(messages.contains("missing required attribute \"hours\""))
        #expect(messages.contains { $0.contains("role \"Pedagogical\"") })
        #expect(messages.contains { $0.contains("hours \"61\" is out of range") })
        #expect(messages.contains { $0.contains("\"shoe\"") })
        #expect(messages.contains { $0.contains("from \"2025-02-30\"") })
        #expect(result.diagnostics.allSatisfy { $0.institutionID == "657-101" })
        #expect(result.diagnostics.first { $0.location.line == 18 }?.recordID == "E13")
        #expect(result.diagnostics.allSatisfy { $0.location.column > 0 })

        let institution = try #require(result.institution("657-101"))
        #expect(institution.employees.map(\.id) == ["E9", "E11", "E12", "E13", "E16"])
        let e11 = try #require(institution.employees.first { $0.id == "E11" })
        #expect(e11.hours == 37)
        #expect(e11.from == ymd(2025, 3, 1))
        let e12 = try #require(institution.employees.first { $0.id == "E12" })
        #expect(e12.hours == 0.5 && e12.to == ymd(2025, 3, 14))
        let e13 = try #require(institution.employees.first { $0.id == "E13" })
        #expect(e13.leaves == [Leave(kind: .maternity, from: ymd(2025, 3, 17))])
        #expect(e13.teaches.isEmpty)

        let statistics = result.statistics
        #expect(statistics.recordsRead == 20)
        #expect(statistics.recordsUsed == 5)
        #expect(statistics.recordsIgnored == 2)
        #expect(statistics.recordsRejected == 13)
        #expect(statistics.addsUp)
    }

    @Test func enrolmentValueErrorsAndWarnings() throws {
        let result = importFixtures(["errors/enrolment-values.xml", "errors/family-staffing.xml"])
        let enrolment = result.diagnostics.filter { $0.location.file.hasSuffix("enrolment-values.xml") }
        #expect(enrolment.map { "\($0.location.line) \($0.severity.rawValue) \($0.code)" } == [
            "3 warning missing-staffing",
            "5 error cpr-invalid",
            "6 error cpr-invalid",
            "7 error cpr-mismatch",
            "8 error birth-after-period",
            "9 warning cpr-replacement",
            "10 warning older-than-7",
            "12 warning older-than-7",
            "13 error missing-attribute",
            "14 error missing-attribute",
            "15 warning outside-period",
            "16 error invalid-value",
            "17 error wrong-kind",
            "21 error overlap",
            "25 error duplicate-class",
            "26 error invalid-value",
            "27 error invalid-value",
            "28 error invalid-value",
            "30 error wrong-kind",
            "31 error wrong-kind",
            "35 error invalid-value",
            "39 warning minder",
            "40 warning minder",
            "41 warning minder",
        ])
        // A child without an id is named by its masked CPR number.
        #expect(enrolment.first { $0.location.line == 13 }?.recordID == "010122-****")
        // B8 (7th birthday 2 March) is not older than 7 on 1 March; B9 (29 Feb 2016) turned 7 on 1 Mar 2023.
        #expect(!enrolment.contains { $0.recordID == "B8" })

        let daycare = try #require(result.institution("657-101"))
        #expect(daycare.children.map(\.id) == ["B1", "B6", "B7", "B8", "B9", "B14", "B14", "B15"])
        // A CPR-only child gets its birth date from the number.
        #expect(daycare.children.first?.birthDate == ymd(2023, 8, 10))
        #expect(daycare.children.first { $0.id == "B6" }?.birthDate == ymd(2023, 8, 10))

        let school = try #require(result.institution("657-901"))
        #expect(school.classes.map(\.id) == ["1A", "5A"])
        let fifth = try #require(school.classes.last)
        #expect(fifth.grade == 5 && fifth.pupils == 20 && fifth.special && !fifth.exemption)
        // <teaches class="9Z"> is dropped; the teacher and the other lessons stay.
        let teacher = try #require(school.employees.first)
        #expect(teacher.teaches.map(\.classID) == ["1A", "5A"])
        let teaches = diagnostics(result, code: "teaches-unknown-class")
        #expect(teaches.map(\.location.line) == [11])
        #expect(teaches.first?.recordID == "T1")
        #expect(teaches.first?.message.contains("\"9Z\"") == true)
        // No enrolment at all: the missing-enrolment warning, no <teaches> errors.
        #expect(diagnostics(result, code: "missing-enrolment").map(\.institutionID) == ["657-700"])

        let sfo = try #require(result.institution("657-950"))
        #expect(sfo.sfoPupils == [SFOPupils(grade: 0, count: 41)])
        #expect(sfo.hasStaffing && sfo.hasEnrolment)

        // Family daycare: only a minder that is an employee in the period is kept.
        let family = try #require(result.institution("657-300"))
        #expect(family.children.map(\.minder) == ["M1", nil, nil, nil])
        #expect(result.statistics.addsUp)
    }

    @Test func decimalCommaMessageIsExact() {
        let result = importFixtures(["errors/staffing-values.xml"])
        let comma = diagnostics(result, code: "decimal-comma")
        #expect(comma.map(\.message) == [
            "hours \"37,5\": use a dot as decimal mark (37.5)",
            "hours \"4,5\": use a dot as decimal mark (4.5)",
        ])
        #expect(comma.first?.formatted.hasSuffix(
            ":4:76: error: institution 657-101, E1: hours \"37,5\": use a dot as decimal mark (37.5)") == true)
    }

    @Test func structureErrors() throws {
        let result = importFixtures(["errors/structure.xml"])
        #expect(lineCodes(result) == [
            "3 warning missing-enrolment",
            "6 error invalid-value",
            "10 error duplicate-institution",
            "13 error missing-attribute",
            "14 error unknown-element",
            "15 error unknown-element",
            "16 error unknown-attribute",
            "17 warning missing-enrolment",
            "19 error unexpected-text",
        ])
        #expect(result.dataset.institutionMonths.map(\.id) == ["657-101", "657-105"])
        #expect(result.institution("657-101")?.name == "Børnehuset")
        #expect(result.institution("657-101")?.employees.map(\.id) == ["E1"])
        #expect(result.institution("657-105")?.district == "Syd")
        // F1, F2 and G1 go with their institutions, counted as rejected once, with no rows of their own.
        #expect(!result.diagnostics.contains { $0.recordID == "F2" })
        #expect(result.statistics.recordsRead == 4)
        #expect(result.statistics.recordsRejected == 3)
        #expect(result.statistics.addsUp)
    }

    @Test func cprDigitsNeverAppearUnmasked() {
        let result = importFixtures(["errors/enrolment-values.xml", "errors/family-staffing.xml"])
        let text = result.diagnostics.map(\.formatted).joined(separator: "\n")
        for serial in ["4321", "432\""] {
            #expect(!text.contains(serial), "\(serial)")
        }
        for cpr in ["1008234321", "100823-432", "3002234321", "7008234321", "0101224321"] {
            #expect(!text.contains(cpr))
        }
        #expect(text.contains("100823-****"))
        #expect(text.contains("******-****"))
    }
}
