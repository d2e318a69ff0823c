import NormeringCore
import NormeringReports
import NormeringRules

/// Reads the evaluated years of a plan run (actual and forecast months through the same
/// rules) into the plan's report: each row's basis, each annual test's forecast and what it
/// takes, the institutions below the minimum in a forecast month, and the legal rows that
/// fail on at least one forecast month (exit status 1).
public struct PlanDigest: Sendable {
    public var report: PlanReport
    /// Legal rows that fail and rest on at least one forecast month.
    public var failingLegalRows: [Finding]

    /// What a year's evaluation is reduced to once evaluated: normering.csv's rows, the
    /// findings of the headline ratio rule (`ratioRule`, the rule set's), the failing legal
    /// findings and the institution-months' sides of data.
    public static func reduce(_ evaluation: Evaluation, ratioRule: RuleID?) -> Evaluation {
        let kept = evaluation.findings.filter {
            $0.rule == ratioRule || ($0.severity == .legal && $0.status == .fail)
        }
        return Evaluation(findingsInReportOrder: kept, normering: evaluation.normering, subjectCoverage: [],
                          presence: evaluation.presence)
    }

    /// - Parameters:
    ///   - years: the evaluation of each year the horizon touches (ascending), reduced or not.
    ///   - costPerFTE: the configuration's cost per FTE.
    public init(years: [Evaluation], ratioRule: RuleID?, baseMonth: YearMonth, through: YearMonth,
                assumptions: PlanAssumptions, costPerFTE: CostPerFTE) {
        var rows: [PlanRow] = []
        var planYears: [PlanYear] = []
        var failing: [Finding] = []
        for evaluation in years {
            let basis = BasisIndex(evaluation, baseMonth: baseMonth)
            for row in evaluation.normering {
                rows.append(PlanRow(row: row, basis: basis.of(row.period, row.scope, row.municipality, row.institutionID)))
            }
            failing += evaluation.findings.filter {
                $0.severity == .legal && $0.status == .fail
                    && basis.of($0.period, $0.scope, $0.municipality, $0.institutionID).includesForecast
            }
            guard let year = evaluation.normering.first?.period.year ?? evaluation.findings.first?.period.year else {
                continue
            }
            planYears.append(Self.year(year, evaluation, ratioRule: ratioRule, basis: basis, baseMonth: baseMonth,
                                       cost: costPerFTE.amount(forYear: year)))
        }
        report = PlanReport(baseMonth: baseMonth, through: through, rows: rows, years: planYears,
                            assumptions: assumptions)
        failingLegalRows = failing
    }

    /// One year's annual tests and institutions below the minimum.
    static func year(_ year: Int, _ evaluation: Evaluation, ratioRule: RuleID?, basis: BasisIndex,
                     baseMonth: YearMonth, cost: Double) -> PlanYear {
        var tests: [PlanTest] = []
        var below: [String: [(month: YearMonth, finding: Finding)]] = [:]
        var forecastMonths: [String: Int] = [:]
        for finding in evaluation.findings where finding.rule == ratioRule {
            switch finding.period {
            case .year(let y) where y == year:
                let isMunicipal = finding.scope == .municipality
                guard isMunicipal || finding.severity == .legal else { continue }
                let k = isMunicipal ? basis.municipalForecastMonths(finding.municipality)
                    : basis.institutionForecastMonths(finding.municipality, finding.institutionID)
                tests.append(test(finding, forecastMonths: k, cost: cost, basis: basis))
            case .month(let month) where month > baseMonth && finding.scope == .institution:
                let key = finding.municipality + "\u{1F}" + finding.institutionID
                forecastMonths[key, default: 0] += 1
                if finding.status == .fail { below[key, default: []].append((month, finding)) }
            default:
                continue
            }
        }
        // The municipalities' tests first, then the private institutions'.
        tests.sort { a, b in
            if a.institutionID.isEmpty != b.institutionID.isEmpty { return a.institutionID.isEmpty }
            if a.institutionID != b.institutionID { return a.institutionID.codePointPrecedes(b.institutionID) }
            return a.municipality.codePointPrecedes(b.municipality)
        }
        var shortfalls: [PlanShortfall] = []
        for (key, months) in below {
            guard let first = months.min(by: { $0.month < $1.month }) else { continue }
            shortfalls.append(PlanShortfall(
                municipality: first.finding.municipality, institutionID: first.finding.institutionID,
                institutionName: first.finding.institutionName, firstMonth: first.month,
                neededFTE: months.map { $0.finding.gapFTE ?? 0 }.max() ?? 0, monthsBelow: months.count,
                forecastMonths: forecastMonths[key] ?? months.count))
        }
        shortfalls.sort { a, b in
            if a.neededFTE != b.neededFTE { return a.neededFTE > b.neededFTE }
            if a.institutionID != b.institutionID { return a.institutionID.codePointPrecedes(b.institutionID) }
            return a.municipality.codePointPrecedes(b.municipality)
        }
        return PlanYear(year: year, tests: tests, shortfalls: shortfalls)
    }

