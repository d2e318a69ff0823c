import NormeringCore

/// How a rule decides whether a child is under three in a month.
public enum AgeBand: String, Sendable, Hashable, CaseIterable {
    /// Under three until the first day of the month after the third birthday
    /// (dagtilbudsloven § 19 a, stk. 2; rules.md § 1).
    case monthAfterThirdBirthday = "month-after-third-birthday"
    /// Under three through July of the calendar year of the third birthday, over three from
    /// 1 August of that year (Kunnskapsdepartementet; rulesets.md § 3).
    case augustOfThirdYear = "august-of-third-year"

    /// The first month in which a child born on `birthDate` counts as over 3.
    public func firstMonthOver3(birthDate: LocalDate) -> YearMonth {
        switch self {
        case .monthAfterThirdBirthday:
            // The 3rd birthday of 29 February is 1 March in a year without it.
            return birthDate.addingYears(3).yearMonth.next
        case .augustOfThirdYear:
            return YearMonth(year: birthDate.year + 3, month: 8) ?? birthDate.addingYears(3).yearMonth
        }
    }
}

/// Child full-time equivalents and age bands (rules.md § 1, "Child FTE and age band").
enum ChildTime {
    /// `d / D`: the share of the month child `index` of `table` is enrolled (before the
    /// place weight).
    static func enrolledShare(ofChild index: Int, in table: RecordTable, month: YearMonth) -> Double {
        guard let days = DayRange(from: table.children.from[index], to: table.children.to[index], in: month) else {
            return 0
        }
        return Double(days.count) / Double(month.dayCount)
    }

    /// Whether the child is under 3 for the whole of `month` under `band`.
    static func isUnder3(birthDate: LocalDate, in month: YearMonth, band: AgeBand = .monthAfterThirdBirthday) -> Bool {
        month < band.firstMonthOver3(birthDate: birthDate)
    }
}
