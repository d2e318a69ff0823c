/// Everything known of one institution in one month, joined over all files of the period:
/// the unit the rules work on. A view of one row of its period's `PeriodRecords`: the records
/// stay in the period's columns (`table`, at `row`'s ranges).
///
/// Only accepted records are here; rejected ones are in the import's diagnostics.
public struct InstitutionMonth: Sendable {
    /// The period's records.
    public let records: PeriodRecords
    /// The institution's row in `records.institutions`.
    public let index: Int

    public init(records: PeriodRecords, index: Int) {
        self.records = records
        self.index = index
    }

    /// The naming columns, sides and record ranges.
    public var row: InstitutionRow { records.institutions[index] }
    /// The columns the records are in.
    public var table: RecordTable { records.table }

    public var municipality: String { records.institutions[index].municipality }
    public var id: String { records.institutions[index].id }
    public var name: String { records.institutions[index].name }
    public var kind: InstitutionKind { records.institutions[index].kind }
    public var ownership: Ownership { records.institutions[index].ownership }
    public var district: String? { records.institutions[index].district }
    public var period: YearMonth { records.period }
    public var hasStaffing: Bool { records.institutions[index].hasStaffing }
    public var hasEnrolment: Bool { records.institutions[index].hasEnrolment }
    /// Whether both staffing and enrolment data are present for this month.
    public var hasBothSides: Bool { hasStaffing && hasEnrolment }
}
