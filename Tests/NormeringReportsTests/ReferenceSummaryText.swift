import NormeringCore
@testable import NormeringReports

/// The oracle for the digest tests: summary.txt exactly as it was made from the whole
/// `Evaluation` before `SummaryDigest` existed (the builder of `SummaryText.swift` at that
/// commit, copied unchanged but for its name). `SummaryText.render(digest:)` must give the
/// same bytes. Its rankings break full ties (same gap, months and id) by set order, so the
/// generated data never has them.
enum ReferenceSummaryText {
    static func render(evaluation: Evaluation, importSummary: ImportSummary, language: ReportLanguage) -> [UInt8] {
        let builder = ReferenceSummaryBuilder(evaluation: evaluation, importSummary: importSummary,
                                              labels: .forLanguage(language))
        let lines = builder.build().map { TextLayout.truncate($0, to: TextLayout.width) }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// `RunScope.line(of:labels:)` as it was.
    static func runScopeLine(of evaluation: Evaluation, labels: SummaryLabels) -> String? {
        let municipalities = Set(evaluation.findings.map(\.municipality) + evaluation.normering.map(\.municipality))
            .sorted { $0.codePointPrecedes($1) }
        var months = Set<YearMonth>()
        for finding in evaluation.findings {
            if case .month(let month) = finding.period { months.insert(month) }
        }
        for row in evaluation.normering {
            if case .month(let month) = row.period { months.insert(month) }
        }
        let sorted = months.sorted()
        guard let first = sorted.first, let last = sorted.last, !municipalities.isEmpty else { return nil }
        return labels.municipalities(municipalities.joined(separator: ", "), municipalities.count)
            + " · " + labels.periodRange(first.description, last.description, sorted.count)
    }
}

private struct ReferenceSummaryBuilder {
    let evaluation: Evaluation
    let importSummary: ImportSummary
    let labels: SummaryLabels
    /// `period|municipality|institution` of every institution-month with both kinds of data.
    let bothSides: Set<String>
    /// `period|municipality|institution` of every institution-month the import knows.
    let known: Set<String>
    /// normering.csv's rows by `period|municipality|institution`.
    let normeringByKey: [String: NormeringRow]
    /// Municipality rows of findings.csv by `rule|period|municipality`.
    let municipalByKey: [String: Finding]

    init(evaluation: Evaluation, importSummary: ImportSummary, labels: SummaryLabels) {
        self.evaluation = evaluation
        self.importSummary = importSummary
        self.labels = labels
        var bothSides = Set<String>()
        var known = Set<String>()
        for month in evaluation.presence {
            let key = Self.key(.month(month.period), month.municipality, month.institutionID)
            known.insert(key)
            if month.hasBothSides { bothSides.insert(key) }
        }
        self.bothSides = bothSides
        self.known = known
        var normeringByKey: [String: NormeringRow] = [:]
        for row in evaluation.normering {
            let key = Self.key(row.period, row.municipality, row.institutionID)
            if normeringByKey[key] == nil { normeringByKey[key] = row }
        }
        self.normeringByKey = normeringByKey
        var municipalByKey: [String: Finding] = [:]
        for finding in evaluation.findings where finding.scope == .municipality {
            let key = "\(finding.rule)|" + Self.key(finding.period, finding.municipality, "")
            if municipalByKey[key] == nil { municipalByKey[key] = finding }
        }
        self.municipalByKey = municipalByKey
    }

    static func key(_ period: ReportPeriod, _ municipality: String, _ institution: String) -> String {
        "\(period.description)|\(municipality)|\(institution)"
    }

    // MARK: Numbers

    func fte(_ value: Double) -> String {
        FigureFormatting.string(value, decimals: 2, decimalMark: labels.decimalMark)
    }

    func figure(_ value: Double, _ format: FigureFormat) -> String {
        FigureFormatting.string(value, decimals: format.decimals, decimalMark: labels.decimalMark)
    }

