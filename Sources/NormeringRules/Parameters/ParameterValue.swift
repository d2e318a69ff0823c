import NormeringCore

/// Children per adult by age band: `childrenPerAdult` of `minimum-staffing`.
public struct BandRatios: Hashable, Sendable {
    /// Children under 3 per adult (default 3).
    public var under3: Double
    /// Children over 3 per adult (default 6).
    public var over3: Double

    public init(under3: Double, over3: Double) {
        self.under3 = under3
        self.over3 = over3
    }
}

/// The kind of value a rule parameter takes; the configuration loader checks it.
public enum ParameterType: Sendable, Hashable {
    /// A decimal number.
    case number
    /// A decimal number, or `null` for "no threshold".
    case optionalNumber
    /// A whole number.
    case integer
    /// `legal`, `target` or `info`.
    case severity
    /// A date, `YYYY-MM-DD`.
    case date
    /// `{ under3: …, over3: … }`.
    case bandRatios
    /// Any text.
    case text
    /// One of the names given.
    case choice([String])
    /// A list of the names given, e.g. roles; with `optional`, `null` too (none given: any).
    case names([String], optional: Bool)
    /// A severity for each of the keys given, e.g. each scope of a rule.
    case severities([String])

    /// How the type is named in messages for people.
    public var label: String {
        switch self {
        case .number: return "a number"
        case .optionalNumber: return "a number or null"
        case .integer: return "a whole number"
        case .severity: return "legal, target or info"
        case .date: return "a date (YYYY-MM-DD)"
        case .bandRatios: return "{ under3: number, over3: number }"
        case .text: return "a text"
        case .choice(let names): return "one of " + names.joined(separator: ", ")
        case .names(let names, let optional):
            return "a list of any of " + names.joined(separator: ", ") + (optional ? ", or null" : "")
        case .severities(let keys):
            return "{ " + keys.map { "\($0): legal, target or info" }.joined(separator: ", ") + " }"
        }
    }
}

/// The value of one rule parameter.
public enum ParameterValue: Hashable, Sendable, CustomStringConvertible {
    case number(Double)
    case integer(Int)
    case severity(Severity)
    case date(LocalDate)
    case bandRatios(BandRatios)
    case text(String)
    /// A list of names (roles, educations, ownerships).
    case names([String])
    /// A severity by key, in the order of the parameter's keys.
    case severities([KeyedSeverity])
    /// `null`: no value (a share with no threshold).
    case none

    /// The value as written in the configuration file.
    public var description: String {
        switch self {
        case .number(let value): return NumberText.plain(value)
        case .integer(let value): return String(value)
        case .severity(let value): return value.rawValue
        case .date(let value): return value.description
        case .bandRatios(let value):
            return "{ under3: \(NumberText.plain(value.under3)), over3: \(NumberText.plain(value.over3)) }"
        case .text(let value): return value
        case .names(let names): return "[" + names.joined(separator: ", ") + "]"
        case .severities(let entries):
            return "{ " + entries.map { "\($0.key): \($0.severity.rawValue)" }.joined(separator: ", ") + " }"
        case .none: return "null"
        }
    }
}

/// One entry of a `severities` parameter: a key (e.g. a scope) and its severity.
public struct KeyedSeverity: Hashable, Sendable {
    public var key: String
    public var severity: Severity

    public init(_ key: String, _ severity: Severity) {
        self.key = key
        self.severity = severity
    }
}

/// Writes numbers as a person would type them: `37`, `0.85`, `400000`.
public enum NumberText {
    /// The shortest decimal form, without a trailing `.0`.
    public static func plain(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return String(value)
    }
}
