import NormeringCore
import NormeringRules
import Testing
import NormeringTestSupport

@Suite("Years, scopes, effective dates and costs")
struct YearTests {
    /// A municipal institution whose staff and children vary over three months.
    func threeMonths() -> Dataset {
        Dataset(institutionMonths: [
            // January: S = 1, R = 2 (fail).
            daycare(period: "2025-01", employees: [pedagogue("E1")], children: children(12, under3: false, period: "2025-01")),
            // February: S = 3, R = 1 (pass).
            daycare(period: "2025-02", employees: [pedagogue("E1"), pedagogue("E2"), pedagogue("E3")],
                    children: children(6, under3: false, period: "2025-02")),
            // March: S = 1, R = 1 (pass).
            daycare(period: "2025-03", employees: [pedagogue("E1")], children: children(6, under3: false, period: "2025-03")),
        ])
    }

    @Test("a year of 3 months: months = 3, means of the monthly quantities, not of ratios")
    func yearOfThreeMonths() throws {
        let evaluation = RuleEngine().runStages(threeMonths())
        let year = try #require(evaluation.findings(rule: "minimum-staffing", scope: .municipality, period: "2025").first)
        #expect(year.months == 3)
        #expect(abs(year.value - 5.0 / 3) < 1e-12)
        #expect(abs((year.threshold ?? 0) - 4.0 / 3) < 1e-12)
        #expect(year.status == .pass && year.severity == .legal && year.gapFTE == 0)
        let row = try #require(evaluation.normering(period: "2025", scope: .municipality))
        // Ratio from the means: 8 children / (5/3) staff = 4.8; the mean of the monthly
        // ratios (12 + 2 + 6) / 3 = 6.67 would be wrong.
        #expect(abs((row.ratioOver3 ?? 0) - 8 / (5.0 / 3)) < 1e-12)
        #expect(row.months == 3)
        let institutionYear = try #require(evaluation.normering(period: "2025", scope: .institution, institution: "D1"))
        #expect(institutionYear.months == 3 && institutionYear.staff == row.staff)
        let monthly = evaluation.findings(rule: "minimum-staffing", scope: .municipality).filter { $0.months == 1 }
        #expect(monthly.map(\.status) == [.fail, .pass, .pass])
    }

    @Test("trained-share year from mean qualified and counted FTE; months with counted staff")
    func shareYear() throws {
        let dataset = Dataset(institutionMonths: [
            daycare(period: "2025-01", employees: [pedagogue("E1"), pedagogue("E2", education: .untrained)]),
            daycare(period: "2025-02", employees: [pedagogue("E1"), pedagogue("E2"), pedagogue("E3"), pedagogue("E4")]),
            daycare(period: "2025-03", employees: []),
        ])
        let evaluation = RuleEngine().runStages(dataset)
        let year = try #require(evaluation.findings(rule: "trained-share", scope: .municipality, period: "2025").first)
        #expect(year.months == 2)
        #expect(abs(year.value - 5.0 / 6) < 1e-12)  // (1 + 4) / (2 + 4), not (0.5 + 1) / 2
        #expect(year.status == .fail)
        #expect(abs((year.gapFTE ?? 0) - (0.85 * 3 - 2.5)) < 1e-12)
        // March has no counted staff: no row (no denominator, no row).
        #expect(evaluation.findings(rule: "trained-share", period: "2025-03").isEmpty)
    }

    @Test("a private institution alone: no municipal rows; month rows § 19 a info; year rows § 19 b")
    func privateAlone() throws {
        let dataset = Dataset(institutionMonths: [
            daycare("P1", period: "2024-11", ownership: .private, employees: [pedagogue("E1")],
                    children: children(9, under3: false, period: "2024-11")),
            daycare("P1", period: "2025-03", ownership: .private, employees: [pedagogue("E1")],
                    children: children(9, under3: false, period: "2025-03")),
        ])
        let evaluation = RuleEngine().runStages(dataset)
        #expect(evaluation.findings.allSatisfy { $0.scope != .municipality })
        #expect(evaluation.normering.allSatisfy { $0.scope != .municipality })
        let month = try #require(evaluation.findings(rule: "minimum-staffing", period: "2025-03").first)
        #expect(month.severity == .info && month.status == .fail && month.source == "dagtilbudsloven § 19 a")
        let year2025 = try #require(evaluation.findings(rule: "minimum-staffing", period: "2025").first)
        #expect(year2025.severity == .legal && year2025.status == .fail && year2025.source == "dagtilbudsloven § 19 b")
        #expect(abs((year2025.gapFTE ?? 0) - 0.5) < 1e-12)
        let year2024 = try #require(evaluation.findings(rule: "minimum-staffing", period: "2024").first)
        #expect(year2024.status == .notInForce && year2024.severity == .info)
        // rules.md § 5 (v1.4): a private institution's year row names § 19 b, in force or not.
        #expect(year2024.source == "dagtilbudsloven § 19 b")
        #expect(year2024.threshold == 1.5 && year2024.gapFTE == 0.5)
    }

