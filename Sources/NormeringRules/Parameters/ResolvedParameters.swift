import NormeringCore

/// A rule's parameters for one date: defaults, the rule's own keys, and the version in
/// force (if any) over them.
public struct ResolvedParameters: Sendable, Hashable {
    public var values: [String: ParameterValue]
    /// Whether a version is in force on the date (always, when the rule has no versions).
    public var inForce: Bool
    /// The version in force, when the rule has versions and one is.
    public var version: RuleVersion?

    public init(values: [String: ParameterValue], inForce: Bool, version: RuleVersion? = nil) {
        self.values = values
        self.inForce = inForce
        self.version = version
    }

    /// A number (an integer counts); 0 when absent.
    public func number(_ name: String) -> Double {
        switch values[name] {
        case .number(let value): return value
        case .integer(let value): return Double(value)
        default: return 0
        }
    }

    /// A number, or `nil` for `null` or absent.
    public func optionalNumber(_ name: String) -> Double? {
        switch values[name] {
        case .number(let value): return value
        case .integer(let value): return Double(value)
        default: return nil
        }
    }

    /// A whole number; 0 when absent.
    public func integer(_ name: String) -> Int {
        switch values[name] {
        case .integer(let value): return value
        case .number(let value) where value.isFinite && abs(value) < 1e15: return Int(value.rounded())
        default: return 0
        }
    }

    /// The severity; `info` when absent.
    public func severity(_ name: String = "severity") -> Severity {
        if case .severity(let value) = values[name] { return value }
        return .info
    }

    public func date(_ name: String) -> LocalDate? {
        if case .date(let value) = values[name] { return value }
        return nil
    }

    /// Band ratios; 1:1 when absent (never divides by zero).
    public func bandRatios(_ name: String) -> BandRatios {
        if case .bandRatios(let value) = values[name] { return value }
        return BandRatios(under3: 1, over3: 1)
    }
}
