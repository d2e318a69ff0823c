import NormeringCore

/// Stage 1's result for one institution-month: the institution and each applicable rule's
/// compact figures. It holds no records, so a run can drop each month's records as soon
/// as it is measured.
public struct InstitutionMonthFigures: Sendable {
    public var institution: InstitutionInfo
    /// Each active rule's figures (its `MonthFigures`), in the engine's rule order; `nil`
    /// where the rule does not concern the institution.
    var measured: [(any Sendable)?]

    init(institution: InstitutionInfo, measured: [(any Sendable)?]) {
        self.institution = institution
        self.measured = measured
    }
}

/// The figures of many institution-months, kept compactly for stage 2: each institution
/// once, and each rule's figures in a list of their own type (no dictionary, no boxing per
/// month). Made by `RuleEngine.makeTable()`, filled with `append(_:)`.
public struct FiguresTable: Sendable {
    /// The institution-months, in the order appended.
    public private(set) var institutions: [InstitutionInfo] = []
    var columns: [any FiguresColumn]

    init(columns: [any FiguresColumn]) {
        self.columns = columns
    }

    /// Adds one institution-month's figures (from the same engine).
    public mutating func append(_ figures: consuming InstitutionMonthFigures) {
        let index = institutions.count
        institutions.append(figures.institution)
        for column in columns.indices {
            if let measured = figures.measured[column] { columns[column].append(measured, institution: index) }
        }
    }

    /// Room for `count` more institution-months.
    public mutating func reserveCapacity(additional count: Int) {
        institutions.reserveCapacity(institutions.count + count)
    }

    /// The number of institution-months.
    public var count: Int { institutions.count }
}

/// One rule, bound to its context: what the engine holds of each active rule.
protocol BoundRule: Sendable {
    /// Stage 1 for this rule.
    func measure(_ month: InstitutionMonth) -> (any Sendable)?
    /// An empty column for this rule's figures.
    func makeColumn() -> any FiguresColumn
}

/// `BoundRule` for rule type `R`.
struct TypedBoundRule<R: Rule>: BoundRule {
    let rule: R
    let context: RuleContext<R.Parameters>

    func measure(_ month: InstitutionMonth) -> (any Sendable)? {
        rule.measure(month, context: context)
    }

    func makeColumn() -> any FiguresColumn { TypedFiguresColumn(rule: rule, context: context) }
}

/// One rule's figures of many institution-months, stored as the rule's own type.
protocol FiguresColumn: Sendable {
    /// Adds figures of the institution-month at `institution` in the table (the rule's own
    /// type: another is a programming error).
    mutating func append(_ figures: any Sendable, institution: Int)
    /// The rule's bound of the rows stage 2 appends for the figures appended.
    func rowBound() -> RuleOutput.Counts
    /// Stage 2 for this rule over the figures appended, into `output`.
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

    mutating func append(_ figures: any Sendable, institution: Int) {
        guard let typed = figures as? R.MonthFigures else {
            preconditionFailure("figures of another rule handed to \(rule.id)")
        }
        entries.append((Int32(truncatingIfNeeded: institution), typed))
    }

    func rowBound() -> RuleOutput.Counts {
        rule.rowBound(entries.map(\.figures))
    }

    func evaluate(institutions: [InstitutionInfo], into output: inout RuleOutput) {
        let months = entries.map { MeasuredMonth(institution: institutions[Int($0.institution)], figures: $0.figures) }
        rule.evaluate(months, context: context, into: &output)
    }
}
