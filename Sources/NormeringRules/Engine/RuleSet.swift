import NormeringCore

/// The rules in force: the built-in Danish defaults with a configuration's changes.
public struct RuleSet: Sendable {
    /// Hours of a full-time week (`fullTimeHours`).
    public var fullTimeHours: Double
    /// DKK a year per full-time post, for `gap_cost`.
    public var costPerFTE: CostPerFTE
    /// What the configuration says about each rule, by rule id; absent: built-in.
    public var settings: [String: RuleSettings]
    /// The rule kinds known (normally `RuleRegistry.rules`).
    public var rules: [any Rule]

    public init(fullTimeHours: Double = 37, costPerFTE: CostPerFTE = .flat(400_000),
                settings: [String: RuleSettings] = [:], rules: [any Rule] = RuleRegistry.rules) {
        self.fullTimeHours = fullTimeHours
        self.costPerFTE = costPerFTE
        self.settings = settings
        self.rules = rules
    }

    /// The built-in Danish rule set `dk` (reports-and-cli.md).
    public static let danish = RuleSet()

    /// The rule with this id, if known.
    public func rule(id: String) -> (any Rule)? { rules.first { $0.id == id } }

    /// What the configuration says about the rule (empty when nothing).
    public func settings(for ruleID: String) -> RuleSettings { settings[ruleID] ?? RuleSettings() }

    /// Whether the rule is applied.
    public func isEnabled(_ ruleID: String) -> Bool { !settings(for: ruleID).disabled }

    /// The rule's own parameters: its defaults with its top-level keys over them.
    public func ownParameters(of rule: any Rule) -> [String: ParameterValue] {
        rule.defaultParameters.merging(settings(for: rule.id).parameters) { _, configured in configured }
    }

    /// The versions in force: the configured ones, which replace the built-in ones.
    public func versions(of rule: any Rule) -> [RuleVersion] {
        (settings(for: rule.id).versions ?? rule.builtInVersions).sorted { $0.from < $1.from }
    }

    /// The context a rule is evaluated with.
    public func context(for rule: any Rule) -> RuleContext {
        RuleContext(ruleID: rule.id, fullTimeHours: fullTimeHours, costPerFTE: costPerFTE,
                    ownParameters: ownParameters(of: rule), versions: versions(of: rule))
    }
}
