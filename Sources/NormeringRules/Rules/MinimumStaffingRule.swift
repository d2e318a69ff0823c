import NormeringCore

/// `minimum-staffing` — minimumsnormering (dagtilbudsloven § 19 a; BEK 1809/2023):
/// staff FTE against `U/3 + O/6` in daycare institutions (rules.md § 2).
public struct MinimumStaffingRule: Rule {
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

    public init() {}

    public let id = "minimum-staffing"
    public let title = "Minimum staffing (minimumsnormering)"
    public let legalSource = "dagtilbudsloven § 19 a"
    /// The source of a private institution's year rows from `privateFrom`.
    public let privateSource = "dagtilbudsloven § 19 b"
    public var legalSourceDescription: String {
        "\(legalSource); BEK 1809/2023; a private institution's year from privateFrom: \(privateSource)"
    }
    public let explanation = """
        Daycare institutions: weighted staff FTE must be at least the required staff, \
        children under 3 divided by the under-3 ratio plus children over 3 divided by the over-3 \
        ratio. The legal test is the municipality's year (and a private institution's year); \
        institution months are shown for information.
        """

    public var parameters: [ParameterSpec] {
        [
            ParameterSpec(name: "childrenPerAdult", type: .bandRatios,
                          defaultValue: .bandRatios(BandRatios(under3: 3, over3: 6)),
                          description: "Children per adult in each age band (under 3, over 3)."),
            ParameterSpec(name: "managerWeight", type: .number, defaultValue: .number(0.85),
                          description: "How much a manager's FTE counts (BEK 1809/2023: 85 %).", range: 0...1),
            ParameterSpec(name: "studentWeight", type: .number, defaultValue: .number(0.5),
                          description: "How much a student's FTE counts (a municipal choice).", range: 0...1),
            ParameterSpec(name: "partTimeChildWeight", type: .number, defaultValue: .number(1),
                          description: "How much a part-time place counts (1: in full, the cautious choice).",
                          range: 0...1),
            .severity(default: .legal,
                      description: "Severity of the municipality's year and a private institution's year."),
            ParameterSpec(name: "privateFrom", type: .date, defaultValue: .date(Self.date(2025, 1, 1)),
                          description: "From this date a private institution's year is tested on its own (§ 19 b).",
                          versionable: false),
        ]
    }

    public var builtInVersions: [RuleVersion] { [RuleVersion(from: Self.date(2024, 1, 1))] }

    // MARK: Stage 1

    public func measure(_ month: InstitutionMonth, context: RuleContext) -> MonthFigures? {
        guard month.kind == .daycare else { return nil }
        let parameters = context.parameters(for: month.period)
        var grouped = (under3: 0.0, over3: 0.0)
        var unassigned = 0.0
        // By index: the records are read in place, not copied one by one.
        for index in month.employees.indices {
            let fte = StaffTime.fte(ofEmployee: index, in: month, fullTimeHours: context.fullTimeHours)
                * Self.weight(of: month.employees[index], parameters)
            switch month.employees[index].group {
            case .nursery: grouped.under3 += fte
            case .kindergarten: grouped.over3 += fte
            case nil: unassigned += fte
            }
        }
        let partTimeWeight = parameters.number("partTimeChildWeight")
        var under3 = 0.0
        var over3 = 0.0
        for index in month.children.indices {
            let fte = ChildTime.enrolledShare(of: month.children[index], in: month.period)
                * (month.children[index].place == .partTime ? partTimeWeight : 1)
            if ChildTime.isUnder3(birthDate: month.children[index].birthDate, in: month.period) {
                under3 += fte
            } else {
                over3 += fte
            }
        }
        let ratios = parameters.bandRatios("childrenPerAdult")
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

    /// `weight(role)` of rules.md § 1; state-pool posts count 0.
    static func weight(of employee: Employee, _ parameters: ResolvedParameters) -> Double {
        if employee.funding == .stateSocialPool { return 0 }
        switch employee.role {
        case .manager: return parameters.number("managerWeight")
        case .pedagogical, .support, .substitute, .teacher: return 1
        case .student: return parameters.number("studentWeight")
        case .areaManager, .other: return 0
        }
    }

    // MARK: Stage 2

    /// Each month's row; at most one municipality row per month, and one year row per
    /// municipality-year and per institution-year: four per month at most, each with its
    /// normering.csv row.
    public func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts {
        RuleOutput.Counts(findings: 4 * figures.count, normering: 4 * figures.count)
    }

    public func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext, into output: inout RuleOutput) {
        var municipalMonths: [MunicipalityMonthKey: StaffingTotals] = [:]
        var institutionYears: [InstitutionYearKey: [MeasuredMonth<MonthFigures>]] = [:]

        for month in months {
            let info = month.institution
            let totals = StaffingTotals(month.figures)
            let parameters = context.parameters(for: info.period)
            let verdict = Verdict(totals, inForce: parameters.inForce)
            emit(into: &output, period: .month(info.period), info: info, totals: totals, months: 1,
                 severity: .info, verdict: verdict, source: legalSource, context: context)
            if info.isInMunicipalDaycareFigure && info.hasBothSides {
                municipalMonths[MunicipalityMonthKey(municipality: info.municipality, period: info.period), default: .zero]
                    += totals
            }
            institutionYears[info.yearKey, default: []].append(month)
        }

        var municipalYears: [MunicipalityYearKey: (totals: StaffingTotals, months: Int)] = [:]
        for (key, totals) in MunicipalityMonthKey.chronological(municipalMonths) {
            let parameters = context.parameters(for: key.period)
            emit(into: &output, period: .month(key.period), info: nil, municipality: key.municipality, totals: totals,
                 months: 1, severity: .info, verdict: Verdict(totals, inForce: parameters.inForce),
                 source: legalSource, context: context)
            let yearKey = MunicipalityYearKey(municipality: key.municipality, year: key.period.year)
            municipalYears[yearKey, default: (.zero, 0)].totals += totals
            municipalYears[yearKey, default: (.zero, 0)].months += 1
        }

        for (key, sum) in municipalYears {
            let parameters = context.parameters(forYear: key.year)
            let mean = sum.totals.scaled(by: 1 / Double(sum.months))
            emit(into: &output, period: .year(key.year), info: nil, municipality: key.municipality, totals: mean,
                 months: sum.months, severity: parameters.severity(),
                 verdict: Verdict(mean, inForce: parameters.inForce), source: legalSource, context: context)
        }

        for (key, yearMonths) in institutionYears {
            institutionYear(key.year, yearMonths, into: &output, context: context)
        }
    }

