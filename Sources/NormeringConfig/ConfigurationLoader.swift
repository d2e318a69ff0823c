import Foundation
import NormeringCore
import NormeringRules
import Yams

/// Reads `normering.yml` into a `Configuration`. Every unknown key and every value of the
/// wrong type is a `ConfigurationError` naming the file, line and column.
public enum ConfigurationLoader {
    /// The file looked for in the current folder when no `--config` is given.
    public static let defaultFileName = "normering.yml"

    /// Reads and parses the file at `path`.
    public static func load(path: String, ruleSet: String? = nil) throws(ConfigurationError) -> Configuration {
        let text = try YAMLFileText.read(path, what: "the configuration file")
        return try parse(yaml: text, file: path, ruleSet: ruleSet)
    }

    /// The configuration a command runs with: the file given (`--config`), else
    /// `normering.yml` in the current folder when present, else the built-in defaults. `ruleSet`
    /// (`--ruleset NAME|FILE`) wins over the file's `ruleset:`.
    public static func resolve(explicitPath: String?,
                               ruleSet: String? = nil) throws(ConfigurationError) -> Configuration {
        if let explicitPath { return try load(path: explicitPath, ruleSet: ruleSet) }
        guard FileManager.default.fileExists(atPath: defaultFileName) else {
            var configuration = Configuration.defaults
            if let ruleSet { configuration.ruleSet = try RuleSetLoader.resolve(ruleSet) }
            return configuration
        }
        return try load(path: defaultFileName, ruleSet: ruleSet)
    }

    /// Parses YAML text; `file` names it in errors and origins. The rule set is `ruleSet`
    /// (`NAME|FILE`), else the file's `ruleset:`, else `denmark`; its `rules:` lie over it.
    public static func parse(yaml: String, file: String, ruleSet: String? = nil) throws(ConfigurationError) -> Configuration {
        let reader = YAMLReader(file: file)
        let root = try reader.compose(yaml)
        var configuration = Configuration()
        configuration.file = file
        if let ruleSet { configuration.ruleSet = try RuleSetLoader.resolve(ruleSet) }
        guard let root, !reader.isNull(root) else { return configuration }
        if ruleSet == nil, case .mapping(let mapping) = root,
           let named = mapping.first(where: { $0.key.string == "ruleset" })?.value {
            let name = try reader.text(named, key: "ruleset")
            do {
                configuration.ruleSet = try RuleSetLoader.resolve(name)
            } catch {
                // An unknown name is an error at the key; a bad file keeps its own place.
                if error.location.line == 0 { throw reader.error(named, error.message) }
                throw error
            }
            configuration.origins["ruleset"] = reader.location(named)
        }
        var parser = ConfigurationParser(reader: reader, configuration: configuration)
        try parser.parseRoot(root)
        return parser.configuration
    }
}
