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

    /// `hours / fullTimeHours × (d − leaveDays) / D`: the FTE at weight 1 of employee `index`
    /// of `month`'s period (an index of its `RecordTable`).
    static func fte(ofEmployee index: Int, in month: InstitutionMonth, fullTimeHours: Double) -> Double {
        let table = month.records.table
        let period = month.period
        guard fullTimeHours > 0,
              let employed = DayRange(from: table.employees.from[index], to: table.employees.to[index], in: period)
        else { return 0 }
        var leave: [DayRange] = []
        for entry in table.leaves(ofEmployee: index) where isDeducted(table.leaves.kind[entry]) {
            if let inMonth = DayRange(from: table.leaves.from[entry], to: table.leaves.to[entry], in: period),
               let inEmployment = inMonth.intersection(employed) {
                leave.append(inEmployment)
            }
        }
        let days = employed.count - DayRange.unionCount(leave)
        return table.employees.hours[index] / fullTimeHours * Double(days) / Double(period.dayCount)
    }
}
