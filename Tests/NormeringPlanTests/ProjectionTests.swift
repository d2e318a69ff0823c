import NormeringConfig
import NormeringCore
import NormeringPlan
import NormeringReports
import NormeringRules
import Testing
import NormeringTestSupport

/// Forecast records: what is carried forward, and how the rules measure it.
@Suite struct ProjectionTests {
    static func ym(_ year: Int, _ month: Int) -> YearMonth { YearMonth(year: year, month: month)! }
    static func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    static func base(_ period: YearMonth, employees: [Employee] = [], children: [Child] = [],
                     id: String = "657-101") -> InstitutionMonth {
        InstitutionMonth(municipality: "657", id: id, name: "Solsikken", kind: .daycare, period: period,
                         hasStaffing: true, hasEnrolment: true, employees: employees, children: children)
    }

    static func pedagogue(_ id: String, from: LocalDate? = nil, to: LocalDate? = nil, leaves: [Leave] = []) -> Employee {
        Employee(id: id, role: .pedagogical, education: .pedagogue, hours: 37, from: from, to: to, leaves: leaves)
    }

    static func projection(_ records: [InstitutionMonth], base: YearMonth, through: YearMonth,
                           scenario: Scenario = Scenario(), history: IntakeHistory = IntakeHistory()) -> Projection {
        Projection(base: BaseMonth(month: base, records: records), scenario: scenario, history: history,
                   through: through)
    }

    static let engine = RuleEngine()

    /// The minimum-staffing figures of one forecast month of the first institution.
    static func figures(_ projection: Projection, _ month: YearMonth) -> NormeringRow? {
        let records = projection.records(in: month).months
        let evaluation = engine.runStages(Dataset(institutionMonths: records))
        return evaluation.normering.first { $0.scope == .institution && $0.period == .month(month) }
    }

    @Test func schoolStartAfterThirtyFirstJuly() throws {
        // Born 2020-05-01: turns 6 in 2026, in daycare through 2026-07-31, at school from August.
        let b = Self.ym(2026, 5)
        let child = Child(id: "C1", birthDate: Self.day(2020, 5, 1))
        let projection = Self.projection([Self.base(b, employees: [Self.pedagogue("E1")], children: [child])],
                                         base: b, through: Self.ym(2026, 9))
        #expect(projection.records(in: Self.ym(2026, 7)).months.first?.children.first?.to == Self.day(2026, 7, 31))
        #expect(try #require(Self.figures(projection, Self.ym(2026, 7))).childrenOver3 == 1)
        #expect(try #require(Self.figures(projection, Self.ym(2026, 8))).childrenOver3 == 0)
        #expect(projection.records(in: Self.ym(2026, 8)).months.first?.children.isEmpty == true)
    }

    @Test func childPastSchoolStartLeavesWithB() {
        // B is August 2026: a child born in 2020 is past school start and leaves at the end of B.
        let b = Self.ym(2026, 8)
        let child = Child(id: "C1", birthDate: Self.day(2020, 1, 1))
        let projection = Self.projection([Self.base(b, children: [child])], base: b, through: Self.ym(2026, 9))
        #expect(projection.records(in: Self.ym(2026, 9)).months.first?.children.isEmpty == true)
    }

    @Test func scenarioSchoolStartMonth() throws {
        var scenario = Scenario()
        scenario.schoolStartMonth = 5  // first month at school May: in daycare through April
        let b = Self.ym(2026, 1)
        let child = Child(id: "C1", birthDate: Self.day(2020, 6, 1))
        let projection = Self.projection([Self.base(b, children: [child])], base: b, through: Self.ym(2026, 6),
                                         scenario: scenario)
        #expect(projection.records(in: Self.ym(2026, 4)).months.first?.children.count == 1)
        #expect(projection.records(in: Self.ym(2026, 5)).months.first?.children.isEmpty == true)
    }

