import NormeringCore

/// One `<child>` segment of a daycare or family-daycare enrolment.
///
/// The birth date is always known here: the importer derives it from the CPR number
/// when only that was given. The CPR number itself never leaves the importer.
public struct Child: Hashable, Sendable {
    public var id: String
    public var birthDate: LocalDate
    /// Enrolled from (inclusive); `nil`: since before the month.
    public var from: LocalDate?
    /// Enrolled to (inclusive); `nil`: open-ended.
    public var to: LocalDate?
    public var place: PlaceKind
    /// (Family daycare) the employee id of the childminder, when the export names one
    /// that is an employee of the institution in the period; else `nil`.
    public var minder: String?

    public init(
        id: String, birthDate: LocalDate, from: LocalDate? = nil, to: LocalDate? = nil,
        place: PlaceKind = .fullTime, minder: String? = nil
    ) {
        self.id = id
        self.birthDate = birthDate
        self.from = from
        self.to = to
        self.place = place
        self.minder = minder
    }
}
