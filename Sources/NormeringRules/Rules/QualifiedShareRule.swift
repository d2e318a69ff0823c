import NormeringCore

/// `trained-share` (uddannelsesdækning) and `pedagogue-share` (pædagogandel): the share of
/// counted pedagogical staff FTE with a qualifying education (rules.md § 2).
public struct QualifiedShareRule: Rule {
    /// The figures of one daycare or SFO institution-month.
    public struct MonthFigures: Sendable, Hashable {
        /// FTE at weight 1 of counted staff with a qualifying education.
        public var qualified: Double
        /// FTE at weight 1 of counted staff: managers, pedagogical, support, substitutes.
        public var counted: Double
    }

    public let id: String
    public let title: String
    public let legalSource: String
    public let explanation: String
    /// The educations that count as qualified.
    public let qualifying: Set<Education>
    /// `qualifying` as bits: a look-up per employee without hashing the education's text.
    private let qualifyingFlags: EducationFlags
    private let defaultMinimum: Double?
    private let defaultSeverity: Severity

    public init(id: String, title: String, legalSource: String, explanation: String, qualifying: Set<Education>,
                defaultMinimum: Double?, defaultSeverity: Severity) {
        self.id = id
        self.title = title
        self.legalSource = legalSource
        self.explanation = explanation
        self.qualifying = qualifying
        self.qualifyingFlags = EducationFlags(qualifying)
        self.defaultMinimum = defaultMinimum
        self.defaultSeverity = defaultSeverity
    }

    /// `trained-share`: pedagogues and pedagogical assistants (PAU), target 0.85.
    public static let trained = QualifiedShareRule(
        id: "trained-share", title: "Trained staff share (uddannelsesdækning)",
        legalSource: "opkvalificeringspuljen (aftale 2020)",
        explanation: """
            Daycare and SFO: the share of pedagogical staff FTE (managers, pedagogical staff, \
            support staff and substitutes, any funding) who are pedagogues or pedagogical assistants.
            """,
        qualifying: [.pedagogue, .assistant], defaultMinimum: 0.85, defaultSeverity: .target)

    /// `pedagogue-share`: pedagogues only; no threshold by default (BUPL recommends 0.80).
    public static let pedagogue = QualifiedShareRule(
        id: "pedagogue-share", title: "Pedagogue share (pædagogandel)", legalSource: "BUPL (anbefaling)",
        explanation: """
            As the trained staff share, counting pedagogues only. No threshold by default; \
            BUPL recommends 0.80.
            """,
        qualifying: [.pedagogue], defaultMinimum: nil, defaultSeverity: .info)

    public var parameters: [ParameterSpec] {
        [
            ParameterSpec(name: "minimum", type: .optionalNumber, defaultValue: defaultMinimum.map { .number($0) } ?? .none,
                          description: "The lowest acceptable share (0–1); null: no threshold, the share is shown only.",
                          range: 0...1),
            .severity(default: defaultSeverity, description: "Severity of every row of the rule."),
        ]
    }

    public var builtInVersions: [RuleVersion] { [] }

    // MARK: Stage 1

    public func measure(_ month: InstitutionMonth, context: RuleContext) -> MonthFigures? {
        guard month.kind == .daycare || month.kind == .sfo else { return nil }
        var figures = MonthFigures(qualified: 0, counted: 0)
        // By index: the records are read in place, not copied one by one.
        for index in month.employees.indices {
            switch month.employees[index].role {
            case .manager, .pedagogical, .support, .substitute: break
            case .areaManager, .student, .teacher, .other: continue
            }
            let fte = StaffTime.fte(ofEmployee: index, in: month, fullTimeHours: context.fullTimeHours)
            figures.counted += fte
            if qualifyingFlags.contains(month.employees[index].education) { figures.qualified += fte }
        }
        return figures
    }

    // MARK: Stage 2

    /// Each month's row; at most one municipality row per month, and one year row per
    /// municipality-year and per institution-year.
    public func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts {
        RuleOutput.Counts(findings: 4 * figures.count)
    }

