import NormeringCore
import NormeringRules

/// Everything `normering.yml` can set (reports-and-cli.md, "Configuration file"), with the
/// built-in defaults where the file says nothing.
public struct Configuration: Sendable {
    /// Folder of the exports (`imports`).
    public var imports: String = "Imports"
    /// Folder of the reports (`reports`).
    public var reports: String = "Reports"
    public var language: ReportLanguage = .en
    public var formats: [ReportFormat] = [.csv, .text]
    /// `csv.dialect`.
    public var csvDialect: CSVDialect = .rfc4180
    public var failOn: FailOn = .legal
    public var allowRejects: Bool = false
    /// The rules in force, with `fullTimeHours` and `costPerFTE`.
    public var ruleSet: RuleSet = .danish
    /// The file read, or `nil` for the built-in defaults.
    public var file: String?
    /// Where each value set in the file stands, by key path: `fullTimeHours`, `csv.dialect`,
    /// `rules.minimum-staffing.managerWeight`, `rules.minimum-staffing.versions`,
    /// `rules.minimum-staffing.versions.2024-01-01` (one version), `rules.class-size.disabled`.
    public var origins: [String: SourceLocation] = [:]

    /// The built-in defaults.
    public init() {}

    /// The built-in defaults (no file).
    public static let defaults = Configuration()

    /// Hours of a full-time week (`fullTimeHours`).
    public var fullTimeHours: Double {
        get { ruleSet.fullTimeHours }
        set { ruleSet.fullTimeHours = newValue }
    }

    /// DKK a year per full-time post (`costPerFTE`).
    public var costPerFTE: CostPerFTE {
        get { ruleSet.costPerFTE }
        set { ruleSet.costPerFTE = newValue }
    }

    /// Where the value at `keyPath` was set in the file, or `nil` for a built-in value.
    public func origin(of keyPath: String) -> SourceLocation? { origins[keyPath] }
}