    /// One annual test with what it takes: x = max(0, n × (R̄ − S̄) / k) over the k forecast
    /// months of the year (of n in all); 0 when the year passes within the rules' allowance.
    static func test(_ finding: Finding, forecastMonths k: Int, cost: Double, basis: BasisIndex) -> PlanTest {
        let n = finding.months
        let staff = finding.value
        let required = finding.threshold ?? 0
        var extra = 0.0
        if finding.status == .fail, k > 0 {
            extra = max(0, Double(n) * (required - staff) / Double(k))
        }
        let range = basis.forecastRange(year: finding.period.year)
        return PlanTest(municipality: finding.municipality, institutionID: finding.institutionID,
                        institutionName: finding.institutionName, severity: finding.severity, status: finding.status,
                        source: finding.source, staff: staff, required: required, months: n, forecastMonths: k,
                        extraFTE: extra, extraCost: extra * cost * Double(k) / 12, costPerFTE: cost,
                        forecastFrom: k > 0 ? range?.lowerBound : nil, forecastTo: k > 0 ? range?.upperBound : nil)
    }
}

/// Which months each row of one year rests on: month rows by their month; a municipality's
/// year by its municipality-month rows; an institution's year by the months in which it
/// has both sides (rules.md § 5).
struct BasisIndex {
    let baseMonth: YearMonth
    /// Actual and forecast municipality-month rows per municipality.
    private var municipal: [String: (actual: Int, forecast: Int)] = [:]
    /// Actual and forecast months with both sides per institution (municipality, id).
    private var institutions: [String: (actual: Int, forecast: Int)] = [:]
    private var forecastMonths: [YearMonth] = []

    init(_ evaluation: Evaluation, baseMonth: YearMonth) {
        self.baseMonth = baseMonth
        var months = Set<YearMonth>()
        for row in evaluation.normering where row.scope == .municipality {
            guard case .month(let month) = row.period else { continue }
            if month > baseMonth {
                municipal[row.municipality, default: (0, 0)].forecast += 1
                months.insert(month)
            } else {
                municipal[row.municipality, default: (0, 0)].actual += 1
            }
        }
        for presence in evaluation.presence where presence.hasBothSides {
            let key = presence.municipality + "\u{1F}" + presence.institutionID
            if presence.period > baseMonth {
                institutions[key, default: (0, 0)].forecast += 1
                months.insert(presence.period)
            } else {
                institutions[key, default: (0, 0)].actual += 1
            }
        }
        forecastMonths = months.sorted()
    }

    func of(_ period: ReportPeriod, _ scope: Scope, _ municipality: String, _ institutionID: String) -> PlanBasis {
        switch period {
        case .month(let month):
            return month > baseMonth ? .forecast : .actual
        case .year:
            let counts = scope == .municipality ? municipal[municipality]
                : institutions[municipality + "\u{1F}" + institutionID]
            guard let counts, counts.forecast > 0 else { return .actual }
            return counts.actual > 0 ? .actualAndForecast : .forecast
        }
    }

    func municipalForecastMonths(_ municipality: String) -> Int { municipal[municipality]?.forecast ?? 0 }

    func institutionForecastMonths(_ municipality: String, _ id: String) -> Int {
        institutions[municipality + "\u{1F}" + id]?.forecast ?? 0
    }

    /// The first and last forecast month of `year`.
    func forecastRange(year: Int) -> ClosedRange<YearMonth>? {
        let months = forecastMonths.filter { $0.year == year }
        guard let first = months.first, let last = months.last else { return nil }
        return first...last
    }
}
