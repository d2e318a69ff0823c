import NormeringCore

/// Builds finding rows with the naming columns filled from the institution.
enum FindingFactory {
    /// An institution (or class, or childminder) row.
    static func institutionFinding(
        _ info: InstitutionInfo, period: ReportPeriod, scope: Scope = .institution, unit: String = "",
        rule: RuleID, severity: Severity, status: FindingStatus, value: Double, format: FigureFormat,
        threshold: Double? = nil, gapFTE: Double? = nil, gapCost: Double? = nil, months: Int = 1, source: String
    ) -> Finding {
        Finding(period: period, scope: scope, institution: info.label, unit: unit, rule: rule, severity: severity,
                status: status, value: value, valueFormat: format, threshold: threshold, gapFTE: gapFTE,
                gapCost: gapCost, months: months, source: source)
    }

    /// A municipality row (institution columns empty).
    static func municipalityFinding(
        municipality: String, period: ReportPeriod, rule: RuleID, severity: Severity, status: FindingStatus,
        value: Double, format: FigureFormat, threshold: Double? = nil, gapFTE: Double? = nil,
        gapCost: Double? = nil, months: Int = 1, source: String
    ) -> Finding {
        Finding(period: period, scope: .municipality, municipality: municipality, rule: rule, severity: severity,
                status: status, value: value, valueFormat: format, threshold: threshold, gapFTE: gapFTE,
                gapCost: gapCost, months: months, source: source)
    }
}

/// Keys for grouping months by institution and year.
struct InstitutionKey: Hashable, Sendable {
    var municipality: String
    var id: String
}

struct MunicipalityMonthKey: Hashable, Sendable {
    var municipality: String
    var period: YearMonth

    /// The entries of `months` in calendar order (then by municipality, in code-point order).
    /// A year's mean adds its months in this order: a dictionary's own order changes from run
    /// to run (its hashing is seeded per process and per table), and so would the last bits of
    /// a sum of fractions, and with them, at a rounding edge, a reported figure.
    static func chronological<Value>(_ months: [MunicipalityMonthKey: Value]) -> [(key: MunicipalityMonthKey, value: Value)] {
        months.sorted { a, b in
            a.key.period != b.key.period ? a.key.period < b.key.period : a.key.municipality.codePointPrecedes(b.key.municipality)
        }
    }
}

struct MunicipalityYearKey: Hashable, Sendable {
    var municipality: String
    var year: Int
}

struct InstitutionYearKey: Hashable, Sendable {
    var institution: InstitutionKey
    var year: Int
}

extension InstitutionInfo {
    var key: InstitutionKey { InstitutionKey(municipality: municipality, id: id) }
    var yearKey: InstitutionYearKey { InstitutionYearKey(institution: key, year: period.year) }
}
