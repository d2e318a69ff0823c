import NormeringCore

/// Applies a rule set to records: records in, findings out (no files, no XML).
///
/// Two stages: `monthlyFigures(for:)` for each institution-month as it is read (the records
/// then dropped), the figures gathered in a table from `makeTable()`, and
/// `evaluate(table:threads:)` over the table.
public struct RuleEngine: Sendable {
    public let ruleSet: RuleSet
    private let active: [any BoundRule]

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        self.active = ruleSet.rules
            .filter { ruleSet.isEnabled($0.id) }
            .map { Self.bind($0, ruleSet) }
    }

    private static func bind<R: Rule>(_ rule: R, _ ruleSet: RuleSet) -> any BoundRule {
        TypedBoundRule(rule: rule, context: ruleSet.context(for: rule))
    }

    /// Stage 1: one institution-month reduced to each rule's compact figures.
    public func monthlyFigures(for month: InstitutionMonth) -> InstitutionMonthFigures {
        InstitutionMonthFigures(institution: InstitutionInfo(month),
                                measured: active.map { $0.measure(month) })
    }

    /// An empty table for this engine's stage-1 figures.
    public func makeTable() -> FiguresTable {
        FiguresTable(columns: active.map { $0.makeColumn() })
    }

    /// Stage 2: every finding, the normering table and subject coverage, from a table made
    /// by `makeTable()` (the institution-months in any order).
    /// With `threads` of 2 or more, the findings are put in report order on one thread while
    /// the normering table is sorted on another; the result is the same.
    public func evaluate(table: consuming FiguresTable, threads: Int = 1) -> Evaluation {
        let institutions = table.institutions
        // Every rule appends to one output, sized once for all of them: no rule's rows are
        // copied into a joined list, and no list grows by doubling (untouched room of a
        // generous bound costs address space, not memory).
        var output = RuleOutput()
        output.reserveCapacity(additional: table.columns.reduce(RuleOutput.Counts()) { $0 + $1.rowBound() })
        for index in active.indices {
            table.columns[index].evaluate(institutions: institutions, into: &output)
            table.columns[index] = active[index].makeColumn()  // each rule's figures freed once used
        }
        var findings = output.findings
        var normering = output.normering
        var coverage = output.subjectCoverage
        output = RuleOutput()
        // The findings (the largest list) put in report order beside normering.csv's rows;
        // subject coverage after both, as its sort folds every subject into a key: holding
        // those keys while the other two sorts hold their index lists raised a two-year run's
        // peak memory by about 6 MB.
        bothAtOnce(threads: threads) {
            Finding.sortForReport(&findings)
        } _: {
            NormeringRow.sortForReport(&normering)
        }
        SubjectCoverage.sortForReport(&coverage)
        NormeringTable.fillShares(of: &normering, from: findings, catalog: ruleSet.catalog)
        let presence = institutions.map {
            InstitutionPresence(period: $0.period, municipality: $0.municipality, institutionID: $0.id,
                                hasStaffing: $0.hasStaffing, hasEnrolment: $0.hasEnrolment)
        }
        return Evaluation(findingsInReportOrder: findings, normering: normering, subjectCoverage: coverage,
                          presence: presence)
    }
}
