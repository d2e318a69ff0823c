import NormeringCore

/// What a rule needs besides the records: its typed parameters by date (decoded once per
/// version when the context is made) and the run's general settings.
public struct RuleContext<Parameters: Sendable>: Sendable {
    public let ruleID: RuleID
    /// Hours of a full-time week (`fullTimeHours`).
    public let fullTimeHours: Double
    /// The cost of a full-time post a year; `none`: no cost, `gap_cost` stays empty.
    public let costPerFTE: CostPerFTE
    /// The rule's own parameters: its defaults plus its top-level keys.
    private let own: Parameters
    /// The versions in force, ascending by `from`, each decoded; empty: always in force.
    private let versions: [(from: LocalDate, parameters: Parameters)]

    /// A context whose parameters `decode` makes from each version's values (and the rule's
    /// own), once.
    public init(ruleID: RuleID, fullTimeHours: Double, costPerFTE: CostPerFTE,
                ownParameters: [String: ParameterValue], versions: [RuleVersion],
                decode: (ParameterValues) -> Parameters) {
        self.ruleID = ruleID
        self.fullTimeHours = fullTimeHours
        self.costPerFTE = costPerFTE
        self.own = decode(ParameterValues(ownParameters))
        self.versions = versions.sorted { $0.from < $1.from }.map { version in
            (version.from, decode(ParameterValues(ownParameters.merging(version.parameters) { _, fromVersion in fromVersion })))
        }
    }

    /// The parameters in force on `date`: the latest version whose `from` is on or before
    /// it, over the rule's own parameters. Before the first version the rule is not in
    /// force and its own parameters are used to compute the figures.
    public func parameters(on date: LocalDate) -> ResolvedParameters<Parameters> {
        if versions.isEmpty { return ResolvedParameters(values: own, inForce: true) }
        guard let version = versions.last(where: { $0.from <= date }) else {
            return ResolvedParameters(values: own, inForce: false)
        }
        return ResolvedParameters(values: version.parameters, inForce: true)
    }

    /// A month gets the version in force on its first day.
    public func parameters(for month: YearMonth) -> ResolvedParameters<Parameters> {
        parameters(on: month.firstDay)
    }

    /// A year gets the version in force on 1 January.
    public func parameters(forYear year: Int) -> ResolvedParameters<Parameters> {
        parameters(on: LocalDate(year: year, month: 1, day: 1) ?? LocalDate(dayNumber: 0))
    }

    /// The parameters of a month or a year row.
    public func parameters(for period: ReportPeriod) -> ResolvedParameters<Parameters> {
        switch period {
        case .month(let month): return parameters(for: month)
        case .year(let year): return parameters(forYear: year)
        }
    }

    /// The cost of one full-time post in `year`; `nil` when the set has none.
    public func cost(forYear year: Int) -> Double? { costPerFTE.amountIfAny(forYear: year) }
}
