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
    public func evaluate(table: consuming FiguresTable) -> Evaluation {
        let institutions = table.institutions
        // Every rule appends to one output, sized once for all of them: no rule's rows are
        // copied into a joined list, and no list grows by doubling (untouched room of a
        // generous bound costs address space, not memory).
        var output = RuleOutput()
        output.reserveCapacity(additional: table.columns.reduce(RuleOutput.Counts()) { $0 + $1.rowBound() })
        for index in active.indices {
            table.columns[index].evaluate(institutions: institutions, context: active[index].context, into: &output)
            table.columns[index] = active[index].rule.makeColumn()  // each rule's figures freed once used
        }
        // In report order already, so that Evaluation's own sort has a single run to check.
        Finding.sortForReport(&output.findings)
        let normering = NormeringTable.fillingShares(of: output.normering, from: output.findings)
        SubjectCoverage.sortForReport(&output.subjectCoverage)
        let presence = institutions.map {
            InstitutionPresence(period: $0.period, municipality: $0.municipality, institutionID: $0.id,
                                hasStaffing: $0.hasStaffing, hasEnrolment: $0.hasEnrolment)
        }
        return Evaluation(findings: output.findings, normering: normering, subjectCoverage: output.subjectCoverage,
                          presence: presence)
    }
}

extension Finding {
    /// Sorts `findings` as `Finding.reportOrder` does (the same comparisons, stable): the
    /// indices are sorted, comparing findings in place, then the findings are moved into
    /// that order by swaps, without a second list.
    static func sortForReport(_ findings: inout [Finding]) {
        let order = findings.withUnsafeBufferPointer { buffer in
            buffer.indices.sorted { a, b in
                let x = buffer.baseAddress.unsafelyUnwrapped + a
                let y = buffer.baseAddress.unsafelyUnwrapped + b
                if let order = ReportPeriod.textOrder(x.pointee.period, y.pointee.period) { return order }
                if x.pointee.scope != y.pointee.scope {
                    return x.pointee.scope.rawValue.codePointPrecedes(y.pointee.scope.rawValue)
                }
                if x.pointee.institutionID != y.pointee.institutionID {
                    return x.pointee.institutionID.codePointPrecedes(y.pointee.institutionID)
                }
                if x.pointee.unit != y.pointee.unit { return x.pointee.unit.codePointPrecedes(y.pointee.unit) }
                if x.pointee.rule != y.pointee.rule { return x.pointee.rule.codePointPrecedes(y.pointee.rule) }
                if x.pointee.municipality != y.pointee.municipality {
                    return x.pointee.municipality.codePointPrecedes(y.pointee.municipality)
                }
                return false
            }
        }
        findings.reorder(by: order)
    }
}

extension Array {
    /// Puts the elements in `order` (position i takes the element now at `order[i]`; a
    /// permutation of the indices) in place: each cycle of the permutation by swaps, with
    /// no second list.
    mutating func reorder(by order: [Int]) {
        var placed = [Bool](repeating: false, count: order.count)
        for start in order.indices where !placed[start] {
            var index = start
            while order[index] != start {
                swapAt(index, order[index])
                placed[index] = true
                index = order[index]
            }
            placed[index] = true
        }
    }
}

extension SubjectCoverage {
    /// Period, municipality, institution id, then subject (folded), code-point order.
    static func reportOrder(_ a: SubjectCoverage, _ b: SubjectCoverage) -> Bool {
        reportOrder(a, SubjectName.key(a.subject), b, SubjectName.key(b.subject))
    }

    /// Sorts `rows` as `reportOrder` does (stable), in place: each row's folded subject is
    /// made once, not once per comparison, and only the keys and an index list are made
    /// beside the rows.
    static func sortForReport(_ rows: inout [SubjectCoverage]) {
        let keys = rows.map { SubjectName.key($0.subject) }
        let order = rows.withUnsafeBufferPointer { buffer in
            buffer.indices.sorted { a, b in reportOrder(buffer[a], keys[a], buffer[b], keys[b]) }  // stable
        }
        rows.reorder(by: order)
    }

    /// `reportOrder` with each row's folded subject given.
    static func reportOrder(_ a: SubjectCoverage, _ subjectA: String, _ b: SubjectCoverage, _ subjectB: String) -> Bool {
        if a.period != b.period { return a.period < b.period }
        if a.municipality != b.municipality { return a.municipality.codePointPrecedes(b.municipality) }
        if a.institutionID != b.institutionID { return a.institutionID.codePointPrecedes(b.institutionID) }
        if subjectA != subjectB { return subjectA.codePointPrecedes(subjectB) }
        return false
    }
}
