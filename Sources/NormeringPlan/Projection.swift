import NormeringConfig
import NormeringCore
import NormeringReports

/// The forecast months as records of the export format (plan.md § 2): what B holds carried
/// forward, the scenario applied, and the intake added. The rules engine measures them
/// exactly as it measures the actual months: no rule is computed here.
///
/// Built once from B; `records(in:)` makes one forecast month's institution-months at a
/// time, so a run holds B's records and the year's intake, never all forecast months.
public struct Projection: Sendable {
    public let baseMonth: YearMonth
    public let through: YearMonth
    /// Each forecast month's default intake, or why there is none.
    public let intake: [PlanIntakeMonth]
    private let institutions: [Projected]

    /// One projected institution: its naming from B and every record of the horizon.
    struct Projected: Sendable {
        /// B's naming columns (its record ranges unused).
        var template: InstitutionRow
        var employees: [Employee]
        var children: [Child]
    }

    /// - Parameters:
    ///   - scenario: checked against `base` already (`ScenarioCheck`).
    ///   - through: the last forecast month (after B).
    public init(base: BaseMonth, scenario: Scenario, history: IntakeHistory, through: YearMonth) {
        baseMonth = base.month
        self.through = through
        let school = SchoolStart(firstMonth: scenario.schoolStartMonth)
        let months = base.month.next.through(through)
        let baseLast = base.month.lastDay
        // Scenario intake by (institution id, month): it replaces the default intake there.
        var scenarioIntake: [String: [YearMonth: [Scenario.Intake]]] = [:]
        for entry in scenario.intake { scenarioIntake[entry.institution, default: [:]][entry.month, default: []].append(entry) }
        let sources = months.map { history.source(of: $0, base: base.month) }

        var projected: [Projected] = []
        var replayedCount = Array(repeating: 0, count: months.count)
        var replacedCount = Array(repeating: 0, count: months.count)
        var claimed = Set<String>()  // scenario entries name an institution by id: the first one
        for record in base.projected {
            let key = InstitutionKey(record)
            let ownsScenario = claimed.insert(record.id).inserted
            let template = record.row
            var employees = Self.carriedEmployees(of: record, baseMonth: base.month)
            var children = Self.carriedChildren(of: record, after: baseLast, school: school)
            if ownsScenario {
                employees = Self.applying(scenario, to: employees, institution: record.id)
            }
            for (index, month) in months.enumerated() {
                if ownsScenario, let entries = scenarioIntake[record.id]?[month] {
                    replacedCount[index] += 1
                    var number = 0
                    for entry in entries {
                        for _ in 0..<entry.children {
                            number += 1
                            let from = month.firstDay
                            let leaves = school.lastDayInDaycare(birthDate: entry.born)
                            guard leaves >= from else { continue }
                            children.append(Child(id: "scenario-\(month)-\(number)", birthDate: entry.born, from: from,
                                                  to: leaves, place: .fullTime))
                        }
                    }
                } else if case .replayed(let source) = sources[index] {
                    for arrival in history.arrivals(in: source, at: key) {
                        let from = month.date(clampingDay: arrival.day)
                        let born = arrival.birthDate.addingYears(1)
                        let leaves = school.lastDayInDaycare(birthDate: born)
                        replayedCount[index] += 1
                        guard leaves >= from else { continue }
                        children.append(Child(id: "\(arrival.childID)+\(month)", birthDate: born, from: from, to: leaves,
                                              place: arrival.place))
                    }
                }
            }
            projected.append(Projected(template: template, employees: employees, children: children))
        }
        institutions = projected
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
        let first = month.firstDay
        let last = month.lastDay
        var builder = PeriodRecords.Builder(period: month)
        for institution in institutions {
            var row = institution.template
            row.hasStaffing = true
            row.hasEnrolment = true
            builder.add(row, employees: institution.employees.filter { ($0.from ?? first) <= last && ($0.to ?? last) >= first },
                        children: institution.children.filter { ($0.from ?? first) <= last && ($0.to ?? last) >= first })
        }
        return builder.build()
    }

    // MARK: Carried forward

    /// Every employee segment open on B's last day, with the leaves that go on after it.
    static func carriedEmployees(of record: InstitutionMonth, baseMonth: YearMonth) -> [Employee] {
        let last = baseMonth.lastDay
        return record.employees.compactMap { employee in
            guard (employee.from ?? last) <= last, (employee.to ?? last) >= last else { return nil }
            var carried = employee
            // A leave without `to` ends with the month it was exported in, B.
            carried.leaves = employee.leaves.compactMap { leave in
                guard let to = leave.to, to > last else { return nil }
                return Leave(kind: leave.kind, from: leave.from ?? baseMonth.firstDay, to: to)
            }
            return carried
        }
    }

    /// Every child place open on B's last day, until its own `to` or school start; a child
    /// past school start already leaves with B.
    static func carriedChildren(of record: InstitutionMonth, after last: LocalDate, school: SchoolStart) -> [Child] {
        record.children.compactMap { child in
            guard (child.from ?? last) <= last, (child.to ?? last) >= last else { return nil }
            let leaves = school.lastDayInDaycare(birthDate: child.birthDate)
            guard leaves > last else { return nil }
            var carried = child
            carried.to = min(child.to ?? leaves, leaves)
            return carried
        }
    }

    // MARK: The scenario's staff changes

    /// `employees` with the scenario's leavers, upskilling and hires of `institution`.
    static func applying(_ scenario: Scenario, to employees: [Employee], institution: String) -> [Employee] {
        var result = employees
        for leaver in scenario.leavers where leaver.institution == institution {
            result = result.compactMap { employee in
                guard employee.id == leaver.employee else { return employee }
                if let from = employee.from, from >= leaver.from { return nil }
                var kept = employee
                let lastDay = leaver.from.previousDay
                kept.to = min(employee.to ?? lastDay, lastDay)
                return kept
            }
        }
        for upskill in scenario.upskills.filter({ $0.institution == institution }).sorted(by: { $0.from < $1.from }) {
            result = result.flatMap { employee -> [Employee] in
                guard employee.id == upskill.employee else { return [employee] }
                if let to = employee.to, to < upskill.from { return [employee] }
                var later = employee
                later.education = upskill.education
                if let from = employee.from, from >= upskill.from { return [later] }
                var earlier = employee
                earlier.to = upskill.from.previousDay
                later.from = upskill.from
                return [earlier, later]
            }
        }
        var ids = Set(employees.map(\.id))
        var number = 0
        for hire in scenario.hires where hire.institution == institution {
            for _ in 0..<hire.count {
                var id: String
                repeat {
                    number += 1
                    id = "scenario-hire-\(number)"
                } while !ids.insert(id).inserted
                result.append(Employee(id: id, role: hire.role, education: hire.education, hours: hire.hours,
                                       from: hire.from))
            }
        }
        return result
    }
}
