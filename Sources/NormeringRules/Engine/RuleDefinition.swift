import NormeringCore

/// What a rule-set file says of a rule besides its parameters: its id, names, legal
/// source and the part it plays in the reports.
public struct RuleDefinition: Sendable, Hashable {
    public var id: RuleID
    /// A name for people, e.g. `Minimum staffing (minimumsnormering)` (`normering rules`).
    public var title: String
    /// The legal source, short form, as findings.csv writes it.
    public var source: String
    /// The legal sources in full, for `normering rules`; `nil`: `source`.
    public var sourceInFull: String?
    /// What the rule checks, in a sentence or two.
    public var explanation: String
    /// Names and unit words in each language, and the rule's part in the summary.
    public var presentation: RulePresentation

    public init(id: RuleID, title: String, source: String, sourceInFull: String? = nil, explanation: String,
                presentation: RulePresentation? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.sourceInFull = sourceInFull
        self.explanation = explanation
        self.presentation = presentation ?? RulePresentation(id: id, name: LocalizedText(en: title, da: title))
    }
}
