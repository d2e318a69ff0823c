import NormeringCore

/// Sums (and means) of the quantities of a staff-ratio rule.
struct StaffingTotals: Sendable, Hashable {
    var under3 = 0.0
    var over3 = 0.0
    var staff = 0.0
    var staffUnder3 = 0.0
    var staffOver3 = 0.0
    var required = 0.0

    static let zero = StaffingTotals()

    init() {}

    init(_ figures: StaffRatioRule.MonthFigures) {
        under3 = figures.under3
        over3 = figures.over3
        staff = figures.staff
        staffUnder3 = figures.staffUnder3
        staffOver3 = figures.staffOver3
        required = figures.required
    }

    static func + (a: StaffingTotals, b: StaffingTotals) -> StaffingTotals {
        var sum = a
        sum += b
        return sum
    }

    static func += (a: inout StaffingTotals, b: StaffingTotals) {
        a.under3 += b.under3
        a.over3 += b.over3
        a.staff += b.staff
        a.staffUnder3 += b.staffUnder3
        a.staffOver3 += b.staffOver3
        a.required += b.required
    }

    func scaled(by factor: Double) -> StaffingTotals {
        var result = self
        result.under3 *= factor
        result.over3 *= factor
        result.staff *= factor
        result.staffUnder3 *= factor
        result.staffOver3 *= factor
        result.required *= factor
        return result
    }
}

/// Status and gap of `S ≥ R`.
struct Verdict: Sendable {
    var status: FindingStatus
    /// `max(0, R − S)`; 0 when passing.
    var gap: Double

    init(_ totals: StaffingTotals, inForce: Bool) {
        let passes = Tolerance.atLeast(totals.staff, totals.required)
        gap = passes ? 0 : totals.required - totals.staff
        status = inForce ? (passes ? .pass : .fail) : .notInForce
    }
}
