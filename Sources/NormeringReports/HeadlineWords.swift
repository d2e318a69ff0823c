import NormeringCore

/// The words of the headline — summary.txt part 1's verdicts, the legal requirements not
/// met, the total gap, the caution — and of the lines `check` prints, in one language.
/// Numbers are written as the reports write them (`FigureFormatting`), in the language's
/// decimal mark.
public struct HeadlineWords: Sendable {
    public let language: ReportLanguage
    /// summary.txt's words and number marks in the same language.
    let labels: SummaryLabels
    /// The rules of the run's set: their names and unit words.
    public let rules: RuleCatalog

    /// The currency of gaps in money (`nil` or `DKK`: kroner, written as the language does).
    let currency: String?

    public init(_ language: ReportLanguage, rules: RuleCatalog, currency: String? = nil) {
        self.language = language
        labels = .forLanguage(language)
        self.rules = rules
        self.currency = currency
    }

    /// The headline rule as a sentence names it: "the minimum staffing", "minimumsnormeringen".
    var headlineInSentence: String {
        let rule = rules.headlineRatio.flatMap { rules[$0] }
        return rule?.inSentence?.text(language) ?? rule?.name.text(language).lowercased()
            ?? (danish ? "minimumsnormeringen" : "the minimum staffing")
    }

    /// Part 1's title, naming the headline rule.
    var partOneTitle: String {
        let name = rules.headlineRatio.flatMap { rules[$0]?.name }
        return labels.part1Title(name?.en.lowercased() ?? "minimum staffing", name?.da.lowercased() ?? "minimumsnormering")
    }

    private var danish: Bool { language == .da }

    // MARK: Numbers

    /// `value` with `decimals` places and the language's decimal mark.
    func decimal(_ value: Double, _ decimals: Int) -> String {
        FigureFormatting.string(value, decimals: decimals, decimalMark: labels.decimalMark)
    }

    /// Whole kroner with the language's thousands separator: "709,851" or "709.851".
    func amount(_ value: Double) -> String {
        FigureFormatting.string(value, decimals: 0, decimalMark: labels.decimalMark,
                                groupSeparator: labels.thousandsSeparator)
    }

    /// Whole kroner and the currency: "709,851 DKK" or "709.851 kr." (or another currency's
    /// code after the amount).
    func money(_ value: Double) -> String {
        amount(value) + (currency == nil || currency == "DKK" ? labels.currencySuffix : " " + (currency ?? ""))
    }

    func figure(_ value: Double, _ format: FigureFormat) -> String { decimal(value, format.decimals) }

    /// "3 months" or "3 måneder": the number and the noun of the language, one or many.
    func count(_ number: Int, _ english: String, _ englishPlural: String, _ dansk: String, _ danskPlural: String) -> String {
        "\(number) " + (danish ? (number == 1 ? dansk : danskPlural) : (number == 1 ? english : englishPlural))
    }

    // MARK: Verdicts

    /// "2025: 3 legal requirements are NOT met (listed below)." or "2025: every legal
    /// requirement is met."
    func yearVerdict(_ year: Headline.Year) -> String {
        let number = year.legalFailureCount
        if number == 0 {
            return danish ? "\(year.year): alle lovkrav er opfyldt." : "\(year.year): every legal requirement is met."
        }
        if danish { return "\(year.year): \(number) lovkrav er IKKE opfyldt (se listen nedenfor)." }
        return "\(year.year): \(number) legal \(number == 1 ? "requirement is" : "requirements are") NOT met (listed below)."
    }

    /// A municipality's legal annual test in a sentence, as summary.txt part 1 and report.html
    /// write it; `required` stands in for a row without a threshold.
    func municipalVerdict(_ finding: Finding, required: Double? = nil) -> String {
        let gap = finding.gapFTE ?? 0
        let numbers = SummaryNumbers(
            staff: decimal(finding.value, 2), required: decimal(finding.threshold ?? required ?? 0, 2),
            gapFTE: decimal(gap, 2), gapMoney: finding.gapCost.map(money),
            short: (FigureFormatting.scaledRounded(gap, decimals: 2) ?? 0) > 0, basis: labels.monthsBasis(finding.months))
        return labels.verdict(finding.municipality, headlineInSentence, finding, numbers)
    }

