import NormeringCore
import NormeringRules
import Yams

/// Reads a rule's parameters and versions from YAML, checked against the parameters its
/// kind declares: what `normering.yml`'s `rules:` and a rule-set file share.
extension YAMLReader {
    /// A parameter's value, checked against its type.
    func value(_ node: Node, spec: ParameterSpec) throws(ConfigurationError) -> ParameterValue {
        switch spec.type {
        case .number:
            return .number(try number(node, key: spec.name, range: spec.range))
        case .optionalNumber:
            if isNull(node) { return .none }
            return .number(try number(node, key: spec.name, range: spec.range))
        case .integer:
            return .integer(try integer(node, key: spec.name, range: spec.range))
        case .severity:
            return .severity(try choice(node, key: spec.name, as: Severity.self))
        case .date:
            if isNull(node), spec.defaultValue == .none { return .none }
            return .date(try date(node, key: spec.name))
        case .text:
            return .text(try text(node, key: spec.name))
        case .choice(let names):
            let text = try self.text(node, key: spec.name)
            guard names.contains(text) else {
                throw error(node, "\(spec.name) must be one of \(names.joined(separator: ", ")); found \"\(text)\"")
            }
            return .text(text)
        case .names(let names, let optional):
            if optional && isNull(node) { return .none }
            guard case .sequence(let sequence) = node else {
                throw error(node, "\(spec.name) must be a list, e.g. [\(names.prefix(2).joined(separator: ", "))]; found \(found(node))")
            }
            var result: [String] = []
            for item in sequence {
                let text = try self.text(item, key: "an entry of \(spec.name)")
                guard names.contains(text) else {
                    throw error(item, "\(spec.name) takes any of \(names.joined(separator: ", ")); found \"\(text)\"")
                }
                if !result.contains(text) { result.append(text) }
            }
            return .names(result)
        case .severities(let keys):
            var given: [String: Severity] = [:]
            for entry in try entries(node, of: spec.name) {
                guard keys.contains(entry.key) else {
                    throw error(entry.keyNode, "unknown key \"\(entry.key)\" in \(spec.name); its keys are: \(keys.joined(separator: ", "))")
                }
                given[entry.key] = try choice(entry.value, key: "\(spec.name).\(entry.key)", as: Severity.self)
            }
            var defaults: [String: Severity] = [:]
            if case .severities(let entries) = spec.defaultValue {
                for entry in entries { defaults[entry.key] = entry.severity }
            }
            return .severities(keys.map { KeyedSeverity($0, given[$0] ?? defaults[$0] ?? .info) })
        case .bandRatios:
            var under3: Double?
            var over3: Double?
            for entry in try entries(node, of: spec.name) {
                switch entry.key {
                case "under3": under3 = try number(entry.value, key: "\(spec.name).under3", range: 0.01...1000)
                case "over3": over3 = try number(entry.value, key: "\(spec.name).over3", range: 0.01...1000)
                default:
                    throw error(entry.keyNode, "unknown key \"\(entry.key)\" in \(spec.name); its keys are: under3, over3")
                }
            }
            guard let under3, let over3 else {
                throw error(node, "\(spec.name) needs both under3 and over3, e.g. { under3: 3, over3: 6 }")
            }
            return .bandRatios(BandRatios(under3: under3, over3: over3))
        }
    }

    /// A list of versions, each `from:` and any versionable parameters; `each` is told of
    /// every version read, with its node (for where it was set).
    func versions(_ node: Node, rule: RuleID, specs: [ParameterSpec],
                  each: (RuleVersion, Node) -> Void = { _, _ in }) throws(ConfigurationError) -> [RuleVersion] {
        guard case .sequence(let sequence) = node else {
            throw error(node, "versions of \(rule) must be a list of versions, each with from: YYYY-MM-DD; found \(found(node))")
        }
        var result: [RuleVersion] = []
        for item in sequence {
            var from: LocalDate?
            var parameters: [String: ParameterValue] = [:]
            for entry in try entries(item, of: "a version of \(rule)") {
                if entry.key == "from" {
                    from = try date(entry.value, key: "from")
                    continue
                }
                guard let spec = specs.first(where: { $0.name == entry.key }) else {
                    throw unknownParameter(entry.key, entry.keyNode, rule: rule, specs: specs, inVersion: true)
                }
                guard spec.versionable else {
                    throw error(entry.keyNode,
                                "\(spec.name) cannot be set in a version (versions do not move it); set it on the rule")
                }
                parameters[spec.name] = try value(entry.value, spec: spec)
            }
            guard let from else { throw error(item, "a version of \(rule) needs from: YYYY-MM-DD") }
            if result.contains(where: { $0.from == from }) {
                throw error(item, "two versions of \(rule) start on \(from)")
            }
            let version = RuleVersion(from: from, parameters: parameters)
            result.append(version)
            each(version, item)
        }
        return result.sorted { $0.from < $1.from }
    }

    /// "unknown key … in rule …; its keys are: …".
    func unknownParameter(_ key: String, _ node: Node, rule: RuleID, specs: [ParameterSpec],
                          inVersion: Bool) -> ConfigurationError {
        var keys = specs.filter { !inVersion || $0.versionable }.map(\.name)
        keys += inVersion ? ["from"] : ["disabled", "versions"]
        return error(node, "unknown key \"\(key)\" in \(inVersion ? "a version of " : "rule ")\(rule); its keys are: \(keys.joined(separator: ", "))")
    }
}

extension YAMLReader {
    /// Reads `costPerFTE`: a number, or a mapping of years to numbers.
    func cost(_ node: Node) throws(ConfigurationError) -> CostPerFTE {
        if case .mapping = node {
            var byYear: [Int: Double] = [:]
            for entry in try entries(node, of: "costPerFTE") {
                let year = try integer(entry.keyNode, key: "a year of costPerFTE", range: 1900...2200)
                byYear[year] = try number(entry.value, key: "costPerFTE of \(year)", range: 0...1e12)
            }
            guard !byYear.isEmpty else {
                throw error(node, "costPerFTE by year needs at least one year, e.g. {2025: 400000}")
            }
            return .byYear(byYear)
        }
        guard case .scalar = node else {
            throw error(node, "costPerFTE must be a number or a mapping of years to numbers; found \(found(node))")
        }
        return .flat(try number(node, key: "costPerFTE", range: 0...1e12))
    }
}
