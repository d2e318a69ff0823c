/// That an institution appears in a month, and with which sides of its data: what the
/// reports need to know of the records once the rules have run.
public struct InstitutionPresence: Hashable, Sendable {
    public var period: YearMonth
    public var municipality: String
    public var institutionID: String
    public var hasStaffing: Bool
    public var hasEnrolment: Bool

    public init(period: YearMonth, municipality: String, institutionID: String, hasStaffing: Bool,
                hasEnrolment: Bool) {
        self.period = period
        self.municipality = municipality
        self.institutionID = institutionID
        self.hasStaffing = hasStaffing
        self.hasEnrolment = hasEnrolment
    }

    /// Of an institution-month's records.
    public init(_ month: InstitutionMonth) {
        self.init(period: month.period, municipality: month.municipality, institutionID: month.id,
                  hasStaffing: month.hasStaffing, hasEnrolment: month.hasEnrolment)
    }

    /// Whether both staffing and enrolment data are present.
    public var hasBothSides: Bool { hasStaffing && hasEnrolment }
}
