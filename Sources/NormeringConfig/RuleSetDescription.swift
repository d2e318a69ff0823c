import NormeringCore
import NormeringRules

/// The text of `normering rules`: every rule, every parameter with its value and where
/// that value comes from (built in, or a line of the configuration file), its effective
/// dates and its legal source. Written for people, at most 100 characters wide.
public struct RuleSetDescription: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    private static let width = 100
    private static let nameColumn = 22
    private static let valueColumn = 34

    /// The whole text, ending with a newline.
    public func render() -> String {
        var lines: [String] = []
        let ruleSet = configuration.ruleSet
        if let file = configuration.file {
            lines.append("Rules in force: \(ruleSet.title) (ruleset \(ruleSet.name)), changed by \(file).")
        } else {
            lines.append("Rules in force: \(ruleSet.title) (ruleset \(ruleSet.name); no configuration file).")
        }
        lines.append("Each value says where it comes from: \"built-in\", or the file, line and column that set it.")
        lines.append("")
        lines.append("General")
        lines += parameterLines(name: "fullTimeHours", value: "\(NumberText.plain(ruleSet.fullTimeHours)) hours a week",
                                origin: configuration.origin(of: "fullTimeHours"),
                                description: "The hours of a full-time week; staff FTE = hours / fullTimeHours.")
        lines += parameterLines(name: "costPerFTE", value: costText(ruleSet.costPerFTE),
                                origin: configuration.origin(of: "costPerFTE"),
                                description: "\(ruleSet.currency.isEmpty ? "Money" : ruleSet.currency) a year per "
                                    + "full-time post, for the cost of a staffing gap (none: gap_cost stays empty).")
        for rule in ruleSet.rules {
            lines.append("")
            lines += ruleLines(rule, ruleSet: ruleSet)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func ruleLines(_ rule: any Rule, ruleSet: RuleSet) -> [String] {
        let prefix = "rules.\(rule.id)"
        var lines = ["\(rule.id): \(rule.title)"]
        lines += wrap("Kind: \(Self.kindName(of: rule)).", indent: 2)
        lines += wrap("Legal source: \(rule.legalSourceDescription)", indent: 2)
        lines += wrap(rule.explanation, indent: 2)
        if ruleSet.settings(for: rule.id).disabled {
            lines.append("  Disabled: this rule is not applied (\(originText(configuration.origin(of: "\(prefix).disabled")))).")
        }
        let own = ruleSet.ownParameters(of: rule)
        if rule.parameters.isEmpty {
            lines.append("  Parameters: none.")
        } else {
            lines.append("  Parameters:")
            for spec in rule.parameters {
                let value = own[spec.name] ?? spec.defaultValue
                lines += parameterLines(name: spec.name, value: valueText(value), origin: configuration.origin(of: "\(prefix).\(spec.name)"),
                                        description: spec.description, indent: 4)
            }
        }
        lines += versionLines(rule, ruleSet: ruleSet)
        return lines
    }

    private static func kindName(of rule: any Rule) -> String {
        (type(of: rule) as? any RuleKind.Type)?.kindName ?? "\(type(of: rule))"
    }

    private func versionLines(_ rule: any Rule, ruleSet: RuleSet) -> [String] {
        let prefix = "rules.\(rule.id)"
        let configured = ruleSet.settings(for: rule.id).versions != nil
        let versions = ruleSet.versions(of: rule)
        let listOrigin = configured ? originText(configuration.origin(of: "\(prefix).versions")) : "built-in"
        guard let first = versions.first else {
            return ["  Effective dates: always in force (no versions; \(listOrigin))."]
        }
        var lines = ["  Effective dates (each version lies over the parameters above, not over the one before):"]
        lines.append(row(name: "    before \(first.from)", value: "not in force", origin: "(figures shown as not-in-force)"))
        for version in versions {
            let changes = version.parameters.sorted { $0.key < $1.key }.map { "\($0.key) \(valueText($0.value))" }
            let text = changes.isEmpty ? "the parameters above" : changes.joined(separator: "; ")
            let origin = configured
                ? originText(configuration.origin(of: "\(prefix).versions.\(version.from)")) : "built-in"
            lines.append(row(name: "    from \(version.from)", value: text, origin: origin))
        }
        return lines
    }

    private func parameterLines(name: String, value: String, origin: SourceLocation?, description: String,
                                indent: Int = 2) -> [String] {
        [row(name: String(repeating: " ", count: indent) + name, value: value, origin: originText(origin))]
            + wrap(description, indent: indent + 4)
    }

    /// `name  value  origin`, in columns; a long value pushes the origin onto its own line.
    private func row(name: String, value: String, origin: String) -> String {
        let valueStart = Self.nameColumn + 2
        if valueStart + value.count > Self.width {
            // A long value (a list, a map) goes on lines of its own, broken after its commas.
            var lines = [pad(name, valueStart)]
            for part in value.split(separator: " ", omittingEmptySubsequences: false) {
                if lines[lines.count - 1].count + 1 + part.count > Self.width {
                    lines.append(String(repeating: " ", count: valueStart + 2))
                }
                let last = lines[lines.count - 1]
                lines[lines.count - 1] = last + (last.hasSuffix(" ") ? "" : " ") + part
            }
            return lines.joined(separator: "\n") + "\n" + String(repeating: " ", count: valueStart + Self.valueColumn)
                + origin
        }
        let named = pad(name, Self.nameColumn + 2) + value
        if named.count + 2 + origin.count <= Self.width {
            return pad(named, Self.nameColumn + 2 + Self.valueColumn) + origin
        }
        return named + "\n" + String(repeating: " ", count: Self.nameColumn + 2 + Self.valueColumn) + origin
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + "  " : text + String(repeating: " ", count: width - text.count)
    }

    private func originText(_ origin: SourceLocation?) -> String {
        origin.map { "set in \($0)" } ?? "built-in"
    }

    private func valueText(_ value: ParameterValue) -> String {
        switch value {
        case .bandRatios(let ratios):
            return "under 3: \(NumberText.plain(ratios.under3)), over 3: \(NumberText.plain(ratios.over3))"
        case .none: return "none (no threshold)"
        default: return value.description
        }
    }

    private func costText(_ cost: CostPerFTE) -> String {
        switch cost {
        case .none: return "none"
        case .flat(let value): return "\(NumberText.plain(value)) \(configuration.ruleSet.currency) a year"
        case .byYear(let map):
            return map.sorted { $0.key < $1.key }.map { "\($0.key): \(NumberText.plain($0.value))" }
                .joined(separator: ", ") + " \(configuration.ruleSet.currency) a year"
        }
    }

    /// Words wrapped to the width, each line indented.
    private func wrap(_ text: String, indent: Int) -> [String] {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && margin.count + current.count + 1 + word.count > Self.width {
                lines.append(margin + current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(margin + current) }
        return lines
    }
}