    /// The console's verdict of a municipality's legal annual test:
    /// "2025 municipality 657: meets the minimum staffing (12 months, legal)."
    func municipalTest(_ row: Finding) -> String {
        let months = count(row.months, "month", "months", "måned", "måneder")
        if danish {
            let verdict: String
            switch row.status {
            case .pass: verdict = "opfylder \(headlineInSentence)"
            case .fail: verdict = "opfylder IKKE \(headlineInSentence)"
            case .notInForce: verdict = "\(headlineInSentence) var ikke i kraft"
            case .info: verdict = headlineInSentence
            }
            return "\(row.period) kommune \(row.municipality): \(verdict) (\(months), \(severityName(row.severity)))."
        }
        let verdict: String
        switch row.status {
        case .pass: verdict = "meets \(headlineInSentence)"
        case .fail: verdict = "does NOT meet \(headlineInSentence)"
        case .notInForce: verdict = "minimum staffing not in force"
        case .info: verdict = headlineInSentence
        }
        return "\(row.period) municipality \(row.municipality): \(verdict) (\(months), \(severityName(row.severity)))."
    }

    func severityName(_ severity: Severity) -> String {
        switch severity {
        case .legal: return danish ? "lovkrav" : "legal"
        case .target: return danish ? "mål" : "target"
        case .info: return danish ? "orientering" : "information"
        }
    }

    // MARK: Legal requirements not met

    /// "Legal requirements not met in 2025 (3):"
    func notMetTitle(year: Int, count: Int) -> String {
        danish ? "Lovkrav, der ikke er opfyldt i \(year) (\(count)):" : "Legal requirements not met in \(year) (\(count)):"
    }

    /// The rule's short name and source: "Class size (folkeskoleloven § 17)".
    func requirement(_ finding: Finding) -> String {
        "\(ruleName(finding)) (\(finding.source))"
    }

    /// Who or what falls short: the municipality, the institution, the class or childminder.
    func subject(_ finding: Finding) -> String {
        if finding.scope == .municipality {
            return (danish ? "Kommune " : "Municipality ") + finding.municipality
        }
        var text = finding.institutionName.isEmpty ? finding.institutionID
            : "\(finding.institutionID) \(finding.institutionName)"
        switch finding.scope {
        case .class: text += danish ? ", klasse \(finding.unit)" : ", class \(finding.unit)"
        case .childminder: text += danish ? ", dagplejer \(finding.unit)" : ", childminder \(finding.unit)"
        case .institution, .municipality: break
        }
        return text
    }

    /// The value against the threshold, in the rule's units: "27 pupils, cap 26" (the rule's
    /// `failure` words, from its rule set).
    func valueAgainstThreshold(_ finding: Finding) -> String {
        let value = figure(finding.value, finding.valueFormat)
        let threshold = finding.threshold.map { figure($0, finding.valueFormat) } ?? "–"
        guard let template = rules[finding.rule]?.failure?.text(language) else {
            return danish ? "\(value) mod grænsen \(threshold)" : "\(value) against \(threshold)"
        }
        let gap = finding.gapFTE.map { decimal($0, 2) } ?? "–"
        return template.replacingPlaceholders(["{value}": value, "{threshold}": threshold, "{gap}": gap])
    }

    /// A rule's short name, from its rule set; the name of its institution rows where the set
    /// gives one (a private institution's own minimum staffing, § 19 b).
    func ruleName(_ finding: Finding) -> String {
        guard let rule = rules[finding.rule] else { return finding.rule.rawValue }
        if finding.scope == .institution, let name = rule.institutionName { return name.text(language) }
        return rule.name.text(language)
    }

