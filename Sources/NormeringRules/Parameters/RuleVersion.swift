import NormeringCore

/// One effective-dated version of a rule: from `from` on, these parameters lie over the
/// rule's own parameters (its defaults plus the rule's top-level keys in the config),
/// never over an earlier version (rules.md § 5).
public struct RuleVersion: Hashable, Sendable {
    /// The first day the version is in force.
    public var from: LocalDate
    /// The parameters this version sets; the others are the rule's own.
    public var parameters: [String: ParameterValue]

    public init(from: LocalDate, parameters: [String: ParameterValue] = [:]) {
        self.from = from
        self.parameters = parameters
    }
}

/// What a configuration says about one rule.
public struct RuleSettings: Hashable, Sendable {
    /// Top-level parameters of the rule (over the built-in defaults).
    public var parameters: [String: ParameterValue]
    /// `disabled: true`: the rule is not applied at all.
    public var disabled: Bool
    /// The rule's versions; `nil`: the built-in ones; `[]`: always in force.
    public var versions: [RuleVersion]?

    public init(parameters: [String: ParameterValue] = [:], disabled: Bool = false, versions: [RuleVersion]? = nil) {
        self.parameters = parameters
        self.disabled = disabled
        self.versions = versions
    }
}
