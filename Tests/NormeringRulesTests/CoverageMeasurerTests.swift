import NormeringCore
@testable import NormeringRules
import NormeringTestSupport
import Testing

/// The competence-coverage measure as first written (dictionaries keyed by strings), kept
/// here as the reference that the numbered implementation must equal exactly.
private func referenceCoverage(_ month: InstitutionMonth, maxCompetences: Int) -> CompetenceCoverageRule.MonthFigures {
    struct ClassSubject: Hashable {
        var classID: String
        var subject: String
    }
    struct Teacher {
        var competences: Set<String> = []
        var lessons: [ClassSubject: Int] = [:]
    }
    let counted = Set(month.classes.filter { !$0.special && (1...9).contains($0.grade) }.map(\.id))
    var teachers: [String: Teacher] = [:]
    for employee in month.employees where !(employee.competences.isEmpty && employee.teaches.isEmpty) {
        var teacher = teachers[employee.id] ?? Teacher()
        for competence in employee.competences { teacher.competences.insert(SubjectName.key(competence)) }
        for teaching in employee.teaches where counted.contains(teaching.classID) {
            teacher.lessons[ClassSubject(classID: teaching.classID, subject: SubjectName.key(teaching.subject)),
                            default: 0] += teaching.lessons
        }
        teachers[employee.id] = teacher
    }
    var displayName: [String: String] = [:]
    for employee in month.employees {
        guard let teacher = teachers[employee.id], teacher.competences.count <= maxCompetences else { continue }
        for teaching in employee.teaches where counted.contains(teaching.classID) {
            let key = SubjectName.key(teaching.subject)
            if displayName[key] == nil { displayName[key] = SubjectName.trimmed(teaching.subject) }
        }
    }
    var main: [ClassSubject: (id: String, lessons: Int)] = [:]
    for (teacherID, teacher) in teachers where teacher.competences.count <= maxCompetences {
        for (classSubject, lessons) in teacher.lessons {
            if let current = main[classSubject],
               current.lessons > lessons || (current.lessons == lessons && current.id.codePointPrecedes(teacherID)) {
                continue
            }
            main[classSubject] = (teacherID, lessons)
        }
    }
    var bySubject: [String: (covered: Int, total: Int)] = [:]
    for (classSubject, chosen) in main {
        let competent = teachers[chosen.id]?.competences.contains(classSubject.subject) ?? false
        bySubject[classSubject.subject, default: (0, 0)].total += chosen.lessons
        if competent { bySubject[classSubject.subject, default: (0, 0)].covered += chosen.lessons }
    }
    let subjects = bySubject.keys.sorted { $0.codePointPrecedes($1) }.compactMap { key -> CompetenceCoverageRule.SubjectFigures? in
        guard let figures = bySubject[key] else { return nil }
        return CompetenceCoverageRule.SubjectFigures(subject: displayName[key] ?? key, covered: figures.covered,
                                                     total: figures.total)
    }
    return CompetenceCoverageRule.MonthFigures(covered: subjects.reduce(0) { $0 + $1.covered },
                                               total: subjects.reduce(0) { $0 + $1.total }, subjects: subjects)
}

@Suite("Competence coverage, numbered measure")
struct CoverageMeasurerTests {
    /// Subject spellings that fold together, differ only in blanks, or are distinct.
    static let spellings = ["dansk", "Dansk", " DANSK ", "matematik", "Matematik\t", "engelsk", "Ældre dansk",
                            "ældre dansk", "ÆLDRE DANSK", "håndværk", "Håndværk ", "tysk", "fysik", "biologi", "historie", "Σ-fag", "σ-fag", ""]
    static let classIDs = ["1A", "1B", "2A", "3A", "5C", "9A", "0A", "10A", "SP", "X?"]

