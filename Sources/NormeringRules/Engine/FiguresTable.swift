import NormeringCore

/// The stage-1 figures of many institution-months, kept compactly for stage 2: each
/// institution-month's naming once, and each rule's figures in a list of their own type.
/// Made by `RuleEngine.makeTable()`, filled by `RuleEngine.measure(_:into:threads:)`.
public struct FiguresTable: Sendable {
    /// The institution-months, in the order measured.
    public internal(set) var institutions: [InstitutionInfo] = []
    /// One per active rule, in the engine's order.
    var columns: [any FiguresColumn]

    init(columns: [any FiguresColumn]) {
        self.columns = columns
    }

    /// The number of institution-months.
    public var count: Int { institutions.count }

    /// Gives the institution-months from `first` on the labels `shared` hands back for theirs
    /// (one label kept per institution, see `InstitutionInfo.share`).
    public mutating func shareLabels(from first: Int, _ shared: (FindingInstitution) -> FindingInstitution) {
        for index in first..<institutions.count { institutions[index].share(shared(institutions[index].label)) }
    }
}

/// One rule's figures of many institution-months, stored as the rule's own type.
protocol FiguresColumn: Sendable {
    /// Stage 1 for institutions `rows` of `period`, the first of which is institution-month
    /// `first` of the table.
    mutating func measure(_ period: PeriodRecords, rows: Range<Int>, first: Int)
    /// Appends the figures of `other`, a column of the same rule.
    mutating func append(contentsOf other: any FiguresColumn)
    /// The rule's bound of the rows stage 2 appends for the figures held.
    func rowBound() -> RuleOutput.Counts
    /// Stage 2 for this rule over the figures held, into `output`.
    func evaluate(institutions: [InstitutionInfo], into output: inout RuleOutput)
}

/// `FiguresColumn` for rule type `R`.
struct TypedFiguresColumn<R: Rule>: FiguresColumn {
    let rule: R
    let context: RuleContext<R.Parameters>
    private var entries: [(institution: Int32, figures: R.MonthFigures)] = []

    init(rule: R, context: RuleContext<R.Parameters>) {
        self.rule = rule
        self.context = context
    }

    mutating func measure(_ period: PeriodRecords, rows: Range<Int>, first: Int) {
        for row in rows {
            guard let figures = rule.measure(InstitutionMonth(records: period, index: row), context: context) else {
                continue
            }
            entries.append((Int32(truncatingIfNeeded: first + row - rows.lowerBound), figures))
        }
    }

    mutating func append(contentsOf other: any FiguresColumn) {
        guard let other = other as? Self else { preconditionFailure("figures of another rule handed to \(rule.id)") }
        entries += other.entries
    }

    func rowBound() -> RuleOutput.Counts {
        rule.rowBound(entries.map(\.figures))
    }

    func evaluate(institutions: [InstitutionInfo], into output: inout RuleOutput) {
        let months = entries.map { MeasuredMonth(institution: institutions[Int($0.institution)], figures: $0.figures) }
        rule.evaluate(months, context: context, into: &output)
    }
}