    public func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext, into output: inout RuleOutput) {
        var municipalMonths: [MunicipalityMonthKey: MonthFigures] = [:]
        var institutionYears: [InstitutionYearKey: [MeasuredMonth<MonthFigures>]] = [:]

        for month in months {
            let info = month.institution
            institutionYears[info.yearKey, default: []].append(month)
            guard month.figures.counted > 0 else { continue }
            output.findings.append(finding(month.figures, months: 1, period: .month(info.period), info: info,
                                           municipality: info.municipality, context: context))
            if info.isInMunicipalDaycareFigure {
                let key = MunicipalityMonthKey(municipality: info.municipality, period: info.period)
                municipalMonths[key, default: MonthFigures(qualified: 0, counted: 0)].add(month.figures)
            }
        }

        var municipalYears: [MunicipalityYearKey: (sum: MonthFigures, months: Int)] = [:]
        for (key, sum) in MunicipalityMonthKey.chronological(municipalMonths) where sum.counted > 0 {
            output.findings.append(finding(sum, months: 1, period: .month(key.period), info: nil,
                                           municipality: key.municipality, context: context))
            let yearKey = MunicipalityYearKey(municipality: key.municipality, year: key.period.year)
            municipalYears[yearKey, default: (MonthFigures(qualified: 0, counted: 0), 0)].sum.add(sum)
            municipalYears[yearKey, default: (MonthFigures(qualified: 0, counted: 0), 0)].months += 1
        }
        for (key, entry) in municipalYears {
            output.findings.append(finding(entry.sum.scaled(by: 1 / Double(entry.months)), months: entry.months,
                                           period: .year(key.year), info: nil, municipality: key.municipality,
                                           context: context))
        }

        for (key, yearMonths) in institutionYears {
            let counted = yearMonths.filter { $0.figures.counted > 0 }
            guard !counted.isEmpty,
                  let latest = yearMonths.max(by: { $0.institution.period < $1.institution.period }) else { continue }
            var sum = MonthFigures(qualified: 0, counted: 0)
            for month in counted { sum.add(month.figures) }
            output.findings.append(finding(sum.scaled(by: 1 / Double(counted.count)), months: counted.count,
                                           period: .year(key.year), info: latest.institution,
                                           municipality: latest.institution.municipality, context: context))
        }
    }

    /// One row from (mean) qualified and counted FTE; the threshold of the version in force
    /// on the month's first day, or on 1 January for a year.
    private func finding(_ figures: MonthFigures, months: Int, period: ReportPeriod, info: InstitutionInfo?,
                         municipality: String, context: RuleContext) -> Finding {
        let parameters: ResolvedParameters
        switch period {
        case .month(let month): parameters = context.parameters(for: month)
        case .year(let year): parameters = context.parameters(forYear: year)
        }
        let share = figures.qualified / figures.counted
        let minimum = parameters.optionalNumber("minimum")
        var status = FindingStatus.info
        var gap: Double?
        if let minimum {
            let passes = Tolerance.atLeast(share, minimum)
            status = passes ? .pass : .fail
            gap = passes ? 0 : max(0, minimum * figures.counted - figures.qualified)
        }
        if !parameters.inForce { status = .notInForce }
        let severity = parameters.severity()
        if let info {
            return FindingFactory.institutionFinding(
                info, period: period, rule: id, severity: severity, status: status, value: share, format: .share,
                threshold: minimum, gapFTE: gap, months: months, source: legalSource)
        }
        return FindingFactory.municipalityFinding(
            municipality: municipality, period: period, rule: id, severity: severity, status: status, value: share,
            format: .share, threshold: minimum, gapFTE: gap, months: months, source: legalSource)
    }
}

extension QualifiedShareRule.MonthFigures {
    mutating func add(_ other: Self) {
        qualified += other.qualified
        counted += other.counted
    }

    func scaled(by factor: Double) -> Self {
        Self(qualified: qualified * factor, counted: counted * factor)
    }
}
