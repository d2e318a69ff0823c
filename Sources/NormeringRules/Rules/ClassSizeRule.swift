import NormeringCore

/// `class-size` — klassekvotient (folkeskoleloven § 17): pupils in each class that is
/// not special against the cap of its cohort (rules.md § 3).
public struct ClassSizeRule: Rule {
    /// One class that is not special.
    public struct ClassFigures: Sendable, Hashable {
        public var id: String
        public var grade: Int
        public var pupils: Int
        public var exemption: Bool
    }

    /// The classes of one school-month that are not special.
    public struct MonthFigures: Sendable, Hashable {
        public var classes: [ClassFigures]
    }

    public init() {}

    public let id = "class-size"
    public let title = "Class size (klassekvotient)"
    public let legalSource = "folkeskoleloven § 17"
    public let explanation = """
        Schools: pupils in each class (special classes left out) must not exceed the cap. \
        Classes of cohorts that began børnehaveklasse from the small-class cohort on have a \
        lower cap in the first grades. The law tests the start of the school year: August \
        rows are legal, other months for information.
        """

    public var parameters: [ParameterSpec] {
        [
            ParameterSpec(name: "cap", type: .integer, defaultValue: .integer(28),
                          description: "The most pupils in a class.", range: 0...1_000_000),
            ParameterSpec(name: "capExemption", type: .integer, defaultValue: .integer(30),
                          description: "The cap of a class with an exemption (dispensation).", range: 0...1_000_000),
            ParameterSpec(name: "smallCap", type: .integer, defaultValue: .integer(26),
                          description: "The cap in grades 0 to smallGrades of cohorts from smallFromCohort.",
                          range: 0...1_000_000),
            ParameterSpec(name: "smallCapExemption", type: .integer, defaultValue: .integer(28),
                          description: "The small cap of a class with an exemption.", range: 0...1_000_000),
            ParameterSpec(name: "smallGrades", type: .integer, defaultValue: .integer(2),
                          description: "The last grade with the small cap (0 = børnehaveklasse).", range: 0...10),
            ParameterSpec(name: "smallFromCohort", type: .integer, defaultValue: .integer(2024),
                          description: "The first school year (its start) of cohorts with the small cap.",
                          range: 1900...2200),
        ]
    }

    public var builtInVersions: [RuleVersion] { [] }

    public func measure(_ month: InstitutionMonth, context: RuleContext) -> MonthFigures? {
        guard month.kind == .school else { return nil }
        return MonthFigures(classes: month.classes.filter { !$0.special }.map {
            ClassFigures(id: $0.id, grade: $0.grade, pupils: $0.pupils, exemption: $0.exemption)
        })
    }

    /// The school year (its starting year) a month belongs to: August–July.
    public static func schoolYearStart(of month: YearMonth) -> Int {
        month.month >= 8 ? month.year : month.year - 1
    }

    /// The cap of a class in a month under `parameters`.
    static func cap(grade: Int, exemption: Bool, in month: YearMonth, _ parameters: ResolvedParameters) -> Int {
        let cohort = schoolYearStart(of: month) - grade
        let small = grade >= 0 && grade <= parameters.integer("smallGrades")
            && cohort >= parameters.integer("smallFromCohort")
        if small { return parameters.integer(exemption ? "smallCapExemption" : "smallCap") }
        return parameters.integer(exemption ? "capExemption" : "cap")
    }

    /// One row per class and month.
    public func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts {
        RuleOutput.Counts(findings: figures.reduce(0) { $0 + $1.classes.count })
    }

    public func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext, into output: inout RuleOutput) {
        for month in months {
            let period = month.institution.period
            let parameters = context.parameters(for: period)
            let severity: Severity = period.month == 8 ? .legal : .info
            for schoolClass in month.figures.classes {
                let cap = Self.cap(grade: schoolClass.grade, exemption: schoolClass.exemption, in: period, parameters)
                let passes = Tolerance.atMost(Double(schoolClass.pupils), Double(cap))
                output.findings.append(FindingFactory.institutionFinding(
                    month.institution, period: .month(period), scope: .class, unit: schoolClass.id, rule: id,
                    severity: severity, status: parameters.inForce ? (passes ? .pass : .fail) : .notInForce,
                    value: Double(schoolClass.pupils), format: .count, threshold: Double(cap), source: legalSource))
            }
        }
    }
}
