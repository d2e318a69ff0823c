import NormeringCore
@testable import NormeringRules
import Testing
import NormeringTestSupport

@Suite("Figures: days, FTE, age bands, comparisons")
struct FigureTests {
    func band(born: String, in period: String) -> Bool {
        ChildTime.isUnder3(birthDate: day(born), in: month(period))
    }

    @Test("born on the 15th: under 3 through the month of the 3rd birthday")
    func bornOnThe15th() {
        #expect(band(born: "2022-03-15", in: "2025-03"))
        #expect(!band(born: "2022-03-15", in: "2025-04"))
    }

    @Test("born on the 1st: under 3 through the month of the 3rd birthday, too")
    func bornOnThe1st() {
        #expect(band(born: "2022-04-01", in: "2025-04"))
        #expect(!band(born: "2022-04-01", in: "2025-05"))
    }

    @Test("born 29 February: the 3rd birthday is 1 March, so under 3 through March")
    func leapDay() {
        #expect(band(born: "2020-02-29", in: "2023-03"))
        #expect(!band(born: "2020-02-29", in: "2023-04"))
        // Born a day earlier: the birthday stays in February.
        #expect(!band(born: "2020-02-28", in: "2023-03"))
        // A leap year with 29 February: the birthday is 29 February.
        #expect(band(born: "2021-02-28", in: "2024-02"))
        #expect(!band(born: "2021-02-28", in: "2024-03"))
    }

    @Test("the band change through the engine: U and O of the institution-month rows")
    func bandThroughEngine() throws {
        let dataset = Dataset(institutionMonths: ["2025-03", "2025-04"].map { period in
            daycare(period: period, employees: [pedagogue("E1")],
                    children: [Child(id: "B1", birthDate: day("2022-03-15"))])
        })
        let evaluation = RuleEngine().runStages(dataset)
        let march = try #require(evaluation.normering(period: "2025-03", scope: .institution, institution: "D1"))
        let april = try #require(evaluation.normering(period: "2025-04", scope: .institution, institution: "D1"))
        #expect(march.childrenUnder3 == 1 && march.childrenOver3 == 0)
        #expect(april.childrenUnder3 == 0 && april.childrenOver3 == 1)
    }

    @Test("deducted leave counted once, inside both the employment and the month; sick leave not deducted")
    func leaveDays() {
        let employee = Employee(
            id: "E1", role: .pedagogical, education: .pedagogue, hours: 37, from: day("2025-03-11"),
            leaves: [Leave(kind: .maternity, from: day("2025-02-01"), to: day("2025-03-15")),
                     Leave(kind: .parental, from: day("2025-03-10"), to: day("2025-03-20")),
                     Leave(kind: .sick),
                     Leave(kind: .unpaid, from: day("2025-04-01"))])
        let march = InstitutionMonth(municipality: "101", id: "I1", name: "I1", kind: .daycare, period: month("2025-03"),
                                     hasStaffing: true, hasEnrolment: true, employees: [employee])
        // Employed 11–31 March (21 days), leave 11–20 March (10 days) → 11 days.
        #expect(StaffTime.fte(ofEmployee: 0, in: march, fullTimeHours: 37) == 11.0 / 31)
        // A different full-time week scales the figure.
        #expect(StaffTime.fte(ofEmployee: 0, in: march, fullTimeHours: 37 * 2) == 11.0 / 62)
    }

    @Test("weights: manager 0.85, student 0.5, area manager and other 0, state pool 0")
    func weights() throws {
        let staff = [
            Employee(id: "M", role: .manager, education: .pedagogue, hours: 37),
            Employee(id: "S", role: .student, education: .untrained, hours: 37),
            Employee(id: "A", role: .areaManager, education: .pedagogue, hours: 37),
            Employee(id: "O", role: .other, education: .untrained, hours: 37),
            Employee(id: "P", role: .pedagogical, education: .untrained, hours: 37, funding: .stateSocialPool),
            Employee(id: "T", role: .support, education: .untrained, hours: 18.5),
        ]
        let evaluation = RuleEngine().runStages(Dataset(institutionMonths: [daycare(employees: staff)]))
        let row = try #require(evaluation.normering(period: "2025-03", scope: .institution, institution: "D1"))
        #expect(abs(row.staff - (0.85 + 0.5 + 0.5)) < 1e-12)
        // Trained share counts manager, pedagogical (state pool too) and support at weight 1.
        let share = try #require(evaluation.findings(rule: "trained-share", scope: .institution, period: "2025-03").first)
        #expect(abs(share.value - 1 / 2.5) < 1e-12)
    }

