/// The records of a whole run, joined: the importer's output and the rules' input.
public struct Dataset: Sendable {
    /// Sorted by period, municipality, then institution id (code-point order).
    public var institutionMonths: [InstitutionMonth]

    public init(institutionMonths: [InstitutionMonth]) {
        self.institutionMonths = institutionMonths.sorted { a, b in
            if a.period != b.period { return a.period < b.period }
            if a.municipality != b.municipality { return a.municipality.codePointPrecedes(b.municipality) }
            return a.id.codePointPrecedes(b.id)
        }
    }

    /// The months present, ascending.
    public var periods: [YearMonth] {
        Array(Set(institutionMonths.map(\.period))).sorted()
    }
}
