import NormeringCore

/// One rule of a rule set: an instance of a rule *kind* (a computation the code provides,
/// e.g. a staff-to-children ratio by age band), with the id, labels, sources and parameters
/// its rule-set file gives it. The kinds are listed in `RuleKinds.all`; which rules run, and
/// with what, is data (`Rulesets/*.yml`).
///
/// Evaluation runs in two stages so that memory can stay flat: `measure` reduces one
/// institution-month to a compact value (no records kept); `evaluate` turns all the
/// monthly values into findings and year rows.
public protocol Rule: Sendable {
    /// The compact figures of one institution-month.
    associatedtype MonthFigures: Sendable
    /// The kind's parameters, typed: decoded once per version (`decode(_:)`).
    associatedtype Parameters: Sendable

    /// What the rule set says of this rule: id, names, sources, parameters and versions.
    var declaration: RuleDeclaration { get }

    /// The typed parameters from values by name (every declared parameter present).
    func decode(_ values: ParameterValues) -> Parameters

    /// Stage 1: the figures of one institution-month, or `nil` when the rule does not
    /// concern it (another kind of institution).
    func measure(_ month: InstitutionMonth, context: RuleContext<Parameters>) -> MonthFigures?

    /// Stage 2: findings (and table rows) from all measured months, appended to `output`
    /// (which holds the other rules' rows: all rules write into one list, never copied).
    func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext<Parameters>,
                  into output: inout RuleOutput)

    /// At least as many rows of each kind as `evaluate` appends for these figures, so that
    /// the engine makes room for every rule's rows at once. Only a hint: a bound too small
    /// costs time and memory, not correctness. The default knows nothing (zero).
    func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts
}

extension Rule {
    public func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts { RuleOutput.Counts() }

    /// Id, names, sources and the part the rule plays in the reports.
    public var definition: RuleDefinition { declaration.definition }
    /// The parameters the rule takes, with the rule set's values as defaults.
    public var parameters: [ParameterSpec] { declaration.parameters }
    /// The rule set's versions (effective dates); empty: always in force.
    public var builtInVersions: [RuleVersion] { declaration.versions }

    /// The id in the rule-set file, the config file and the reports.
    public var id: RuleID { definition.id }
    /// A name for people, e.g. `Minimum staffing (minimumsnormering)`.
    public var title: String { definition.title }
    /// The legal source, short form, as written in findings.csv.
    public var legalSource: String { definition.source }
    /// The legal sources in full, for `normering rules`.
    public var legalSourceDescription: String { definition.sourceInFull ?? definition.source }
    /// What the rule checks, in a sentence or two for people.
    public var explanation: String { definition.explanation }

    /// The defaults, by name.
    public var defaultParameters: [String: ParameterValue] {
        Dictionary(parameters.map { ($0.name, $0.defaultValue) }, uniquingKeysWith: { first, _ in first })
    }

    /// The parameter spec of `name`, if the rule has one.
    public func parameter(named name: String) -> ParameterSpec? {
        parameters.first { $0.name == name }
    }
}

/// One institution in one month, without its records: what findings name.
public struct InstitutionInfo: Hashable, Sendable {
    /// The naming columns as findings carry them, shared: `CheckRun` hands every month of an
    /// institution the same one (`FiguresTable.shareLabels`).
    public private(set) var label: FindingInstitution
    public let kind: InstitutionKind
    public let ownership: Ownership
    public let period: YearMonth
    public let hasStaffing: Bool
    public let hasEnrolment: Bool

    public var municipality: String { label.municipality }
    public var id: String { label.id }
    public var name: String { label.name }
    /// Empty when none was given.
    public var district: String { label.district }

    public init(_ month: InstitutionMonth) {
        self.init(municipality: month.municipality, id: month.id, name: month.name, kind: month.kind,
                  ownership: month.ownership, district: month.district ?? "", period: month.period,
                  hasStaffing: month.hasStaffing, hasEnrolment: month.hasEnrolment)
    }

    public init(municipality: String, id: String, name: String, kind: InstitutionKind, ownership: Ownership,
                district: String, period: YearMonth, hasStaffing: Bool, hasEnrolment: Bool) {
        self.label = FindingInstitution(municipality: municipality, id: id, name: name, kind: kind,
                                        ownership: ownership, district: district)
        self.kind = kind
        self.ownership = ownership
        self.period = period
        self.hasStaffing = hasStaffing
        self.hasEnrolment = hasEnrolment
    }

    /// Uses `shared`, equal to the current label, in its place (so that many months and
    /// findings share one).
    public mutating func share(_ shared: FindingInstitution) {
        if shared == label { label = shared }
    }

    /// Whether both staffing and enrolment data are present.
    public var hasBothSides: Bool { hasStaffing && hasEnrolment }

    /// Whether this is a daycare institution in the municipal figure (rules.md § 2).
    public var isInMunicipalDaycareFigure: Bool { kind == .daycare && ownership.isInMunicipalFigure }
}

/// A rule's figures of one institution-month, with the institution they belong to.
public struct MeasuredMonth<Figures: Sendable>: Sendable {
    public var institution: InstitutionInfo
    public var figures: Figures

    public init(institution: InstitutionInfo, figures: Figures) {
        self.institution = institution
        self.figures = figures
    }
}

/// What one rule produces in stage 2.
public struct RuleOutput: Sendable {
    public var findings: [Finding]
    /// Rows of normering.csv (minimum-staffing only); share columns are filled by the engine.
    public var normering: [NormeringRow]
    public var subjectCoverage: [SubjectCoverage]

    public init(findings: [Finding] = [], normering: [NormeringRow] = [], subjectCoverage: [SubjectCoverage] = []) {
        self.findings = findings
        self.normering = normering
        self.subjectCoverage = subjectCoverage
    }

    /// Numbers of rows of each kind.
    public struct Counts: Sendable, Equatable {
        public var findings: Int
        public var normering: Int
        public var subjectCoverage: Int

        public init(findings: Int = 0, normering: Int = 0, subjectCoverage: Int = 0) {
            self.findings = findings
            self.normering = normering
            self.subjectCoverage = subjectCoverage
        }

        /// The counts of both, kind by kind.
        public static func + (a: Counts, b: Counts) -> Counts {
            Counts(findings: a.findings + b.findings, normering: a.normering + b.normering,
                   subjectCoverage: a.subjectCoverage + b.subjectCoverage)
        }
    }

    /// Makes room for `counts` more rows of each kind.
    public mutating func reserveCapacity(additional counts: Counts) {
        findings.reserveCapacity(findings.count + counts.findings)
        normering.reserveCapacity(normering.count + counts.normering)
        subjectCoverage.reserveCapacity(subjectCoverage.count + counts.subjectCoverage)
    }
}