    func money(_ value: Double) -> String {
        FigureFormatting.string(value, decimals: 0, decimalMark: labels.decimalMark,
                                groupSeparator: labels.thousandsSeparator)
    }

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
        if let line = ReferenceSummaryText.runScopeLine(of: evaluation, labels: labels) {
            lines += TextLayout.wrap(line, indent: 0)
        } else {
            lines.append(labels.noData)
        }
        lines.append(String(repeating: "=", count: min(TextLayout.width, lines.map(\.count).max() ?? 0)))
        return lines
    }

    // MARK: 1. Headline

    func partOne() -> [String] {
        var lines = [labels.part1Title, ""]
        let years = evaluation.findings.filter {
            $0.rule == RuleID.minimumStaffing && $0.scope == .municipality && $0.period.isYear
        }
        guard !years.isEmpty else {
            return lines + TextLayout.wrap(labels.noMinimumStaffing, indent: 0)
        }
        var table = TextTable(labels.headlineColumns.enumerated().map { index, header in
            TextTable.Column(header: header, alignment: index == 1 || index == 9 ? .left : .right)
        })
        table.columns[0].alignment = .left
        for finding in years {
            let row = normeringRow(finding.period, finding.municipality, institution: "")
            let gap = finding.gapFTE ?? 0
            let numbers = SummaryNumbers(
                staff: fte(finding.value), required: fte(finding.threshold ?? row?.required ?? 0),
                gapFTE: fte(gap), gapMoney: money(finding.gapCost ?? 0) + labels.currencySuffix,
                short: FigureFormatting.scaledRounded(gap, decimals: 2).map { $0 > 0 } ?? false,
                basis: labels.monthsBasis(finding.months))
            let year = finding.period.description
            lines += TextLayout.wrap(labels.verdict(year, finding.municipality, finding, numbers),
                                     indent: 0, hangingIndent: year.count + 2)
            var details: [String] = []
            if let row {
                details.append(labels.ratios(labels.ratio(row.ratioUnder3, children: row.childrenUnder3),
                                             labels.ratio(row.ratioOver3, children: row.childrenOver3)))
            }
            if let trained = municipalFinding(RuleID.trainedShare, finding) {
                details.append(labels.trained(
                    figure(trained.value, trained.valueFormat),
                    trained.threshold.map { figure($0, trained.valueFormat) },
                    trained.status, trained.gapFTE.map(fte)))
            }
            if let pedagogues = municipalFinding(RuleID.pedagogueShare, finding) {
                details.append(labels.pedagogues(figure(pedagogues.value, pedagogues.valueFormat)))
            }
            for detail in details {
                lines += TextLayout.wrap(detail, indent: year.count + 2)
            }
            lines.append("")
            table.add([
                year, finding.municipality, String(finding.months), fte(finding.value),
                fte(finding.threshold ?? row?.required ?? 0), fte(gap), money(finding.gapCost ?? 0),
                row.map { labels.ratio($0.ratioUnder3, children: $0.childrenUnder3, short: true) } ?? "",
                row.map { labels.ratio($0.ratioOver3, children: $0.childrenOver3, short: true) } ?? "",
                labels.result(finding),
            ])
        }
        lines += table.lines(indent: 0)
        lines += TextLayout.wrap(labels.headlineNote, indent: 0)
        return lines
    }

    func normeringRow(_ period: ReportPeriod, _ municipality: String, institution: String) -> NormeringRow? {
        normeringByKey[Self.key(period, municipality, institution)]
    }

    func municipalFinding(_ rule: String, _ like: Finding) -> Finding? {
        municipalByKey["\(rule)|" + Self.key(like.period, like.municipality, "")]
    }

    // MARK: 2. Institutions below

    struct Shortfall {
        var year: Int
        var finding: Finding?
        var label: String
        var gap: Double
        var monthsBelow: Int
        var monthsOf: Int
        var id: String
    }