    @Test("S = R passes exactly at the boundary, and within a relative 1e-9")
    func boundary() throws {
        // 6 children over 3 need one adult: one full-time pedagogue is exactly enough.
        let exact = daycare(employees: [pedagogue("E1")], children: children(6, under3: false, period: "2025-03"))
        let short = daycare(employees: [pedagogue("E1", hours: 36.99)],
                            children: children(6, under3: false, period: "2025-03"))
        let evaluation = RuleEngine().runStages(Dataset(institutionMonths: [exact]))
        let finding = try #require(evaluation.findings(rule: "minimum-staffing", scope: .institution, period: "2025-03").first)
        #expect(finding.value == finding.threshold)
        #expect(finding.status == .pass && finding.gapFTE == 0 && finding.gapCost == 0)
        let failing = RuleEngine().runStages(Dataset(institutionMonths: [short]))
        let fail = try #require(failing.findings(rule: "minimum-staffing", scope: .institution, period: "2025-03").first)
        #expect(fail.status == .fail)
        #expect(abs((fail.gapFTE ?? 0) - 0.01 / 37) < 1e-12)
        #expect(abs((fail.gapCost ?? 0) - 0.01 / 37 * 400_000) < 1e-6)

        let required = 0.1 + 0.2  // 0.30000000000000004
        #expect(Tolerance.atLeast(0.3, required))
        #expect(!Tolerance.atLeast(0.3 - 1e-6, required))
        #expect(Tolerance.atMost(28.000000000000004, 28))
        #expect(!Tolerance.atMost(29, 28))
    }

    @Test("a share of exactly 0.85 passes the trained-share target")
    func shareAtTarget() throws {
        let month = daycare(employees: [pedagogue("E1", hours: 31.45), pedagogue("E2", hours: 5.55, education: .untrained)],
                            children: children(1, under3: false, period: "2025-03"))
        let evaluation = RuleEngine().runStages(Dataset(institutionMonths: [month]))
        let share = try #require(evaluation.findings(rule: "trained-share", scope: .institution, period: "2025-03").first)
        #expect(abs(share.value - 0.85) < 1e-12)
        #expect(share.status == .pass && share.gapFTE == 0)
    }

    @Test("band ratios: grouped staff to their band, unassigned split U/3 : O/6")
    func bandRatios() throws {
        let staff = [pedagogue("N", group: .nursery), pedagogue("K", group: .kindergarten), pedagogue("U1"), pedagogue("U2")]
        let kids = children(6, under3: true, period: "2025-03", prefix: "U") + children(6, under3: false, period: "2025-03", prefix: "O")
        let evaluation = RuleEngine().runStages(Dataset(institutionMonths: [daycare(employees: staff, children: kids)]))
        let row = try #require(evaluation.normering(period: "2025-03", scope: .institution, institution: "D1"))
        // Required 2 : 1, so the 2 unassigned split 4/3 : 2/3.
        #expect(abs((row.ratioUnder3 ?? 0) - 6 / (1 + 4.0 / 3)) < 1e-12)
        #expect(abs((row.ratioOver3 ?? 0) - 6 / (1 + 2.0 / 3)) < 1e-12)
    }

    @Test("a band with children and no staff has no ratio")
    func bandWithoutStaff() throws {
        let staff = [pedagogue("K", group: .kindergarten)]
        let kids = children(2, under3: true, period: "2025-03", prefix: "U") + children(3, under3: false, period: "2025-03")
        let evaluation = RuleEngine().runStages(Dataset(institutionMonths: [daycare(employees: staff, children: kids)]))
        let row = try #require(evaluation.normering(period: "2025-03", scope: .institution, institution: "D1"))
        #expect(row.ratioUnder3 == nil)
        #expect(row.ratioOver3 == 3)
    }

    @Test("part-time places count in full by default; the weight is configurable")
    func partTime() throws {
        let kids = [Child(id: "B1", birthDate: day("2021-01-01"), place: .partTime)]
        let month = daycare(employees: [pedagogue("E1")], children: kids)
        let full = RuleEngine().runStages(Dataset(institutionMonths: [month]))
        #expect(full.normering(period: "2025-03", scope: .institution, institution: "D1")?.childrenOver3 == 1)
        var ruleSet = RuleSet.danish
        ruleSet.settings["minimum-staffing"] = RuleSettings(parameters: ["partTimeChildWeight": .number(0.6)])
        let weighted = RuleEngine(ruleSet: ruleSet).runStages(Dataset(institutionMonths: [month]))
        #expect(weighted.normering(period: "2025-03", scope: .institution, institution: "D1")?.childrenOver3 == 0.6)
    }
}

@Suite("Education flags")
struct EducationFlagsTests {
    @Test("the flags hold exactly the educations of every subset")
    func everySubset() {
        let all = Education.allCases
        for mask in 0..<(1 << all.count) {
            let subset = Set(all.indices.filter { mask & (1 << $0) != 0 }.map { all[$0] })
            let flags = EducationFlags(subset)
            for education in all {
                #expect(flags.contains(education) == subset.contains(education), "\(subset) \(education)")
            }
        }
    }
}
