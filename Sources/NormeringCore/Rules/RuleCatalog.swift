/// What the reports need to know about one rule: its name and how a failure of it is
/// told, in each language, and the part it plays in the summary. It comes from the rule
/// set (its file), so that no report names a rule of its own.
public struct RulePresentation: Hashable, Sendable {
    /// The part a rule plays in summary.txt and report.html.
    public enum SummaryRole: String, Hashable, Sendable, CaseIterable {
        /// The staffing ratio of the headline: its municipality-year rows are the annual
        /// test, its institution rows the institutions below the minimum, and its rows are
        /// normering.csv.
        case headline
        /// A share with a target: the municipal figure in part 1 and the institutions below
        /// the target in part 2; normering.csv's `trained_share` column.
        case targetShare = "target-share"
        /// A share shown only: the municipal figure in part 1; normering.csv's
        /// `pedagogue_share` column.
        case share
        /// Children per childminder: the childminders over the limit.
        case childminders
        /// Pupils per class: the classes over the cap.
        case classes
        /// Competence coverage per school and subject.
        case coverage
        /// In findings.csv and the lists of requirements not met only.
        case none
    }

    public var id: RuleID
    public var role: SummaryRole
    /// The short name, e.g. "Class size" / "Klassekvotient".
    public var name: LocalizedText
    /// The name of the rule's institution rows where they differ (a private institution's
    /// own test, § 19 b), else `nil`.
    public var institutionName: LocalizedText?
    /// How a failing row is told, with `{value}`, `{threshold}` and `{gap}` put in:
    /// "{value} pupils, cap {threshold}". `nil`: "{value} against {threshold}".
    public var failure: LocalizedText?
    /// The rule as a sentence names it: "the minimum staffing" / "minimumsnormeringen"
    /// ("Municipality 657 MEETS the minimum staffing"). `nil`: the name.
    public var inSentence: LocalizedText?

    public init(id: RuleID, role: SummaryRole = .none, name: LocalizedText, institutionName: LocalizedText? = nil,
                failure: LocalizedText? = nil, inSentence: LocalizedText? = nil) {
        self.id = id
        self.role = role
        self.name = name
        self.institutionName = institutionName
        self.failure = failure
        self.inSentence = inSentence
    }
}

/// The rules of a rule set as the reports see them.
public struct RuleCatalog: Hashable, Sendable {
    /// Every rule of the set, in the set's order.
    public var rules: [RulePresentation]

    public init(_ rules: [RulePresentation]) {
        self.rules = rules
    }

    /// A catalog that knows no rule (the reports fall back to ids).
    public static let empty = RuleCatalog([])

    /// The rule with `id`, if the set has it.
    public subscript(id: RuleID) -> RulePresentation? {
        rules.first { $0.id == id }
    }

    /// The first rule playing `role`, if any.
    public func rule(playing role: RulePresentation.SummaryRole) -> RuleID? {
        rules.first { $0.role == role }?.id
    }

    /// The part `id` plays in the summary (`none` for a rule the set does not have).
    public func role(of id: RuleID) -> RulePresentation.SummaryRole {
        self[id]?.role ?? .none
    }

    /// The rule whose municipality-year rows are the headline's annual test.
    public var headlineRatio: RuleID? { rule(playing: .headline) }
}
