import NormeringCore

/// One parameter a rule takes: its name in the configuration file, its type, its
/// built-in default and what it means.
public struct ParameterSpec: Sendable, Hashable {
    /// The key in the configuration file, e.g. `managerWeight`.
    public var name: String
    public var type: ParameterType
    /// The built-in value of the Danish rule set.
    public var defaultValue: ParameterValue
    /// One sentence for people: what the parameter does.
    public var description: String
    /// Whether a version (`versions:` entry) may set it. `privateFrom` may not.
    public var versionable: Bool
    /// The allowed range of a number, where there is one.
    public var range: ClosedRange<Double>?

    public init(name: String, type: ParameterType, defaultValue: ParameterValue, description: String,
                versionable: Bool = true, range: ClosedRange<Double>? = nil) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.description = description
        self.versionable = versionable
        self.range = range
    }

    /// The common `severity` parameter.
    public static func severity(default value: Severity, description: String) -> ParameterSpec {
        ParameterSpec(name: "severity", type: .severity, defaultValue: .severity(value), description: description)
    }
}
