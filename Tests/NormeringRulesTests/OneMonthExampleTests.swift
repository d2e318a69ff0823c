import NormeringCore
import NormeringRules
import Testing
import NormeringTestSupport

/// The worked example of /work/shared/examples/one-month, built by hand from its XML.
enum OneMonthExample {
    static let period = month("2025-03")

    static var dataset: Dataset {
        let melkebotten = InstitutionMonth(
            municipality: "657", id: "657-101", name: "Børnehuset Mælkebøtten", kind: .daycare, ownership: .municipal,
            district: "Nord", period: period, hasStaffing: true, hasEnrolment: true,
            employees: [
                Employee(id: "E1", role: .manager, education: .pedagogue, hours: 37, from: day("2016-08-01")),
                Employee(id: "E2", role: .pedagogical, education: .pedagogue, hours: 37),
                Employee(id: "E3", role: .pedagogical, education: .assistant, hours: 37,
                         leaves: [Leave(kind: .maternity, from: day("2025-03-17"))]),
                Employee(id: "E4", role: .pedagogical, education: .untrained, hours: 30, funding: .stateSocialPool),
                Employee(id: "E5", role: .substitute, education: .untrained, hours: 37, from: day("2025-03-17"),
                         to: day("2025-04-30")),
                Employee(id: "E6", role: .pedagogical, education: .pedagogue, hours: 29.6),
            ],
            children: [
                Child(id: "B1", birthDate: day("2023-05-02")),
                Child(id: "B2", birthDate: day("2023-01-20")),
                Child(id: "B3", birthDate: day("2022-03-15")),
                Child(id: "B4", birthDate: day("2022-04-01")),
                Child(id: "B5", birthDate: day("2023-08-10")),  // cpr 100823-4321
                Child(id: "B6", birthDate: day("2021-06-30")),
                Child(id: "B7", birthDate: day("2021-02-11")),
                Child(id: "B8", birthDate: day("2020-09-09"), to: day("2025-03-15")),
                Child(id: "B9", birthDate: day("2021-12-24"), place: .partTime),
                Child(id: "B10", birthDate: day("2020-11-05")),
                Child(id: "B11", birthDate: day("2021-01-31")),
                Child(id: "B12", birthDate: day("2020-07-07")),
            ])
        let friskolen = InstitutionMonth(
            municipality: "657", id: "657-201", name: "Friskolens Børnehave", kind: .daycare, ownership: .private,
            period: period, hasStaffing: true, hasEnrolment: true,
            employees: [
                Employee(id: "P1", role: .pedagogical, education: .pedagogue, hours: 37),
                Employee(id: "P2", role: .pedagogical, education: .untrained, hours: 37),
            ],
            children: [
                Child(id: "F1", birthDate: day("2021-04-04")),
                Child(id: "F2", birthDate: day("2021-08-08")),
                Child(id: "F3", birthDate: day("2020-10-10")),
            ])
        let school = InstitutionMonth(
            municipality: "657", id: "657-901", name: "Hammerum Skole", kind: .school, ownership: .municipal,
            period: period, hasStaffing: true, hasEnrolment: true,
            employees: [
                Employee(id: "T1", role: .teacher, education: .teacher, hours: 37, competences: ["dansk"],
                         teaches: [Teaching(classID: "1A", subject: "dansk", lessons: 10),
                                   Teaching(classID: "4A", subject: "Dansk", lessons: 7)]),
                Employee(id: "T2", role: .teacher, education: .teacher, hours: 37, competences: ["matematik"],
                         teaches: [Teaching(classID: "1A", subject: "matematik", lessons: 5),
                                   Teaching(classID: "4A", subject: "engelsk", lessons: 3)]),
            ],
            classes: [SchoolClass(id: "1A", grade: 1, pupils: 27), SchoolClass(id: "4A", grade: 4, pupils: 28)])
        return Dataset(institutionMonths: [school, friskolen, melkebotten])
    }

