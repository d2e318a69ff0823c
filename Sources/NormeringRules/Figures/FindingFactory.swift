import NormeringCore

/// Builds finding rows with the naming columns filled from the institution.
enum FindingFactory {
    /// An institution (or class, or childminder) row.
    static func institutionFinding(
        _ info: InstitutionInfo, period: ReportPeriod, scope: Scope = .institution, unit: String = "",
        rule: String, severity: Severity, status: FindingStatus, value: Double, format: FigureFormat,
        threshold: Double? = nil, gapFTE: Double? = nil, gapCost: Double? = nil, months: Int = 1, source: String
    ) -> Finding {
        Finding(period: period, scope: scope, institution: info.label, unit: unit, rule: rule, severity: severity,
                status: status, value: value, valueFormat: format, threshold: threshold, gapFTE: gapFTE,
                gapCost: gapCost, months: months, source: source)
    }

    /// A municipality row (institution columns empty).
    static func municipalityFinding(
        municipality: String, period: ReportPeriod, rule: String, severity: Severity, status: FindingStatus,
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
