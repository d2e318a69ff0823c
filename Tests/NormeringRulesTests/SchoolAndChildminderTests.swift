import NormeringCore
@testable import NormeringRules
import Testing
import NormeringTestSupport

func school(period: String = "2025-03", employees: [Employee], classes: [SchoolClass]) -> InstitutionMonth {
    InstitutionMonth(municipality: "657", id: "S1", name: "Skolen", kind: .school, period: month(period),
                     hasStaffing: true, hasEnrolment: true, employees: employees, classes: classes)
}

func teacher(_ id: String, _ competences: [String], _ teaches: [(String, String, Int)], hours: Double = 37) -> Employee {
    Employee(id: id, role: .teacher, education: .teacher, hours: hours, competences: competences,
             teaches: teaches.map { Teaching(classID: $0.0, subject: $0.1, lessons: $0.2) })
}

@Suite("Competence coverage")
struct CompetenceCoverageTests {
    let classes = [SchoolClass(id: "1A", grade: 1, pupils: 20), SchoolClass(id: "2A", grade: 2, pupils: 20)]

    func coverage(_ employees: [Employee], classes: [SchoolClass]? = nil) -> Finding? {
        let month = school(employees: employees, classes: classes ?? self.classes)
        return RuleEngine().runStages(Dataset(institutionMonths: [month])).findings(rule: "competence-coverage").first
    }

    @Test("a teacher with more than 6 distinct competences is left out before the main teacher is chosen")
    func tooManyCompetences() throws {
        let seven = ["dansk", "matematik", "engelsk", "tysk", "fysik", "biologi", "historie"]
        let broad = teacher("T1", seven, [("1A", "dansk", 10)])
        let other = teacher("T2", [], [("1A", "dansk", 2), ("2A", "dansk", 4)])
        let finding = try #require(coverage([broad, other]))
        #expect(finding.value == 0)  // T2 is main teacher of 1A dansk now, without competence
        #expect(abs((finding.gapFTE ?? 0) - 0.95 * 6) < 1e-12)
        // Seven entries, six distinct after trimming and case folding: T1 counts.
        let six = teacher("T1", ["dansk", " Dansk ", "matematik", "engelsk", "tysk", "fysik", "biologi"], [("1A", "dansk", 10)])
        let counted = try #require(coverage([six, other]))
        #expect(counted.value == 10.0 / 14)
    }

    @Test("two teachers on one class and subject: the one with most lessons counts; a tie goes to the smallest id")
    func mainTeacher() throws {
        let competent = teacher("T1", ["dansk"], [("1A", "dansk", 4)])
        let main = teacher("T2", [], [("1A", "dansk", 3), ("1A", "Dansk", 2)])  // 5 lessons summed
        let finding = try #require(coverage([competent, main]))
        #expect(finding.value == 0 && finding.status == .fail)
        // A tie of 3 lessons: "T10" precedes "T9" in code-point order.
        let t10 = teacher("T10", ["dansk"], [("1A", "dansk", 3)])
        let t9 = teacher("T9", [], [("1A", "dansk", 3)])
        #expect(try #require(coverage([t9, t10])).value == 1)
        let t10without = teacher("T10", [], [("1A", "dansk", 3)])
        let t9with = teacher("T9", ["dansk"], [("1A", "dansk", 3)])
        #expect(try #require(coverage([t9with, t10without])).value == 0)
    }

    @Test("one teacher across segments; subjects trimmed and case-insensitive; special, grade 0 and 10 left out")
    func segmentsAndExclusions() throws {
        var first = teacher("T1", [" MATEMATIK"], [], hours: 20)
        first.to = day("2025-03-14")
        var second = teacher("T1", [], [("1A", "matematik ", 5), ("0A", "dansk", 9), ("SP", "dansk", 9), ("10A", "dansk", 9)])
        second.from = day("2025-03-15")
        let all = classes + [SchoolClass(id: "0A", grade: 0, pupils: 20), SchoolClass(id: "SP", grade: 4, pupils: 5, special: true),
                             SchoolClass(id: "10A", grade: 10, pupils: 20)]
        let finding = try #require(coverage([first, second], classes: all))
        #expect(finding.value == 1 && finding.status == .pass && finding.gapFTE == 0)
    }

    @Test("no counted lessons, no row")
    func noLessons() {
        #expect(coverage([teacher("T1", ["dansk"], [])]) == nil)
    }
}

@Suite("Class size and pupils per teacher")
struct ClassSizeTests {
    func classFindings(_ period: String, _ classes: [SchoolClass]) -> [Finding] {
        RuleEngine().runStages(Dataset(institutionMonths: [school(period: period, employees: [], classes: classes)]))
            .findings(rule: "class-size")
    }