    /// expected/findings.csv of the example, without its header.
    static let findingsCSV = """
        2025,institution,657,657-101,Børnehuset Mælkebøtten,daycare,municipal,Nord,,minimum-staffing,info,pass,3.65,2.75,0.00,0,1,dagtilbudsloven § 19 a
        2025,institution,657,657-101,Børnehuset Mælkebøtten,daycare,municipal,Nord,,pedagogue-share,info,info,0.607,,,,1,BUPL (anbefaling)
        2025,institution,657,657-101,Børnehuset Mælkebøtten,daycare,municipal,Nord,,trained-share,target,fail,0.719,0.850,0.60,,1,opkvalificeringspuljen (aftale 2020)
        2025,institution,657,657-201,Friskolens Børnehave,daycare,private,,,minimum-staffing,legal,pass,2.00,0.50,0.00,0,1,dagtilbudsloven § 19 b
        2025,institution,657,657-201,Friskolens Børnehave,daycare,private,,,pedagogue-share,info,info,0.500,,,,1,BUPL (anbefaling)
        2025,institution,657,657-201,Friskolens Børnehave,daycare,private,,,trained-share,target,fail,0.500,0.850,0.70,,1,opkvalificeringspuljen (aftale 2020)
        2025,municipality,657,,,,,,,minimum-staffing,legal,pass,3.65,2.75,0.00,0,1,dagtilbudsloven § 19 a
        2025,municipality,657,,,,,,,pedagogue-share,info,info,0.607,,,,1,BUPL (anbefaling)
        2025,municipality,657,,,,,,,trained-share,target,fail,0.719,0.850,0.60,,1,opkvalificeringspuljen (aftale 2020)
        2025-03,class,657,657-901,Hammerum Skole,school,municipal,,1A,class-size,info,pass,27,28,,,1,folkeskoleloven § 17
        2025-03,class,657,657-901,Hammerum Skole,school,municipal,,4A,class-size,info,pass,28,28,,,1,folkeskoleloven § 17
        2025-03,institution,657,657-101,Børnehuset Mælkebøtten,daycare,municipal,Nord,,minimum-staffing,info,pass,3.65,2.75,0.00,0,1,dagtilbudsloven § 19 a
        2025-03,institution,657,657-101,Børnehuset Mælkebøtten,daycare,municipal,Nord,,pedagogue-share,info,info,0.607,,,,1,BUPL (anbefaling)
        2025-03,institution,657,657-101,Børnehuset Mælkebøtten,daycare,municipal,Nord,,trained-share,target,fail,0.719,0.850,0.60,,1,opkvalificeringspuljen (aftale 2020)
        2025-03,institution,657,657-201,Friskolens Børnehave,daycare,private,,,minimum-staffing,info,pass,2.00,0.50,0.00,0,1,dagtilbudsloven § 19 a
        2025-03,institution,657,657-201,Friskolens Børnehave,daycare,private,,,pedagogue-share,info,info,0.500,,,,1,BUPL (anbefaling)
        2025-03,institution,657,657-201,Friskolens Børnehave,daycare,private,,,trained-share,target,fail,0.500,0.850,0.70,,1,opkvalificeringspuljen (aftale 2020)
        2025-03,institution,657,657-901,Hammerum Skole,school,municipal,,,competence-coverage,target,fail,0.880,0.950,1.75,,1,"folkeskoleloven § 40, stk. 7"
        2025-03,institution,657,657-901,Hammerum Skole,school,municipal,,,pupils-per-teacher,info,info,27.50,,,,1,UVM nøgletal
        2025-03,municipality,657,,,,,,,minimum-staffing,info,pass,3.65,2.75,0.00,0,1,dagtilbudsloven § 19 a
        2025-03,municipality,657,,,,,,,pedagogue-share,info,info,0.607,,,,1,BUPL (anbefaling)
        2025-03,municipality,657,,,,,,,trained-share,target,fail,0.719,0.850,0.60,,1,opkvalificeringspuljen (aftale 2020)
        """

