import NormeringConfig
import NormeringCore
import NormeringPlan
import NormeringRules
import Testing
import NormeringTestSupport

/// Properties of the forecast over random institutions (a seeded generator).
@Suite struct PlanPropertyTests {
    /// A small deterministic generator (SplitMix64).
    struct Seeded {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
    }

    static let base = YearMonth(year: 2025, month: 10)!
    static let through = YearMonth(year: 2026, month: 10)!

    static func institution(_ random: inout Seeded, childrenLeave: Bool) -> InstitutionMonth {
        let employees = (0..<random.int(1...8)).map { index -> Employee in
            let to = random.int(0...3) == 0
                ? LocalDate(year: 2026, month: random.int(1...12), day: random.int(1...28)) : nil
            let leaves = random.int(0...4) == 0
                ? [Leave(kind: .maternity, from: LocalDate(year: 2025, month: 9, day: 1),
                         to: LocalDate(year: 2026, month: random.int(1...6), day: random.int(1...28)))] : []
            return Employee(id: "E\(index)", role: [.pedagogical, .manager, .student, .support][random.int(0...3)],
                            education: .pedagogue, hours: Double(random.int(10...37)), to: to, leaves: leaves)
        }
        let children = (0..<random.int(0...30)).map { index -> Child in
            let born = LocalDate(year: random.int(childrenLeave ? 2019...2025 : 2021...2025), month: random.int(1...12),
                                 day: random.int(1...28))!
            let to = childrenLeave && random.int(0...3) == 0
                ? LocalDate(year: 2026, month: random.int(1...12), day: random.int(1...28)) : nil
            return Child(id: "C\(index)", birthDate: born, to: to, place: random.int(0...5) == 0 ? .partTime : .fullTime)
        }
        return InstitutionMonth(municipality: "657", id: "657-1", name: "Æblehaven", kind: .daycare, period: base,
                                hasStaffing: true, hasEnrolment: true, employees: employees, children: children)
    }

    static func rows(_ projection: Projection) -> [YearMonth: NormeringRow] {
        let engine = RuleEngine()
        var result: [YearMonth: NormeringRow] = [:]
        for month in base.next.through(through) {
            let evaluation = engine.runStages(Dataset(institutionMonths: projection.records(in: month).months))
            result[month] = evaluation.normering.first { $0.scope == .institution && $0.period == .month(month) }
        }
        return result
    }

    @Test func addingAHireNeverMakesAForecastMonthWorse() throws {
        var random = Seeded(state: 16)
        for _ in 0..<60 {
            let record = Self.institution(&random, childrenLeave: true)
            let baseMonth = BaseMonth(month: Self.base, records: [record])
            var scenario = Scenario()
            let without = Self.rows(Projection(base: baseMonth, scenario: scenario, history: IntakeHistory(),
                                               through: Self.through))
            scenario.hires = [Scenario.Hire(
                institution: "657-1", from: LocalDate(year: 2026, month: random.int(1...12), day: random.int(1...28))!,
                count: random.int(1...3), hours: Double(random.int(5...37)),
                role: [.pedagogical, .student, .other, .manager][random.int(0...3)], education: .untrained)]
            let with = Self.rows(Projection(base: baseMonth, scenario: scenario, history: IntakeHistory(),
                                            through: Self.through))
            for (month, before) in without {
                let after = try #require(with[month])
                #expect(after.staff >= before.staff - 1e-12, "\(month)")
                #expect(after.gapFTE <= before.gapFTE + 1e-12, "\(month)")
                #expect(after.required == before.required)
            }
        }
    }

    @Test func requiredFallsOnlyWhenAChildMovesUpABand() throws {
        var random = Seeded(state: 19)
        for _ in 0..<60 {
            // Children born 2021 or later: none reaches school start before 2027; none leaves.
            let record = Self.institution(&random, childrenLeave: false)
            let projection = Projection(base: BaseMonth(month: Self.base, records: [record]), scenario: Scenario(),
                                        history: IntakeHistory(), through: Self.through)
            let rows = Self.rows(projection)
            var month = Self.base.next
            while month < Self.through {
                let now = try #require(rows[month])
                let next = try #require(rows[month.next])
                if next.required < now.required - 1e-12 {
                    // A child moved up: fewer under three, more over three, the same children.
                    #expect(next.childrenUnder3 < now.childrenUnder3 && next.childrenOver3 > now.childrenOver3, "\(month)")
                } else {
                    #expect(abs(next.required - now.required) < 1e-12, "\(month)")
                }
                #expect(abs(next.childrenUnder3 + next.childrenOver3 - now.childrenUnder3 - now.childrenOver3) < 1e-9)
                month = month.next
            }
        }
    }
}
