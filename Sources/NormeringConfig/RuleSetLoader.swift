import NormeringCore
import NormeringRules

/// Reads rule-set files: the sets the tool ships (`Rulesets/*.yml`, embedded in the binary) and
/// a municipality's own. Every problem is a `ConfigurationError` naming the file, line and
/// column.
public enum RuleSetLoader {
    /// The rule sets the tool ships, by name: the bytes of `Rulesets/NAME.yml`.
    static let shippedFiles: [String: [UInt8]] = [
        "denmark": PackageResources.denmark_yml,
        "norway": PackageResources.norway_yml,
    ]

    /// The shipped rule set `name`.
    public static func shipped(_ name: String) throws(ConfigurationError) -> RuleSet {
        guard let bytes = shippedFiles[name] else {
            throw ConfigurationError(location: SourceLocation(file: name, line: 0, column: 0),
                                     message: "unknown rule set \"\(name)\"; the rule sets are: "
                                         + shippedFiles.keys.sorted().joined(separator: ", ")
                                         + ", or a rule-set file (.yml)")
        }
        return try parse(yaml: String(decoding: bytes, as: UTF8.self), file: "Rulesets/\(name).yml")
    }

    /// `NAME` of a shipped set, or the path of a rule-set file (it ends in `.yml` or `.yaml`,
    /// or names a folder).
    public static func resolve(_ nameOrFile: String) throws(ConfigurationError) -> RuleSet {
        if nameOrFile.hasSuffix(".yml") || nameOrFile.hasSuffix(".yaml") || nameOrFile.contains("/") {
            return try load(path: nameOrFile)
        }
        return try shipped(nameOrFile)
    }

    /// Reads and parses the rule-set file at `path`.
    public static func load(path: String) throws(ConfigurationError) -> RuleSet {
        let text = try YAMLFileText.read(path, what: "the rule-set file")
        return try parse(yaml: text, file: path)
    }

    /// Parses the YAML text of a rule-set file; `file` names it in errors.
    public static func parse(yaml: String, file: String) throws(ConfigurationError) -> RuleSet {
        let reader = YAMLReader(file: file)
        guard let root = try reader.compose(yaml), !reader.isNull(root) else {
            throw ConfigurationError(location: SourceLocation(file: file, line: 1, column: 1),
                                     message: "the rule-set file is empty")
        }
        return try RuleSetParser(reader: reader).parse(root)
    }
}

extension RuleSet {
    /// The Danish rule set `denmark` (`Rulesets/denmark.yml`), as shipped.
    public static let danish: RuleSet = shippedOrStop("denmark")

    /// The Norwegian rule set `norway` (`Rulesets/norway.yml`), as shipped.
    public static let norwegian: RuleSet = shippedOrStop("norway")

    private static func shippedOrStop(_ name: String) -> RuleSet {
        do {
            return try RuleSetLoader.shipped(name)
        } catch {
            // The shipped files are tested; a broken one is a broken build, not a user error.
            preconditionFailure("the shipped rule set \(name) does not load: \(error)")
        }
    }
}

extension RuleEngine {
    /// An engine of the Danish rule set as shipped.
    public init() {
        self.init(ruleSet: .danish)
    }
}
