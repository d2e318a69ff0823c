import Foundation
import NormeringCore
import Testing
@testable import NormeringReports

@Suite struct HTMLReportTests {
    static func page(_ evaluation: Evaluation, _ importSummary: ImportSummary = TroubledFixture.importResult.summary,
                     _ language: ReportLanguage = .en) -> String {
        String(decoding: HTMLReport.render(evaluation: evaluation, importSummary: importSummary, language: language),
               as: UTF8.self)
    }

    /// The part of `page` from the element with `id` to the end of its section.
    static func section(_ id: String, of page: String) -> String {
        guard let start = page.range(of: "<section id=\"\(id)\">") else { return "" }
        let rest = page[start.lowerBound...]
        guard let end = rest.range(of: "</section>") else { return String(rest) }
        return String(rest[..<end.upperBound])
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    static let emptyImport = ImportResult(dataset: Dataset(institutionMonths: []), diagnostics: [],
                                          statistics: ImportStatistics())

    // MARK: Golden files

    @Test(arguments: [0, 1], ReportLanguage.allCases)
    func golden(fixture: Int, language: ReportLanguage) {
        let f = GoldenTests.fixtures[fixture]
        let bytes = HTMLReport.render(evaluation: f.evaluation, importSummary: f.importResult.summary, language: language)
        Golden.check(bytes, "\(f.name)/report-\(language.rawValue).html")
    }

    // MARK: The document

    @Test(arguments: [0, 1], ReportLanguage.allCases)
    func selfContainedUTF8AndBalanced(fixture: Int, language: ReportLanguage) throws {
        let f = GoldenTests.fixtures[fixture]
        let text = Self.page(f.evaluation, f.importResult.summary, language)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n"))
        #expect(text.contains("<meta charset=\"utf-8\">"))
        #expect(text.hasSuffix("</html>\n"))
        #expect(!text.contains("\r"))
        let lowered = text.lowercased()
        for reference in ["http://", "https://", "//", "<script", "<link", "<img", "<iframe", "src=", "href=",
                          "url(", "@import", "@font-face", "xlink"] {
            #expect(!lowered.contains(reference), "\(reference)")
        }
        try Self.expectBalanced(text)
    }

    /// Every element opened is closed, in order (void elements and `/>` aside).
    static func expectBalanced(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "col", "wbr"]
        var stack: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let close = try #require(rest[open...].firstIndex(of: ">"), sourceLocation: sourceLocation)
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                let closing = String(tag.dropFirst().prefix { $0 != " " })
                #expect(stack.last == closing, "</\(closing)> closes <\(stack.last ?? "nothing")>",
                        sourceLocation: sourceLocation)
                if stack.last == closing { stack.removeLast() }
            } else {
                let name = String(tag.prefix { $0 != " " && $0 != "/" })
                if !tag.hasSuffix("/") && !void.contains(name) { stack.append(name) }
            }
        }
        #expect(stack.isEmpty, "left open: \(stack)", sourceLocation: sourceLocation)
    }

    @Test func theSameInputGivesTheSameBytes() {
        let source = TroubledFixture.evaluation
        let shuffled = Evaluation(findings: source.findings.reversed(), normering: source.normering.reversed(),
                                  subjectCoverage: source.subjectCoverage)
        for language in ReportLanguage.allCases {
            let first = HTMLReport.render(evaluation: source, importSummary: TroubledFixture.importResult.summary,
                                          language: language)
            let again = HTMLReport.render(evaluation: source, importSummary: TroubledFixture.importResult.summary,
                                          language: language)
            let fromShuffled = HTMLReport.render(evaluation: shuffled, importSummary: TroubledFixture.importResult.summary,
                                                 language: language)
            #expect(first == again)
            #expect(first == fromShuffled)
        }
        #expect(HTMLReport.render(evaluation: source, importSummary: TroubledFixture.importResult.summary, language: .en)
                != HTMLReport.render(evaluation: source, importSummary: TroubledFixture.importResult.summary, language: .da))
    }

    @Test func theRendererWritesItOnlyForFormatHTML() {
        let f = GoldenTests.fixtures[1]
        let withHTML = ReportRenderer.render(evaluation: f.evaluation, importSummary: f.importResult.summary,
                                             settings: ReportSettings(formats: [.csv, .text, .json, .html],
                                                                      language: .da))
        #expect(withHTML.map(\.name) == ["findings.csv", "normering.csv", "rejects.csv", "summary.txt",
                                         "findings.json", "report.html"])
        #expect(withHTML.last?.bytes == HTMLReport.render(evaluation: f.evaluation, importSummary: f.importResult.summary,
                                                          language: .da))
        let without = ReportRenderer.render(evaluation: f.evaluation, importSummary: f.importResult.summary)
        #expect(!without.map(\.name).contains(HTMLReport.fileName))
        #expect(ReportRenderer.allFileNames.contains("report.html"))
    }

    // MARK: Escaping

    static let hostileName = "<script>alert(\"x\")</script> & 'Co' \"Børn\"\u{7}"

    static func renamed(_ name: String) -> Evaluation {
        let source = TroubledFixture.evaluation
        var findings = source.findings
        for index in findings.indices where findings[index].institutionID == TroubledFixture.solstraalen.id {
            findings[index].institutionName = name
            findings[index].district = name
            findings[index].source = name
        }
        for index in findings.indices where findings[index].unit == "DP-7" {
            findings[index].unit = name
        }
        return Evaluation(findings: findings, normering: source.normering, subjectCoverage: source.subjectCoverage)
    }

    @Test(arguments: ReportLanguage.allCases)
    func hostileNamesAreEscapedEverywhere(language: ReportLanguage) throws {
        let text = Self.page(Self.renamed(Self.hostileName), TroubledFixture.importResult.summary, language)
        #expect(!text.lowercased().contains("<script"))
        #expect(!text.contains("\u{7}"))
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39; &quot;Børn&quot;\u{FFFD}"
        // In the findings table (name, district, source: 2025, 2025-08, 2025-09 and 2023 rows) …
        let table = Self.section("findings", of: text)
        #expect(Self.count("<td>" + escaped + "</td>", in: table) >= 3 * 6)
        // … and in the gap chart's label and tooltip.
        let gaps = Self.section("gaps", of: text)
        #expect(gaps.contains("661-110 " + escaped))
        // The markup is the same as with a harmless name: nothing was opened or closed.
        let plain = Self.page(Self.renamed("Plain name"), TroubledFixture.importResult.summary, language)
        #expect(Self.count("<", in: text) == Self.count("<", in: plain))
        #expect(Self.count(">", in: text) == Self.count(">", in: plain))
        #expect(Self.count("\"", in: text) == Self.count("\"", in: plain))
        try Self.expectBalanced(text)
    }

    @Test func escapingCoversTextAndAttributes() {
        #expect(HTMLEscaping.text("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(HTMLEscaping.text("Æblehaven, Øst & Åby") == "Æblehaven, Øst &amp; Åby")
        #expect(HTMLEscaping.text("tab\tnew\nline\u{0}\u{1B}\u{85}") == "tab\tnew\nline\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(HTMLEscaping.text("&amp;") == "&amp;amp;")
        #expect(HTMLEscaping.text("") == "")
    }

    // MARK: The monthly chart

    /// Two municipalities over 14 months, some short, some not.
    static let manyMonths: Evaluation = {
        var findings: [Finding] = []
        for (offset, municipality) in ["101", "661"].enumerated() {
            for index in 0..<14 {
                let month = YearMonth(year: 2024 + (index + 10) / 12, month: (index + 10) % 12 + 1)!
                let required = 40.0 + Double(index % 5) + Double(offset) * 25
                let staff = required + (index % 3 == 0 ? -1.5 : 2.25)
                let gap = max(0, required - staff)
                findings.append(Finding(
                    period: .month(month), scope: .municipality, municipality: municipality,
                    rule: "minimum-staffing", severity: .info, status: gap > 0 ? .fail : .pass, value: staff,
                    valueFormat: .twoDecimals, threshold: required, gapFTE: gap, gapCost: gap * 400_000,
                    source: "dagtilbudsloven § 19 a"))
            }
        }
        return Evaluation(findings: findings, normering: [], subjectCoverage: [])
    }()

    @Test func oneBarAndOneMarkPerMunicipalityMonth() throws {
        let text = Self.page(Self.manyMonths, Self.emptyImport.summary)
        let monthly = Self.section("monthly", of: text)
        #expect(Self.count("<svg class=\"monthly-chart\"", in: monthly) == 2)
        #expect(Self.count("<rect class=\"staff", in: monthly) == 28)
        #expect(Self.count("<line class=\"required\"", in: monthly) == 28)
        let short = Self.manyMonths.findings.filter { $0.status == .fail }.count
        #expect(Self.count("<rect class=\"staff short\"", in: monthly) == short)
        // Each municipality's chart has each of its months once, labelled, in order.
        for municipality in ["101", "661"] {
            let chart = try #require(monthly.components(separatedBy: "data-municipality=\"\(municipality)\"").last?
                .components(separatedBy: "</svg>").first)
            var last = ""
            for finding in Self.manyMonths.findings where finding.municipality == municipality {
                let month = finding.period.description
                #expect(Self.count("<rect class=\"staff", in: chart) == 14)
                #expect(Self.count("data-period=\"\(month)\" x=", in: chart) == 1)
                #expect(chart.contains("text-anchor=\"middle\">\(month)</text>"))
                #expect(last < month)
                last = month
            }
        }
    }

    @Test func barsStandOnTheAxisAndScaleWithTheirValues() throws {
        let text = Self.page(TroubledFixture.evaluation)
        let monthly = Self.section("monthly", of: text)
        // The troubled fixture has three municipality-months: 2023-11, 2025-08 and 2025-09.
        #expect(Self.count("<rect class=\"staff", in: monthly) == 3)
        #expect(Self.count("<rect class=\"staff short\"", in: monthly) == 2)
        func attribute(_ name: String, period: String) throws -> Double {
            let rect = try #require(monthly.components(separatedBy: "data-period=\"\(period)\" x=").dropFirst().first)
            let value = try #require(rect.components(separatedBy: " \(name)=\"").dropFirst().first?
                .prefix { $0 != "\"" })
            return try #require(Double(value))
        }
        let bottoms = try ["2023-11", "2025-08", "2025-09"].map {
            try attribute("y", period: $0) + attribute("height", period: $0)
        }
        #expect(Set(bottoms).count == 1)
        // 13.90 FTE against 8.10 FTE.
        let ratio = try attribute("height", period: "2025-08") / attribute("height", period: "2023-11")
        #expect(abs(ratio - 13.9 / 8.1) < 0.02)
        #expect(monthly.contains("2025-08: 13.90 staff FTE against 14.75 required; short by 0.85 FTE"))
    }

    @Test func theAxisIsRoundAndAboveTheLargestValue() {
        for maximum in [0.0, -3, .nan, .infinity, 0.004, 0.9, 1, 7.73, 14.75, 100, 1234.5, 98_765] {
            let axis = ChartAxis(maximum: maximum)
            #expect(axis.top > 0 && axis.step > 0)
            if maximum.isFinite, maximum > 0 { #expect(axis.top > maximum) }
            #expect((4...11).contains(axis.ticks.count), "\(maximum): \(axis.ticks)")
            #expect(axis.ticks.first == 0)
        }
        #expect(ChartAxis(maximum: 14.75).step == 5 && ChartAxis(maximum: 14.75).top == 15)
        #expect(ChartAxis(maximum: 0.9).decimals == 1)
    }

    // MARK: The gap chart

    @Test func gapsAreWorstFirstAndOnlyWhereThereIsAGap() {
        let gaps = Self.section("gaps", of: Self.page(TroubledFixture.evaluation))
        // 2025: Solstrålen 1.23, the private one 0.15 (legal); Æblehaven has no gap.
        let solstraalen = gaps.range(of: "data-institution=\"661-110\"")
        let privat = gaps.range(of: "data-institution=\"661-130\"")
        #expect(solstraalen != nil && privat != nil)
        if let solstraalen, let privat { #expect(solstraalen.lowerBound < privat.lowerBound) }
        #expect(!gaps.contains("661-120"))
        #expect(Self.count("<rect class=\"gap", in: gaps) == 2)
        #expect(gaps.contains("1.23 FTE · 490,000 DKK"))
        #expect(gaps.contains("=Privat Børnehus (private: legal)"))
        // 2023: Solstrålen's year is not short.
        #expect(gaps.contains("2023: No institution is below the minimum staffing."))
    }

    @Test(arguments: ReportLanguage.allCases)
    func noGapsSaysSo(language: ReportLanguage) {
        let gaps = Self.section("gaps", of: Self.page(OneMonthExample.evaluation, OneMonthExample.importResult.summary,
                                                      language))
        #expect(!gaps.contains("<svg"))
        let note = language == .en ? "No institution is below the minimum staffing."
            : "Ingen institution er under minimumsnormeringen."
        #expect(gaps.contains("<p class=\"no-gaps\">\(note)</p>"))
    }

    // MARK: Headline and table

    @Test func theHeadlineAnswersTheQuestionForEachYear() {
        let headline = Self.section("headline", of: Self.page(TroubledFixture.evaluation))
        #expect(headline.contains("<div class=\"verdict fail\">"))
        #expect(headline.contains("2025: Municipality 661 does NOT meet the minimum staffing (legal requirement, "
                                  + "dagtilbudsloven § 19 a): 11.05 staff FTE against 12.03 required; short by 0.98 FTE, "
                                  + "390,000 DKK a year, on 2 months of data (not a full year)."))
        #expect(headline.contains("<div class=\"verdict muted\">"))
        #expect(headline.contains("2023: Municipality 661: the minimum staffing was not in force"))
        let example = Self.section("headline", of: Self.page(OneMonthExample.evaluation, OneMonthExample.importResult.summary,
                                                             .da))
        #expect(example.contains("<div class=\"verdict pass\">"))
        #expect(example.contains("2025: Kommune 657 OPFYLDER minimumsnormeringen"))
    }

    @Test(arguments: [0, 1], ReportLanguage.allCases)
    func theTableHoldsEveryRowOfFindingsCSVWithItsFigures(fixture: Int, language: ReportLanguage) throws {
        let f = GoldenTests.fixtures[fixture]
        let table = Self.section("findings", of: Self.page(f.evaluation, f.importResult.summary, language))
        let csv = String(decoding: FindingsCSV.render(f.evaluation.findings,
                                                      dialect: language == .da ? .excelDa : .rfc4180), as: UTF8.self)
        // Findings hold no line breaks: a line is a row (CRLF is one Character).
        let csvRows = csv.split(whereSeparator: \.isNewline).dropFirst().map(String.init)
        let rows = table.components(separatedBy: "<tr>").dropFirst(2)
        #expect(rows.count == f.evaluation.findings.count)
        #expect(csvRows.count == rows.count)
        // The figures of each row (value, threshold, gap_fte, gap_cost, months) are the CSV's.
        for ((row, finding), csvLine) in zip(zip(rows, f.evaluation.findings), csvRows) {
            let numbers = row.components(separatedBy: "<td class=\"num\">").dropFirst()
                .map { String($0.prefix { $0 != "<" }) }
            #expect(numbers.count == 5)
            for number in numbers where !number.isEmpty {
                #expect(csvLine.contains(number), "\(number) not in \(csvLine)")
            }
            #expect(row.contains("<td>\(finding.period.description)</td>"))
            #expect(row.contains("<td class=\"status-\(finding.status.rawValue)\">\(finding.status.rawValue)</td>"))
        }
    }

    @Test func danishWritesDecimalCommas() {
        let text = Self.page(TroubledFixture.evaluation, TroubledFixture.importResult.summary, .da)
        let table = Self.section("findings", of: text)
        #expect(table.contains("<td class=\"num\">11,05</td>"))
        #expect(table.contains("<td class=\"num\">0,741</td>"))
        #expect(!table.contains("11.05"))
        #expect(text.contains("1,23 fuldtidsansatte · 490.000 kr."))
        #expect(text.contains("2025-08: 13,90 fuldtidsansatte mod 14,75 krævet"))
        #expect(!text.contains("DKK"))
        // Coordinates keep their dots.
        #expect(text.contains("viewBox=\"0 0 "))
        #expect(!text.contains("viewBox=\"0,"))
    }

    @Test(arguments: ReportLanguage.allCases)
    func anEmptyRunStillGivesAPage(language: ReportLanguage) throws {
        let text = Self.page(Evaluation(findings: [], normering: [], subjectCoverage: []), Self.emptyImport.summary, language)
        #expect(!text.contains("<svg"))
        #expect(!text.contains("<table class=\"findings\">"))
        #expect(text.contains(language == .en ? "No data was read." : "Der blev ikke læst nogen data."))
        #expect(text.contains(language == .en ? "No findings." : "Ingen resultater."))
        try Self.expectBalanced(text)
    }

    @Test func figuresThatAreNotFiniteDoNotBreakTheCharts() throws {
        var findings = Self.manyMonths.findings
        findings[0].value = .nan
        findings[1].threshold = .infinity
        findings[2].value = -.infinity
        let text = Self.page(Evaluation(findings: findings, normering: [], subjectCoverage: []), Self.emptyImport.summary)
        let monthly = Self.section("monthly", of: text)
        #expect(Self.count("<rect class=\"staff", in: monthly) == 28)
        #expect(!monthly.lowercased().contains("nan\""))
        #expect(!monthly.contains("inf\""))
        try Self.expectBalanced(text)
    }
}