    /// Institutions whose year figure falls short, or that fall short in some month, worst
    /// first (largest year gap, then most months below, then id), by year.
    func shortfalls(rule: String, countMonth: (Finding) -> Bool) -> [Int: [Shortfall]] {
        var yearRows: [String: Finding] = [:]
        var monthsBelow: [String: (count: Int, latest: Finding)] = [:]
        for finding in evaluation.findings where finding.rule == rule && finding.scope == .institution {
            let key = "\(finding.period.year)|\(finding.municipality)|\(finding.institutionID)"
            if finding.period.isYear {
                yearRows[key] = finding
            } else if finding.status == .fail, countMonth(finding) {
                let previous = monthsBelow[key]
                monthsBelow[key] = ((previous?.count ?? 0) + 1, finding)
            }
        }
        var byYear: [Int: [Shortfall]] = [:]
        for key in Set(yearRows.keys).union(monthsBelow.keys) {
            let yearRow = yearRows[key]
            let below = monthsBelow[key]
            let gap = yearRow?.gapFTE ?? 0
            let yearShort = yearRow.map { $0.status == .fail || ($0.status == .notInForce && gap > 0) } ?? false
            guard yearShort || below != nil, let any = yearRow ?? below?.latest else { continue }
            byYear[any.period.year, default: []].append(Shortfall(
                year: any.period.year, finding: yearRow, label: institutionLabel(any), gap: gap,
                monthsBelow: below?.count ?? 0, monthsOf: yearRow?.months ?? 0, id: any.institutionID))
        }
        for year in byYear.keys {
            byYear[year]?.sort { a, b in
                if a.gap != b.gap { return a.gap > b.gap }
                if a.monthsBelow != b.monthsBelow { return a.monthsBelow > b.monthsBelow }
                return a.id.codePointPrecedes(b.id)
            }
        }
        return byYear
    }

    func partTwo() -> [String] {
        var lines = [labels.part2Title, ""]
        lines.append(labels.belowMinimumTitle)
        let minimum = shortfalls(rule: RuleID.minimumStaffing) { finding in
            let key = Self.key(finding.period, finding.municipality, finding.institutionID)
            return bothSides.contains(key) || !known.contains(key)
        }
        if minimum.isEmpty {
            lines.append(labels.noneBelowMinimum)
        }
        for year in minimum.keys.sorted() {
            let rows = minimum[year] ?? []
            lines.append("\(year):")
            var table = TextTable(labels.belowMinimumColumns.enumerated().map { index, header in
                TextTable.Column(header: header, alignment: index == 0 || index == 6 ? .left : .right,
                                 flexible: index == 0)
            })
            for item in rows.prefix(SummaryText.listLimit) {
                var note = ""
                if let finding = item.finding {
                    if finding.status == .notInForce {
                        note = labels.notInForceNote
                    } else if finding.severity == .legal {
                        note = labels.privateNote
                    }
                }
                table.add([
                    item.label, item.finding.map { fte($0.value) } ?? "",
                    item.finding.flatMap { $0.threshold.map(fte) } ?? "", fte(item.gap),
                    money(item.finding?.gapCost ?? 0),
                    labels.monthsBelow(item.monthsBelow, item.monthsOf), note,
                ])
            }
            lines += table.lines(indent: 2)
            if rows.count > SummaryText.listLimit {
                lines += TextLayout.wrap(labels.andMore(rows.count - SummaryText.listLimit), indent: 2)
            }
        }
        lines.append("")
        lines.append(labels.belowTargetTitle)
        let trained = shortfalls(rule: RuleID.trainedShare) { _ in true }
        if trained.isEmpty {
            lines.append(labels.noneBelowTarget)
        }
        for year in trained.keys.sorted() {
            let rows = trained[year] ?? []
            lines.append("\(year):")
            var table = TextTable(labels.belowTargetColumns.enumerated().map { index, header in
                TextTable.Column(header: header, alignment: index <= 1 ? .left : .right, flexible: index == 0)
            })
            for item in rows.prefix(SummaryText.listLimit) {
                let finding = item.finding
                table.add([
                    item.label, labels.kindName(finding?.kind),
                    finding.map { figure($0.value, $0.valueFormat) } ?? "",
                    finding.flatMap { f in f.threshold.map { figure($0, f.valueFormat) } } ?? "",
                    fte(item.gap), labels.monthsBelow(item.monthsBelow, item.monthsOf),
                ])
            }
            lines += table.lines(indent: 2)
            if rows.count > SummaryText.listLimit {
                lines += TextLayout.wrap(labels.andMore(rows.count - SummaryText.listLimit), indent: 2)
            }
        }
        let minders = evaluation.findings.filter { $0.rule == RuleID.childminderSize }
        if !minders.isEmpty {
            lines.append("")
            lines.append(labels.childmindersTitle)
            let over = minders.filter { $0.status == .fail }
            if over.isEmpty {
                lines.append(labels.noChildminderOver)
            } else {
                var table = TextTable(labels.childmindersColumns.enumerated().map { index, header in
                    TextTable.Column(header: header, alignment: index <= 2 ? .left : .right, flexible: index == 1)
                })
                for finding in over.prefix(SummaryText.classLimit) {
                    table.add([finding.period.description, institutionLabel(finding), finding.unit,
                               figure(finding.value, finding.valueFormat),
                               finding.threshold.map { figure($0, finding.valueFormat) } ?? ""])
                }
                lines += table.lines(indent: 2)
                if over.count > SummaryText.classLimit {
                    lines += TextLayout.wrap(labels.andMore(over.count - SummaryText.classLimit), indent: 2)
                }
            }
        }
        return lines
    }

