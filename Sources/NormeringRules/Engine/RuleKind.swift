import NormeringCore

/// A kind of rule: a computation the code provides, which a rule-set file instantiates
/// with an id, labels and parameters (`kind: staff-ratio`). A new kind is one type
/// conforming to this protocol plus its line in `RuleKinds.all`.
public protocol RuleKind: Rule {
    /// The kind's name in a rule-set file, e.g. `staff-ratio`.
    static var kindName: String { get }
    /// What the kind computes, in a sentence (for the rule-set file's readers).
    static var kindSummary: String { get }
    /// The parameters the kind takes, with the kind's own defaults (a rule set gives its
    /// values over them).
    static var parameterSpecs: [ParameterSpec] { get }

    /// A rule of this kind, as the rule set declares it.
    init(_ declaration: RuleDeclaration)
}

/// What a rule set says of one rule: its definition (id, names, sources, role), its
/// parameters (the kind's `parameterSpecs` with the set's values as defaults) and its
/// effective-dated versions. Every kind holds one and is made from one.
public struct RuleDeclaration: Sendable {
    public var definition: RuleDefinition
    public var parameters: [ParameterSpec]
    /// The rule set's versions (effective dates); empty: always in force.
    public var versions: [RuleVersion]

    public init(definition: RuleDefinition, parameters: [ParameterSpec], versions: [RuleVersion]) {
        self.definition = definition
        self.parameters = parameters
        self.versions = versions
    }
}

/// Every rule kind the code provides. Nothing else lists them.
public enum RuleKinds {
    public static let all: [any RuleKind.Type] = [
        StaffRatioRule.self,
        QualifiedShareRule.self,
        ChildminderSizeRule.self,
        ClassSizeRule.self,
        CompetenceCoverageRule.self,
        PupilsPerTeacherRule.self,
    ]

    /// The kind named `name` in a rule-set file.
    public static func kind(named name: String) -> (any RuleKind.Type)? {
        all.first { $0.kindName == name }
    }
}