    /// The institution-year row: months with both sides; naming from the latest month.
    private func institutionYear(_ year: Int, _ months: [MeasuredMonth<MonthFigures>], into output: inout RuleOutput,
                                 context: RuleContext) {
        let counted = months.filter { $0.institution.hasBothSides }
        guard !counted.isEmpty, let latest = months.max(by: { $0.institution.period < $1.institution.period }) else {
            return
        }
        let sum = counted.reduce(StaffingTotals.zero) { $0 + StaffingTotals($1.figures) }
        let mean = sum.scaled(by: 1 / Double(counted.count))
        let parameters = context.parameters(forYear: year)
        var severity = Severity.info
        var source = legalSource
        var inForce = parameters.inForce
        if latest.institution.ownership == .private {
            let januaryFirst = LocalDate(year: year, month: 1, day: 1) ?? LocalDate(dayNumber: 0)
            if let privateFrom = parameters.date("privateFrom"), privateFrom <= januaryFirst, parameters.inForce {
                severity = parameters.severity()
                source = privateSource
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
                      verdict: Verdict, source: String, context: RuleContext) {
        let gapCost = verdict.gap * context.cost(forYear: period.year)
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

    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day) ?? LocalDate(dayNumber: 0)
    }
}

/// Sums (and means) of the minimum-staffing quantities.
struct StaffingTotals: Sendable, Hashable {
    var under3 = 0.0
    var over3 = 0.0
    var staff = 0.0
    var staffUnder3 = 0.0
    var staffOver3 = 0.0
    var required = 0.0

    static let zero = StaffingTotals()

    init() {}

    init(_ figures: MinimumStaffingRule.MonthFigures) {
        under3 = figures.under3
        over3 = figures.over3
        staff = figures.staff
        staffUnder3 = figures.staffUnder3
        staffOver3 = figures.staffOver3
        required = figures.required
    }

    static func + (a: StaffingTotals, b: StaffingTotals) -> StaffingTotals {
        var sum = a
        sum += b
        return sum
    }

    static func += (a: inout StaffingTotals, b: StaffingTotals) {
        a.under3 += b.under3
        a.over3 += b.over3
        a.staff += b.staff
        a.staffUnder3 += b.staffUnder3
        a.staffOver3 += b.staffOver3
        a.required += b.required
    }

    func scaled(by factor: Double) -> StaffingTotals {
        var result = self
        result.under3 *= factor
        result.over3 *= factor
        result.staff *= factor
        result.staffUnder3 *= factor
        result.staffOver3 *= factor
        result.required *= factor
        return result
    }
}

/// Status and gap of `S ≥ R`.
struct Verdict: Sendable {
    var status: FindingStatus
    /// `max(0, R − S)`; 0 when passing.
    var gap: Double

    init(_ totals: StaffingTotals, inForce: Bool) {
        let passes = Tolerance.atLeast(totals.staff, totals.required)
        gap = passes ? 0 : totals.required - totals.staff
        status = inForce ? (passes ? .pass : .fail) : .notInForce
    }
}