    @Test func turningThreeOnTheLastDayOfAForecastMonth() throws {
        // Born 2023-11-30: three on 2026-11-30, under three through November, over from December.
        let b = Self.ym(2026, 9)
        let child = Child(id: "C1", birthDate: Self.day(2023, 11, 30))
        let projection = Self.projection([Self.base(b, employees: [Self.pedagogue("E1")], children: [child])],
                                         base: b, through: Self.ym(2026, 12))
        let november = try #require(Self.figures(projection, Self.ym(2026, 11)))
        let december = try #require(Self.figures(projection, Self.ym(2026, 12)))
        #expect(november.childrenUnder3 == 1 && november.childrenOver3 == 0)
        #expect(december.childrenUnder3 == 0 && december.childrenOver3 == 1)
        #expect(abs(november.required - 1.0 / 3) < 1e-12 && abs(december.required - 1.0 / 6) < 1e-12)
    }

    @Test func employeeSegmentEndingInsideTheHorizon() throws {
        // Employed to 2026-02-14: half of February (14 of 28 days), nothing from March.
        let b = Self.ym(2026, 1)
        let projection = Self.projection(
            [Self.base(b, employees: [Self.pedagogue("E1", to: Self.day(2026, 2, 14)), Self.pedagogue("E2")])],
            base: b, through: Self.ym(2026, 3))
        #expect(abs(try #require(Self.figures(projection, Self.ym(2026, 2))).staff - 1.5) < 1e-12)
        #expect(abs(try #require(Self.figures(projection, Self.ym(2026, 3))).staff - 1) < 1e-12)
        // A segment that ended before B's last day is not carried.
        let ended = Self.projection([Self.base(b, employees: [Self.pedagogue("E1", to: Self.day(2026, 1, 20))])],
                                    base: b, through: Self.ym(2026, 2))
        #expect(ended.records(in: Self.ym(2026, 2)).months.first?.employees.isEmpty == true)
    }

    @Test func leaveThatEnds() throws {
        // Maternity leave to 2026-03-15: no FTE in February, 16 of 31 days in March; a leave
        // without `to` ends with B.
        let b = Self.ym(2026, 1)
        let maternity = Leave(kind: .maternity, from: Self.day(2025, 12, 1), to: Self.day(2026, 3, 15))
        let open = Leave(kind: .unpaid, from: Self.day(2026, 1, 20))
        let projection = Self.projection(
            [Self.base(b, employees: [Self.pedagogue("E1", leaves: [maternity]), Self.pedagogue("E2", leaves: [open])])],
            base: b, through: Self.ym(2026, 4))
        #expect(abs(try #require(Self.figures(projection, Self.ym(2026, 2))).staff - 1) < 1e-12)
        #expect(abs(try #require(Self.figures(projection, Self.ym(2026, 3))).staff - (1 + 16.0 / 31)) < 1e-12)
        #expect(abs(try #require(Self.figures(projection, Self.ym(2026, 4))).staff - 2) < 1e-12)
    }

    @Test func defaultIntakeMissingWhenLastYearIsNotInTheExports() {
        var history = IntakeHistory()
        let b = Self.ym(2026, 1)
        history.add([Self.base(b)], period: b)
        let projection = Self.projection([Self.base(b)], base: b, through: Self.ym(2026, 3), history: history)
        // 2026-02 replays 2025-02 against 2025-01; 2026-03 replays 2025-03 against 2025-02.
        #expect(projection.intake.map(\.source) == [.missing(month: Self.ym(2025, 1)), .missing(month: Self.ym(2025, 2))])
        // The summary says so.
        let report = PlanReport(baseMonth: b, through: Self.ym(2026, 3), rows: [], years: [],
                                assumptions: PlanAssumptions(intake: projection.intake, scenarioFile: nil, changes: [],
                                                             schoolStartMonth: 8, costs: [], costSource: nil,
                                                             notProjected: [], otherKindsInBase: 0))
        let text = flat(String(decoding: PlanText.render(report, language: .en), as: UTF8.self))
        #expect(text.contains("2026-02: no default intake: 2025-01 is not in the exports"))
    }

