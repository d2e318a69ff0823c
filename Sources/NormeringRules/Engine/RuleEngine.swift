import NormeringCore

/// Applies a rule set to records: records in, findings out (no files, no XML).
///
/// `evaluate(_:)` does both stages; a streaming caller may instead call
/// `monthlyFigures(for:)` for each institution-month as it is read, drop the records,
/// and hand all the figures to `evaluate(figures:)`.
public struct RuleEngine: Sendable {
    public let ruleSet: RuleSet
    private let active: [ActiveRule]

    private struct ActiveRule: Sendable {
        let rule: any Rule
        let context: RuleContext
    }

    public init(ruleSet: RuleSet = .danish) {
        self.ruleSet = ruleSet
        self.active = ruleSet.rules
            .filter { ruleSet.isEnabled($0.id) }
            .map { ActiveRule(rule: $0, context: ruleSet.context(for: $0)) }
    }

    /// Both stages over a whole dataset.
    public func evaluate(_ dataset: Dataset) -> Evaluation {
        evaluate(figures: dataset.institutionMonths.map(monthlyFigures(for:)))
    }

    /// Stage 1: one institution-month reduced to each rule's compact figures.
    public func monthlyFigures(for month: InstitutionMonth) -> InstitutionMonthFigures {
        var byRule: [String: any Sendable] = [:]
        for entry in active {
            if let figures = entry.rule.measureErased(month, context: entry.context) {
                byRule[entry.rule.id] = figures
            }
        }
        return InstitutionMonthFigures(institution: InstitutionInfo(month), byRule: byRule)
    }

    /// Stage 2: every finding, the normering table and subject coverage, from the
    /// figures of all institution-months (any order).
    public func evaluate(figures: [InstitutionMonthFigures]) -> Evaluation {
        var output = RuleOutput()
        for entry in active {
            let result = entry.rule.evaluateErased(figures, context: entry.context)
            output.findings += result.findings
            output.normering += result.normering
            output.subjectCoverage += result.subjectCoverage
        }
        let table = NormeringTable.fillingShares(of: output.normering, from: output.findings)
        let coverage = output.subjectCoverage.sorted(by: SubjectCoverage.reportOrder)
        return Evaluation(findings: output.findings, normering: table, subjectCoverage: coverage)
    }
}

extension SubjectCoverage {
    /// Period, municipality, institution id, then subject (folded), code-point order.
    static func reportOrder(_ a: SubjectCoverage, _ b: SubjectCoverage) -> Bool {
        if a.period != b.period { return a.period < b.period }
        let keysA = [a.municipality, a.institutionID, SubjectName.key(a.subject)]
        let keysB = [b.municipality, b.institutionID, SubjectName.key(b.subject)]
        for (x, y) in zip(keysA, keysB) where x != y { return x.codePointPrecedes(y) }
        return false
    }
}
