/// A rule's id, as written in findings.csv, the rule-set file and `normering.yml`:
/// e.g. `minimum-staffing` or `bemanningsnorm`.
///
/// A rule set says which ids exist; the code names none (the reports ask the rule set
/// what a rule is, never compare with an id of their own).
public struct RuleID: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral {
    /// The id as text.
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ text: String) {
        self.rawValue = text
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }

    /// Code-point order of the ids, as the reports sort them.
    public static func < (a: RuleID, b: RuleID) -> Bool {
        a.rawValue.codePointPrecedes(b.rawValue)
    }
}
