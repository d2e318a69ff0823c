/// Stage 1's result for one institution-month: the institution and each applicable rule's
/// compact figures. It holds no records, so a run can drop each month's records as soon
/// as it is measured.
public struct InstitutionMonthFigures: Sendable {
    public var institution: InstitutionInfo
    /// Each rule's figures (its `MonthFigures`), by rule id; rules that do not concern
    /// the institution have no entry.
    public var byRule: [String: any Sendable]

    public init(institution: InstitutionInfo, byRule: [String: any Sendable]) {
        self.institution = institution
        self.byRule = byRule
    }
}
