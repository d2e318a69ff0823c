import NormeringCore

/// An inclusive range of days inside one month, as day numbers (rules.md § 1: only the
/// days of an interval inside the month count).
struct DayRange: Sendable, Hashable {
    var first: Int
    var last: Int

    var count: Int { last - first + 1 }

    /// The days of an interval given as day numbers (`Day.openStart`, `Day.openEnd` at an open
    /// end) inside `month`, or `nil` when none are.
    init?(from: Int32, to: Int32, in month: YearMonth) {
        let monthFirst = month.firstDay.dayNumber
        self.init(first: max(Int(from), monthFirst), last: min(Int(to), monthFirst + month.dayCount - 1))
    }

    init?(first: Int, last: Int) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    func intersection(_ other: DayRange) -> DayRange? {
        DayRange(first: max(first, other.first), last: min(last, other.last))
    }

    /// Days covered by any of `ranges`, overlaps counted once.
    static func unionCount(_ ranges: [DayRange]) -> Int {
        guard !ranges.isEmpty else { return 0 }
        let sorted = ranges.sorted { $0.first < $1.first }
        var total = 0
        var current = sorted[0]
        for range in sorted.dropFirst() {
            if range.first <= current.last + 1 {
                current.last = max(current.last, range.last)
            } else {
                total += current.count
                current = range
            }
        }
        return total + current.count
    }
}
