import NormeringCore

/// The rules in force: a rule set (from its file) with a configuration's changes.
public struct RuleSet: Sendable {
    /// The set's name, e.g. `denmark`, or the file it was read from.
    public var name: String
    /// One line for people: "the built-in Danish rule set".
    public var title: String
    /// Hours of a full-time week (`fullTimeHours`).
    public var fullTimeHours: Double
    /// The cost of a full-time post a year, for `gap_cost`; `none`: no cost.
    public var costPerFTE: CostPerFTE
    /// The currency of `costPerFTE`, e.g. `DKK`.
    public var currency: String
    /// The exports' conventions: the digits of a municipality code (3 a kommunekode, 4 a
    /// kommunenummer) and whether a child's `cpr` is read.
    public var exports = ExportConventions()
    /// What the configuration says about each rule, by rule id; absent: the set's own.
    public var settings: [RuleID: RuleSettings]
    /// The rules of the set, in the order `normering rules` lists them.
    public var rules: [any Rule]
    public init(name: String, title: String, fullTimeHours: Double, costPerFTE: CostPerFTE, currency: String,
                settings: [RuleID: RuleSettings] = [:], rules: [any Rule]) {
        self.name = name
        self.title = title
        self.fullTimeHours = fullTimeHours
        self.costPerFTE = costPerFTE
        self.currency = currency
        self.settings = settings
        self.rules = rules
    }

    /// The rule with this id, if the set has it.
    public func rule(id: RuleID) -> (any Rule)? { rules.first { $0.id == id } }

    /// What the reports need to know of the rules: names, unit words, summary roles.
    public var catalog: RuleCatalog { RuleCatalog(rules.map(\.definition.presentation)) }

    /// What the configuration says about the rule (empty when nothing).
    public func settings(for ruleID: RuleID) -> RuleSettings { settings[ruleID] ?? RuleSettings() }

    /// Whether the rule is applied.
    public func isEnabled(_ ruleID: RuleID) -> Bool { !settings(for: ruleID).disabled }

    /// The rule's own parameters: its defaults with its top-level keys over them.
    public func ownParameters(of rule: any Rule) -> [String: ParameterValue] {
        rule.defaultParameters.merging(settings(for: rule.id).parameters) { _, configured in configured }
    }

    /// The versions in force: the configured ones, which replace the set's.
    public func versions(of rule: any Rule) -> [RuleVersion] {
        (settings(for: rule.id).versions ?? rule.builtInVersions).sorted { $0.from < $1.from }
    }

    /// The context a rule is evaluated with, its parameters decoded once per version.
    public func context<R: Rule>(for rule: R) -> RuleContext<R.Parameters> {
        RuleContext(ruleID: rule.id, fullTimeHours: fullTimeHours, costPerFTE: costPerFTE,
                    ownParameters: ownParameters(of: rule), versions: versions(of: rule), decode: rule.decode)
    }
}
