import NormeringCore

/// How periods are written.
enum PeriodText {
    /// `2025M03`: Danmarks Statistik's notation, which spreadsheets leave as text.
    static func excelMonth(_ month: YearMonth) -> String {
        padded(month.year, 4) + "M" + padded(month.month, 2)
    }

    /// The period as written in the given dialect.
    static func csv(_ period: ReportPeriod, dialect: CSVDialect) -> String {
        switch (period, dialect) {
        case (.month(let month), .excelDa): return excelMonth(month)
        default: return period.description
        }
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + zeros + digits
    }
}
