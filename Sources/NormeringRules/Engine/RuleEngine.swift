import NormeringCore

/// Applies a rule set to records: records in, findings out (no files, no XML).
///
/// Two stages: `measure(_:into:threads:)` reduces each period's records, as it is read, to
/// each rule's compact figures in a table from `makeTable()` (the records then dropped), and
/// `evaluate(table:)` turns the table into findings.
public struct RuleEngine: Sendable {
    public let ruleSet: RuleSet
    /// An empty figures column for each active rule, bound to its context.
    private let active: [any FiguresColumn]

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        self.active = ruleSet.rules
            .filter { ruleSet.isEnabled($0.id) }
            .map { Self.column($0, ruleSet) }
    }

    private static func column<R: Rule>(_ rule: R, _ ruleSet: RuleSet) -> any FiguresColumn {
        TypedFiguresColumn(rule: rule, context: ruleSet.context(for: rule))
    }

    /// An empty table for this engine's stage-1 figures.
    public func makeTable() -> FiguresTable {
        FiguresTable(columns: active)
    }

    /// Stage 1: every institution-month of `period` (or its `rows` only) reduced to each
    /// rule's figures, appended to `table`; runs of 32 institutions measured on up to
    /// `threads` threads, the result the same for any count.
    public func measure(_ period: PeriodRecords, rows: Range<Int>? = nil, into table: inout FiguresTable,
                        threads: Int = 1) {
        let rows = rows ?? period.institutions.indices
        let runs = stride(from: rows.lowerBound, to: rows.upperBound, by: 32).map { $0..<min($0 + 32, rows.upperBound) }
        let first = table.count
        let measured = runs.parallelMap(threads: threads, chunk: 1) { run in
            active.map { column in
                var column = column
                column.measure(period, rows: run, first: first + run.lowerBound - rows.lowerBound)
                return column
            }
        }
        for columns in measured {
            for index in columns.indices { table.columns[index].append(contentsOf: columns[index]) }
        }
        table.institutions += rows.map { InstitutionInfo(InstitutionMonth(records: period, index: $0)) }
    }

    /// Stage 1 for one institution-month.
    public func measure(_ month: InstitutionMonth, into table: inout FiguresTable) {
        measure(month.records, rows: month.index..<month.index + 1, into: &table)
    }

    /// Stage 2: every finding, the normering table and subject coverage, from a table made
    /// by `makeTable()` (the institution-months in any order).
    public func evaluate(table: consuming FiguresTable) -> Evaluation {
        let institutions = table.institutions
        // Every rule appends to one output, sized once for all of them: no rule's rows are
        // copied into a joined list, and no list grows by doubling (untouched room of a
        // generous bound costs address space, not memory).
        var output = RuleOutput()
        output.reserveCapacity(additional: table.columns.reduce(RuleOutput.Counts()) { $0 + $1.rowBound() })
        for index in active.indices {
            table.columns[index].evaluate(institutions: institutions, into: &output)
            table.columns[index] = active[index]  // each rule's figures freed once used
        }
        var findings = output.findings
        var normering = output.normering
        var coverage = output.subjectCoverage
        output = RuleOutput()
        // The findings put in report order, then normering.csv's rows (0.2 % of the national
        // year's CPU: it no longer runs beside the findings' sort); subject coverage last, as
        // its sort folds every subject into a key: holding those keys while the other two
        // sorts hold their index lists raised a two-year run's peak memory by about 6 MB.
        Finding.sortForReport(&findings)
        NormeringRow.sortForReport(&normering)
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
