/// How much a rule's result weighs (rules.md § 4).
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    /// The law's test.
    case legal
    /// A political or agreed target.
    case target
    /// A figure for information.
    case info

    private var rank: Int { self == .legal ? 0 : self == .target ? 1 : 2 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The outcome of a rule for one scope and period (rules.md § 4).
public enum FindingStatus: String, Sendable, Codable, CaseIterable {
    case pass
    case fail
    /// A figure with no threshold.
    case info
    /// Computed for a period before the rule's first version.
    case notInForce = "not-in-force"
}

/// What a finding row is about.
public enum Scope: String, Sendable, Codable, CaseIterable {
    case institution
    case municipality
    /// A school class (`class-size`).
    case `class`
    /// A childminder of a family daycare (`childminder-size`).
    case childminder
}

/// The period of a row: a month or a whole year.
public enum ReportPeriod: Hashable, Sendable, Comparable, CustomStringConvertible {
    case month(YearMonth)
    case year(Int)

    /// `YYYY-MM` or `YYYY`; year rows sort before their months as in the reports.
    public var description: String {
        switch self {
        case .month(let m): return m.description
        case .year(let y): return LocalDate.pad(y, 4)
        }
    }

    public var year: Int {
        switch self {
        case .month(let m): return m.year
        case .year(let y): return y
        }
    }

    /// Orders as the text `period` column does: by the string, in code-point order.
    public static func < (lhs: ReportPeriod, rhs: ReportPeriod) -> Bool {
        textOrder(lhs, rhs) ?? false
    }

    /// The order of the two periods' texts in code-point order: `nil` when the texts are
    /// equal, else whether `lhs`'s text comes first. Four-digit years are compared as
    /// numbers (a year's text is a prefix of its months' texts); other years by their texts.
    public static func textOrder(_ lhs: ReportPeriod, _ rhs: ReportPeriod) -> Bool? {
        let (yearA, monthA) = lhs.yearAndMonth
        let (yearB, monthB) = rhs.yearAndMonth
        guard (0...9999).contains(yearA), (0...9999).contains(yearB) else {
            let a = lhs.description
            let b = rhs.description
            return a == b ? nil : a.codePointPrecedes(b)
        }
        if yearA != yearB { return yearA < yearB }
        if monthA != monthB { return monthA < monthB }
        return nil
    }

    /// The year, and the month (1–12), or 0 for a year row.
    private var yearAndMonth: (year: Int, month: Int) {
        switch self {
        case .month(let m): return (m.year, m.month)
        case .year(let y): return (y, 0)
        }
    }
}

/// How a figure is written (reports-and-cli.md, "Numbers").
public enum FigureFormat: String, Sendable, Codable {
    /// FTE, ratios, pupils per teacher and lessons: 2 decimals.
    case twoDecimals
    /// Shares and coverage: 3 decimals.
    case share
    /// Pupils and children: whole numbers.
    case count
    /// Money: whole kroner.
    case money

    /// Decimal places written.
    public var decimals: Int {
        switch self {
        case .twoDecimals: return 2
        case .share: return 3
        case .count, .money: return 0
        }
    }
}
