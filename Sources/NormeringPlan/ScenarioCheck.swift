import NormeringConfig
import NormeringCore

/// Checks a scenario against the base month (plan.md § 3, § 6): every institution named is
/// projected, every employee is in that institution in B, every date is after B, and no
/// intake is born after its month. The first problem is a `ConfigurationError` at the
/// value's line and column.
public enum ScenarioCheck {
    public static func check(_ scenario: Scenario, against base: BaseMonth) throws(ConfigurationError) {
        let firstDay = base.month.next.firstDay
        func location(_ locations: Scenario.Locations, _ key: String) -> SourceLocation {
            locations[key] ?? locations[""] ?? SourceLocation(file: scenario.file ?? "", line: 0, column: 0)
        }
        func institution(_ id: String, _ locations: Scenario.Locations) throws(ConfigurationError) -> InstitutionMonth {
            if let month = base.projected(id: id) { return month }
            let why: String
            if let excluded = base.notProjected.first(where: { $0.institutionID == id }) {
                switch excluded.reason {
                case .noStaffing: why = "it has no staffing data in the base month \(base.month)"
                case .noEnrolment: why = "it has no enrolment data in the base month \(base.month)"
                case .notInBase(let last): why = "it is not in the base month \(base.month) (last seen \(last))"
                }
            } else {
                why = "no daycare institution of that id is in the base month \(base.month)"
            }
            throw ConfigurationError(location: location(locations, "institution"),
                                     message: "institution \"\(id)\" is not projected: \(why)")
        }
        func after(_ date: LocalDate, _ key: String, _ locations: Scenario.Locations) throws(ConfigurationError) {
            guard date < firstDay else { return }
            throw ConfigurationError(location: location(locations, key),
                                     message: "\(key) \(date) is not after the base month \(base.month): "
                                         + "the forecast begins \(firstDay)")
        }
        func employee(_ id: String, of month: InstitutionMonth, _ locations: Scenario.Locations)
            throws(ConfigurationError) {
            let table = month.table
            guard !month.row.employees.contains(where: { table.string(table.employees.id[$0]) == id }) else { return }
            throw ConfigurationError(location: location(locations, "employee"),
                                     message: "employee \"\(id)\" is not in institution \"\(month.id)\" "
                                         + "in the base month \(base.month)")
        }

        for entry in scenario.intake {
            _ = try institution(entry.institution, entry.locations)
            if entry.month <= base.month {
                throw ConfigurationError(location: location(entry.locations, "month"),
                                         message: "month \(entry.month) is not after the base month \(base.month): "
                                             + "the forecast begins \(base.month.next)")
            }
            if entry.born > entry.month.lastDay {
                throw ConfigurationError(location: location(entry.locations, "born"),
                                         message: "born \(entry.born) is after the intake month \(entry.month)")
            }
        }
        for entry in scenario.hires {
            _ = try institution(entry.institution, entry.locations)
            try after(entry.from, "from", entry.locations)
        }
        for entry in scenario.leavers {
            let month = try institution(entry.institution, entry.locations)
            try employee(entry.employee, of: month, entry.locations)
            try after(entry.from, "from", entry.locations)
        }
        for entry in scenario.upskills {
            let month = try institution(entry.institution, entry.locations)
            try employee(entry.employee, of: month, entry.locations)
            try after(entry.from, "from", entry.locations)
        }
    }
}
