import NormeringCore

/// Child full-time equivalents and age bands (rules.md § 1, "Child FTE and age band").
enum ChildTime {
    /// `d / D`: the share of the month the child is enrolled (before the place weight).
    static func enrolledShare(of child: Child, in month: YearMonth) -> Double {
        guard let days = DayRange(from: child.from, to: child.to, in: month) else { return 0 }
        return Double(days.count) / Double(month.dayCount)
    }

    /// Whether the child is under 3 for the whole of `month`: the month starts before the
    /// first day of the month after the 3rd birthday (29 February → 1 March).
    static func isUnder3(birthDate: LocalDate, in month: YearMonth) -> Bool {
        let bandChange = birthDate.addingYears(3).yearMonth.next
        return month < bandChange
    }
}