    @Test func intakeNeverReplaysAForecastMonth() {
        var history = IntakeHistory()
        let b = Self.ym(2026, 1)
        history.add([Self.base(b)], period: b)
        let projection = Self.projection([Self.base(b)], base: b, through: Self.ym(2027, 2), history: history)
        #expect(projection.intake.last?.source == .forecast(month: Self.ym(2026, 2)))
    }

    @Test func scenarioReplacesOneInstitutionsIntakeOnly() throws {
        // Two institutions, each with one child new in 2025-03; the scenario sets 2 children
        // born 2025-01 for 657-101 in 2026-03: 657-102 keeps its replayed child.
        var history = IntakeHistory()
        let b = Self.ym(2026, 2)
        let old = Child(id: "K", birthDate: Self.day(2022, 1, 1))
        let new = Child(id: "N", birthDate: Self.day(2024, 5, 5), from: Self.day(2025, 3, 10), place: .partTime)
        var month = Self.ym(2025, 2)
        while month <= b {
            let children = month >= Self.ym(2025, 3) ? [old, new] : [old]
            history.add([Self.base(month, children: children), Self.base(month, children: children, id: "657-102")],
                        period: month)
            month = month.next
        }
        let scenario = try ScenarioLoader.parse(yaml: """
            intake:
              - { institution: 657-101, month: 2026-03, children: 2, born: 2025-01 }
            """, file: "s.yml")
        let records = [Self.base(b, children: [old]), Self.base(b, children: [old], id: "657-102")]
        try ScenarioCheck.check(scenario, against: BaseMonth(month: b, records: records))
        let projection = Self.projection(records, base: b, through: Self.ym(2026, 3), scenario: scenario,
                                         history: history)
        let march = projection.records(in: Self.ym(2026, 3)).months
        let first = try #require(march.first { $0.id == "657-101" })
        let second = try #require(march.first { $0.id == "657-102" })
        #expect(first.children.filter { $0.id != "K" }.map(\.birthDate) == [Self.day(2025, 1, 1), Self.day(2025, 1, 1)])
        #expect(first.children.allSatisfy { $0.id == "K" || ($0.from == Self.day(2026, 3, 1) && $0.place == .fullTime) })
        let replayed = try #require(second.children.first { $0.id != "K" })
        #expect(replayed.birthDate == Self.day(2025, 5, 5) && replayed.from == Self.day(2026, 3, 10))
        #expect(replayed.place == .partTime)
        #expect(projection.intake.first?.replacedInstitutions == 1)
        #expect(projection.intake.first?.source == .replayed(month: Self.ym(2025, 3), children: 1))
    }

    @Test func scenarioStaffChanges() throws {
        let b = Self.ym(2026, 1)
        let scenario = try ScenarioLoader.parse(yaml: """
            hire: [{ institution: 657-101, from: 2026-02-15, count: 2, hours: 37, role: pedagogical, education: assistant }]
            leave: [{ institution: 657-101, employee: E1, from: 2026-03-01 }]
            upskill: [{ institution: 657-101, employee: E2, from: 2026-02-10, education: assistant }]
            """, file: "s.yml")
        let employees = [Self.pedagogue("E1"),
                         Employee(id: "E2", role: .pedagogical, education: .untrained, hours: 37)]
        let projection = Self.projection([Self.base(b, employees: employees)], base: b, through: Self.ym(2026, 3),
                                         scenario: scenario)
        // February: E1, E2 and two hires from the 15th (14 of 28 days each).
        #expect(abs(try #require(Self.figures(projection, Self.ym(2026, 2))).staff - 3) < 1e-12)
        // March: E1 has left; E2 and the two hires.
        #expect(abs(try #require(Self.figures(projection, Self.ym(2026, 3))).staff - 3) < 1e-12)
        let march = try #require(projection.records(in: Self.ym(2026, 3)).months.first)
        #expect(!march.employees.contains { $0.id == "E1" })
        #expect(march.employees.first { $0.id == "E2" }?.education == .assistant)
        let february = projection.records(in: Self.ym(2026, 2)).months.first?.employees.filter { $0.id == "E2" }
        #expect(february?.map(\.education) == [.untrained, .assistant])
    }
}
