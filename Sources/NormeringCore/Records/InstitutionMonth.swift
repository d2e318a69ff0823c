/// Everything known of one institution in one month, joined over all files of the period:
/// the unit the rules work on.
///
/// Only accepted records are here; rejected ones are in the import's diagnostics.
public struct InstitutionMonth: Hashable, Sendable {
    /// Kommunekode, three digits.
    public var municipality: String
    public var id: String
    /// The name of the first element read (trimmed).
    public var name: String
    public var kind: InstitutionKind
    public var ownership: Ownership
    /// The first non-empty `district` in reading order.
    public var district: String?
    public var period: YearMonth
    /// Whether an accepted `<institution>` element of a staffing export was read.
    public var hasStaffing: Bool
    /// Whether an accepted `<institution>` element of an enrolment export was read.
    public var hasEnrolment: Bool
    public var employees: [Employee]
    public var children: [Child]
    public var classes: [SchoolClass]
    public var sfoPupils: [SFOPupils]

    public init(
        municipality: String, id: String, name: String, kind: InstitutionKind,
        ownership: Ownership = .municipal, district: String? = nil, period: YearMonth,
        hasStaffing: Bool, hasEnrolment: Bool, employees: [Employee] = [], children: [Child] = [],
        classes: [SchoolClass] = [], sfoPupils: [SFOPupils] = []
    ) {
        self.municipality = municipality
        self.id = id
        self.name = name
        self.kind = kind
        self.ownership = ownership
        self.district = district
        self.period = period
        self.hasStaffing = hasStaffing
        self.hasEnrolment = hasEnrolment
        self.employees = employees
        self.children = children
        self.classes = classes
        self.sfoPupils = sfoPupils
    }

    /// Whether both staffing and enrolment data are present for this month.
    public var hasBothSides: Bool { hasStaffing && hasEnrolment }
}
