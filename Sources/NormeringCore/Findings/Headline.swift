/// What a person reads first about a run, gathered one evaluation at a time: for each year,
/// the municipalities' legal annual test, every legal requirement not met, the total gap
/// below the minimum staffing, and how complete the data behind the figures is.
///
/// summary.txt part 1 and the console lines of `check` are both written from it, and the
/// exit status is decided from its counts, so that the verdict people read and the exit
/// status can never disagree. It keeps a few rows a year (at most `listLimit` failures), not
/// one per finding.
public struct Headline: Sendable {
    /// Legal requirements not met kept per year; the rest are counted.
    public static let listLimit = 20

    /// The rules of the set the run used: names and unit words for the lines people read.
    public let rules: RuleCatalog
    /// The rule whose municipality-year rows are the annual test and whose institution-year
    /// gaps make the total gap: the set's headline ratio.
    public let ratioRule: RuleID?
    /// The years seen, in ascending order.
    public private(set) var years: [Year] = []

    /// One calendar year of the run.
    public struct Year: Sendable {
        public var year: Int
        /// The municipality × year rows of the ratio rule, in report order.
        public var municipalTests: [Finding] = []
        /// The first `listLimit` rows of severity `legal` that fail: the municipalities' own
        /// first, then the others, each in report order.
        public var legalFailures: [Finding] = []
        /// How many rows of severity `legal` fail.
        public var legalFailureCount = 0
        /// How many rows of severity `target` fail.
        public var targetFailureCount = 0
        /// The sum of the institution-year gaps of the ratio rule (rows that fail or fall
        /// short), unrounded.
        public var gapFTE = 0.0
        /// The same rows' gap in DKK a year, unrounded.
        public var gapCost = 0.0
        /// How many institution-year rows the gap sums.
        public var institutionsShort = 0
        /// Months of the year with any institution's data (or any finding).
        public var monthsWithData = 0
        /// Institution-months of the ratio rule left out of the figures for a missing side
        /// (staffing without enrolment or the reverse).
        public var institutionMonthsLeftOut = 0

        public init(year: Int) {
            self.year = year
        }

        mutating func keepLegalFailure(_ finding: Finding) {
            legalFailureCount += 1
            guard finding.scope == .municipality else {
                if legalFailures.count < Headline.listLimit { legalFailures.append(finding) }
                return
            }
            let place = legalFailures.firstIndex { $0.scope != .municipality } ?? legalFailures.endIndex
            guard place < Headline.listLimit else { return }
            legalFailures.insert(finding, at: place)
            if legalFailures.count > Headline.listLimit { legalFailures.removeLast() }
        }

        /// Months of the calendar year without any data.
        public var monthsMissing: Int { max(0, 12 - monthsWithData) }
    }

    /// An empty headline of a run under the rule set of `rules`.
    public init(rules: RuleCatalog) {
        self.rules = rules
        self.ratioRule = rules.headlineRatio
    }

    /// Adds the evaluation of one or more whole calendar years, in ascending year order.
    public mutating func add(_ evaluation: Evaluation) {
        var oneSided = Set<MonthKey>()
        var months = Set<YearMonth>()
        for month in evaluation.presence {
            months.insert(month.period)
            if !month.hasBothSides {
                oneSided.insert(MonthKey(period: month.period, municipality: month.municipality,
                                         institutionID: month.institutionID))
            }
        }
        var lastMonth: YearMonth?
        for finding in evaluation.findings {
            if case .month(let month) = finding.period, month != lastMonth {
                months.insert(month)
                lastMonth = month
            }
            let isRatio = finding.rule == ratioRule
            if finding.status == .fail || isRatio {
                add(finding, isRatio: isRatio, oneSided: oneSided)
            }
        }
        for month in months { self[month.year].monthsWithData += 1 }
    }

    private mutating func add(_ finding: Finding, isRatio: Bool, oneSided: Set<MonthKey>) {
        let year = finding.period.year
        if finding.status == .fail {
            switch finding.severity {
            case .legal:
                self[year].keepLegalFailure(finding)
            case .target:
                self[year].targetFailureCount += 1
            case .info:
                break
            }
        }
        guard isRatio else { return }
        switch (finding.scope, finding.period) {
        case (.municipality, .year):
            self[year].municipalTests.append(finding)
        case (.institution, .year):
            let gap = finding.gapFTE ?? 0
            guard finding.status == .fail || (finding.status == .notInForce && gap > 0) else { return }
            self[year].gapFTE += gap
            self[year].gapCost += finding.gapCost ?? 0
            self[year].institutionsShort += 1
        case (.institution, .month(let month)):
            guard !oneSided.isEmpty else { return }
            let key = MonthKey(period: month, municipality: finding.municipality, institutionID: finding.institutionID)
            if oneSided.contains(key) { self[year].institutionMonthsLeftOut += 1 }
        default:
            break
        }
    }

    /// The entry of `year`, made when first needed (years come in ascending order).
    private subscript(year: Int) -> Year {
        get { years.last(where: { $0.year == year }) ?? Year(year: year) }
        set {
            if let index = years.lastIndex(where: { $0.year == year }) {
                years[index] = newValue
            } else {
                years.append(newValue)
                years.sort { $0.year < $1.year }
            }
        }
    }

    /// Rows of severity `legal` that fail, in every year.
    public var legalFailureCount: Int { years.reduce(0) { $0 + $1.legalFailureCount } }
    /// Rows of severity `target` that fail, in every year.
    public var targetFailureCount: Int { years.reduce(0) { $0 + $1.targetFailureCount } }

    /// How many failing rows count for the exit status under `failOn` (rules.md § 4).
    public func failuresCounting(_ failOn: FailOn) -> Int {
        switch failOn {
        case .never: return 0
        case .legal: return legalFailureCount
        case .target: return legalFailureCount + targetFailureCount
        }
    }

    /// Whether any figure rests on incomplete data: rejected records, institution-months
    /// left out for a missing side, or months missing in a year.
    public func isIncomplete(_ statistics: ImportStatistics) -> Bool {
        statistics.recordsRejected > 0 || statistics.filesRejected > 0
            || years.contains { $0.institutionMonthsLeftOut > 0 || $0.monthsMissing > 0 }
    }

    private struct MonthKey: Hashable {
        var period: YearMonth
        var municipality: String
        var institutionID: String
    }
}