    static func randomMonth(_ random: inout SeededGenerator) -> InstitutionMonth {
        var classes: [SchoolClass] = []
        for id in classIDs.dropLast() where Int.random(in: 0..<5, using: &random) > 0 {
            let grade = id == "0A" ? 0 : id == "10A" ? 10 : Int(String(id.prefix(1))) ?? 4
            classes.append(SchoolClass(id: id, grade: grade, pupils: 20, special: id == "SP"))
        }
        let teacherIDs = ["T1", "T2", "T9", "T10", "T11", "A", "b"]
        var employees: [Employee] = []
        for _ in 0..<Int.random(in: 0...12, using: &random) {
            let id = teacherIDs[Int.random(in: 0..<teacherIDs.count, using: &random)]
            let competences = (0..<Int.random(in: 0...8, using: &random)).map { _ in
                spellings[Int.random(in: 0..<spellings.count, using: &random)]
            }
            let teaches = (0..<Int.random(in: 0...10, using: &random)).map { _ in
                Teaching(classID: classIDs[Int.random(in: 0..<classIDs.count, using: &random)],
                         subject: spellings[Int.random(in: 0..<spellings.count, using: &random)],
                         lessons: Int.random(in: 0...6, using: &random))
            }
            employees.append(Employee(id: id, role: .teacher, education: .teacher, hours: 37,
                                      competences: competences, teaches: teaches))
        }
        return InstitutionMonth(municipality: "657", id: "S1", name: "Skolen", kind: .school, period: month("2025-03"),
                                hasStaffing: true, hasEnrolment: true, employees: employees, classes: classes)
    }

    @Test("spellings equal under Unicode (å as one scalar or a + ring) are one subject, named as first written by a counted teacher")
    func canonicallyEqualSpellings() throws {
        let decomposed = "ha\u{030A}ndværk"
        let school = InstitutionMonth(
            municipality: "657", id: "S1", name: "Skolen", kind: .school, period: month("2025-03"),
            hasStaffing: true, hasEnrolment: true,
            employees: [
                // Not counted (seven competences): its spelling is not the subject's name.
                Employee(id: "T0", role: .teacher, education: .teacher, hours: 37,
                         competences: ["håndværk", "a", "b", "c", "d", "e", "f"],
                         teaches: [Teaching(classID: "1A", subject: "håndværk", lessons: 9)]),
                Employee(id: "T1", role: .teacher, education: .teacher, hours: 37, competences: ["håndværk"],
                         teaches: [Teaching(classID: "1A", subject: decomposed, lessons: 3)]),
                Employee(id: "T2", role: .teacher, education: .teacher, hours: 37,
                         teaches: [Teaching(classID: "2A", subject: "håndværk", lessons: 2)]),
            ],
            classes: [SchoolClass(id: "1A", grade: 1, pupils: 20), SchoolClass(id: "2A", grade: 2, pupils: 20)])
        var measurer = CoverageMeasurer(school)
        let figures = measurer.figures(maxCompetences: 6)
        let subject = try #require(figures.subjects.first)
        #expect(figures.subjects.count == 1)
        #expect(Array(subject.subject.utf8) == Array(decomposed.utf8))
        #expect(subject.covered == 3 && subject.total == 5)
    }

    @Test("equals the string-keyed reference on 3,000 random school-months (ties, segments, folding, limits)")
    func equalsReference() {
        var random = SeededGenerator(seed: 0x5EED_C0DE)
        var nonEmpty = 0
        for round in 0..<3_000 {
            let school = Self.randomMonth(&random)
            let maxCompetences = round % 4 == 0 ? 1 : round % 4 == 1 ? 3 : 6
            var measurer = CoverageMeasurer(school)
            let figures = measurer.figures(maxCompetences: maxCompetences)
            let expected = referenceCoverage(school, maxCompetences: maxCompetences)
            #expect(figures == expected, "round \(round)")
            if expected.total > 0 { nonEmpty += 1 }
        }
        #expect(nonEmpty > 1_000)
    }
}

@Suite("Competence table")
struct CompetenceTableTests {
    @Test("the table of flags and the set it falls back to for large products agree")
    func tableAndSetAgree() {
        var random = SeededGenerator(seed: 5)
        var table = CompetenceTable(teachers: 40, subjects: 25)
        var set = CompetenceTable(teachers: 40, subjects: 25, largestTable: 10)
        for _ in 0..<600 {
            let teacher = Int.random(in: 0..<40, using: &random)
            let subject = Int.random(in: 0..<25, using: &random)
            let insertedInTable = table.insert(teacher: teacher, subject: subject)
            let insertedInSet = set.insert(teacher: teacher, subject: subject)
            #expect(insertedInTable == insertedInSet)
        }
        for teacher in 0..<40 {
            for subject in 0..<25 {
                #expect(table.contains(teacher: teacher, subject: subject) == set.contains(teacher: teacher, subject: subject))
            }
        }
        // A product that could never be a table.
        var huge = CompetenceTable(teachers: 1 << 40, subjects: 1 << 30)
        let first = huge.insert(teacher: 5, subject: 7)
        let again = huge.insert(teacher: 5, subject: 7)
        #expect(first && !again)
        #expect(huge.contains(teacher: 5, subject: 7) && !huge.contains(teacher: 7, subject: 5))
    }
}