    /// expected/normering.csv of the example, without its header.
    static let normeringCSV = """
        2025,institution,657,657-101,Børnehuset Mælkebøtten,municipal,Nord,1,5.00,6.48,3.65,2.75,0.00,0,2.26,4.52,0.719,0.607,pass
        2025,institution,657,657-201,Friskolens Børnehave,private,,1,0.00,3.00,2.00,0.50,0.00,0,,1.50,0.500,0.500,pass
        2025,municipality,657,,,,,1,5.00,6.48,3.65,2.75,0.00,0,2.26,4.52,0.719,0.607,pass
        2025-03,institution,657,657-101,Børnehuset Mælkebøtten,municipal,Nord,1,5.00,6.48,3.65,2.75,0.00,0,2.26,4.52,0.719,0.607,pass
        2025-03,institution,657,657-201,Friskolens Børnehave,private,,1,0.00,3.00,2.00,0.50,0.00,0,,1.50,0.500,0.500,pass
        2025-03,municipality,657,,,,,1,5.00,6.48,3.65,2.75,0.00,0,2.26,4.52,0.719,0.607,pass
        """
}

@Suite("The one-month example")
struct OneMonthExampleTests {
    let evaluation = RuleEngine(ruleSet: .danish).runStages(OneMonthExample.dataset)

    @Test("findings.csv rows, in report order, with the expected figures and statuses")
    func findingsRows() {
        let expected = OneMonthExample.findingsCSV.split(separator: "\n").map { csvFields(String($0)) }
        let actual = evaluation.findings.map(csvFields(of:))
        #expect(actual.count == expected.count)
        for (row, want) in zip(actual, expected) {
            #expect(row == want)
        }
    }

    @Test("normering.csv rows, with the share columns of the matching findings")
    func normeringRows() {
        let expected = OneMonthExample.normeringCSV.split(separator: "\n").map { csvFields(String($0)) }
        let actual = evaluation.normering.map(csvFields(of:))
        #expect(actual == expected)
    }

    @Test("the hand-worked figures of the README, unrounded")
    func handWorkedFigures() throws {
        let row = try #require(evaluation.normering(period: "2025-03", scope: .institution, institution: "657-101"))
        #expect(abs(row.staff - (0.85 + 1 + 16.0 / 31 + 15.0 / 31 + 0.8)) < 1e-12)
        #expect(abs(row.childrenUnder3 - 5) < 1e-12)
        #expect(abs(row.childrenOver3 - (5 + 1 + 15.0 / 31)) < 1e-12)
        #expect(abs(row.required - (5.0 / 3 + (6 + 15.0 / 31) / 6)) < 1e-12)
        let coverage = try #require(evaluation.findings(rule: "competence-coverage").first)
        #expect(coverage.value == 22.0 / 25)
        #expect(abs((coverage.gapFTE ?? 0) - 1.75) < 1e-12)
        #expect(evaluation.findings.allSatisfy { $0.valueFormat == Self.format(of: $0.rule) })
    }

    @Test("coverage per subject for the text report")
    func subjectCoverage() {
        let subjects = evaluation.subjectCoverage.map { "\($0.subject) \($0.coveredLessons)/\($0.totalLessons)" }
        #expect(subjects == ["dansk 17/17", "engelsk 0/3", "matematik 5/5"])
    }

    @Test("the institution-months in any order give the same result")
    func stagesAgree() {
        let engine = RuleEngine(ruleSet: .danish)
        var table = engine.makeTable()
        for month in OneMonthExample.dataset.institutionMonths.reversed() { engine.measure(month, into: &table) }
        let staged = engine.evaluate(table: table)
        #expect(staged.findings == evaluation.findings)
        #expect(staged.normering == evaluation.normering)
    }

    static func format(of rule: RuleID) -> FigureFormat {
        switch rule {
        case "trained-share", "pedagogue-share", "competence-coverage": return .share
        case "class-size", "childminder-size": return .count
        default: return .twoDecimals
        }
    }
}
