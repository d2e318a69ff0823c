import NormeringCore

/// `plan.txt`: the forecast for people, in English or Danish, at most 100 characters wide
/// (plan.md § 4): each year's annual test and what it takes, the institutions below the
/// minimum in a forecast month, and every assumption used.
public enum PlanText {
    public static let fileName = "plan.txt"

    public static func render(_ report: PlanReport, language: ReportLanguage) -> [UInt8] {
        let lines = PlanTextBuilder(wording: PlanWording(report: report, language: language)).build()
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Each annual test's verdict and what it takes, one line each: what `plan` prints.
    public static func headline(_ report: PlanReport, language: ReportLanguage) -> [String] {
        let wording = PlanWording(report: report, language: language)
        return report.years.flatMap { year in year.tests.flatMap { wording.sentences(year.year, $0) } }
    }
}

/// The figures of a plan written in one language: shared by plan.txt and plan.html.
struct PlanWording {
    let report: PlanReport
    let labels: PlanLabels
    let numbers: SummaryLabels

    init(report: PlanReport, language: ReportLanguage) {
        self.report = report
        labels = .forLanguage(language)
        numbers = .forLanguage(language)
    }

    func fte(_ value: Double) -> String {
        FigureFormatting.string(value, decimals: 2, decimalMark: numbers.decimalMark)
    }

    func money(_ value: Double) -> String {
        FigureFormatting.string(value, decimals: 0, decimalMark: numbers.decimalMark,
                                groupSeparator: numbers.thousandsSeparator)
    }

    var horizon: String {
        labels.horizon(report.baseMonth.description, report.firstForecast.description, report.through.description,
                       report.forecastMonthCount)
    }

    func who(_ test: PlanTest) -> String {
        test.institutionID.isEmpty ? labels.municipality(test.municipality)
            : institution(test.institutionID, test.institutionName)
    }

    func institution(_ id: String, _ name: String) -> String { name.isEmpty ? id : "\(id) \(name)" }

    func numbers(_ test: PlanTest) -> PlanNumbers {
        PlanNumbers(staff: fte(test.staff), required: fte(test.required), actualMonths: test.actualMonths,
                    forecastMonths: test.forecastMonths, extraFTE: fte(test.extraFTE), extraCost: money(test.extraCost),
                    costPerFTE: money(test.costPerFTE), from: test.forecastFrom?.description ?? "",
                    to: test.forecastTo?.description ?? "")
    }

    func result(_ test: PlanTest) -> String {
        switch test.status {
        case .fail: return labels.resultFails
        case .notInForce: return labels.resultNotInForce
        case .pass, .info: return labels.resultMeets
        }
    }

    /// The verdict and what it takes, as sentences.
    func sentences(_ year: Int, _ test: PlanTest) -> [String] {
        let n = numbers(test)
        let takes: String
        if test.forecastMonths == 0 {
            takes = labels.noForecastMonth
        } else if test.status == .fail {
            takes = labels.whatItTakes(n)
        } else {
            takes = labels.nothingMore
        }
        return [labels.testVerdict(year, who(test), test, n), takes]
    }

    /// The assumptions, one item each (an item may have sub-items).
    func assumptions() -> [(String, [String])] {
        let a = report.assumptions
        var items: [(String, [String])] = [(labels.carried(report.baseMonth.description), [])]
        items.append((labels.intakeTitle, a.intake.map { month in
            var text: String
            switch month.source {
            case .replayed(let from, let children):
                text = labels.intakeReplayed(month.month.description, from.description, children)
            case .missing(let missing):
                text = labels.intakeMissing(month.month.description, missing.description)
            case .forecast(let from):
                text = labels.intakeForecast(month.month.description, from.description)
            }
            if month.replacedInstitutions > 0 { text += labels.intakeReplaced(month.replacedInstitutions) }
            return text
        }))
        if let file = a.scenarioFile {
            items.append((labels.scenarioTitle(file), a.changes.map { change in
                guard case .hire(_, _, _, let hours, _, _) = change else { return labels.change(change, "") }
                return labels.change(change, fte(hours))
            }))
        } else {
            items.append((labels.noScenario, []))
        }
        let first = a.schoolStartMonth
        let last = first == 1 ? 12 : first - 1
        items.append((labels.schoolStart(labels.monthName(last), labels.monthName(first)), []))
        for cost in a.costs {
            items.append((labels.cost(cost.year, money(cost.amount), a.costSource), []))
        }
        if !a.notProjected.isEmpty {
            items.append((labels.notProjectedTitle, a.notProjected.map {
                labels.notProjected(institution($0.institutionID, $0.institutionName), $0.reason)
            }))
        }
        if a.otherKindsInBase > 0 { items.append((labels.otherKinds(a.otherKindsInBase), [])) }
        return items
    }
}

private struct PlanTextBuilder {
    let wording: PlanWording
    var labels: PlanLabels { wording.labels }
    var report: PlanReport { wording.report }

    func build() -> [String] {
        var lines = [labels.title]
        lines += TextLayout.wrap(wording.horizon, indent: 0)
        lines.append("")
        lines += partOne()
        lines.append("")
        lines += partTwo()
        lines.append("")
        lines += partThree()
        return lines
    }

    func partOne() -> [String] {
        var lines = [labels.part1Title, ""]
        let tests = report.years.flatMap { year in year.tests.map { (year.year, $0) } }
        guard !tests.isEmpty else { return lines + TextLayout.wrap(labels.noTest, indent: 2) }
        var table = TextTable(labels.testColumns, left: [0, 1, 6], flexible: 1)
        for (year, test) in tests {
            table.add([String(year), wording.who(test), String(test.actualMonths), String(test.forecastMonths),
                       wording.fte(test.staff), wording.fte(test.required), wording.result(test),
                       wording.fte(test.extraFTE), wording.money(test.extraCost)])
        }
        lines += table.lines(indent: 2)
        for (year, test) in tests {
            lines.append("")
            let sentences = wording.sentences(year, test)
            lines += TextLayout.wrap(sentences[0], indent: 2, hangingIndent: 4)
            lines += TextLayout.wrap(sentences[1], indent: 4)
        }
        return lines
    }

    func partTwo() -> [String] {
        let lines = [labels.part2Title, ""]
        let rows = report.years.flatMap { year in year.shortfalls.map { (year.year, $0) } }
        guard !rows.isEmpty else { return lines + TextLayout.wrap(labels.noShortfall, indent: 2) }
        var table = TextTable(labels.shortfallColumns, left: [0, 1, 2], flexible: 1)
        for (year, row) in rows {
            table.add([String(year), wording.institution(row.institutionID, row.institutionName),
                       row.firstMonth.description, wording.fte(row.neededFTE),
                       wording.numbers.monthsBelow(row.monthsBelow, row.forecastMonths)])
        }
        return lines + table.lines(indent: 2)
    }

    func partThree() -> [String] {
        var lines = [labels.part3Title, ""]
        for (item, subItems) in wording.assumptions() {
            lines += TextLayout.wrap("- " + item, indent: 2, hangingIndent: 4)
            for sub in subItems { lines += TextLayout.wrap("- " + sub, indent: 4, hangingIndent: 6) }
        }
        return lines
    }
}
