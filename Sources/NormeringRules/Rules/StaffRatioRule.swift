import NormeringCore

/// Kind `staff-ratio`: staff FTE against the required staff `U / under3 + O / over3` in
/// daycare institutions (rules.md § 2; rulesets.md § 3). Denmark's `minimum-staffing`
/// (dagtilbudsloven § 19 a, the municipality's year as the legal test, a private
/// institution's year under § 19 b) and Norway's `bemanningsnorm` and `pedagognorm` (each
/// barnehage's month as the legal test) are rules of this kind. The rule playing the
/// headline role writes normering.csv's rows too.
public struct StaffRatioRule: RuleKind {
    /// The figures of one daycare institution-month.
    public struct MonthFigures: Sendable, Hashable {
        /// `U`: child FTE under 3.
        public var under3: Double
        /// `O`: child FTE over 3.
        public var over3: Double
        /// `S`: weighted staff FTE.
        public var staff: Double
        /// Staff of the under-3 band: grouped staff plus their share of the unassigned.
        public var staffUnder3: Double
        /// Staff of the over-3 band.
        public var staffOver3: Double
        /// `R`: required staff FTE under the version in force on the month's first day.
        public var required: Double
    }

    public static let kindName = "staff-ratio"
    public static let kindSummary = "Staff FTE (weighted by role) against children per adult by age band, per "
        + "daycare institution, municipality, month and year."
    public static var parameterSpecs: [ParameterSpec] { StaffRatioParameters.specs }

    public let declaration: RuleDeclaration

    public init(_ declaration: RuleDeclaration) {
        self.declaration = declaration
    }

    public func decode(_ values: ParameterValues) -> StaffRatioParameters { StaffRatioParameters(values) }

    /// Whether the rule writes normering.csv's rows (it plays the headline role).
    private var writesTable: Bool { definition.presentation.role == .headline }

    // MARK: Stage 1

    public func measure(_ month: InstitutionMonth, context: RuleContext<StaffRatioParameters>) -> MonthFigures? {
        guard month.kind == .daycare else { return nil }
        let parameters = context.parameters(for: month.period)
        var grouped = (under3: 0.0, over3: 0.0)
        var unassigned = 0.0
        let row = month.row
        let table = month.records.table
        for index in row.employees {
            let fte = StaffTime.fte(ofEmployee: index, in: month, fullTimeHours: context.fullTimeHours)
                * Self.weight(role: table.employees.role[index], education: table.employees.education[index],
                              funding: table.employees.funding[index], parameters.values)
            switch table.employees.group[index] {
            case .nursery: grouped.under3 += fte
            case .kindergarten: grouped.over3 += fte
            case nil: unassigned += fte
            }
        }
        let partTimeWeight = parameters.partTimeChildWeight
        var under3 = 0.0
        var over3 = 0.0
        for index in row.children {
            let fte = ChildTime.enrolledShare(ofChild: index, in: table, month: month.period)
                * (table.children.place[index] == .partTime ? partTimeWeight : 1)
            let birthDate = LocalDate(dayNumber: Int(table.children.birthDate[index]))
            if ChildTime.isUnder3(birthDate: birthDate, in: month.period, band: parameters.ageBand) {
                under3 += fte
            } else {
                over3 += fte
            }
        }
        let ratios = parameters.childrenPerAdult
        let requiredUnder3 = ratios.under3 > 0 ? under3 / ratios.under3 : 0
        let requiredOver3 = ratios.over3 > 0 ? over3 / ratios.over3 : 0
        let required = requiredUnder3 + requiredOver3
        // Unassigned staff split in proportion to each band's required staff; with no
        // children at all, half and half (no band has a ratio then).
        let shareUnder3 = required > 0 ? requiredUnder3 / required : 0.5
        return MonthFigures(
            under3: under3, over3: over3, staff: grouped.under3 + grouped.over3 + unassigned,
            staffUnder3: grouped.under3 + unassigned * shareUnder3,
            staffOver3: grouped.over3 + unassigned * (1 - shareUnder3),
            required: required)
    }

    /// `weight(role)` of rules.md § 1, times the state pool's weight for a post it pays; 0
    /// for an education the rule does not count.
    static func weight(role: Role, education: Education, funding: Funding, _ parameters: StaffRatioParameters) -> Double {
        if let educations = parameters.countedEducations, !educations.contains(education) { return 0 }
        let weight: Double
        switch role {
        case .manager: weight = parameters.managerWeight
        case .student: weight = parameters.studentWeight
        default: weight = parameters.countedRoles.contains(role) ? 1 : 0
        }
        return funding == .stateSocialPool ? weight * parameters.stateSocialPoolWeight : weight
    }

    // MARK: Stage 2

    /// Each month's row; at most one municipality row per month, and one year row per
    /// municipality-year and per institution-year: four per month at most, each with its
    /// normering.csv row.
    public func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts {
        RuleOutput.Counts(findings: 4 * figures.count, normering: writesTable ? 4 * figures.count : 0)
    }

