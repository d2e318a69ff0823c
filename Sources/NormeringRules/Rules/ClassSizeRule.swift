import NormeringCore

/// Kind `class-size-cap`: pupils in each class that is not special against the cap of its
/// cohort (rules.md § 3; Denmark's `class-size`, folkeskoleloven § 17).
public struct ClassSizeRule: RuleKind {
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

    /// The typed parameters.
    public struct Parameters: Sendable, Hashable {
        public var cap: Int
        public var capExemption: Int
        public var smallCap: Int
        public var smallCapExemption: Int
        public var smallGrades: Int
        public var smallFromCohort: Int
    }

    public static let kindName = "class-size-cap"
    public static let kindSummary = "Pupils in each class that is not special against the cap of its cohort; August rows are legal."
    public static let parameterSpecs: [ParameterSpec] = [
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

    public let declaration: RuleDeclaration

    public init(_ declaration: RuleDeclaration) {
        self.declaration = declaration
    }

    public func decode(_ values: ParameterValues) -> Parameters {
        Parameters(cap: values.integer("cap"), capExemption: values.integer("capExemption"),
                   smallCap: values.integer("smallCap"), smallCapExemption: values.integer("smallCapExemption"),
                   smallGrades: values.integer("smallGrades"), smallFromCohort: values.integer("smallFromCohort"))
    }

    public func measure(_ month: InstitutionMonth, context: RuleContext<Parameters>) -> MonthFigures? {
        guard month.kind == .school else { return nil }
        let classes = month.records.table.classes
        return MonthFigures(classes: month.row.classes.filter { !classes.special[$0] }.map {
            ClassFigures(id: month.records.table.string(classes.id[$0]), grade: Int(classes.grade[$0]),
                         pupils: classes.pupils[$0], exemption: classes.exemption[$0])
        })
    }

    /// The school year (its starting year) a month belongs to: August–July.
    public static func schoolYearStart(of month: YearMonth) -> Int {
        month.month >= 8 ? month.year : month.year - 1
    }

    /// The cap of a class in a month under `parameters`.
    static func cap(grade: Int, exemption: Bool, in month: YearMonth, _ parameters: Parameters) -> Int {
        let cohort = schoolYearStart(of: month) - grade
        let small = grade >= 0 && grade <= parameters.smallGrades && cohort >= parameters.smallFromCohort
        if small { return exemption ? parameters.smallCapExemption : parameters.smallCap }
        return exemption ? parameters.capExemption : parameters.cap
    }

    /// One row per class and month.
    public func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts {
        RuleOutput.Counts(findings: figures.reduce(0) { $0 + $1.classes.count })
    }

    public func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext<Parameters>, into output: inout RuleOutput) {
        for month in months {
            let period = month.institution.period
            let parameters = context.parameters(for: period)
            let severity: Severity = period.month == 8 ? .legal : .info
            for schoolClass in month.figures.classes {
                let cap = Self.cap(grade: schoolClass.grade, exemption: schoolClass.exemption, in: period, parameters.values)
                let passes = Tolerance.atMost(Double(schoolClass.pupils), Double(cap))
                output.findings.append(FindingFactory.institutionFinding(
                    month.institution, period: .month(period), scope: .class, unit: schoolClass.id, rule: id,
                    severity: severity, status: parameters.inForce ? (passes ? .pass : .fail) : .notInForce,
                    value: Double(schoolClass.pupils), format: .count, threshold: Double(cap), source: legalSource))
            }
        }
    }
}
