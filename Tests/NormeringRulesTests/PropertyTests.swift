import NormeringCore
import NormeringRules
import NormeringTestSupport
import Testing

/// Random records of one month, within the export format's ranges.
struct RecordGenerator {
    var random: SeededGenerator
    let period = month("2025-03")

    mutating func date() -> LocalDate? {
        Int.random(in: 0..<3, using: &random) == 0
            ? LocalDate(year: 2025, month: Int.random(in: 2...4, using: &random), day: Int.random(in: 1...28, using: &random))
            : nil
    }

    mutating func interval() -> (LocalDate?, LocalDate?) {
        let a = date()
        let b = date()
        if let a, let b, b < a { return (b, a) }
        return (a, b)
    }

    mutating func employee(_ id: String) -> Employee {
        let (from, to) = interval()
        var leaves: [Leave] = []
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let (leaveFrom, leaveTo) = interval()
            leaves.append(Leave(kind: LeaveKind.allCases.randomElement(using: &random) ?? .sick, from: leaveFrom, to: leaveTo))
        }
        return Employee(
            id: id, role: Role.allCases.randomElement(using: &random) ?? .pedagogical,
            education: Education.allCases.randomElement(using: &random) ?? .untrained,
            hours: Double(Int.random(in: 1...600, using: &random)) / 10, from: from, to: to,
            funding: Int.random(in: 0..<5, using: &random) == 0 ? .stateSocialPool : .municipal,
            group: [nil, AgeGroup.nursery, .kindergarten].randomElement(using: &random) ?? nil, leaves: leaves)
    }

    mutating func child(_ id: String) -> Child {
        let (from, to) = interval()
        let birth = LocalDate(year: Int.random(in: 2019...2024, using: &random), month: Int.random(in: 1...12, using: &random),
                              day: Int.random(in: 1...28, using: &random)) ?? period.firstDay
        return Child(id: id, birthDate: birth, from: from, to: to,
                     place: Bool.random(using: &random) ? .partTime : .fullTime)
    }

    mutating func institutionMonth() -> InstitutionMonth {
        let staff = (0..<Int.random(in: 0...8, using: &random)).map { employee("E\($0)") }
        let kids = (0..<Int.random(in: 0...30, using: &random)).map { child("C\($0)") }
        return daycare(employees: staff, children: kids)
    }
}

@Suite("Properties of minimum staffing (seeded random cases)")
struct PropertyTests {
    static let cases = 300

    func statuses(_ month: InstitutionMonth, _ ruleSet: RuleSet) -> [FindingStatus] {
        let evaluation = RuleEngine(ruleSet: ruleSet).runStages(Dataset(institutionMonths: [month]))
        return [Scope.institution, .municipality].compactMap {
            evaluation.findings(rule: "minimum-staffing", scope: $0, period: "2025-03").first?.status
        }
    }

    @Test("adding an employee never turns pass into fail")
    func addingEmployee() {
        var generator = RecordGenerator(random: SeededGenerator(seed: 20_250_301))
        var passesSeen = 0
        for index in 0..<Self.cases {
            let month = generator.institutionMonth()
            let more = month.with(addingEmployees: [generator.employee("X\(index)")])
            let before = statuses(month, .danish)
            let after = statuses(more, .danish)
            #expect(before.count == 2 && after.count == 2)
            for (old, new) in zip(before, after) where old == .pass {
                passesSeen += 1
                #expect(new == .pass, "case \(index)")
            }
        }
        #expect(passesSeen > 0)
    }

    @Test("adding a child never turns fail into pass")
    func addingChild() {
        var generator = RecordGenerator(random: SeededGenerator(seed: 7))
        var failsSeen = 0
        for index in 0..<Self.cases {
            let month = generator.institutionMonth()
            let more = month.with(addingChildren: [generator.child("X\(index)")])
            for (old, new) in zip(statuses(month, .danish), statuses(more, .danish)) where old == .fail {
                failsSeen += 1
                #expect(new == .fail, "case \(index)")
            }
        }
        #expect(failsSeen > 0)
    }

    @Test("the year of one month equals that month, and the unrounded figures stay consistent")
    func oneMonthYear() {
        var generator = RecordGenerator(random: SeededGenerator(seed: 99))
        for _ in 0..<100 {
            let evaluation = RuleEngine().runStages(Dataset(institutionMonths: [generator.institutionMonth()]))
            let month = evaluation.normering(period: "2025-03", scope: .municipality)
            let year = evaluation.normering(period: "2025", scope: .municipality)
            #expect(month?.staff == year?.staff && month?.required == year?.required && month?.gapFTE == year?.gapFTE)
            for row in evaluation.normering {
                #expect(row.gapFTE >= 0 && (row.status == .pass) == (row.gapFTE == 0))
                #expect(abs((row.gapCost ?? .nan) - row.gapFTE * 400_000) < 1e-6)
                #expect(row.staff >= 0 && row.childrenUnder3 >= 0 && row.childrenOver3 >= 0)
            }
        }
    }
}