    public func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext<StaffRatioParameters>, into output: inout RuleOutput) {
        var municipalMonths: [MunicipalityMonthKey: StaffingTotals] = [:]
        var institutionYears: [InstitutionYearKey: [MeasuredMonth<MonthFigures>]] = [:]

        for month in months {
            let info = month.institution
            let totals = StaffingTotals(month.figures)
            let parameters = context.parameters(for: info.period)
            let verdict = Verdict(totals, inForce: parameters.inForce)
            emit(into: &output, period: .month(info.period), info: info, totals: totals, months: 1,
                 severity: parameters.values.severity(of: .institutionMonth), verdict: verdict, source: legalSource,
                 context: context)
            if info.kind == .daycare && parameters.municipalOwnerships.contains(info.ownership) && info.hasBothSides {
                municipalMonths[MunicipalityMonthKey(municipality: info.municipality, period: info.period), default: .zero]
                    += totals
            }
            institutionYears[info.yearKey, default: []].append(month)
        }

        var municipalYears: [MunicipalityYearKey: (totals: StaffingTotals, months: Int)] = [:]
        for (key, totals) in MunicipalityMonthKey.chronological(municipalMonths) {
            let parameters = context.parameters(for: key.period)
            emit(into: &output, period: .month(key.period), info: nil, municipality: key.municipality, totals: totals,
                 months: 1, severity: parameters.values.severity(of: .municipalityMonth),
                 verdict: Verdict(totals, inForce: parameters.inForce),
                 source: legalSource, context: context)
            let yearKey = MunicipalityYearKey(municipality: key.municipality, year: key.period.year)
            municipalYears[yearKey, default: (.zero, 0)].totals += totals
            municipalYears[yearKey, default: (.zero, 0)].months += 1
        }

        for (key, sum) in municipalYears {
            let parameters = context.parameters(forYear: key.year)
            let mean = sum.totals.scaled(by: 1 / Double(sum.months))
            emit(into: &output, period: .year(key.year), info: nil, municipality: key.municipality, totals: mean,
                 months: sum.months, severity: parameters.values.severity(of: .municipalityYear),
                 verdict: Verdict(mean, inForce: parameters.inForce), source: legalSource, context: context)
        }

        for (key, yearMonths) in institutionYears {
            institutionYear(key.year, yearMonths, into: &output, context: context)
        }
    }

    /// The institution-year row: months with both sides; naming from the latest month.
    private func institutionYear(_ year: Int, _ months: [MeasuredMonth<MonthFigures>], into output: inout RuleOutput,
                                 context: RuleContext<StaffRatioParameters>) {
        let counted = months.filter { $0.institution.hasBothSides }
        guard !counted.isEmpty, let latest = months.max(by: { $0.institution.period < $1.institution.period }) else {
            return
        }
        let sum = counted.reduce(StaffingTotals.zero) { $0 + StaffingTotals($1.figures) }
        let mean = sum.scaled(by: 1 / Double(counted.count))
        let parameters = context.parameters(forYear: year)
        var severity = parameters.values.severity(of: .institutionYear)
        var source = legalSource
        var inForce = parameters.inForce
        // A private institution's own year test (§ 19 b), where the set has one: its source in
        // every case (rules.md § 5, v1.4), legal only where in force on 1 January.
        if latest.institution.ownership == .private, parameters.privateFrom != nil || !parameters.privateSource.isEmpty {
            let januaryFirst = LocalDate(year: year, month: 1, day: 1) ?? LocalDate(dayNumber: 0)
            if !parameters.privateSource.isEmpty { source = parameters.privateSource }
            if let privateFrom = parameters.privateFrom, privateFrom <= januaryFirst, parameters.inForce {
                severity = parameters.severity
            } else {
                inForce = false
            }
        }
        emit(into: &output, period: .year(year), info: latest.institution, totals: mean, months: counted.count,
             severity: severity, verdict: Verdict(mean, inForce: inForce), source: source, context: context)
    }

    /// One finding and its normering.csv row.
    private func emit(into output: inout RuleOutput, period: ReportPeriod, info: InstitutionInfo?,
                      municipality: String = "", totals: StaffingTotals, months: Int, severity: Severity,
                      verdict: Verdict, source: String, context: RuleContext<StaffRatioParameters>) {
        let gapCost = context.cost(forYear: period.year).map { verdict.gap * $0 }
        let municipalityCode = info?.municipality ?? municipality
        if let info {
            output.findings.append(FindingFactory.institutionFinding(
                info, period: period, rule: id, severity: severity, status: verdict.status, value: totals.staff,
                format: .twoDecimals, threshold: totals.required, gapFTE: verdict.gap, gapCost: gapCost,
                months: months, source: source))
        } else {
            output.findings.append(FindingFactory.municipalityFinding(
                municipality: municipalityCode, period: period, rule: id, severity: severity, status: verdict.status,
                value: totals.staff, format: .twoDecimals, threshold: totals.required, gapFTE: verdict.gap,
                gapCost: gapCost, months: months, source: source))
        }
        guard writesTable else { return }
        output.normering.append(NormeringRow(
            period: period, scope: info == nil ? .municipality : .institution, municipality: municipalityCode,
            institutionID: info?.id ?? "", institutionName: info?.name ?? "", ownership: info?.ownership,
            district: info?.district ?? "", months: months, childrenUnder3: totals.under3,
            childrenOver3: totals.over3, staff: totals.staff, required: totals.required, gapFTE: verdict.gap,
            gapCost: gapCost, ratioUnder3: Self.ratio(totals.under3, totals.staffUnder3),
            ratioOver3: Self.ratio(totals.over3, totals.staffOver3), trainedShare: nil, pedagogueShare: nil,
            status: verdict.status))
    }

    /// Children per adult of a band; `nil` with no children or no staff.
    static func ratio(_ children: Double, _ staff: Double) -> Double? {
        children > 0 && staff > 0 ? children / staff : nil
    }
}
