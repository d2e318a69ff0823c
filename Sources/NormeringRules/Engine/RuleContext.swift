import NormeringCore

/// What a rule needs besides the records: its parameters by date and the run's
/// general settings.
public struct RuleContext: Sendable {
    public let ruleID: String
    /// Hours of a full-time week (`fullTimeHours`, default 37).
    public let fullTimeHours: Double
    public let costPerFTE: CostPerFTE
    /// The rule's own parameters: defaults plus its top-level keys.
    public let ownParameters: [String: ParameterValue]
    /// The versions in force, ascending by `from`; empty: always in force.
    public let versions: [RuleVersion]

    public init(ruleID: String, fullTimeHours: Double, costPerFTE: CostPerFTE,
                ownParameters: [String: ParameterValue], versions: [RuleVersion]) {
        self.ruleID = ruleID
        self.fullTimeHours = fullTimeHours
        self.costPerFTE = costPerFTE
        self.ownParameters = ownParameters
        self.versions = versions.sorted { $0.from < $1.from }
    }

    /// The parameters in force on `date`: the latest version whose `from` is on or before
    /// it, over the rule's own parameters. Before the first version the rule is not in
    /// force and its own parameters are used to compute the figures.
    public func parameters(on date: LocalDate) -> ResolvedParameters {
        if versions.isEmpty { return ResolvedParameters(values: ownParameters, inForce: true) }
        guard let version = versions.last(where: { $0.from <= date }) else {
            return ResolvedParameters(values: ownParameters, inForce: false)
        }
        let values = ownParameters.merging(version.parameters) { _, fromVersion in fromVersion }
        return ResolvedParameters(values: values, inForce: true, version: version)
    }

    /// A month gets the version in force on its first day.
    public func parameters(for month: YearMonth) -> ResolvedParameters {
        parameters(on: month.firstDay)
    }

    /// A year gets the version in force on 1 January.
    public func parameters(forYear year: Int) -> ResolvedParameters {
        parameters(on: LocalDate(year: year, month: 1, day: 1) ?? LocalDate(dayNumber: 0))
    }

    /// The cost of one full-time post in `year`.
    public func cost(forYear year: Int) -> Double { costPerFTE.amount(forYear: year) }
}
