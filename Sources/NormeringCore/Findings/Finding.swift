/// One row of findings.csv: one rule applied to one scope in one period.
///
/// Figures are kept unrounded; they are rounded only when written.
public struct Finding: Hashable, Sendable {
    // Stored compactly (104 bytes a finding instead of 224): the institution columns are
    // one shared reference, the optional numbers are 8 bytes each (`OptionalFigure`), the
    // period is a year and a month number, and the small fields come last, packed together.

    /// The institution columns, shared by the findings of the same institution.
    public var institution: FindingInstitution
    /// The class id (class-size) or childminder id (childminder-size), else empty.
    public var unit: String
    /// The rule id, e.g. `minimum-staffing`.
    public var rule: RuleID
    /// The legal source, short form, e.g. `dagtilbudsloven § 19 a`.
    public var source: String
    /// The measured figure (staff FTE, a share, pupils, children, coverage, pupils per FTE).
    public var value: Double
    private var periodYear: Int
    private var storedThreshold: OptionalFigure
    private var storedGapFTE: OptionalFigure
    private var storedGapCost: OptionalFigure
    public var scope: Scope
    public var severity: Severity
    public var status: FindingStatus
    /// How `value` and `threshold` are written.
    public var valueFormat: FigureFormat
    /// 1–12, or 0 for a year row.
    private var periodMonth: UInt8
    private var storedMonths: Int16

    /// What the value is held against; `nil` for info rows.
    public var threshold: Double? {
        get { storedThreshold.value }
        set { storedThreshold = OptionalFigure(newValue) }
    }
    /// FTE short (lessons for competence-coverage); `nil` where the column is empty.
    public var gapFTE: Double? {
        get { storedGapFTE.value }
        set { storedGapFTE = OptionalFigure(newValue) }
    }
    /// DKK a year (minimum-staffing only); `nil` elsewhere.
    public var gapCost: Double? {
        get { storedGapCost.value }
        set { storedGapCost = OptionalFigure(newValue) }
    }

    public var municipality: String { institution.municipality }
    /// Empty on municipality rows.
    public var institutionID: String { institution.id }
    public var institutionName: String {
        get { institution.name }
        set { institution = institution.with { $0.name = newValue } }
    }
    public var kind: InstitutionKind? { institution.kind }
    public var ownership: Ownership? { institution.ownership }
    public var district: String {
        get { institution.district }
        set { institution = institution.with { $0.district = newValue } }
    }
    /// On year rows, how many months the figure rests on; else 1.
    public var months: Int {
        get { Int(storedMonths) }
        set { storedMonths = Int16(clamping: newValue) }
    }
    /// The month, or the year of a year row.
    public var period: ReportPeriod {
        get {
            guard periodMonth != 0, let month = YearMonth(year: periodYear, month: Int(periodMonth)) else {
                return .year(periodYear)
            }
            return .month(month)
        }
        set { (periodYear, periodMonth) = Self.stored(newValue) }
    }

    private static func stored(_ period: ReportPeriod) -> (year: Int, month: UInt8) {
        switch period {
        case .month(let month): return (month.year, UInt8(month.month))
        case .year(let year): return (year, 0)
        }
    }

    public init(
        period: ReportPeriod, scope: Scope, municipality: String, institutionID: String = "",
        institutionName: String = "", kind: InstitutionKind? = nil, ownership: Ownership? = nil,
        district: String = "", unit: String = "", rule: RuleID, severity: Severity,
        status: FindingStatus, value: Double, valueFormat: FigureFormat, threshold: Double? = nil,
        gapFTE: Double? = nil, gapCost: Double? = nil, months: Int = 1, source: String
    ) {
        self.init(period: period, scope: scope,
                  institution: FindingInstitution(municipality: municipality, id: institutionID, name: institutionName,
                                                  kind: kind, ownership: ownership, district: district),
                  unit: unit, rule: rule, severity: severity, status: status, value: value, valueFormat: valueFormat,
                  threshold: threshold, gapFTE: gapFTE, gapCost: gapCost, months: months, source: source)
    }

    /// A finding naming a shared `institution`.
    public init(
        period: ReportPeriod, scope: Scope, institution: FindingInstitution, unit: String = "", rule: RuleID,
        severity: Severity, status: FindingStatus, value: Double, valueFormat: FigureFormat,
        threshold: Double? = nil, gapFTE: Double? = nil, gapCost: Double? = nil, months: Int = 1, source: String
    ) {
        self.institution = institution
        self.unit = unit
        self.rule = rule
        self.source = source
        self.value = value
        (self.periodYear, self.periodMonth) = Self.stored(period)
        self.scope = scope
        self.severity = severity
        self.status = status
        self.valueFormat = valueFormat
        self.storedMonths = Int16(clamping: months)
        self.storedThreshold = OptionalFigure(threshold)
        self.storedGapFTE = OptionalFigure(gapFTE)
        self.storedGapCost = OptionalFigure(gapCost)
    }

    /// The report order: period, scope, institution id, unit, rule, municipality
    /// (code-point order).
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if let order = ReportPeriod.textOrder(a.period, b.period) { return order }
        if a.scope != b.scope { return a.scope.rawValue.codePointPrecedes(b.scope.rawValue) }
        if a.institutionID != b.institutionID { return a.institutionID.codePointPrecedes(b.institutionID) }
        if a.unit != b.unit { return a.unit.codePointPrecedes(b.unit) }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.municipality != b.municipality { return a.municipality.codePointPrecedes(b.municipality) }
        return false
    }
}
