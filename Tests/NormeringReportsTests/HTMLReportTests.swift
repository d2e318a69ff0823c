import Foundation
import NormeringCore
import NormeringTestSupport
import Testing
@testable import NormeringReports

@Suite struct HTMLReportTests {
    static func page(_ evaluation: Evaluation, _ importSummary: ImportSummary = TroubledFixture.importResult.summary,
                     _ language: ReportLanguage = .en) -> String {
        String(decoding: htmlReport(evaluation, rules: danishRules, importSummary: importSummary, language: language, cost: Golden.cost),
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
        let bytes = htmlReport(f.evaluation, rules: danishRules, importSummary: f.importResult.summary, language: language, cost: Golden.cost)
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
        for reference in ["http://", "https://", "//", "<script", "<link", "<img", "<iframe", "src=", "url(",
                          "@import", "@font-face", "xlink"] {
            #expect(!lowered.contains(reference), "\(reference)")
        }
        // The one link out of the page is the relative link to findings.csv.
        let links = Set(text.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        #expect(links == ["findings.csv", "#data-quality"] || links == ["findings.csv"], "\(links)")
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
                                  subjectCoverage: source.subjectCoverage, presence: source.presence.reversed())
        for language in ReportLanguage.allCases {
            let first = htmlReport(source, rules: danishRules, importSummary: TroubledFixture.importResult.summary,
                                          language: language)
            let again = htmlReport(source, rules: danishRules, importSummary: TroubledFixture.importResult.summary,
                                          language: language)
            let fromShuffled = htmlReport(shuffled, rules: danishRules, importSummary: TroubledFixture.importResult.summary,
                                                 language: language)
            #expect(first == again)
            #expect(first == fromShuffled)
        }
        #expect(htmlReport(source, rules: danishRules, importSummary: TroubledFixture.importResult.summary, language: .en)
                != htmlReport(source, rules: danishRules, importSummary: TroubledFixture.importResult.summary, language: .da))
    }

