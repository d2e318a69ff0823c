import NormeringConfig
import NormeringCore
import NormeringReports

/// The forecast months as records of the export format (plan.md § 2): what B holds carried
/// forward, the scenario applied, and the intake added. The rules engine measures them
/// exactly as it measures the actual months: no rule is computed here.
///
/// Built once from B: every record of the horizon in one table, a row per projected
/// institution. `records(in:)` copies the records that touch one forecast month into a table
/// of its own, so a run holds B's records and the horizon's, never all forecast months.
public struct Projection: Sendable {
    public let baseMonth: YearMonth
    public let through: YearMonth
    /// Each forecast month's default intake, or why there is none.
    public let intake: [PlanIntakeMonth]
    /// Every record of the horizon: B's carried forward, the scenario's hires, the intake.
    private let horizon: RecordTable
    /// One per projected institution: B's naming columns, the ranges of its records in `horizon`.
    private let institutions: [InstitutionRow]

    /// - Parameters:
    ///   - scenario: checked against `base` already (`ScenarioCheck`).
    ///   - through: the last forecast month (after B).
    public init(base: BaseMonth, scenario: Scenario, history: IntakeHistory, through: YearMonth) {
        baseMonth = base.month
        self.through = through
        let school = SchoolStart(firstMonth: scenario.schoolStartMonth)
        let months = base.month.next.through(through)
        let baseDays = Day.number(base.month.firstDay)...Day.number(base.month.lastDay)
        // Scenario intake by (institution id, month): it replaces the default intake there.
        var scenarioIntake: [String: [YearMonth: [Scenario.Intake]]] = [:]
        for entry in scenario.intake { scenarioIntake[entry.institution, default: [:]][entry.month, default: []].append(entry) }
        let sources = months.map { history.source(of: $0, base: base.month) }

        var table = RecordTable()
        var rows: [InstitutionRow] = []
        var replayedCount = Array(repeating: 0, count: months.count)
        var replacedCount = Array(repeating: 0, count: months.count)
        var claimed = Set<String>()  // scenario entries name an institution by id: the first one
        // B's institution-months share one period's table (a test's may have one each).
        var mapped: PeriodRecords?
        var map = TextMap(from: table)
        for record in base.projected {
            if mapped !== record.records {
                mapped = record.records
                map = TextMap(from: record.table)
            }
            let key = InstitutionKey(record)
            let ownsScenario = claimed.insert(record.id).inserted
            var row = record.row
            let firstEmployee = table.employees.count
            table.appendStaff(of: record, changes: ownsScenario ? StaffChanges(scenario, institution: record.id) : StaffChanges(),
                              baseDays: baseDays, &map)
            let firstChild = table.children.count
            table.appendChildren(of: record, after: baseDays.upperBound, school: school, &map)
            for (index, month) in months.enumerated() {
                if ownsScenario, let entries = scenarioIntake[record.id]?[month] {
                    replacedCount[index] += 1
                    var number = 0
                    for entry in entries {
                        for _ in 0..<entry.children {
                            number += 1
                            table.appendArrival(id: "scenario-\(month)-\(number)", birthDate: entry.born,
                                                from: month.firstDay, place: .fullTime, school: school)
                        }
                    }
                } else if case .replayed(let source) = sources[index] {
                    for arrival in history.arrivals(in: source, at: key) {
                        replayedCount[index] += 1
                        table.appendArrival(id: "\(arrival.childID)+\(month)", birthDate: arrival.birthDate.addingYears(1),
                                            from: month.date(clampingDay: arrival.day), place: arrival.place,
                                            school: school)
                    }
                }
            }
            row.hasStaffing = true
            row.hasEnrolment = true
            row.employees = firstEmployee..<table.employees.count
            row.children = firstChild..<table.children.count
            row.classes = 0..<0
            row.pupils = 0..<0
            rows.append(row)
        }
        horizon = table
        institutions = rows
        intake = months.indices.map { index in
            let source: PlanIntakeMonth.Source
            switch sources[index] {
            case .replayed(let month): source = .replayed(month: month, children: replayedCount[index])
            case .missing(let month): source = .missing(month: month)
            case .forecast(let month): source = .forecast(month: month)
            }
            return PlanIntakeMonth(month: months[index], source: source, replacedInstitutions: replacedCount[index])
        }
    }

    /// The forecast month's institution-months: one per projected institution, with both
    /// sides, holding the records that touch the month.
    public func records(in month: YearMonth) -> PeriodRecords {
        guard month > baseMonth, month <= through else { return .empty(month) }
        let first = Day.number(month.firstDay)
        let last = Day.number(month.lastDay)
        var table = RecordTable()
        var map = TextMap(from: horizon)
        var rows = institutions
        for (index, institution) in institutions.enumerated() {
            let firstEmployee = table.employees.count
            for employee in institution.employees
            where horizon.employees.from[employee] <= last && horizon.employees.to[employee] >= first {
                table.appendEmployee(employee, of: horizon, &map)
            }
            let firstChild = table.children.count
            for child in institution.children where horizon.children.from[child] <= last && horizon.children.to[child] >= first {
                let minder = map.here(horizon.children.minder[child], from: horizon, into: &table)
                table.appendChild(child, of: horizon, minder: minder, &map)
            }
            rows[index].employees = firstEmployee..<table.employees.count
            rows[index].children = firstChild..<table.children.count
        }
        return PeriodRecords(period: month, table: table, institutions: rows)
    }
}
