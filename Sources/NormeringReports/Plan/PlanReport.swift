import NormeringCore

/// What `normering plan` found, ready for plan.csv, plan.txt and plan.html (plan.md § 4):
/// pure values, computed by `NormeringPlan` from the rules engine's rows.
public struct PlanReport: Sendable {
    /// B: the latest month in the exports.
    public var baseMonth: YearMonth
    /// The last forecast month (`--through`); the first is the month after B.
    public var through: YearMonth
    /// The rows of plan.csv, in normering.csv's order.
    public var rows: [PlanRow]
    /// Each year the horizon touches, ascending.
    public var years: [PlanYear]
    public var assumptions: PlanAssumptions

    public init(baseMonth: YearMonth, through: YearMonth, rows: [PlanRow], years: [PlanYear],
                assumptions: PlanAssumptions) {
        self.baseMonth = baseMonth
        self.through = through
        self.rows = rows
        self.years = years
        self.assumptions = assumptions
    }

    /// The first forecast month, B + 1.
    public var firstForecast: YearMonth { baseMonth.next }

    /// The number of forecast months.
    public var forecastMonthCount: Int {
        (through.year - baseMonth.year) * 12 + through.month - baseMonth.month
    }
}

/// Which months a row rests on.
public enum PlanBasis: String, Sendable, Hashable {
    case actual
    case forecast
    case actualAndForecast = "actual+forecast"

    /// Whether at least one forecast month is among them.
    public var includesForecast: Bool { self != .actual }
}

/// One row of plan.csv: normering.csv's row and its basis.
public struct PlanRow: Sendable, Hashable {
    public var row: NormeringRow
    public var basis: PlanBasis

    public init(row: NormeringRow, basis: PlanBasis) {
        self.row = row
        self.basis = basis
    }
}

/// One year the horizon touches.
public struct PlanYear: Sendable, Hashable {
    public var year: Int
    /// The annual tests: each municipality's year, then each private institution's legal year.
    public var tests: [PlanTest]
    /// Institutions below the minimum in a forecast month of the year, worst first.
    public var shortfalls: [PlanShortfall]

    public init(year: Int, tests: [PlanTest], shortfalls: [PlanShortfall]) {
        self.year = year
        self.tests = tests
        self.shortfalls = shortfalls
    }
}

/// The forecast of one annual test of `minimum-staffing`, and what it takes to pass it.
public struct PlanTest: Sendable, Hashable {
    public var municipality: String
    /// Empty for the municipality's test; a private institution's id for its own (§ 19 b).
    public var institutionID: String
    public var institutionName: String
    public var severity: Severity
    public var status: FindingStatus
    public var source: String
    /// S̄ and R̄: the year's mean staff and mean required FTE.
    public var staff: Double
    public var required: Double
    /// n: the months the year rests on; of them, k forecast months.
    public var months: Int
    public var forecastMonths: Int
    /// x = max(0, n × (R̄ − S̄) / k): the constant extra FTE over the year's forecast months
    /// that makes the mean staff reach the mean required; 0 when the year passes.
    public var extraFTE: Double
    /// x × costPerFTE × k / 12, DKK.
    public var extraCost: Double
    /// The year's cost per FTE used.
    public var costPerFTE: Double
    /// The year's first and last forecast month, when it has any.
    public var forecastFrom: YearMonth?
    public var forecastTo: YearMonth?

    public init(municipality: String, institutionID: String = "", institutionName: String = "", severity: Severity,
                status: FindingStatus, source: String, staff: Double, required: Double, months: Int,
                forecastMonths: Int, extraFTE: Double, extraCost: Double, costPerFTE: Double,
                forecastFrom: YearMonth?, forecastTo: YearMonth?) {
        self.municipality = municipality
        self.institutionID = institutionID
        self.institutionName = institutionName
        self.severity = severity
        self.status = status
        self.source = source
        self.staff = staff
        self.required = required
        self.months = months
        self.forecastMonths = forecastMonths
        self.extraFTE = extraFTE
        self.extraCost = extraCost
        self.costPerFTE = costPerFTE
        self.forecastFrom = forecastFrom
        self.forecastTo = forecastTo
    }

    /// The actual months of the year's figure.
    public var actualMonths: Int { months - forecastMonths }
}

