import NormeringCore

/// Reads a scenario file (YAML) into a `Scenario`. An unknown key, a missing key or a value
/// of the wrong type is a `ConfigurationError` naming the file, line and column, as in
/// `normering.yml`. What needs the base month (institutions, employees, dates after it) is
/// checked later, against the exports.
public enum ScenarioLoader {
    /// Reads and parses the file at `path`.
    public static func load(path: String) throws(ConfigurationError) -> Scenario {
        let text = try YAMLFileText.read(path, what: "the scenario file")
        return try parse(yaml: text, file: path)
    }

    /// Parses YAML text; `file` names it in errors.
    public static func parse(yaml: String, file: String) throws(ConfigurationError) -> Scenario {
        var scenario = Scenario()
        scenario.file = file
        let reader = YAMLReader(file: file)
        guard let root = try reader.compose(yaml), !reader.isNull(root) else { return scenario }
        try ScenarioParser(reader: reader).parseRoot(root, into: &scenario)
        return scenario
    }
}
