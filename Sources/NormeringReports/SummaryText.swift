import NormeringCore

/// `summary.txt`: the report for people, in English or Danish, plain text with aligned
/// columns, no line wider than 100 characters (LF line ends). Four parts:
/// 1. the headline: for each year, does the municipality meet the minimum staffing;
/// 2. the institutions furthest below the minimum and below the trained-staff target;
/// 3. schools: classes over the cap, competence coverage per school and subject;
/// 4. data quality: files and records read, errors and warnings by kind.
///
/// Every figure is one of findings.csv or normering.csv, rounded as there.
public enum SummaryText {
    /// The file name in the output folder.
    public static let fileName = "summary.txt"

    /// Institutions listed at most per year and table before "… and N more".
    static let listLimit = 20
    /// Classes over the cap listed at most.
    static let classLimit = 30

    /// The file's bytes, from a run's digest and headline (gathered year by year). `cost` is
    /// the cost per FTE the total gap is stated with.
    public static func render(digest: SummaryDigest, headline: Headline, importSummary: ImportSummary,
                              language: ReportLanguage, cost: CostBasis? = nil) -> [UInt8] {
        let words = HeadlineWords(language, rules: headline.rules, currency: cost?.currency)
        let builder = SummaryBuilder(digest: digest, headline: headline, importSummary: importSummary,
                                     labels: words.labels, words: words, cost: cost)
        let lines = builder.build().map { TextLayout.truncate($0, to: TextLayout.width) }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }
}

private struct SummaryBuilder {
    let digest: SummaryDigest
    let headline: Headline
    let importSummary: ImportSummary
    let labels: SummaryLabels
    let words: HeadlineWords
    let cost: CostBasis?

    // MARK: Numbers

    func fte(_ value: Double) -> String { words.decimal(value, 2) }
    func figure(_ value: Double, _ format: FigureFormat) -> String { words.figure(value, format) }
    /// Whole kroner, no currency (a table column's header names it).
    func money(_ value: Double) -> String { words.amount(value) }

    func institutionLabel(_ finding: Finding) -> String {
        finding.institutionName.isEmpty ? finding.institutionID : "\(finding.institutionID) \(finding.institutionName)"
    }

    // MARK: The whole

    func build() -> [String] {
        var lines = title()
        lines.append("")
        lines += partOne()
        lines.append("")
        lines += partTwo()
        lines.append("")
        lines += partThree()
        lines.append("")
        lines += partFour()
        return lines
    }

    func title() -> [String] {
        var lines = [labels.title]
        if let line = digest.scope.line(labels: labels) {
            lines += TextLayout.wrap(line, indent: 0)
        } else {
            lines.append(labels.noData)
        }
        lines.append(String(repeating: "=", count: min(TextLayout.width, lines.map(\.count).max() ?? 0)))
        return lines
    }

    // MARK: 1. Headline

    func partOne() -> [String] {
        var lines = [words.partOneTitle, ""]
        let years = headline.years
        guard !years.isEmpty else {
            return lines + TextLayout.wrap(labels.noMinimumStaffing, indent: 0)
        }
        var table = TextTable(labels.headlineColumns, left: [0, 1, 9])
        for year in years {
            let label = String(year.year)
            lines += TextLayout.wrap(words.yearVerdict(year), indent: 0, hangingIndent: label.count + 2)
            if year.municipalTests.isEmpty {
                lines += TextLayout.wrap(labels.noMinimumStaffing, indent: label.count + 2)
            }
            for finding in year.municipalTests {
                let row = normeringRow(finding.period, finding.municipality)
                let gap = finding.gapFTE ?? 0
                lines += TextLayout.wrap(words.municipalVerdict(finding, required: row?.required), indent: label.count + 2)
                var details: [String] = []
                if let row {
                    details.append(labels.ratios(labels.ratio(row.ratioUnder3, children: row.childrenUnder3),
                                                 labels.ratio(row.ratioOver3, children: row.childrenOver3)))
                }
                if let trained = municipalFinding(.targetShare, finding) {
                    details.append(labels.trained(
                        figure(trained.value, trained.valueFormat),
                        trained.threshold.map { figure($0, trained.valueFormat) },
                        trained.status, trained.gapFTE.map(fte)))
                }
                if let pedagogues = municipalFinding(.share, finding) {
                    details.append(labels.pedagogues(figure(pedagogues.value, pedagogues.valueFormat)))
                }
                for detail in details {
                    lines += TextLayout.wrap(detail, indent: label.count + 2)
                }
                table.add([
                    label, finding.municipality, String(finding.months), fte(finding.value),
                    fte(finding.threshold ?? row?.required ?? 0), fte(gap), finding.gapCost.map(money) ?? "–",
                    row.map { labels.ratio($0.ratioUnder3, children: $0.childrenUnder3, short: true) } ?? "",
                    row.map { labels.ratio($0.ratioOver3, children: $0.childrenOver3, short: true) } ?? "",
                    labels.result(finding),
                ])
            }
            lines.append("")
        }
        if !table.rows.isEmpty {
            lines += table.lines(indent: 0)
            lines += TextLayout.wrap(labels.headlineNote, indent: 0)
        }
        for year in years where year.legalFailureCount > 0 {
            lines.append("")
            lines.append(words.notMetTitle(year: year.year, count: year.legalFailureCount))
            for finding in year.legalFailures {
                lines += TextLayout.wrap("- \(finding.period) \(words.requirement(finding)):", indent: 2, hangingIndent: 4)
                lines += TextLayout.wrap("\(words.subject(finding)): \(words.valueAgainstThreshold(finding)).", indent: 4)
            }
            if year.legalFailureCount > year.legalFailures.count {
                lines += TextLayout.wrap(words.andMore(year.legalFailureCount - year.legalFailures.count,
                                                       see: FindingsCSV.fileName), indent: 2)
            }
        }
        lines.append("")
        for year in years where !year.municipalTests.isEmpty || year.institutionsShort > 0 {
            lines += TextLayout.wrap(words.totalGap(year, cost: cost), indent: 0, hangingIndent: 2)
        }
        if let caution = words.caution(headline, importSummary.statistics, seePartFour: true) {
            lines.append("")
            lines += TextLayout.wrap(caution, indent: 0, hangingIndent: 2)
        }
        return lines
    }

