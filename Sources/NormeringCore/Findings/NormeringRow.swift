/// One row of normering.csv, the daycare staffing table: an institution or the
/// municipality, in a month or a year.
public struct NormeringRow: Hashable, Sendable {
    public var period: ReportPeriod
    /// `institution` or `municipality`.
    public var scope: Scope
    public var municipality: String
    public var institutionID: String
    public var institutionName: String
    public var ownership: Ownership?
    public var district: String
    public var months: Int
    /// `U`: child FTE under 3.
    public var childrenUnder3: Double
    /// `O`: child FTE over 3.
    public var childrenOver3: Double
    /// `S`: weighted staff FTE.
    public var staff: Double
    /// `R = U/3 + O/6` with the ratios in force.
    public var required: Double
    public var gapFTE: Double
    /// `gap_fte × costPerFTE`; `nil` when the rule set has no cost per FTE.
    public var gapCost: Double?
    /// Children per adult under 3; `nil` where the band has no children or no staff.
    public var ratioUnder3: Double?
    /// Children per adult over 3; `nil` where the band has no children or no staff.
    public var ratioOver3: Double?
    /// The trained-share figure of the same period and scope, when there is one.
    public var trainedShare: Double?
    /// The pedagogue-share figure of the same period and scope, when there is one.
    public var pedagogueShare: Double?
    /// The minimum-staffing status of the same period and scope.
    public var status: FindingStatus

    public init(
        period: ReportPeriod, scope: Scope, municipality: String, institutionID: String = "",
        institutionName: String = "", ownership: Ownership? = nil, district: String = "",
        months: Int, childrenUnder3: Double, childrenOver3: Double, staff: Double, required: Double,
        gapFTE: Double, gapCost: Double?, ratioUnder3: Double?, ratioOver3: Double?,
        trainedShare: Double?, pedagogueShare: Double?, status: FindingStatus
    ) {
        self.period = period
        self.scope = scope
        self.municipality = municipality
        self.institutionID = institutionID
        self.institutionName = institutionName
        self.ownership = ownership
        self.district = district
        self.months = months
        self.childrenUnder3 = childrenUnder3
        self.childrenOver3 = childrenOver3
        self.staff = staff
        self.required = required
        self.gapFTE = gapFTE
        self.gapCost = gapCost
        self.ratioUnder3 = ratioUnder3
        self.ratioOver3 = ratioOver3
        self.trainedShare = trainedShare
        self.pedagogueShare = pedagogueShare
        self.status = status
    }

    /// The report order: period, scope, institution id, municipality (code-point order).
    public static func reportOrder(_ a: NormeringRow, _ b: NormeringRow) -> Bool {
        if let order = ReportPeriod.textOrder(a.period, b.period) { return order }
        if a.scope != b.scope { return a.scope.rawValue.codePointPrecedes(b.scope.rawValue) }
        if a.institutionID != b.institutionID { return a.institutionID.codePointPrecedes(b.institutionID) }
        if a.municipality != b.municipality { return a.municipality.codePointPrecedes(b.municipality) }
        return false
    }
}
