import NormeringCore
import Testing
import NormeringTestSupport
@testable import NormeringImport

@Suite("The worked example of shared/examples/one-month")
struct ExampleTests {
    let result = importFixtures(["example/staffing-2025-03.xml", "example/enrolment-2025-03.xml"])

    @Test func importsWithoutDiagnostics() {
        #expect(result.diagnostics.isEmpty)
        #expect(result.statistics.filesRead == 2)
        #expect(result.statistics.recordsRead == 27)
        #expect(result.statistics.recordsUsed == 27)
        #expect(result.statistics.addsUp)
        #expect(result.dataset.institutionMonths.map(\.id) == ["657-101", "657-201", "657-901"])
        #expect(result.dataset.institutionMonths.allSatisfy { $0.hasBothSides && $0.municipality == "657" })
        #expect(result.dataset.periods == [YearMonth(year: 2025, month: 3)].compactMap { $0 })
    }

    @Test func daycareRecords() throws {
        let house = try #require(result.institution("657-101"))
        #expect(house.name == "Børnehuset Mælkebøtten")
        #expect(house.kind == .daycare && house.ownership == .municipal && house.district == "Nord")
        #expect(house.employees.map(\.id) == ["E1", "E2", "E3", "E4", "E5", "E6"])
        #expect(house.employees.map(\.role) == [.manager, .pedagogical, .pedagogical, .pedagogical, .substitute, .pedagogical])
        #expect(house.employees.map(\.hours) == [37, 37, 37, 30, 37, 29.6])
        #expect(house.employees[0].from == ymd(2016, 8, 1))
        #expect(house.employees[2].leaves == [Leave(kind: .maternity, from: ymd(2025, 3, 17))])
        #expect(house.employees[3].funding == .stateSocialPool)
        #expect(house.employees[4].from == ymd(2025, 3, 17) && house.employees[4].to == ymd(2025, 4, 30))
        #expect(house.children.count == 12)
        // B5: CPR 100823-4321, 7th digit 4, year 23 → 10 August 2023.
        #expect(house.children[4].id == "B5" && house.children[4].birthDate == ymd(2023, 8, 10))
        #expect(house.children[7].to == ymd(2025, 3, 15))
        #expect(house.children[8].place == .partTime)
        // Where each record stands is kept in the columns, for the join's messages.
        #expect(house.table.employees.line[house.row.employees.lowerBound] == 4)
        #expect(house.table.children.line[house.row.children.lowerBound] == 4)

        let free = try #require(result.institution("657-201"))
        #expect(free.ownership == .private && free.district == nil)
        #expect(free.employees.map(\.education) == [.pedagogue, .untrained])
        #expect(free.children.map(\.id) == ["F1", "F2", "F3"])
    }

    @Test func schoolRecords() throws {
        let school = try #require(result.institution("657-901"))
        #expect(school.kind == .school && school.ownership == .municipal)
        #expect(school.classes == [
            SchoolClass(id: "1A", grade: 1, pupils: 27),
            SchoolClass(id: "4A", grade: 4, pupils: 28),
        ])
        #expect(school.employees.map(\.competences) == [["dansk"], ["matematik"]])
        #expect(school.employees[0].teaches == [
            Teaching(classID: "1A", subject: "dansk", lessons: 10), Teaching(classID: "4A", subject: "Dansk", lessons: 7),
        ])
        #expect(school.employees[1].teaches.map(\.lessons) == [5, 3])
    }
}