    @Test func theRendererWritesItOnlyForFormatHTML() {
        let f = GoldenTests.fixtures[1]
        let withHTML = runReports(f.evaluation, importSummary: f.importResult.summary,
                                             settings: ReportSettings(rules: danishRules, formats: [.csv, .text, .json, .html],
                                                                      language: .da))
        #expect(withHTML.map(\.name) == ["findings.csv", "normering.csv", "rejects.csv", "summary.txt",
                                         "findings.json", "report.html"])
        #expect(withHTML.last?.bytes == htmlReport(f.evaluation, rules: danishRules, importSummary: f.importResult.summary,
                                                          language: .da))
        let without = runReports(f.evaluation, importSummary: f.importResult.summary, settings: ReportSettings(rules: danishRules))
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
        }
        for index in findings.indices where findings[index].unit == "DP-7" {
            findings[index].unit = name
        }
        var normering = source.normering
        for index in normering.indices where normering[index].institutionID == TroubledFixture.solstraalen.id {
            normering[index].institutionName = name
            normering[index].district = name
        }
        return Evaluation(findings: findings, normering: normering, subjectCoverage: source.subjectCoverage,
                          presence: source.presence)
    }

    @Test(arguments: ReportLanguage.allCases)
    func hostileNamesAreEscapedEverywhere(language: ReportLanguage) throws {
        let text = Self.page(Self.renamed(Self.hostileName), TroubledFixture.importResult.summary, language)
        #expect(!text.lowercased().contains("<script"))
        #expect(!text.contains("\u{7}"))
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39; &quot;Børn&quot;\u{FFFD}"
        // In the institutions table and its trend's title, and as a district …
        let institutions = Self.section("institutions", of: text)
        #expect(institutions.contains("<th scope=\"row\">661-110 " + escaped))
        #expect(institutions.contains("<title>661-110 " + escaped))
        #expect(Self.section("districts", of: text).contains("<td>" + escaped + "</td>"))
        // … and in the legal requirements not met (the childminder's unit).
        #expect(Self.section("verdict", of: text).contains(escaped))
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

    // MARK: The verdict

    @Test func theVerdictListsEveryLegalRequirementNotMetAndTheTotalGap() {
        let verdict = Self.section("verdict", of: Self.page(TroubledFixture.evaluation))
        #expect(verdict.contains("<div class=\"verdict fail\">"))
        #expect(verdict.contains("✗ 2025: 6 legal requirements are NOT met (listed below)."))
        #expect(verdict.contains("<div class=\"verdict pass\">"))
        #expect(verdict.contains("✓ 2023: every legal requirement is met."))
        #expect(verdict.contains("Municipality 661 does NOT meet the minimum staffing (legal requirement, "
                                 + "dagtilbudsloven § 19 a): 11.05 staff FTE against 12.03 required"))
        let legal = TroubledFixture.evaluation.findings.filter { $0.severity == .legal && $0.status == .fail }
        #expect(Self.count("<li>", in: verdict) == legal.count)
        #expect(verdict.contains("Minimum staffing of a private institution (dagtilbudsloven § 19 b)"))
        #expect(verdict.contains("Total gap below the minimum staffing in 2025: 1.38 FTE at 2 institutions"))
        #expect(verdict.contains("<p class=\"caution\">"))
        #expect(verdict.contains("<a href=\"findings.csv\">findings.csv</a>"))
        let danish = Self.section("verdict", of: Self.page(OneMonthExample.evaluation, OneMonthExample.importResult.summary,
                                                           .da))
        #expect(danish.contains("<div class=\"verdict pass\">"))
        #expect(danish.contains("Kommune 657 OPFYLDER minimumsnormeringen"))
    }

    // MARK: The municipality month by month

    @Test func oneBarAndOneMarkPerMunicipalityMonthWithTitleAndAxes() throws {
        let text = Self.page(TroubledFixture.evaluation)
        let section = Self.section("municipality", of: text)
        let months = TroubledFixture.evaluation.normering.filter { $0.scope == .municipality && !$0.period.isYear }
        #expect(!months.isEmpty)
        #expect(Self.count("<rect class=\"staff", in: section) == months.count)
        #expect(Self.count("<line class=\"required\"", in: section) == months.count)
        let short = months.filter { $0.status == .fail }.count
        #expect(Self.count("<rect class=\"staff short\"", in: section) == short)
        #expect(Self.count(">✗</text>", in: section) == short)
        // Every chart has a title and both axes named; its figures are in the table below it.
        let charts = section.components(separatedBy: "<svg class=\"chart monthly\"").dropFirst()
        #expect(!charts.isEmpty)
        for chart in charts {
            #expect(chart.contains("<title>Municipality 661, "))
            #expect(chart.contains(">FTE</text>"))
            #expect(chart.contains(">Month</text>"))
        }
        for row in months {
            #expect(section.contains("<td>\(row.period)</td><td class=\"num\">\(FigureFormatting.string(row.staff, decimals: 2))</td>"))
        }
    }

    @Test func figuresThatAreNotFiniteDoNotBreakTheCharts() throws {
        var normering = TroubledFixture.evaluation.normering
        for index in normering.indices where normering[index].scope == .municipality {
            normering[index].staff = .nan
            normering[index].required = .infinity
        }
        for index in normering.indices where normering[index].scope == .institution {
            normering[index].staff = -.infinity
        }
        let source = TroubledFixture.evaluation
        let text = Self.page(Evaluation(findings: source.findings, normering: normering,
                                        subjectCoverage: source.subjectCoverage, presence: source.presence))
        let charts = text.components(separatedBy: "<svg").dropFirst().map { String($0.prefix { $0 != ">" }) }
            + text.components(separatedBy: "points=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        for chart in charts {
            #expect(!chart.lowercased().contains("nan"))
            #expect(!chart.contains("inf"))
        }
        try Self.expectBalanced(text)
    }

    // MARK: Districts and institutions

    @Test func districtsSumTheirInstitutionsInTheMunicipalFigure() {
        let figures = HTMLPageFigures(TroubledFixture.evaluation.normering)
        let rows = TroubledFixture.evaluation.normering.filter {
            $0.scope == .institution && $0.period.isYear && ($0.ownership?.isInMunicipalFigure ?? false)
        }
        for (year, districts) in figures.districts {
            let own = rows.filter { $0.period.year == year }
            #expect(districts.reduce(0) { $0 + $1.institutions } == own.count)
            #expect(abs(districts.reduce(0) { $0 + $1.staff } - own.reduce(0) { $0 + $1.staff }) < 1e-9)
            #expect(abs(districts.reduce(0) { $0 + $1.required } - own.reduce(0) { $0 + $1.required }) < 1e-9)
        }
        #expect(!figures.districts.isEmpty)
    }

    @Test(arguments: ReportLanguage.allCases)
    func institutionsWorstFirstEachWithItsTrendAndStatusInWords(language: ReportLanguage) throws {
        let text = Self.page(TroubledFixture.evaluation, TroubledFixture.importResult.summary, language)
        let section = Self.section("institutions", of: text)
        let latest = try #require(TroubledFixture.evaluation.normering.map(\.period.year).max())
        let rows = TroubledFixture.evaluation.normering.filter {
            $0.scope == .institution && $0.period == .year(latest)
        }.sorted { $0.gapFTE > $1.gapFTE }
        #expect(Self.count("<th scope=\"row\">", in: section) == rows.count)
        #expect(Self.count("<svg class=\"spark\"", in: section) == rows.count)
        #expect(Self.count("<title>", in: section) == rows.count)
        // Worst first: each institution's row after the one with a larger gap.
        let places = rows.map { section.range(of: "<th scope=\"row\">\($0.institutionID) ")?.lowerBound }
        #expect(places.allSatisfy { $0 != nil })
        let found = places.compactMap { $0 }
        #expect(found == found.sorted())
        let labels = HTMLLabels.forLanguage(language)
        #expect(section.contains(labels.status(.fail)))
        #expect(section.contains(labels.ownershipName(.private)))
    }

    /// With more than one year in the run, each year is held against the one before.
    @Test func theChangeFromTheYearBefore() throws {
        let run = GeneratedRun.evaluation
        let text = Self.page(run, TroubledFixture.importResult.summary)
        let totals = run.normering.filter { $0.scope == .municipality && $0.period.isYear }
        let municipality = try #require(totals.first?.municipality)
        let now = try #require(totals.first { $0.municipality == municipality && $0.period == .year(2025) })
        let then = try #require(totals.first { $0.municipality == municipality && $0.period == .year(2024) })
        let staff = HTMLPageBuilder.signed(now.staff - then.staff) { FigureFormatting.string($0, decimals: 2) }
        #expect(Self.section("municipality", of: text).contains("Change from 2024: staff \(staff) FTE"))
        #expect(Self.section("districts", of: text).contains(">Margin vs. year before</th>"))
        #expect(Self.section("institutions", of: text).contains(">Gap vs. year before</th>"))
        #expect(HTMLPageBuilder.signed(-0.5) { FigureFormatting.string($0, decimals: 2) } == "−0.50")
        #expect(HTMLPageBuilder.signed(0.001) { FigureFormatting.string($0, decimals: 2) } == "0.00")
    }

    @Test func danishValuesAreDanish() {
        let text = Self.page(TroubledFixture.evaluation, TroubledFixture.importResult.summary, .da)
        #expect(text.contains("✓ opfyldt") || text.contains("✗ under"))
        #expect(text.contains("(privat)"))
        for english in [">pass<", ">fail<", "✓ meets", "✗ below", "(private)", "(municipal)", "DKK", ">daycare<"] {
            #expect(!text.contains(english), "\(english)")
        }
        #expect(text.contains("11,05"))
        #expect(text.contains("viewBox=\"0 0 "))
        #expect(!text.contains("viewBox=\"0,"))
    }

    @Test func theFindingsStayInTheCSV() {
        let text = Self.page(TroubledFixture.evaluation)
        #expect(!text.contains("<section id=\"findings\">"))
        #expect(Self.count("<tr", in: text) < TroubledFixture.evaluation.findings.count + 40)
    }

    @Test(arguments: ReportLanguage.allCases)
    func anEmptyRunStillGivesAPage(language: ReportLanguage) throws {
        let text = Self.page(Evaluation(findings: [], normering: [], subjectCoverage: []), Self.emptyImport.summary, language)
        #expect(!text.contains("<svg"))
        #expect(text.contains(language == .en ? "No data was read." : "Der blev ikke læst nogen data."))
        try Self.expectBalanced(text)
    }
}