    /// One line for the console: "2025-08 Class size (folkeskoleloven § 17): 657-30003
    /// Ådalsskolen, class 0A: 27 pupils, cap 26".
    func notMetLine(_ finding: Finding) -> String {
        "\(finding.period) \(requirement(finding)): \(subject(finding)): \(valueAgainstThreshold(finding))"
    }

    /// "… and 4 more (findings.csv)."
    func andMore(_ number: Int, see: String) -> String {
        danish ? "… og \(number) mere (\(see))." : "… and \(number) more (\(see))."
    }

    // MARK: Total gap

    /// "Total gap below the minimum staffing in 2025: 1.77 FTE at 3 institutions, 709,851 DKK
    /// a year (400,000 DKK per FTE a year, built-in)."
    func totalGap(_ year: Headline.Year, cost: CostBasis?) -> String {
        guard year.institutionsShort > 0 else {
            return danish ? "Samlet mangel under \(headlineInSentence) i \(year.year): ingen (ingen institution er under)."
                : "Total gap below \(headlineInSentence) in \(year.year): none (no institution is below it)."
        }
        let institutions = count(year.institutionsShort, "institution", "institutions", "institution", "institutioner")
        var text = danish
            ? "Samlet mangel under \(headlineInSentence) i \(year.year): \(decimal(year.gapFTE, 2)) fuldtidsansatte i "
                + institutions
            : "Total gap below \(headlineInSentence) in \(year.year): \(decimal(year.gapFTE, 2)) FTE at \(institutions)"
        // Without a cost per FTE (a rule set with none, e.g. norway), no money is named.
        if let cost {
            text += danish ? ", \(money(year.gapCost)) om året" : ", \(money(year.gapCost)) a year"
            let amount = money(cost.costPerFTE.amount(forYear: year.year))
            let origin = cost.origin.map { (danish ? "fra " : "from ") + $0 } ?? (danish ? "indbygget" : "built-in")
            text += danish ? " (\(amount) pr. fuldtidsansat om året, \(origin))" : " (\(amount) per FTE a year, \(origin))"
        }
        return text + "."
    }

    // MARK: Caution

    /// "Caution: the figures rest on incomplete data: 12 records rejected, …; see part 4.",
    /// or `nil` when they do not.
    func caution(_ headline: Headline, _ statistics: ImportStatistics, seePartFour: Bool) -> String? {
        guard headline.isIncomplete(statistics) else { return nil }
        var parts: [String] = []
        if statistics.filesRejected > 0 {
            parts.append(count(statistics.filesRejected, "file", "files", "fil", "filer") + (danish ? " afvist" : " rejected"))
        }
        if statistics.recordsRejected > 0 {
            parts.append(count(statistics.recordsRejected, "record", "records", "post", "poster")
                         + (danish ? " afvist" : " rejected"))
        }
        let leftOut = headline.years.reduce(0) { $0 + $1.institutionMonthsLeftOut }
        if leftOut > 0 {
            let months = count(leftOut, "institution-month", "institution-months",
                               "institutionsmåned", "institutionsmåneder")
            parts.append(danish ? "\(months) udeladt, fordi personale- eller indskrivningsdata mangler"
                         : "\(months) left out for missing staffing or enrolment data")
        }
        for year in headline.years where year.monthsMissing > 0 {
            let months = count(year.monthsMissing, "month", "months", "måned", "måneder")
            parts.append(danish ? "\(months) af \(year.year) mangler" : "\(months) of \(year.year) missing")
        }
        let see = seePartFour ? (danish ? "; se del 4" : "; see part 4") : ""
        return (danish ? "Forbehold: tallene bygger på ufuldstændige data: " : "Caution: the figures rest on incomplete data: ")
            + parts.joined(separator: ", ") + see + "."
    }
}

extension String {
    /// The text with each placeholder (`{value}`) replaced by its text, in one pass.
    func replacingPlaceholders(_ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(self)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            if let close = rest[open...].firstIndex(of: "}"), let value = values[String(rest[open...close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }
}
