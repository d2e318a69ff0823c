import NormeringCore

/// Kind `pupils-per-teacher-figure`: a plain figure, pupils in classes that are not special per
/// teacher FTE, for information (rules.md § 3).
public struct PupilsPerTeacherRule: RuleKind {
    public struct MonthFigures: Sendable, Hashable {
        /// Pupils in classes that are not special.
        public var pupils: Int
        /// FTE (weight 1, deducted leave removed) of employees with role `teacher`.
        public var teacherFTE: Double
    }

    /// No parameters.
    public struct Parameters: Sendable, Hashable {}

    public static let kindName = "pupils-per-teacher-figure"
    public static let kindSummary = "Pupils in classes that are not special per teacher FTE, a figure with no threshold."
    public static let parameterSpecs: [ParameterSpec] = []

    public let declaration: RuleDeclaration

    public init(_ declaration: RuleDeclaration) {
        self.declaration = declaration
    }

    public func decode(_ values: ParameterValues) -> Parameters { Parameters() }

    public func measure(_ month: InstitutionMonth, context: RuleContext<Parameters>) -> MonthFigures? {
        guard month.kind == .school else { return nil }
        let table = month.records.table
        let row = month.row
        let pupils = row.classes.reduce(0) { $0 + (table.classes.special[$1] ? 0 : table.classes.pupils[$1]) }
        var fte = 0.0
        for index in row.employees where table.employees.role[index] == .teacher {
            fte += StaffTime.fte(ofEmployee: index, in: month, fullTimeHours: context.fullTimeHours)
        }
        return MonthFigures(pupils: pupils, teacherFTE: fte)
    }

    /// One row per month at most.
    public func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts {
        RuleOutput.Counts(findings: figures.count)
    }

    public func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext<Parameters>, into output: inout RuleOutput) {
        for month in months where month.figures.teacherFTE > 0 {
            let period = month.institution.period
            let inForce = context.parameters(for: period).inForce
            output.findings.append(FindingFactory.institutionFinding(
                month.institution, period: .month(period), rule: id, severity: .info,
                status: inForce ? .info : .notInForce, value: Double(month.figures.pupils) / month.figures.teacherFTE,
                format: .twoDecimals, source: legalSource))
        }
    }
}
