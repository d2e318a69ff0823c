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
        InstitutionMonthFigures(institution: InstitutionInfo(month),
                                measured: active.map { $0.rule.measureErased(month, context: $0.context) })
    }

    /// An empty table for this engine's stage-1 figures.
    public func makeTable() -> FiguresTable {
        FiguresTable(columns: active.map { $0.rule.makeColumn() })
    }

    /// Stage 2: every finding, the normering table and subject coverage, from the
    /// figures of all institution-months (any order).
    public func evaluate(figures: [InstitutionMonthFigures]) -> Evaluation {
        var table = makeTable()
        table.reserveCapacity(additional: figures.count)
        for month in figures { table.append(month) }
        return evaluate(table: table)
    }

    /// Stage 2 over a table made by `makeTable()` (the institution-months in any order).
    /// With `threads` of 2 or more, the rules are evaluated in two groups, one on each core
    /// (the second group's rows appended after the first's), and the findings are put in
    /// report order on one core while the normering table and subject coverage are sorted on
    /// the other; the result is the same.
    public func evaluate(table: consuming FiguresTable, threads: Int = 1) -> Evaluation {
        let institutions = table.institutions
        var columns = table.columns
        table = makeTable()
        let bounds = columns.map { $0.rowBound() }
        // Every rule appends to one output, sized once for all of them: no rule's rows are
        // copied into a joined list, and no list grows by doubling (untouched room of a
        // generous bound costs address space, not memory).
        var output = RuleOutput()
        output.reserveCapacity(additional: bounds.reduce(RuleOutput.Counts()) { $0 + $1 })
        let (first, second) = threads > 1 ? Self.twoGroups(bounds) : (Array(columns.indices), [])
        var side = RuleOutput()
        side.reserveCapacity(additional: second.reduce(RuleOutput.Counts()) { $0 + bounds[$1] })
        var firstColumns = first.map { columns[$0] }
        var secondColumns = second.map { columns[$0] }
        columns = []
        bothAtOnce(threads: second.isEmpty ? 1 : threads) {
            evaluate(&firstColumns, rules: first, institutions: institutions, into: &output)
        } _: {
            evaluate(&secondColumns, rules: second, institutions: institutions, into: &side)
        }
        // Rows of different rules never tie in report order (the rule is part of it), and
        // each rule's rows keep their order: where a rule's rows stand before the sort does
        // not matter.
        output.findings.append(contentsOf: side.findings)
        output.normering.append(contentsOf: side.normering)
        output.subjectCoverage.append(contentsOf: side.subjectCoverage)
        side = RuleOutput()
        var findings = output.findings
        var normering = output.normering
        var coverage = output.subjectCoverage
        output = RuleOutput()
        // Three lists, sorted each on its own: the findings (the largest) beside the other two.
        bothAtOnce(threads: threads) {
            Finding.sortForReport(&findings)
        } _: {
            normering.sort(by: NormeringRow.reportOrder)  // stable, as Evaluation would sort it
            SubjectCoverage.sortForReport(&coverage)
        }
        NormeringTable.fillShares(of: &normering, from: findings)
        let presence = institutions.map {
            InstitutionPresence(period: $0.period, municipality: $0.municipality, institutionID: $0.id,
                                hasStaffing: $0.hasStaffing, hasEnrolment: $0.hasEnrolment)
        }
        return Evaluation(findingsInReportOrder: findings, normering: normering, subjectCoverage: coverage,
                          presence: presence)
    }

    /// Stage 2 of the active rules at `rules` (their columns in `columns`), in that order,
    /// each rule's figures freed once used.
    private func evaluate(_ columns: inout [any FiguresColumn], rules: [Int], institutions: [InstitutionInfo],
                          into output: inout RuleOutput) {
        for (position, index) in rules.enumerated() {
            columns[position].evaluate(institutions: institutions, context: active[index].context, into: &output)
            columns[position] = active[index].rule.makeColumn()
        }
    }

    /// The rules (by index) split in two groups of about equal cost, the bound of their rows
    /// standing for the cost: the costliest first, each into the group with less so far;
    /// each group in rule order.
    static func twoGroups(_ bounds: [RuleOutput.Counts]) -> ([Int], [Int]) {
        let cost = bounds.map { $0.findings + $0.normering + $0.subjectCoverage }
        var groups: ([Int], [Int]) = ([], [])
        var totals = (0, 0)
        for index in cost.indices.sorted(by: { cost[$0] != cost[$1] ? cost[$0] > cost[$1] : $0 < $1 }) {
            if totals.0 <= totals.1 {
                groups.0.append(index)
                totals.0 += cost[index]
            } else {
                groups.1.append(index)
                totals.1 += cost[index]
            }
        }
        return (groups.0.sorted(), groups.1.sorted())
    }
}
