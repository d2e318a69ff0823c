import NormeringCore

/// Kind `qualified-share`: the share of counted pedagogical staff FTE with a qualifying
/// education (rules.md § 2). Denmark's `trained-share` (uddannelsesdækning) and
/// `pedagogue-share` (pædagogandel) are rules of this kind.
public struct QualifiedShareRule: RuleKind {
    /// The figures of one daycare or SFO institution-month.
    public struct MonthFigures: Sendable, Hashable {
        /// FTE at weight 1 of counted staff with a qualifying education.
        public var qualified: Double
        /// FTE at weight 1 of counted staff: managers, pedagogical, support, substitutes.
        public var counted: Double
    }

    /// The typed parameters of a qualified share.
    public struct Parameters: Sendable, Hashable {
        /// The educations that count as qualified.
        public var qualifying: EducationFlags
        /// The lowest acceptable share; `nil`: no threshold, the share is shown only.
        public var minimum: Double?
        public var severity: Severity
    }

    public static let kindName = "qualified-share"
    public static let kindSummary = "The share of counted pedagogical staff FTE with a qualifying education, per "
        + "daycare or SFO institution, municipality, month and year."
    public static let parameterSpecs: [ParameterSpec] = [
        ParameterSpec(name: "qualifying", type: .names(Education.allCases.map(\.rawValue), optional: false),
                      defaultValue: .names([Education.pedagogue.rawValue]),
                      description: "The educations that count as qualified.", versionable: false),
        ParameterSpec(name: "minimum", type: .optionalNumber, defaultValue: .none,
                      description: "The lowest acceptable share (0–1); null: no threshold, the share is shown only.",
                      range: 0...1),
        .severity(default: .info, description: "Severity of every row of the rule."),
    ]

    public let declaration: RuleDeclaration

    public init(_ declaration: RuleDeclaration) {
        self.declaration = declaration
    }

    public func decode(_ values: ParameterValues) -> Parameters {
        Parameters(qualifying: EducationFlags(values.names("qualifying", as: Education.self) ?? []),
                   minimum: values.optionalNumber("minimum"), severity: values.severity("severity"))
    }

    // MARK: Stage 1

    public func measure(_ month: InstitutionMonth, context: RuleContext<Parameters>) -> MonthFigures? {
        guard month.kind == .daycare || month.kind == .sfo else { return nil }
        let qualifying = context.parameters(for: month.period).qualifying
        var figures = MonthFigures(qualified: 0, counted: 0)
        let employees = month.records.table.employees
        for index in month.row.employees {
            switch employees.role[index] {
            case .manager, .pedagogical, .support, .substitute: break
            case .areaManager, .student, .teacher, .other: continue
            }
            let fte = StaffTime.fte(ofEmployee: index, in: month, fullTimeHours: context.fullTimeHours)
            figures.counted += fte
            if qualifying.contains(employees.education[index]) { figures.qualified += fte }
        }
        return figures
    }

    // MARK: Stage 2

    /// Each month's row; at most one municipality row per month, and one year row per
    /// municipality-year and per institution-year.
    public func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts {
        RuleOutput.Counts(findings: 4 * figures.count)
    }

    public func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext<Parameters>, into output: inout RuleOutput) {
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
                         municipality: String, context: RuleContext<Parameters>) -> Finding {
        let parameters = context.parameters(for: period)
        let share = figures.qualified / figures.counted
        let minimum = parameters.minimum
        var status = FindingStatus.info
        var gap: Double?
        if let minimum {
            let passes = Tolerance.atLeast(share, minimum)
            status = passes ? .pass : .fail
            gap = passes ? 0 : max(0, minimum * figures.counted - figures.qualified)
        }
        if !parameters.inForce { status = .notInForce }
        let severity = parameters.severity
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