    /// The first normering row of the period and municipality with no institution id.
    func normeringRow(_ period: ReportPeriod, _ municipality: String) -> NormeringRow? {
        digest.headlineNormering[PlaceKey(period: period, municipality: municipality)]
    }

    /// The first municipality row of the rule playing `role` in the period and municipality
    /// of `like`.
    func municipalFinding(_ role: RulePresentation.SummaryRole, _ like: Finding) -> Finding? {
        guard let rule = headline.rules.rule(playing: role) else { return nil }
        return digest.municipalShares[ShareKey(rule: rule, place: PlaceKey(period: like.period,
                                                                           municipality: like.municipality))]
    }

    // MARK: 2. Institutions below

    func partTwo() -> [String] {
        var lines = [labels.part2Title, ""]
        lines.append(labels.belowMinimumTitle(words.headlineInSentence))
        if digest.belowMinimum.isEmpty {
            lines.append(labels.noneBelowMinimum(words.headlineInSentence))
        }
        let minimumTable = TextTable(labels.belowMinimumColumns, left: [0, 6], flexible: 0)
        lines += yearTables(digest.belowMinimum, minimumTable) { item in
            var note = ""
            if let finding = item.finding {
                if finding.status == .notInForce {
                    note = labels.notInForceNote
                } else if finding.severity == .legal {
                    note = labels.privateNote
                }
            }
            return [
                institutionLabel(item.named), item.finding.map { fte($0.value) } ?? "",
                item.finding.flatMap { $0.threshold.map(fte) } ?? "", fte(item.gap),
                item.finding.map { $0.gapCost.map(money) ?? "–" } ?? money(0),
                labels.monthsBelow(item.monthsBelow, item.monthsOf), note,
            ]
        }
        lines.append("")
        lines.append(labels.belowTargetTitle)
        if digest.belowTarget.isEmpty {
            lines.append(labels.noneBelowTarget)
        }
        let targetTable = TextTable(labels.belowTargetColumns, left: [0, 1], flexible: 0)
        lines += yearTables(digest.belowTarget, targetTable) { item in
            let finding = item.finding
            return [
                institutionLabel(item.named), labels.kindName(finding?.kind),
                finding.map { figure($0.value, $0.valueFormat) } ?? "",
                finding.flatMap { f in f.threshold.map { figure($0, f.valueFormat) } } ?? "",
                fte(item.gap), labels.monthsBelow(item.monthsBelow, item.monthsOf),
            ]
        }
        if digest.hasChildminders {
            lines.append("")
            lines.append(labels.childmindersTitle)
            let over = digest.childmindersOver
            if over.count == 0 {
                lines.append(labels.noChildminderOver)
            } else {
                var table = TextTable(labels.childmindersColumns, left: [0, 1, 2], flexible: 1)
                for finding in over.rows {
                    table.add([finding.period.description, institutionLabel(finding), finding.unit,
                               figure(finding.value, finding.valueFormat),
                               finding.threshold.map { figure($0, finding.valueFormat) } ?? ""])
                }
                lines += table.lines(indent: 2)
                lines += andMore(over.count, listed: SummaryText.classLimit)
            }
        }
        return lines
    }

