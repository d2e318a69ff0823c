import NormeringCore

/// When a child leaves daycare for school (plan.md § 2): after the last day of the month
/// before `firstMonth` (default August) in the calendar year in which it turns 6.
public struct SchoolStart: Sendable, Hashable {
    /// The first month at school, 1–12.
    public var firstMonth: Int

    public init(firstMonth: Int = 8) {
        self.firstMonth = min(max(firstMonth, 1), 12)
    }

    /// The last day in daycare of a child born on `birthDate`.
    public func lastDayInDaycare(birthDate: LocalDate) -> LocalDate {
        let firstAtSchool = LocalDate(year: birthDate.year + 6, month: firstMonth, day: 1)!
        return firstAtSchool.previousDay
    }
}