    // MARK: 3. Schools

    func partThree() -> [String] {
        var lines = [labels.part3Title, ""]
        // Counted, and only the failing rows copied: a national year has some 330,000 class rows.
        let classCount = evaluation.findings.reduce(0) { $0 + ($1.rule == RuleID.classSize ? 1 : 0) }
        let coverage = evaluation.findings.filter { $0.rule == RuleID.competenceCoverage && $0.scope == .institution }
        if classCount == 0, coverage.isEmpty, evaluation.subjectCoverage.isEmpty {
            lines.append(labels.noSchools)
            return lines
        }
        lines.append(labels.classesTitle)
        let over = evaluation.findings.filter { $0.rule == RuleID.classSize && $0.status == .fail }
        if over.isEmpty {
            lines.append(labels.noClassOver(classCount))
        } else {
            var table = TextTable(labels.classesColumns.enumerated().map { index, header in
                TextTable.Column(header: header, alignment: index <= 2 || index == 5 ? .left : .right,
                                 flexible: index == 1)
            })
            for finding in over.prefix(SummaryText.classLimit) {
                table.add([
                    finding.period.description, institutionLabel(finding), finding.unit,
                    figure(finding.value, finding.valueFormat),
                    finding.threshold.map { figure($0, finding.valueFormat) } ?? "",
                    finding.severity == .legal ? labels.legalInAugust : labels.forInformation,
                ])
            }
            lines += table.lines(indent: 2)
            if over.count > SummaryText.classLimit {
                lines += TextLayout.wrap(labels.andMore(over.count - SummaryText.classLimit), indent: 2)
            }
        }
        lines.append("")
        lines.append(labels.coverageTitle)
        // The latest month of each school, in school order.
        var latest: [String: Finding] = [:]
        for finding in coverage {
            let key = "\(finding.municipality)|\(finding.institutionID)"
            if let seen = latest[key], !(seen.period < finding.period) { continue }
            latest[key] = finding
        }
        let schools = latest.values.sorted { a, b in
            a.institutionID != b.institutionID ? a.institutionID.codePointPrecedes(b.institutionID)
                : a.municipality.codePointPrecedes(b.municipality)
        }
        if schools.isEmpty {
            lines.append(labels.noCoverage)
        }
        var subjectsBySchool: [String: [SubjectCoverage]] = [:]
        // Only the months shown can match a school's key (a key begins with its month's text).
        let shown = Set(schools.map(\.period))
        for item in evaluation.subjectCoverage where shown.contains(.month(item.period)) {
            subjectsBySchool[Self.key(.month(item.period), item.municipality, item.institutionID), default: []]
                .append(item)
        }
        for school in schools {
            lines.append("")
            let month = school.period.description
            lines += TextLayout.wrap(labels.coverageSchool(
                institutionLabel(school), month, figure(school.value, school.valueFormat),
                school.threshold.map { figure($0, school.valueFormat) }, school.status,
                school.gapFTE.map(fte)), indent: 2, hangingIndent: 4)
            // Each subject lowercased once, not at every comparison.
            let subjects = (subjectsBySchool[Self.key(school.period, school.municipality, school.institutionID)] ?? [])
                .map { (key: $0.subject.lowercased(), row: $0) }
                .sorted { a, b in
                    a.key != b.key ? a.key.codePointPrecedes(b.key) : a.row.subject.codePointPrecedes(b.row.subject)
                }
                .map(\.row)
            guard !subjects.isEmpty else { continue }
            var table = TextTable(labels.coverageColumns.enumerated().map { index, header in
                TextTable.Column(header: header, alignment: index == 0 ? .left : .right, flexible: index == 0)
            })
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
        let stats = importSummary.statistics
        let diagnostics = importSummary.diagnostics
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        var lines = [labels.part4Title, ""]
        let counts: [(String, Int, Int)] = [
            (labels.filesRead, 0, stats.filesRead),
            (labels.filesRejected, 2, stats.filesRejected),
            (labels.recordsRead, 0, stats.recordsRead),
            (labels.recordsUsed, 2, stats.recordsUsed),
            (labels.recordsIgnored, 2, stats.recordsIgnored),
            (labels.recordsRejected, 2, stats.recordsRejected),
            (labels.errors, 0, errors),
            (labels.warnings, 0, warnings),
        ]
        let labelWidth = counts.map { $0.0.count + $0.1 }.max() ?? 0
        let numberWidth = counts.map { String($0.2).count }.max() ?? 1
        for (label, indent, value) in counts {
            let name = String(repeating: " ", count: indent) + label
            lines.append(TextLayout.pad(name, to: labelWidth, alignment: .left) + "  "
                         + TextLayout.pad(String(value), to: numberWidth, alignment: .right))
        }
        lines.append("")
        if diagnostics.isEmpty {
            lines.append(labels.noProblems)
            return lines
        }
        var byCode: [String: (errors: Int, warnings: Int)] = [:]
        for diagnostic in diagnostics {
            var entry = byCode[diagnostic.code] ?? (0, 0)
            if diagnostic.severity == .error { entry.errors += 1 } else { entry.warnings += 1 }
            byCode[diagnostic.code] = entry
        }
        let kinds = byCode.sorted { a, b in
            let x = a.value.errors + a.value.warnings, y = b.value.errors + b.value.warnings
            return x != y ? x > y : a.key.codePointPrecedes(b.key)
        }
        var table = TextTable([
            .init(header: labels.kindsColumns[0], alignment: .left, flexible: true),
            .init(header: labels.kindsColumns[1], alignment: .right),
            .init(header: labels.kindsColumns[2], alignment: .right),
        ])
        for (code, count) in kinds {
            table.add([code, String(count.errors), String(count.warnings)])
        }
        lines += table.lines(indent: 0)
        lines.append("")
        lines += TextLayout.wrap(labels.rejectsPointer, indent: 0)
        return lines
    }
}