    @Test("not in force before 2024: rows computed, status not-in-force, figures kept")
    func notInForce() throws {
        let dataset = Dataset(institutionMonths: [
            daycare(period: "2023-12", employees: [pedagogue("E1")], children: children(12, under3: false, period: "2023-12")),
            daycare(period: "2024-01", employees: [pedagogue("E1")], children: children(12, under3: false, period: "2024-01")),
        ])
        let evaluation = RuleEngine().runStages(dataset)
        for period in ["2023-12", "2023"] {
            for scope in [Scope.institution, .municipality] {
                let finding = try #require(evaluation.findings(rule: "minimum-staffing", scope: scope, period: period).first)
                #expect(finding.status == .notInForce)
                #expect(finding.threshold == 2 && finding.gapFTE == 1 && finding.gapCost == 400_000)
            }
        }
        #expect(evaluation.normering(period: "2023", scope: .municipality)?.status == .notInForce)
        let inForce = try #require(evaluation.findings(rule: "minimum-staffing", scope: .municipality, period: "2024").first)
        #expect(inForce.status == .fail && inForce.severity == .legal)
        // Rules without versions are always in force.
        #expect(evaluation.findings(rule: "trained-share", period: "2023-12").first?.status == .pass)
    }

    @Test("costPerFTE by year: own year, else the latest earlier, else the earliest")
    func costByYear() throws {
        var ruleSet = RuleSet.danish
        ruleSet.costPerFTE = .byYear([2024: 390_000, 2026: 410_000])
        let dataset = Dataset(institutionMonths: ["2023-06", "2024-06", "2025-06", "2026-06"].map { period in
            daycare(period: period, employees: [pedagogue("E1")], children: children(12, under3: false, period: period))
        })
        let evaluation = RuleEngine(ruleSet: ruleSet).runStages(dataset)
        let costs = ["2023", "2024", "2025", "2026"].map {
            evaluation.findings(rule: "minimum-staffing", scope: .municipality, period: $0).first?.gapCost
        }
        #expect(costs == [390_000, 390_000, 390_000, 410_000])
        #expect(CostPerFTE.flat(5).amount(forYear: 1999) == 5)
    }

    @Test("a month missing one side: its own row, out of the municipal figure and the year")
    func missingSide() throws {
        let dataset = Dataset(institutionMonths: [
            daycare("A", period: "2025-03", employees: [pedagogue("E1")], hasEnrolment: false),
            daycare("B", period: "2025-03", children: children(6, under3: false, period: "2025-03"), hasStaffing: false),
            daycare("A", period: "2025-04", employees: [pedagogue("E1")], children: children(6, under3: false, period: "2025-04")),
        ])
        let evaluation = RuleEngine().runStages(dataset)
        let a = try #require(evaluation.normering(period: "2025-03", scope: .institution, institution: "A"))
        #expect(a.staff == 1 && a.childrenOver3 == 0 && a.status == .pass)
        let b = try #require(evaluation.normering(period: "2025-03", scope: .institution, institution: "B"))
        #expect(b.staff == 0 && b.required == 1 && b.status == .fail)
        // March: every in-scope institution lacks a side → no municipality-month row.
        #expect(evaluation.normering(period: "2025-03", scope: .municipality) == nil)
        #expect(evaluation.normering(period: "2025", scope: .municipality)?.months == 1)
        #expect(evaluation.normering(period: "2025", scope: .institution, institution: "A")?.months == 1)
        #expect(evaluation.normering(period: "2025", scope: .institution, institution: "B") == nil)
        // Municipal trained share counts A's March staff, enrolment or not.
        #expect(evaluation.findings(rule: "trained-share", scope: .municipality, period: "2025").first?.months == 2)
    }

    @Test("special institutions and SFOs: institution rows only")
    func outOfScope() throws {
        let special = daycare("S", ownership: .special, employees: [pedagogue("E1")],
                              children: children(6, under3: false, period: "2025-03"))
        let sfo = InstitutionMonth(municipality: "657", id: "F", name: "SFO", kind: .sfo, period: month("2025-03"),
                                   hasStaffing: true, hasEnrolment: true, employees: [pedagogue("E2")])
        let evaluation = RuleEngine().runStages(Dataset(institutionMonths: [special, sfo]))
        #expect(evaluation.findings.allSatisfy { $0.scope == .institution })
        #expect(evaluation.findings(rule: "minimum-staffing", institution: "F").isEmpty)
        #expect(evaluation.findings(rule: "trained-share", institution: "F").count == 2)
        #expect(evaluation.findings(rule: "minimum-staffing", period: "2025", institution: "S").first?.severity == .info)
    }

    @Test("two municipalities are figured apart")
    func twoMunicipalities() {
        let dataset = Dataset(institutionMonths: [
            daycare(employees: [pedagogue("E1")], children: children(6, under3: false, period: "2025-03"), municipality: "657"),
            daycare(employees: [], children: children(6, under3: false, period: "2025-03"), municipality: "101"),
        ])
        let years = RuleEngine().runStages(dataset).findings(rule: "minimum-staffing", scope: .municipality, period: "2025")
        #expect(years.map(\.municipality) == ["101", "657"])
        #expect(years.map(\.status) == [.fail, .pass])
    }
}
