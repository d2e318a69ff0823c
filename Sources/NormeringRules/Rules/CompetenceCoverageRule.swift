import NormeringCore

/// `competence-coverage` — kompetencedækning (folkeskoleloven § 40, stk. 7): the share of
/// lessons taught by a teacher with competence in the subject (rules.md § 3, § 5).
public struct CompetenceCoverageRule: Rule {
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

    public init() {}

    public let id = "competence-coverage"
    public let title = "Competence coverage (kompetencedækning)"
    public let legalSource = "folkeskoleloven § 40, stk. 7"
    public let explanation = """
        Schools, grades 1–9, special classes left out: the share of lessons taught by a teacher \
        with competence in the subject. Teachers with more than maxCompetences subjects are left \
        out; per class and subject only the main teacher (most lessons) counts.
        """

    public var parameters: [ParameterSpec] {
        [
            ParameterSpec(name: "minimum", type: .optionalNumber, defaultValue: .number(0.95),
                          description: "The lowest acceptable coverage (0–1); null: shown only.", range: 0...1),
            ParameterSpec(name: "maxCompetences", type: .integer, defaultValue: .integer(6),
                          description: "Teachers with more competence subjects than this are left out.",
                          range: 0...1_000_000),
            .severity(default: .target, description: "Severity of every row of the rule."),
        ]
    }

    public var builtInVersions: [RuleVersion] { [] }

    public func measure(_ month: InstitutionMonth, context: RuleContext) -> MonthFigures? {
        guard month.kind == .school else { return nil }
        let maxCompetences = context.parameters(for: month.period).integer("maxCompetences")
        var measurer = CoverageMeasurer(month)
        return measurer.figures(maxCompetences: maxCompetences)
    }

    /// One row per month at most, and one coverage row per subject and month.
    public func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts {
        RuleOutput.Counts(findings: figures.count, subjectCoverage: figures.reduce(0) { $0 + $1.subjects.count })
    }

    public func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext, into output: inout RuleOutput) {
        for month in months where month.figures.total > 0 {
            let info = month.institution
            let parameters = context.parameters(for: info.period)
            let total = Double(month.figures.total)
            let covered = Double(month.figures.covered)
            let coverage = covered / total
            var status = FindingStatus.info
            var gap: Double?
            let minimum = parameters.optionalNumber("minimum")
            if let minimum {
                let passes = Tolerance.atLeast(coverage, minimum)
                status = passes ? .pass : .fail
                gap = passes ? 0 : max(0, minimum * total - covered)
            }
            if !parameters.inForce { status = .notInForce }
            output.findings.append(FindingFactory.institutionFinding(
                info, period: .month(info.period), rule: id, severity: parameters.severity(), status: status,
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
