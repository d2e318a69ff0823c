/// What one full-time post costs a year (DKK): one figure, or one per year.
public enum CostPerFTE: Hashable, Sendable {
    case flat(Double)
    /// By year (a wage index moves it). Never empty when it comes from the loader.
    case byYear([Int: Double])
    /// No cost built in (a rule set without one, e.g. `norway`): `gap_cost` stays empty.
    case none

    /// The figure of `year`: its own, else the latest earlier year's, else the earliest
    /// year's (rules.md § 5). An empty map gives 0.
    public func amount(forYear year: Int) -> Double {
        switch self {
        case .flat(let value):
            return value
        case .byYear(let map):
            if let own = map[year] { return own }
            if let earlier = map.keys.filter({ $0 < year }).max(), let value = map[earlier] { return value }
            if let earliest = map.keys.min(), let value = map[earliest] { return value }
            return 0
        case .none:
            return 0
        }
    }

    /// The figure of `year`, or `nil` when there is no cost.
    public func amountIfAny(forYear year: Int) -> Double? {
        if case .none = self { return nil }
        return amount(forYear: year)
    }
}

/// The cost per FTE behind a run's gaps in kroner, and where it was set, so that a report
/// can state what its "Gap DKK" rests on.
public struct CostBasis: Hashable, Sendable {
    public var costPerFTE: CostPerFTE
    /// Where it was set, e.g. `normering.yml:4`; `nil` for the built-in value.
    public var origin: String?
    /// Its currency, e.g. `DKK` or `NOK`.
    public var currency: String

    public init(costPerFTE: CostPerFTE, origin: String?, currency: String = "DKK") {
        self.costPerFTE = costPerFTE
        self.origin = origin
        self.currency = currency
    }
}