/// An institution below the minimum in at least one forecast month of a year.
public struct PlanShortfall: Sendable, Hashable {
    public var municipality: String
    public var institutionID: String
    public var institutionName: String
    /// The first forecast month below the minimum.
    public var firstMonth: YearMonth
    /// The FTE to add to be at or above the minimum in every forecast month of the year:
    /// the largest monthly gap.
    public var neededFTE: Double
    public var monthsBelow: Int
    public var forecastMonths: Int

    public init(municipality: String, institutionID: String, institutionName: String, firstMonth: YearMonth,
                neededFTE: Double, monthsBelow: Int, forecastMonths: Int) {
        self.municipality = municipality
        self.institutionID = institutionID
        self.institutionName = institutionName
        self.firstMonth = firstMonth
        self.neededFTE = neededFTE
        self.monthsBelow = monthsBelow
        self.forecastMonths = forecastMonths
    }
}

/// Everything the forecast assumed.
public struct PlanAssumptions: Sendable, Hashable {
    /// The default intake of each forecast month, or why there is none.
    public var intake: [PlanIntakeMonth]
    /// The scenario file, or `nil` for none.
    public var scenarioFile: String?
    /// The scenario's entries, in file order.
    public var changes: [PlanChange]
    /// The first month at school.
    public var schoolStartMonth: Int
    /// The cost per FTE of each year touched.
    public var costs: [PlanCost]
    /// The configuration file the cost came from, or `nil` when built in.
    public var costSource: String?
    /// Institutions not projected, with why.
    public var notProjected: [PlanExclusion]
    /// Institutions in B of other kinds than daycare (schools, SFOs, family daycare): not projected.
    public var otherKindsInBase: Int

    public init(intake: [PlanIntakeMonth], scenarioFile: String?, changes: [PlanChange], schoolStartMonth: Int,
                costs: [PlanCost], costSource: String?, notProjected: [PlanExclusion], otherKindsInBase: Int) {
        self.intake = intake
        self.scenarioFile = scenarioFile
        self.changes = changes
        self.schoolStartMonth = schoolStartMonth
        self.costs = costs
        self.costSource = costSource
        self.notProjected = notProjected
        self.otherKindsInBase = otherKindsInBase
    }
}

/// The default intake of one forecast month f.
public struct PlanIntakeMonth: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// The children new in `month` (f − 12), arriving again: `children` in all.
        case replayed(month: YearMonth, children: Int)
        /// No default intake: `month` (f − 12 or f − 13) is not in the exports.
        case missing(month: YearMonth)
        /// No default intake: f − 12 is itself a forecast month.
        case forecast(month: YearMonth)
    }

    public var month: YearMonth
    public var source: Source
    /// Institutions whose intake of this month the scenario sets instead.
    public var replacedInstitutions: Int

    public init(month: YearMonth, source: Source, replacedInstitutions: Int = 0) {
        self.month = month
        self.source = source
        self.replacedInstitutions = replacedInstitutions
    }
}

/// One entry of the scenario.
public enum PlanChange: Sendable, Hashable {
    case intake(institution: String, month: YearMonth, children: Int, born: LocalDate)
    case hire(institution: String, from: LocalDate, count: Int, hours: Double, role: Role, education: Education)
    case leave(institution: String, employee: String, from: LocalDate)
    case upskill(institution: String, employee: String, from: LocalDate, education: Education)
}

/// A year's cost per FTE.
public struct PlanCost: Sendable, Hashable {
    public var year: Int
    public var amount: Double

    public init(year: Int, amount: Double) {
        self.year = year
        self.amount = amount
    }
}

/// A daycare institution that is not projected, and why.
public struct PlanExclusion: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// In B without staffing data.
        case noStaffing
        /// In B without enrolment data.
        case noEnrolment
        /// Not in B at all; its latest month.
        case notInBase(lastSeen: YearMonth)
    }

    public var municipality: String
    public var institutionID: String
    public var institutionName: String
    public var reason: Reason

    public init(municipality: String, institutionID: String, institutionName: String, reason: Reason) {
        self.municipality = municipality
        self.institutionID = institutionID
        self.institutionName = institutionName
        self.reason = reason
    }
}
