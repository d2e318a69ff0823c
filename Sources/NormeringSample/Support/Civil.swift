import NormeringCore

/// Day numbers (days since 1970-01-01) and the civil calendar, without optionals:
/// the generator computes with plain integers and formats dates itself.
enum Civil {
    /// The day number of a date; `day` may run past the month's end (it then rolls on).
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
        LocalDate.dayNumber(year: year, month: month, day: day)
    }

    /// Year, month and day of a day number.
    static func ymd(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let date = LocalDate(dayNumber: dayNumber)
        return (date.year, date.month, date.day)
    }

    static func daysIn(_ year: Int, _ month: Int) -> Int { LocalDate.daysIn(year: year, month: month) }

    /// The first day of the month `months` after year/month (may be negative).
    static func monthStart(_ year: Int, _ month: Int, plus months: Int = 0) -> Int {
        let total = year * 12 + (month - 1) + months
        return day(floorDiv(total, 12), floorMod(total, 12) + 1, 1)
    }

    /// The last day of the month that `dayNumber` lies in.
    static func endOfMonth(_ dayNumber: Int) -> Int {
        let (y, m, _) = ymd(dayNumber)
        return day(y, m, daysIn(y, m))
    }

    /// The first day of the month on or after `dayNumber`.
    static func firstOfMonth(onOrAfter dayNumber: Int) -> Int {
        let (y, m, d) = ymd(dayNumber)
        return d == 1 ? dayNumber : monthStart(y, m, plus: 1)
    }

    /// `value` in decimal, zero-padded to `width` (for names and labels, not the hot path).
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }
}

/// One month of the generated year: its days as day numbers, and keys for its draws.
struct Period {
    let year: Int
    let month: Int
    /// 0 for the first month generated.
    let index: Int
    let first: Int
    let last: Int

    init(start: YearMonth, index: Int) {
        let first = Civil.monthStart(start.year, start.month, plus: index)
        let (y, m, _) = Civil.ymd(first)
        self.year = y
        self.month = m
        self.index = index
        self.first = first
        self.last = first + Civil.daysIn(y, m) - 1
    }

    var dayCount: Int { last - first + 1 }
    /// A key for draws of this calendar month, independent of where the run started.
    var key: UInt64 { UInt64(year * 12 + month) }
    /// The school year (August–July) this month belongs to, by its first calendar year.
    var schoolYear: Int { month >= 8 ? year : year - 1 }
    /// `YYYY-MM`.
    var label: String { Civil.padded(year, 4) + "-" + Civil.padded(month, 2) }

    func touches(_ from: Int, _ to: Int) -> Bool { from <= last && to >= first }
}
