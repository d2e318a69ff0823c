import NormeringCore

// The pieces a `SummaryDigest` is made of: keys, short lists, and the gathering of one
// evaluation's shortfalls.

/// A year (or month) row of a municipality.
struct PlaceKey: Hashable, Sendable {
    var period: ReportPeriod
    var municipality: String
}

/// A municipality row of one rule.
struct ShareKey: Hashable, Sendable {
    var rule: RuleID
    var place: PlaceKey
}

/// A school (or any institution) of a municipality.
struct SchoolKey: Hashable, Sendable {
    var municipality: String
    var institutionID: String
}

/// An institution in a calendar year.
struct InstitutionYearKey: Hashable, Sendable {
    var year: Int
    var municipality: String
    var institutionID: String

    init(_ finding: Finding) {
        year = finding.period.year
        municipality = finding.municipality
        institutionID = finding.institutionID
    }
}

/// An institution in a month.
struct PresenceKey: Hashable, Sendable {
    var period: YearMonth
    var municipality: String
    var institutionID: String
}

/// A school's latest competence-coverage row and the subject rows of its month, in the
/// evaluation's order.
struct SchoolCoverage: Sendable {
    var finding: Finding
    var subjects: [SubjectCoverage]
}

/// The first `limit` rows appended, and how many were appended in all.
struct FirstRows: Sendable {
    let limit: Int
    private(set) var rows: [Finding] = []
    private(set) var count = 0

    mutating func append(_ finding: Finding) {
        count += 1
        if rows.count < limit { rows.append(finding) }
    }
}

/// An institution short of a rule in a year: its year figure falls short, or it falls short
/// in some month.
struct Shortfall: Sendable {
    /// The year row, when there is one.
    var finding: Finding?
    /// The row that names the institution: the year row, else the latest month below.
    var named: Finding
    /// The year row's gap in FTE, or 0.
    var gap: Double
    var monthsBelow: Int
    /// The months the year row rests on, or 0.
    var monthsOf: Int

    /// Worst first: the largest year gap, then the most months below, then institution id
    /// and municipality in code-point order.
    static func worseFirst(_ a: Shortfall, _ b: Shortfall) -> Bool {
        if a.gap != b.gap { return a.gap > b.gap }
        if a.monthsBelow != b.monthsBelow { return a.monthsBelow > b.monthsBelow }
        let idA = a.named.institutionID, idB = b.named.institutionID
        if idA != idB { return idA.codePointPrecedes(idB) }
        return a.named.municipality.codePointPrecedes(b.named.municipality)
    }
}

/// A year's shortfalls: the worst `listLimit`, worst first, and how many there are.
struct RankedShortfalls: Sendable {
    var rows: [Shortfall]
    var count: Int
}

/// Gathers the shortfalls of one rule from one evaluation, by institution and year.
struct ShortfallGatherer {
    /// Whether a month below counts only where the institution-month has both sides of its
    /// data or is unknown to the import (minimum staffing).
    let checksPresence: Bool
    /// The last year row of each institution and year.
    private var yearRows: [InstitutionYearKey: Finding] = [:]
    /// Positions of the failing month rows, in order.
    private var failingMonths: [Int] = []
    /// Of each failing institution-month: whether the import knows it, and with both sides.
    private var sides: [PresenceKey: (known: Bool, both: Bool)] = [:]

    init(checksPresence: Bool) {
        self.checksPresence = checksPresence
    }

    /// Takes an institution row of the rule, found at `index` of the evaluation's findings.
    mutating func add(_ finding: Finding, at index: Int) {
        switch finding.period {
        case .year:
            yearRows[InstitutionYearKey(finding)] = finding
        case .month(let month):
            guard finding.status == .fail else { return }
            failingMonths.append(index)
            if checksPresence {
                let key = PresenceKey(period: month, municipality: finding.municipality,
                                      institutionID: finding.institutionID)
                if sides[key] == nil { sides[key] = (false, false) }
            }
        }
    }

    /// Notes which failing institution-months the import knows, and which with both sides.
    mutating func readPresence(_ presence: [InstitutionPresence]) {
        guard checksPresence, !sides.isEmpty else { return }
        for month in presence {
            let key = PresenceKey(period: month.period, municipality: month.municipality,
                                  institutionID: month.institutionID)
            guard let seen = sides[key] else { continue }
            sides[key] = (true, seen.both || month.hasBothSides)
        }
    }

    /// Whether a failing month counts as below.
    private func counts(_ finding: Finding) -> Bool {
        guard checksPresence, case .month(let month) = finding.period else { return true }
        let key = PresenceKey(period: month, municipality: finding.municipality, institutionID: finding.institutionID)
        guard let seen = sides[key] else { return true }
        return seen.both || !seen.known
    }

    /// The shortfalls by year, each year ranked whole and cut to its worst `listLimit`.
    /// `findings` are the evaluation's findings the positions refer to.
    func ranked(_ findings: [Finding]) -> [Int: RankedShortfalls] {
        var below: [InstitutionYearKey: (count: Int, latest: Int)] = [:]
        for index in failingMonths where counts(findings[index]) {
            let key = InstitutionYearKey(findings[index])
            below[key] = ((below[key]?.count ?? 0) + 1, index)
        }
        var byYear: [Int: [Shortfall]] = [:]
        for (key, yearRow) in yearRows {
            let gap = yearRow.gapFTE ?? 0
            let yearShort = yearRow.status == .fail || (yearRow.status == .notInForce && gap > 0)
            let monthsBelow = below[key]?.count
            guard yearShort || monthsBelow != nil else { continue }
            byYear[key.year, default: []].append(Shortfall(
                finding: yearRow, named: yearRow, gap: gap, monthsBelow: monthsBelow ?? 0, monthsOf: yearRow.months))
        }
        for (key, months) in below where yearRows[key] == nil {
            byYear[key.year, default: []].append(Shortfall(
                finding: nil, named: findings[months.latest], gap: 0, monthsBelow: months.count, monthsOf: 0))
        }
        return byYear.mapValues { rows in
            RankedShortfalls(rows: Array(rows.sorted(by: Shortfall.worseFirst).prefix(SummaryText.listLimit)),
                             count: rows.count)
        }
    }
}
