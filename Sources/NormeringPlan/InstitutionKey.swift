import NormeringCore

/// An institution across months: the join key of the exports without the period.
public struct InstitutionKey: Hashable, Sendable {
    public var municipality: String
    public var id: String

    public init(municipality: String, id: String) {
        self.municipality = municipality
        self.id = id
    }

    public init(_ month: InstitutionMonth) {
        self.init(municipality: month.municipality, id: month.id)
    }
}

extension YearMonth {
    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> YearMonth {
        let index = year * 12 + (month - 1) + count
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return YearMonth(year: year, month: index - year * 12 + 1)!
    }

    /// The months from `self` through `last`, ascending (empty when `last` is earlier).
    public func through(_ last: YearMonth) -> [YearMonth] {
        var months: [YearMonth] = []
        var month = self
        while month <= last {
            months.append(month)
            month = month.next
        }
        return months
    }

    /// The date of `day` in this month, or its last day when the month is shorter.
    func date(clampingDay day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: min(max(day, 1), dayCount))!
    }
}

extension LocalDate {
    /// The day before.
    var previousDay: LocalDate { LocalDate(dayNumber: dayNumber - 1) }
}
