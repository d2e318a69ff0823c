import NormeringCore

/// What summary.txt needs of a run's findings, gathered one evaluation at a time.
///
/// `normering check` evaluates the rules one calendar year at a time; each year's
/// `Evaluation` is added here and may then be freed. `SummaryText.render(digest:…)` writes
/// from the digest the same bytes whether the years were added one at a time or together.
///
/// What is kept, and why it is bounded (Y years, M municipalities, S schools with coverage,
/// B subjects a school, T months):
/// - the run's scope: the set of municipalities and of months (M + T entries);
/// - part 1 (beside the run's `Headline`): for each municipality and year the first
///   normering row and the trained-share and pedagogue-share year rows it looks up
///   (at most 3 rows a municipality and year: O(Y × M));
/// - part 2: for each year and table (below the minimum, below the trained-staff target)
///   the `listLimit` worst institutions, ranked exactly as the whole year ranks them, and
///   how many there are; a year's rows all come in one call, so each year is ranked whole
///   while it is added and only its head is kept (O(Y × listLimit)). Of the childminders
///   over the cap: the first `classLimit` in report order and their count;
/// - part 3: the number of class rows, the first `classLimit` classes over the cap and their
///   count, and for each school its latest competence-coverage row with the subject rows of
///   that month (O(S × B)).
///
/// Nothing is kept per finding, per class, per institution-month or per normering row of
/// an institution: findings, presence and subject coverage are only read while added.
///
/// Keys are small structs (no text built per row). Two rankings that tie on gap, months
/// below and institution id (the same id in two municipalities) are ordered by municipality;
/// before the digest their order was left to a hash set's order.
/// Should a year be split between two calls against the contract, its two heads are merged
/// and its counts added: an institution short in both halves is then counted twice.
public struct SummaryDigest: Sendable {
    /// The rules of the run's set: which rule plays which part in the summary.
    public let rules: RuleCatalog
    /// Municipalities and months of the run.
    var scope = RunScope()

    // MARK: Part 1

    /// The first normering row of each year and municipality whose institution id is empty.
    var headlineNormering: [PlaceKey: NormeringRow] = [:]
    /// The first municipality year row of trained-share and pedagogue-share, by rule, year
    /// and municipality.
    var municipalShares: [ShareKey: Finding] = [:]

    // MARK: Part 2

    /// Institutions below the minimum staffing, worst first, by year.
    var belowMinimum: [Int: RankedShortfalls] = [:]
    /// Institutions below the trained-staff target, worst first, by year.
    var belowTarget: [Int: RankedShortfalls] = [:]
    /// Whether any childminder-size row was seen.
    var hasChildminders = false
    /// Childminders over the cap, the first `classLimit` in report order, and their count.
    var childmindersOver = FirstRows(limit: SummaryText.classLimit)

    // MARK: Part 3

    /// How many class-size rows there are.
    var classCount = 0
    /// Classes over the cap, the first `classLimit` in report order, and their count.
    var classesOver = FirstRows(limit: SummaryText.classLimit)
    /// Whether any subject-coverage row was seen.
    var hasSubjectCoverage = false
    /// The latest competence-coverage row of each school, with the subjects of its month.
    var latestCoverage: [SchoolKey: SchoolCoverage] = [:]

    /// An empty digest of a run under the rule set of `rules`.
    public init(rules: RuleCatalog) {
        self.rules = rules
    }

    /// Adds the evaluation of one or more whole calendar years. Calls come in ascending
    /// year order and no year is split between two calls.
    public mutating func add(_ evaluation: Evaluation) {
        scope.add(evaluation)
        var minimum = ShortfallGatherer(checksPresence: true)
        var trained = ShortfallGatherer(checksPresence: false)
        var coverage: [SchoolKey: Finding] = [:]
        for (index, finding) in evaluation.findings.enumerated() {
            switch rules.role(of: finding.rule) {
            case .headline:
                if finding.scope == .institution { minimum.add(finding, at: index) }
            case .targetShare:
                if finding.scope == .institution {
                    trained.add(finding, at: index)
                } else {
                    keepMunicipalShare(finding)
                }
            case .share:
                keepMunicipalShare(finding)
            case .childminders:
                hasChildminders = true
                if finding.status == .fail { childmindersOver.append(finding) }
            case .classes:
                classCount += 1
                if finding.status == .fail { classesOver.append(finding) }
            case .coverage:
                guard finding.scope == .institution else { break }
                let key = SchoolKey(municipality: finding.municipality, institutionID: finding.institutionID)
                if let seen = coverage[key], !(seen.period < finding.period) { break }
                coverage[key] = finding
            case .none:
                break
            }
        }
        for row in evaluation.normering where row.institutionID.isEmpty && row.period.isYear {
            let key = PlaceKey(period: row.period, municipality: row.municipality)
            if headlineNormering[key] == nil { headlineNormering[key] = row }
        }
        minimum.readPresence(evaluation.presence)
        Self.merge(minimum.ranked(evaluation.findings), into: &belowMinimum)
        Self.merge(trained.ranked(evaluation.findings), into: &belowTarget)
        addCoverage(coverage, subjects: evaluation.subjectCoverage)
    }

    /// Keeps the first municipality year row of a rule and municipality (part 1 looks it up).
    private mutating func keepMunicipalShare(_ finding: Finding) {
        guard finding.scope == .municipality, finding.period.isYear else { return }
        let key = ShareKey(rule: finding.rule, place: PlaceKey(period: finding.period, municipality: finding.municipality))
        if municipalShares[key] == nil { municipalShares[key] = finding }
    }

    /// Adds one evaluation's ranked years. A year comes whole in one call; should it come
    /// again, the two heads are ranked together and the counts added.
    private static func merge(_ years: [Int: RankedShortfalls], into target: inout [Int: RankedShortfalls]) {
        for (year, ranked) in years {
            guard let existing = target[year] else {
                target[year] = ranked
                continue
            }
            let rows = (existing.rows + ranked.rows).sorted(by: Shortfall.worseFirst)
            target[year] = RankedShortfalls(rows: Array(rows.prefix(SummaryText.listLimit)),
                                            count: existing.count + ranked.count)
        }
    }

    /// Keeps each school's latest coverage row (the later period wins; of equal periods the
    /// first seen) with the subject rows of that month.
    private mutating func addCoverage(_ latest: [SchoolKey: Finding], subjects: [SubjectCoverage]) {
        if !subjects.isEmpty { hasSubjectCoverage = true }
        guard !latest.isEmpty else { return }
        var subjectsBySchool: [SchoolKey: [SubjectCoverage]] = [:]
        for item in subjects {
            let key = SchoolKey(municipality: item.municipality, institutionID: item.institutionID)
            guard let school = latest[key], school.period == .month(item.period) else { continue }
            subjectsBySchool[key, default: []].append(item)
        }
        for (key, finding) in latest {
            if let seen = latestCoverage[key], !(seen.finding.period < finding.period) { continue }
            latestCoverage[key] = SchoolCoverage(finding: finding, subjects: subjectsBySchool[key] ?? [])
        }
    }
}
