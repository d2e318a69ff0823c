import NormeringCore

/// A rule's parameter values by name, as the rule-set file and the configuration give
/// them, for a rule kind to decode into its own typed parameters: once per version, never
/// while evaluating.
///
/// Every parameter a kind declares is present (its default at least), so asking for one it
/// does not declare, or as another type, is a programming error and stops at once, never a
/// silent 0.
public struct ParameterValues: Sendable, Hashable {
    public var values: [String: ParameterValue]

    public init(_ values: [String: ParameterValue]) {
        self.values = values
    }

    private func value(_ name: String) -> ParameterValue {
        guard let value = values[name] else { preconditionFailure("no parameter \"\(name)\" declared") }
        return value
    }

    private func mismatch(_ name: String, _ type: String) -> Never {
        preconditionFailure("parameter \"\(name)\" is not \(type): \(value(name))")
    }

    /// A number (a whole number counts).
    public func number(_ name: String) -> Double {
        switch value(name) {
        case .number(let value): return value
        case .integer(let value): return Double(value)
        default: mismatch(name, "a number")
        }
    }

    /// A number, or `nil` for `null`.
    public func optionalNumber(_ name: String) -> Double? {
        switch value(name) {
        case .number(let value): return value
        case .integer(let value): return Double(value)
        case .none: return nil
        default: mismatch(name, "a number or null")
        }
    }

    /// A whole number.
    public func integer(_ name: String) -> Int {
        switch value(name) {
        case .integer(let value): return value
        case .number(let value) where value.isFinite && abs(value) < 1e15: return Int(value.rounded())
        default: mismatch(name, "a whole number")
        }
    }

    public func severity(_ name: String) -> Severity {
        if case .severity(let value) = value(name) { return value }
        mismatch(name, "a severity")
    }

    /// A date, or `nil` for `null`.
    public func date(_ name: String) -> LocalDate? {
        switch value(name) {
        case .date(let value): return value
        case .none: return nil
        default: mismatch(name, "a date")
        }
    }

    public func bandRatios(_ name: String) -> BandRatios {
        if case .bandRatios(let value) = value(name) { return value }
        mismatch(name, "band ratios")
    }

    public func text(_ name: String) -> String {
        if case .text(let value) = value(name) { return value }
        mismatch(name, "a text")
    }

    /// A choice or a list of names as values of `T`, or `nil` for `null`.
    public func names<T: RawRepresentable>(_ name: String, as type: T.Type) -> [T]? where T.RawValue == String {
        switch value(name) {
        case .names(let names): return names.compactMap(T.init(rawValue:))
        case .text(let text): return T(rawValue: text).map { [$0] } ?? []
        case .none: return nil
        default: mismatch(name, "a list of names")
        }
    }

    /// One name as a value of `T`.
    public func choice<T: RawRepresentable>(_ name: String, as type: T.Type) -> T where T.RawValue == String {
        guard case .text(let text) = value(name), let choice = T(rawValue: text) else { mismatch(name, "a choice") }
        return choice
    }

    /// The severity of each key.
    public func severities(_ name: String) -> [String: Severity] {
        guard case .severities(let entries) = value(name) else { mismatch(name, "severities") }
        return Dictionary(entries.map { ($0.key, $0.severity) }, uniquingKeysWith: { _, last in last })
    }
}

/// A rule's typed parameters on one date, and whether a version is in force then. Its
/// fields are the parameters' own: `parameters.managerWeight`.
@dynamicMemberLookup
public struct ResolvedParameters<Parameters: Sendable>: Sendable {
    public var values: Parameters
    /// Whether a version is in force on the date (always, when the rule has no versions).
    public var inForce: Bool

    public init(values: Parameters, inForce: Bool) {
        self.values = values
        self.inForce = inForce
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<Parameters, Value>) -> Value {
        values[keyPath: keyPath]
    }
}
