import NormeringCore

/// Kind `coverage-share`: the share of lessons taught by a teacher with competence in the
/// subject (rules.md § 3, § 5; Denmark's `competence-coverage`, folkeskoleloven § 40, stk. 7).
public struct CompetenceCoverageRule: RuleKind {
    /// Covered and counted lessons a week of one subject.
    public struct SubjectFigures: Sendable, Hashable {
        /// The subject as first written (trimmed).
        public var subject: String
        public var covered: Int
        public var total: Int
    }

    /// The coverage of one school-month, overall and by subject (in order of the folded name).
    public struct MonthFigures: Sendable, Hashable {
        public var covered: Int
        public var total: Int
        public var subjects: [SubjectFigures]
    }

    /// The typed parameters.
    public struct Parameters: Sendable, Hashable {
        /// The lowest acceptable coverage; `nil`: shown only.
        public var minimum: Double?
        /// Teachers with more competence subjects than this are left out.
        public var maxCompetences: Int
        public var severity: Severity
    }

    public static let kindName = "coverage-share"
    public static let kindSummary = "The share of lessons taught by a teacher with competence in the subject, per school and month."
    public static let parameterSpecs: [ParameterSpec] = [
        ParameterSpec(name: "minimum", type: .optionalNumber, defaultValue: .none,
                      description: "The lowest acceptable coverage (0–1); null: shown only.", range: 0...1),
        ParameterSpec(name: "maxCompetences", type: .integer, defaultValue: .integer(6),
                      description: "Teachers with more competence subjects than this are left out.",
                      range: 0...1_000_000),
        .severity(default: .target, description: "Severity of every row of the rule."),
    ]

    public let declaration: RuleDeclaration

    public init(_ declaration: RuleDeclaration) {
        self.declaration = declaration
    }

    public func decode(_ values: ParameterValues) -> Parameters {
        Parameters(minimum: values.optionalNumber("minimum"), maxCompetences: values.integer("maxCompetences"),
                   severity: values.severity("severity"))
    }

    public func measure(_ month: InstitutionMonth, context: RuleContext<Parameters>) -> MonthFigures? {
        guard month.kind == .school else { return nil }
        let maxCompetences = context.parameters(for: month.period).maxCompetences
        var measurer = CoverageMeasurer(month)
        return measurer.figures(maxCompetences: maxCompetences)
    }

    /// One row per month at most, and one coverage row per subject and month.
    public func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts {
        RuleOutput.Counts(findings: figures.count, subjectCoverage: figures.reduce(0) { $0 + $1.subjects.count })
    }

    public func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext<Parameters>, into output: inout RuleOutput) {
        for month in months where month.figures.total > 0 {
            let info = month.institution
            let parameters = context.parameters(for: info.period)
            let total = Double(month.figures.total)
            let covered = Double(month.figures.covered)
            let coverage = covered / total
            var status = FindingStatus.info
            var gap: Double?
            let minimum = parameters.minimum
            if let minimum {
                let passes = Tolerance.atLeast(coverage, minimum)
                status = passes ? .pass : .fail
                gap = passes ? 0 : max(0, minimum * total - covered)
            }
            if !parameters.inForce { status = .notInForce }
            output.findings.append(FindingFactory.institutionFinding(
                info, period: .month(info.period), rule: id, severity: parameters.severity, status: status,
                value: coverage, format: .share, threshold: minimum, gapFTE: gap, source: legalSource))
            for subject in month.figures.subjects {
                output.subjectCoverage.append(SubjectCoverage(
                    period: info.period, municipality: info.municipality, institutionID: info.id,
                    institutionName: info.name, subject: subject.subject, coveredLessons: subject.covered,
                    totalLessons: subject.total))
            }
        }
    }
}