    /// Each year's institutions of `ranked` in a table like `empty`, worst first, a row of
    /// `cells` each; then "… and N more".
    func yearTables(_ ranked: [Int: RankedShortfalls], _ empty: TextTable,
                    cells: (Shortfall) -> [String]) -> [String] {
        var lines: [String] = []
        for (year, shortfalls) in ranked.sorted(by: { $0.key < $1.key }) {
            lines.append("\(year):")
            var table = empty
            for item in shortfalls.rows.prefix(SummaryText.listLimit) { table.add(cells(item)) }
            lines += table.lines(indent: 2)
            lines += andMore(shortfalls.count, listed: SummaryText.listLimit)
        }
        return lines
    }

    /// "… and N more" when the rows are more than the `limit` listed; nothing otherwise.
    func andMore(_ count: Int, listed limit: Int) -> [String] {
        count > limit ? TextLayout.wrap(labels.andMore(count - limit), indent: 2) : []
    }

    // MARK: 3. Schools

    func partThree() -> [String] {
        var lines = [labels.part3Title, ""]
        let classCount = digest.classCount
        if classCount == 0, digest.latestCoverage.isEmpty, !digest.hasSubjectCoverage {
            lines.append(labels.noSchools)
            return lines
        }
        lines.append(labels.classesTitle)
        let over = digest.classesOver
        if over.count == 0 {
            lines.append(labels.noClassOver(classCount))
        } else {
            var table = TextTable(labels.classesColumns, left: [0, 1, 2, 5], flexible: 1)
            for finding in over.rows {
                table.add([
                    finding.period.description, institutionLabel(finding), finding.unit,
                    figure(finding.value, finding.valueFormat),
                    finding.threshold.map { figure($0, finding.valueFormat) } ?? "",
                    finding.severity == .legal ? labels.legalInAugust : labels.forInformation,
                ])
            }
            lines += table.lines(indent: 2)
            lines += andMore(over.count, listed: SummaryText.classLimit)
        }
        lines.append("")
        lines.append(labels.coverageTitle)
        // The latest month of each school, in school order.
        let schools = digest.latestCoverage.values.sorted { a, b in
            let x = a.finding, y = b.finding
            return x.institutionID != y.institutionID ? x.institutionID.codePointPrecedes(y.institutionID)
                : x.municipality.codePointPrecedes(y.municipality)
        }
        if schools.isEmpty {
            lines.append(labels.noCoverage)
        }
        for entry in schools {
            let school = entry.finding
            lines.append("")
            let month = school.period.description
            lines += TextLayout.wrap(labels.coverageSchool(
                institutionLabel(school), month, figure(school.value, school.valueFormat),
                school.threshold.map { figure($0, school.valueFormat) }, school.status,
                school.gapFTE.map(fte)), indent: 2, hangingIndent: 4)
            // Each subject lowercased once, not at every comparison.
            let subjects = entry.subjects
                .map { (key: $0.subject.lowercased(), row: $0) }
                .sorted { a, b in
                    a.key != b.key ? a.key.codePointPrecedes(b.key) : a.row.subject.codePointPrecedes(b.row.subject)
                }
                .map(\.row)
            guard !subjects.isEmpty else { continue }
            var table = TextTable(labels.coverageColumns, left: [0], flexible: 0)
            for subject in subjects {
                table.add([subject.subject, String(subject.coveredLessons), String(subject.totalLessons),
                           figure(subject.coverage, .share)])
            }
            lines += table.lines(indent: 4)
        }
        return lines
    }

    // MARK: 4. Data quality

    func partFour() -> [String] {
        let diagnostics = importSummary.diagnostics
        var lines = [labels.part4Title, ""]
        let counts = labels.importCounts(importSummary)
        let labelWidth = counts.map { $0.label.count + ($0.isPart ? 2 : 0) }.max() ?? 0
        let numberWidth = counts.map { String($0.value).count }.max() ?? 1
        for (label, isPart, value) in counts {
            let name = (isPart ? "  " : "") + label
            lines.append(TextLayout.pad(name, to: labelWidth, alignment: .left) + "  "
                         + TextLayout.pad(String(value), to: numberWidth, alignment: .right))
        }
        lines.append("")
        if diagnostics.isEmpty {
            lines.append(labels.noProblems)
            return lines
        }
        var table = TextTable(labels.kindsColumns, left: [0], flexible: 0)
        for kind in DiagnosticKind.counted(diagnostics) {
            table.add([kind.code, String(kind.errors), String(kind.warnings)])
        }
        lines += table.lines(indent: 0)
        lines.append("")
        lines += TextLayout.wrap(labels.rejectsPointer, indent: 0)
        return lines
    }
}

extension ReportPeriod {
    var isYear: Bool {
        if case .year = self { return true }
        return false
    }
}
