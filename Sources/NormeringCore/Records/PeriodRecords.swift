/// The records of one period (a month), joined over its files: each institution-month a row
/// naming ranges of one `RecordTable`. What the importer hands on per period and the rules
/// read; shared, never changed once made.
public final class PeriodRecords: Sendable {
    /// The month.
    public let period: YearMonth
    /// The records of every institution-month, each institution's in one run of each column.
    public let table: RecordTable
    /// Sorted by municipality, then institution id (code-point order).
    public let institutions: [InstitutionRow]
    /// Per id, the first id canonically equivalent to it; `nil` when every id is ASCII (each
    /// is then only equivalent to itself).
    private let sameIDs: [TextID]?

    /// A period's records; `institutions` are sorted here. `equivalentIDs`: what the maker
    /// resolved already of the table's ids, taken on from there.
    public init(period: YearMonth, table: RecordTable, institutions: [InstitutionRow],
                equivalentIDs: EquivalentTexts = EquivalentTexts()) {
        self.period = period
        self.table = table
        var equivalent = equivalentIDs
        sameIDs = equivalent.all(in: table.ids)
        self.institutions = institutions.sorted { a, b in
            if a.municipality != b.municipality { return a.municipality.codePointPrecedes(b.municipality) }
            return a.id.codePointPrecedes(b.id)
        }
    }

    /// The first id canonically equivalent to `id`: what ids are compared by, as `String`s
    /// compare.
    public func same(_ id: TextID) -> TextID { sameIDs?[id.index] ?? id }

    /// Each institution-month, in order.
    public var months: [InstitutionMonth] {
        institutions.indices.map { InstitutionMonth(records: self, index: $0) }
    }

    /// An empty period.
    public static func empty(_ period: YearMonth) -> PeriodRecords {
        PeriodRecords(period: period, table: RecordTable(), institutions: [])
    }
}

/// One institution in one month: its naming columns, which sides were read, and the ranges of
/// its records in the period's `RecordTable`.
public struct InstitutionRow: Sendable, Hashable {
    /// Kommunekode (kommunenummer under `norway`).
    public var municipality: String
    public var id: String
    /// The name of the first element read (trimmed).
    public var name: String
    public var kind: InstitutionKind
    public var ownership: Ownership
    /// The first non-empty `district` in reading order.
    public var district: String?
    /// Whether an accepted `<institution>` element of a staffing export was read.
    public var hasStaffing: Bool
    /// Whether an accepted `<institution>` element of an enrolment export was read.
    public var hasEnrolment: Bool
    public var employees: Range<Int>
    public var children: Range<Int>
    public var classes: Range<Int>
    public var pupils: Range<Int>

    public init(municipality: String, id: String, name: String, kind: InstitutionKind, ownership: Ownership = .municipal,
                district: String? = nil, hasStaffing: Bool, hasEnrolment: Bool, employees: Range<Int> = 0..<0,
                children: Range<Int> = 0..<0, classes: Range<Int> = 0..<0, pupils: Range<Int> = 0..<0) {
        self.municipality = municipality
        self.id = id
        self.name = name
        self.kind = kind
        self.ownership = ownership
        self.district = district
        self.hasStaffing = hasStaffing
        self.hasEnrolment = hasEnrolment
        self.employees = employees
        self.children = children
        self.classes = classes
        self.pupils = pupils
    }
}
