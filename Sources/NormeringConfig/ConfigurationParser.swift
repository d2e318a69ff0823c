import NormeringCore
import NormeringRules
import Yams

/// Walks the composed YAML tree and fills a `Configuration`, recording where each value
/// came from.
struct ConfigurationParser {
    let reader: YAMLReader
    var configuration: Configuration

    static let topLevelKeys = [
        "imports", "reports", "language", "formats", "csv", "failOn", "allowRejects", "fullTimeHours", "costPerFTE",
        "rules",
    ]

    mutating func parseRoot(_ root: Node) throws(ConfigurationError) {
        for entry in try reader.entries(root, of: "the configuration") {
            let key = entry.key
            let value = entry.value
            switch key {
            case "imports": configuration.imports = try reader.text(value, key: key)
            case "reports": configuration.reports = try reader.text(value, key: key)
            case "language": configuration.language = try reader.choice(value, key: key, as: ReportLanguage.self)
            case "formats": configuration.formats = try formats(value)
            case "csv": try csv(value)
            case "failOn": configuration.failOn = try reader.choice(value, key: key, as: FailOn.self)
            case "allowRejects": configuration.allowRejects = try reader.bool(value, key: key)
            case "fullTimeHours": configuration.fullTimeHours = try reader.number(value, key: key, range: 1...80)
            case "costPerFTE": configuration.costPerFTE = try costPerFTE(value)
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

    private func costPerFTE(_ node: Node) throws(ConfigurationError) -> CostPerFTE {
        if case .mapping = node {
            var byYear: [Int: Double] = [:]
            for entry in try reader.entries(node, of: "costPerFTE") {
                let year = try reader.integer(entry.keyNode, key: "a year of costPerFTE", range: 1900...2200)
                byYear[year] = try reader.number(entry.value, key: "costPerFTE of \(year)", range: 0...1e12)
            }
            guard !byYear.isEmpty else {
                throw reader.error(node, "costPerFTE by year needs at least one year, e.g. {2025: 400000}")
            }
            return .byYear(byYear)
        }
        guard case .scalar = node else {
            throw reader.error(node, "costPerFTE must be a number or a mapping of years to numbers; found \(reader.found(node))")
        }
        return .flat(try reader.number(node, key: "costPerFTE", range: 0...1e12))
    }

    // MARK: Rules

    private mutating func rules(_ node: Node) throws(ConfigurationError) {
        if reader.isNull(node) { return }
        let known = configuration.ruleSet.rules
        for entry in try reader.entries(node, of: "rules") {
            guard let rule = known.first(where: { $0.id == entry.key }) else {
                throw reader.error(entry.keyNode,
                                   "unknown rule \"\(entry.key)\"; the rules are: \(known.map(\.id).joined(separator: ", "))")
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
                settings.versions = try versions(entry.value, rule: rule)
            default:
                guard let spec = rule.parameter(named: entry.key) else {
                    throw unknownParameter(entry.key, entry.keyNode, rule: rule, inVersion: false)
                }
                settings.parameters[spec.name] = try value(entry.value, spec: spec)
            }
            record("\(prefix).\(entry.key)", entry.value)
        }
        return settings
    }

    private mutating func versions(_ node: Node, rule: any Rule) throws(ConfigurationError) -> [RuleVersion] {
        guard case .sequence(let sequence) = node else {
            throw reader.error(node, "versions of \(rule.id) must be a list of versions, each with from: YYYY-MM-DD; found \(reader.found(node))")
        }
        var result: [RuleVersion] = []
        for item in sequence {
            var from: LocalDate?
            var parameters: [String: ParameterValue] = [:]
            for entry in try reader.entries(item, of: "a version of \(rule.id)") {
                if entry.key == "from" {
                    from = try reader.date(entry.value, key: "from")
                    continue
                }
                guard let spec = rule.parameter(named: entry.key) else {
                    throw unknownParameter(entry.key, entry.keyNode, rule: rule, inVersion: true)
                }
                guard spec.versionable else {
                    throw reader.error(entry.keyNode,
                                       "\(spec.name) cannot be set in a version (versions do not move it); set it on the rule")
                }
                parameters[spec.name] = try value(entry.value, spec: spec)
            }
            guard let from else { throw reader.error(item, "a version of \(rule.id) needs from: YYYY-MM-DD") }
            if result.contains(where: { $0.from == from }) {
                throw reader.error(item, "two versions of \(rule.id) start on \(from)")
            }
            result.append(RuleVersion(from: from, parameters: parameters))
            record("rules.\(rule.id).versions.\(from)", item)
        }
        return result.sorted { $0.from < $1.from }
    }

    private func unknownParameter(_ key: String, _ node: Node, rule: any Rule, inVersion: Bool) -> ConfigurationError {
        var keys = rule.parameters.filter { !inVersion || $0.versionable }.map(\.name)
        keys += inVersion ? ["from"] : ["disabled", "versions"]
        return reader.error(node, "unknown key \"\(key)\" in \(inVersion ? "a version of " : "rule ")\(rule.id); its keys are: \(keys.joined(separator: ", "))")
    }

    /// A parameter's value, checked against its type.
    private func value(_ node: Node, spec: ParameterSpec) throws(ConfigurationError) -> ParameterValue {
        switch spec.type {
        case .number:
            return .number(try reader.number(node, key: spec.name, range: spec.range))
        case .optionalNumber:
            if reader.isNull(node) { return .none }
            return .number(try reader.number(node, key: spec.name, range: spec.range))
        case .integer:
            return .integer(try reader.integer(node, key: spec.name, range: spec.range))
        case .severity:
            return .severity(try reader.choice(node, key: spec.name, as: Severity.self))
        case .date:
            return .date(try reader.date(node, key: spec.name))
        case .bandRatios:
            var under3: Double?
            var over3: Double?
            for entry in try reader.entries(node, of: spec.name) {
                switch entry.key {
                case "under3": under3 = try reader.number(entry.value, key: "\(spec.name).under3", range: 0.01...1000)
                case "over3": over3 = try reader.number(entry.value, key: "\(spec.name).over3", range: 0.01...1000)
                default:
                    throw reader.error(entry.keyNode, "unknown key \"\(entry.key)\" in \(spec.name); its keys are: under3, over3")
                }
            }
            guard let under3, let over3 else {
                throw reader.error(node, "\(spec.name) needs both under3 and over3, e.g. { under3: 3, over3: 6 }")
            }
            return .bandRatios(BandRatios(under3: under3, over3: over3))
        }
    }
}
