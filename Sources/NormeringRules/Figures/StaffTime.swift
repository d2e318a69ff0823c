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
        guard fullTimeHours > 0, let employed = DayRange(from: employee.from, to: employee.to, in: month) else {
            return 0
        }
        var leave: [DayRange] = []
        for entry in employee.leaves where isDeducted(entry.kind) {
            if let inMonth = DayRange(from: entry.from, to: entry.to, in: month),
               let inEmployment = inMonth.intersection(employed) {
                leave.append(inEmployment)
            }
        }
        let days = employed.count - DayRange.unionCount(leave)
        return employee.hours / fullTimeHours * Double(days) / Double(month.dayCount)
    }
}
