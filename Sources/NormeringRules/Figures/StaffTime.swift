import NormeringCore

/// Staff full-time equivalents (rules.md § 1, "Staff FTE").
enum StaffTime {
    /// Leave kinds deducted from the days worked: maternity, parental, unpaid.
    static func isDeducted(_ kind: LeaveKind) -> Bool {
        switch kind {
        case .maternity, .parental, .unpaid: return true
        case .sick, .vacation, .other: return false
        }
    }

    /// `hours / fullTimeHours × (d − leaveDays) / D`: the FTE at weight 1.
    static func fte(of employee: Employee, in month: YearMonth, fullTimeHours: Double) -> Double {
        fte(hours: employee.hours, from: employee.from, to: employee.to, leaves: employee.leaves, in: month,
            fullTimeHours: fullTimeHours)
    }

    /// The FTE of `month.employees[index]`, its fields read in place: an `Employee` handed over
    /// by value is copied (its strings and arrays retained and released), once per rule.
    static func fte(ofEmployee index: Int, in month: InstitutionMonth, fullTimeHours: Double) -> Double {
        fte(hours: month.employees[index].hours, from: month.employees[index].from, to: month.employees[index].to,
            leaves: month.employees[index].leaves, in: month.period, fullTimeHours: fullTimeHours)
    }

    private static func fte(hours: Double, from: LocalDate?, to: LocalDate?, leaves: [Leave], in month: YearMonth,
                            fullTimeHours: Double) -> Double {
        guard fullTimeHours > 0, let employed = DayRange(from: from, to: to, in: month) else {
            return 0
        }
        var leave: [DayRange] = []
        for entry in leaves where isDeducted(entry.kind) {
            if let inMonth = DayRange(from: entry.from, to: entry.to, in: month),
               let inEmployment = inMonth.intersection(employed) {
                leave.append(inEmployment)
            }
        }
        let days = employed.count - DayRange.unionCount(leave)
        return hours / fullTimeHours * Double(days) / Double(month.dayCount)
    }
}
