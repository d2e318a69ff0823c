import NormeringCore
import NormeringRules
import Yams

/// Walks a rule-set file (`Rulesets/denmark.yml`) and makes its `RuleSet`: every rule an
/// instance of a kind of `RuleKinds.all`, its parameters checked against the kind's.
struct RuleSetParser {
    let reader: YAMLReader

    static let topLevelKeys = [
        "ruleset", "title", "fullTimeHours", "currency", "costPerFTE", "municipalityDigits", "acceptsCPR",
        "languages", "rules",
    ]
    static let ruleKeys = [
        "kind", "title", "name", "inSentence", "institutionName", "failure", "summary", "source", "sourceInFull", "explanation",
        "parameters", "versions",
    ]

    func parse(_ root: Node) throws(ConfigurationError) -> RuleSet {
        var name: String?
        var title: String?
        var fullTimeHours: Double?
        var currency = ""
        var cost: CostPerFTE?
        var rules: [any Rule]?
        var exports = ExportConventions()
        for entry in try reader.entries(root, of: "a rule set") {
            switch entry.key {
            case "ruleset": name = try reader.text(entry.value, key: "ruleset")
            case "title": title = try reader.text(entry.value, key: "title")
            case "fullTimeHours": fullTimeHours = try reader.number(entry.value, key: "fullTimeHours", range: 1...80)
            case "currency": currency = try reader.text(entry.value, key: "currency")
            case "costPerFTE":
                cost = reader.isNull(entry.value) ? CostPerFTE.none : try reader.cost(entry.value)
            case "municipalityDigits":
                exports.municipalityDigits = try reader.integer(entry.value, key: "municipalityDigits", range: 3...4)
            case "acceptsCPR": exports.acceptsCPR = try reader.bool(entry.value, key: "acceptsCPR")
            case "languages": try languages(entry.value)
            case "rules": rules = try self.rules(entry.value)
            default:
                throw reader.error(entry.keyNode, "unknown key \"\(entry.key)\" in a rule set; the keys are: \(Self.topLevelKeys.joined(separator: ", "))")
            }
        }
        guard let name else { throw reader.error(root, "a rule set needs ruleset: NAME, e.g. ruleset: denmark") }
        guard let fullTimeHours else {
            throw reader.error(root, "rule set \(name) needs fullTimeHours: the hours of a full-time week, e.g. 37")
        }
        guard let rules else { throw reader.error(root, "rule set \(name) needs rules:, one entry a rule") }
        var set = RuleSet(name: name, title: title ?? "the rule set \(name)", fullTimeHours: fullTimeHours,
                          costPerFTE: cost ?? CostPerFTE.none, currency: currency, rules: rules)
        set.exports = exports
        return set
    }

    /// The languages offered: the report languages, each of which every label must have.
    private func languages(_ node: Node) throws(ConfigurationError) {
        guard case .sequence(let sequence) = node else {
            throw reader.error(node, "languages must be a list, e.g. [en, da]; found \(reader.found(node))")
        }
        for item in sequence { _ = try reader.choice(item, key: "a language", as: ReportLanguage.self) }
    }

    private func rules(_ node: Node) throws(ConfigurationError) -> [any Rule] {
        var result: [any Rule] = []
        var headline: Node?
        for entry in try reader.entries(node, of: "rules") {
            let (rule, role) = try self.rule(RuleID(entry.key), entry.value, keyNode: entry.keyNode)
            if rule.definition.presentation.role == .headline {
                if headline != nil {
                    throw reader.error(role ?? entry.keyNode, "two rules have summary: headline; a rule set has one headline ratio")
                }
                headline = role
            }
            result.append(rule)
        }
        return result
    }