    @Test("cohorts from 2024/25 have cap 26 (28 with exemption) in grades 0–2; August is legal")
    func caps() {
        let august = classFindings("2025-08", [
            SchoolClass(id: "1A", grade: 1, pupils: 27),  // cohort 2024: cap 26 → fail
            SchoolClass(id: "1B", grade: 1, pupils: 28, exemption: true),  // cap 28 → pass
            SchoolClass(id: "2A", grade: 2, pupils: 27),  // cohort 2023: cap 28 → pass
            SchoolClass(id: "3A", grade: 3, pupils: 31, exemption: true),  // cap 30 → fail
            SchoolClass(id: "SP", grade: 3, pupils: 40, special: true),  // left out
        ])
        #expect(august.map(\.unit) == ["1A", "1B", "2A", "3A"])
        #expect(august.map(\.threshold) == [26, 28, 28, 30])
        #expect(august.map(\.status) == [.fail, .pass, .pass, .fail])
        #expect(august.allSatisfy { $0.severity == .legal && $0.gapFTE == nil && $0.valueFormat == .count })
        // March 2025 belongs to school year 2024/25: grade 0 is the 2024 cohort (26).
        let march = classFindings("2025-03", [SchoolClass(id: "0A", grade: 0, pupils: 26),
                                              SchoolClass(id: "1A", grade: 1, pupils: 28)])
        #expect(march.map(\.threshold) == [26, 28])
        #expect(march.allSatisfy { $0.severity == .info && $0.status == .pass })
    }

    @Test("pupils per teacher: teacher FTE with deducted leave; no teacher FTE, no row")
    func pupilsPerTeacher() throws {
        var onLeave = teacher("T2", [], [])
        onLeave.leaves = [Leave(kind: .parental)]
        let employees = [teacher("T1", [], [], hours: 18.5), onLeave,
                         Employee(id: "P", role: .pedagogical, education: .pedagogue, hours: 37)]
        let classes = [SchoolClass(id: "1A", grade: 1, pupils: 20), SchoolClass(id: "SP", grade: 1, pupils: 6, special: true)]
        let evaluation = RuleEngine().runStages(Dataset(institutionMonths: [school(employees: employees, classes: classes)]))
        let finding = try #require(evaluation.findings(rule: "pupils-per-teacher").first)
        #expect(finding.value == 40 && finding.status == .info && finding.threshold == nil)
        let none = RuleEngine().runStages(Dataset(institutionMonths: [school(employees: [onLeave], classes: classes)]))
        #expect(none.findings(rule: "pupils-per-teacher").isEmpty)
    }
}

@Suite("Childminder size")
struct ChildminderTests {
    func familyDaycare(_ kids: [Child]) -> InstitutionMonth {
        InstitutionMonth(municipality: "657", id: "DP", name: "Dagplejen", kind: .familyDaycare, period: month("2025-03"),
                         hasStaffing: true, hasEnrolment: true,
                         employees: [Employee(id: "M1", role: .pedagogical, education: .untrained, hours: 48)],
                         children: kids)
    }

    func kid(_ id: String, from: String? = nil, to: String? = nil, minder: String? = "M1") -> Child {
        Child(id: id, birthDate: day("2024-01-01"), from: from.map(day), to: to.map(day), minder: minder)
    }

    @Test("six children with one minder on one day fail")
    func sixOnOneDay() throws {
        let kids = (1...5).map { kid("B\($0)") } + [kid("B6", from: "2025-03-31")]
        let findings = RuleEngine().runStages(Dataset(institutionMonths: [familyDaycare(kids)])).findings(rule: "childminder-size")
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.scope == .childminder && finding.unit == "M1" && finding.value == 6 && finding.threshold == 5)
        #expect(finding.status == .fail && finding.severity == .legal && finding.gapFTE == nil)
        #expect(finding.source == "dagtilbudsloven § 22")
    }

    @Test("six children on different days pass; children without a minder do not count")
    func sixOnDifferentDays() throws {
        let kids = (1...4).map { kid("B\($0)") } + [kid("B5", to: "2025-03-15"), kid("B6", from: "2025-03-16"),
                                                    kid("B7", minder: nil)]
        let finding = try #require(RuleEngine().runStages(Dataset(institutionMonths: [familyDaycare(kids)]))
            .findings(rule: "childminder-size").first)
        #expect(finding.value == 5 && finding.status == .pass)
    }

    @Test("two segments of one child with one minder count the child once a day")
    func segmentsOfOneChildCountOnce() throws {
        let kids = (1...4).map { kid("B\($0)") } + [kid("B5", to: "2025-03-20"), kid("B5", from: "2025-03-10")]
        let finding = try #require(RuleEngine().runStages(Dataset(institutionMonths: [familyDaycare(kids)]))
            .findings(rule: "childminder-size").first)
        #expect(finding.value == 5 && finding.status == .pass)
    }

    @Test("a day range as bits: the first and last day, the whole of a 31-day month")
    func dayBits() {
        #expect(ChildminderSizeRule.dayBits(0, 0) == 1)
        #expect(ChildminderSizeRule.dayBits(3, 5) == 0b111000)
        #expect(ChildminderSizeRule.dayBits(30, 30) == 1 << 30)
        #expect(ChildminderSizeRule.dayBits(0, 30) == 0x7FFF_FFFF)
        for first in 0...30 {
            for last in first...30 {
                let expected = (first...last).reduce(UInt32(0)) { $0 | (1 << UInt32($1)) }
                #expect(ChildminderSizeRule.dayBits(first, last) == expected)
            }
        }
    }
}
