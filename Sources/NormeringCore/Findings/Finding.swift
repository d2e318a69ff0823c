/// One row of findings.csv: one rule applied to one scope in one period.
///
/// Figures are kept unrounded; they are rounded only when written.
public struct Finding: Hashable, Sendable {
    public var period: ReportPeriod
    public var scope: Scope
    public var municipality: String
    /// Empty on municipality rows.
    public var institutionID: String
    public var institutionName: String
    public var kind: InstitutionKind?
    public var ownership: Ownership?
    public var district: String
    /// The class id (class-size) or childminder id (childminder-size), else empty.
    public var unit: String
    /// The rule id, e.g. `minimum-staffing`.
    public var rule: String
    public var severity: Severity
    public var status: FindingStatus
    /// The measured figure (staff FTE, a share, pupils, children, coverage, pupils per FTE).
    public var value: Double
    /// How `value` and `threshold` are written.
    public var valueFormat: FigureFormat
    /// What the value is held against; `nil` for info rows.
    public var threshold: Double?
    /// FTE short (lessons for competence-coverage); `nil` where the column is empty.
    public var gapFTE: Double?
    /// DKK a year (minimum-staffing only); `nil` elsewhere.
    public var gapCost: Double?
    /// On year rows, how many months the figure rests on; else 1.
    public var months: Int
    /// The legal source, short form, e.g. `dagtilbudsloven § 19 a`.
    public var source: String

    public init(
        period: ReportPeriod, scope: Scope, municipality: String, institutionID: String = "",
        institutionName: String = "", kind: InstitutionKind? = nil, ownership: Ownership? = nil,
        district: String = "", unit: String = "", rule: String, severity: Severity,
        status: FindingStatus, value: Double, valueFormat: FigureFormat, threshold: Double? = nil,
        gapFTE: Double? = nil, gapCost: Double? = nil, months: Int = 1, source: String
    ) {
        self.period = period
        self.scope = scope
        self.municipality = municipality
        self.institutionID = institutionID
        self.institutionName = institutionName
        self.kind = kind
        self.ownership = ownership
        self.district = district
        self.unit = unit
        self.rule = rule
        self.severity = severity
        self.status = status
        self.value = value
        self.valueFormat = valueFormat
        self.threshold = threshold
        self.gapFTE = gapFTE
        self.gapCost = gapCost
        self.months = months
        self.source = source
    }

    /// The report order: period, scope, institution id, unit, rule, municipality
    /// (code-point order).
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if let order = ReportPeriod.textOrder(a.period, b.period) { return order }
        if a.scope != b.scope { return a.scope.rawValue.codePointPrecedes(b.scope.rawValue) }
        if a.institutionID != b.institutionID { return a.institutionID.codePointPrecedes(b.institutionID) }
        if a.unit != b.unit { return a.unit.codePointPrecedes(b.unit) }
        if a.rule != b.rule { return a.rule.codePointPrecedes(b.rule) }
        if a.municipality != b.municipality { return a.municipality.codePointPrecedes(b.municipality) }
        return false
    }
}