    /// One rule, and the node of its `summary` (for the error of a second headline).
    private func rule(_ id: RuleID, _ node: Node, keyNode: Node) throws(ConfigurationError) -> (any Rule, Node?) {
        let entries = try reader.entries(node, of: "rule \(id)")
        guard let kindEntry = entries.first(where: { $0.key == "kind" }) else {
            throw reader.error(keyNode, "rule \(id) needs kind: one of \(Self.kindNames)")
        }
        let kindName = try reader.text(kindEntry.value, key: "kind")
        guard let kind = RuleKinds.kind(named: kindName) else {
            throw reader.error(kindEntry.value, "unknown kind \"\(kindName)\" of rule \(id); the kinds are: \(Self.kindNames)")
        }
        var specs = kind.parameterSpecs
        var title: String?
        var source: String?
        var sourceInFull: String?
        var explanation = ""
        var name: LocalizedText?
        var institutionName: LocalizedText?
        var failure: LocalizedText?
        var inSentence: LocalizedText?
        var role = RulePresentation.SummaryRole.none
        var roleNode: Node?
        var versions: [RuleVersion] = []
        for entry in entries {
            switch entry.key {
            case "kind": break
            case "title": title = try reader.text(entry.value, key: "title")
            case "source": source = try reader.text(entry.value, key: "source")
            case "sourceInFull": sourceInFull = try reader.text(entry.value, key: "sourceInFull")
            case "explanation": explanation = try reader.text(entry.value, key: "explanation")
            case "name": name = try localized(entry.value, key: "name")
            case "institutionName": institutionName = try localized(entry.value, key: "institutionName")
            case "failure": failure = try localized(entry.value, key: "failure")
            case "inSentence": inSentence = try localized(entry.value, key: "inSentence")
            case "summary":
                role = try reader.choice(entry.value, key: "summary", as: RulePresentation.SummaryRole.self)
                roleNode = entry.value
            case "parameters":
                if reader.isNull(entry.value) { continue }
                for parameter in try reader.entries(entry.value, of: "the parameters of \(id)") {
                    guard let index = specs.firstIndex(where: { $0.name == parameter.key }) else {
                        let keys = specs.map(\.name).joined(separator: ", ")
                        throw reader.error(parameter.keyNode, "unknown parameter \"\(parameter.key)\" of rule \(id) (kind \(kindName)); "
                                               + (keys.isEmpty ? "the kind takes none" : "its parameters are: \(keys)"))
                    }
                    specs[index].defaultValue = try reader.value(parameter.value, spec: specs[index])
                }
            case "versions":
                versions = try reader.versions(entry.value, rule: id, specs: specs)
            default:
                throw reader.error(entry.keyNode, "unknown key \"\(entry.key)\" in rule \(id); its keys are: \(Self.ruleKeys.joined(separator: ", "))")
            }
        }
        guard let source else { throw reader.error(keyNode, "rule \(id) needs source: its legal source, short form") }
        guard let name else {
            throw reader.error(keyNode, "rule \(id) needs name: { en: …, da: … }, its short name in each language")
        }
        let presentation = RulePresentation(id: id, role: role, name: name, institutionName: institutionName,
                                            failure: failure, inSentence: inSentence)
        let definition = RuleDefinition(id: id, title: title ?? name.en, source: source, sourceInFull: sourceInFull,
                                        explanation: explanation, presentation: presentation)
        return (kind.init(RuleDeclaration(definition: definition, parameters: specs, versions: versions)), roleNode)
    }

    /// `{ en: …, da: … }`: a text in every report language.
    private func localized(_ node: Node, key: String) throws(ConfigurationError) -> LocalizedText {
        var texts: [ReportLanguage: String] = [:]
        for entry in try reader.entries(node, of: key) {
            guard let language = ReportLanguage(rawValue: entry.key) else {
                throw reader.error(entry.keyNode, "unknown language \"\(entry.key)\" in \(key); the languages are: "
                                       + ReportLanguage.allCases.map(\.rawValue).joined(separator: ", "))
            }
            texts[language] = try reader.text(entry.value, key: "\(key).\(entry.key)")
        }
        for language in ReportLanguage.allCases where texts[language] == nil {
            throw reader.error(node, "\(key) needs a text in \(language.rawValue) too")
        }
        return LocalizedText(en: texts[.en] ?? "", da: texts[.da] ?? "")
    }

    static var kindNames: String { RuleKinds.all.map { $0.kindName }.joined(separator: ", ") }
}
