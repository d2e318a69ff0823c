import NormeringCore
import NormeringRules
import Yams

/// Walks the composed YAML tree and fills a `Configuration`, recording where each value
/// came from.
struct ConfigurationParser {
    let reader: YAMLReader
    var configuration: Configuration

    static let topLevelKeys = [
        "ruleset", "imports", "reports", "language", "formats", "csv", "failOn", "allowRejects", "fullTimeHours",
        "costPerFTE", "rules",
    ]

    mutating func parseRoot(_ root: Node) throws(ConfigurationError) {
        for entry in try reader.entries(root, of: "the configuration") {
            let key = entry.key
            let value = entry.value
            switch key {
            case "ruleset": break  // read first (`ConfigurationLoader`): the rules below are the set's
            case "imports": configuration.imports = try reader.text(value, key: key)
            case "reports": configuration.reports = try reader.text(value, key: key)
            case "language": configuration.language = try reader.choice(value, key: key, as: ReportLanguage.self)
            case "formats": configuration.formats = try formats(value)
            case "csv": try csv(value)
            case "failOn": configuration.failOn = try reader.choice(value, key: key, as: FailOn.self)
            case "allowRejects": configuration.allowRejects = try reader.bool(value, key: key)
            case "fullTimeHours": configuration.fullTimeHours = try reader.number(value, key: key, range: 1...80)
            case "costPerFTE": configuration.costPerFTE = try reader.cost(value)
            case "rules": try rules(value)
            default:
                throw reader.error(entry.keyNode, "unknown key \"\(key)\"; the keys are: \(Self.topLevelKeys.joined(separator: ", "))")
            }
            if key != "csv" && key != "rules" { record(key, value) }
        }
    }

    private mutating func record(_ keyPath: String, _ node: Node) {
        configuration.origins[keyPath] = reader.location(node)
    }

    private func formats(_ node: Node) throws(ConfigurationError) -> [ReportFormat] {
        guard case .sequence(let sequence) = node else {
            throw reader.error(node, "formats must be a list, e.g. [csv, text]; found \(reader.found(node))")
        }
        var result: [ReportFormat] = []
        for item in sequence {
            let format = try reader.choice(item, key: "a format", as: ReportFormat.self)
            if !result.contains(format) { result.append(format) }
        }
        guard !result.isEmpty else { throw reader.error(node, "formats must name at least one format") }
        return result
    }

    private mutating func csv(_ node: Node) throws(ConfigurationError) {
        if reader.isNull(node) { return }
        for entry in try reader.entries(node, of: "csv") {
            guard entry.key == "dialect" else {
                throw reader.error(entry.keyNode, "unknown key \"\(entry.key)\" in csv; the key is: dialect")
            }
            configuration.csvDialect = try reader.choice(entry.value, key: "csv.dialect", as: CSVDialect.self)
            record("csv.dialect", entry.value)
        }
    }

    // MARK: Rules

    private mutating func rules(_ node: Node) throws(ConfigurationError) {
        if reader.isNull(node) { return }
        let known = configuration.ruleSet.rules
        for entry in try reader.entries(node, of: "rules") {
            guard let rule = known.first(where: { $0.id.rawValue == entry.key }) else {
                throw reader.error(entry.keyNode,
                                   "unknown rule \"\(entry.key)\" in the rule set \(configuration.ruleSet.name); "
                                       + "the rules are: \(known.map(\.id.rawValue).joined(separator: ", "))")
            }
            configuration.ruleSet.settings[rule.id] = try ruleSettings(entry.value, rule: rule)
        }
    }

    private mutating func ruleSettings(_ node: Node, rule: any Rule) throws(ConfigurationError) -> RuleSettings {
        var settings = RuleSettings()
        if reader.isNull(node) { return settings }
        let prefix = "rules.\(rule.id)"
        for entry in try reader.entries(node, of: "rule \(rule.id)") {
            switch entry.key {
            case "disabled":
                settings.disabled = try reader.bool(entry.value, key: "disabled")
            case "versions":
                settings.versions = try reader.versions(entry.value, rule: rule.id, specs: rule.parameters) {
                    version, item in record("\(prefix).versions.\(version.from)", item)
                }
            default:
                guard let spec = rule.parameter(named: entry.key) else {
                    throw reader.unknownParameter(entry.key, entry.keyNode, rule: rule.id, specs: rule.parameters,
                                                  inVersion: false)
                }
                settings.parameters[spec.name] = try reader.value(entry.value, spec: spec)
            }
            record("\(prefix).\(entry.key)", entry.value)
        }
        return settings
    }
}
