import Foundation
import NormeringCore
import NormeringSample
import Testing
@testable import NormeringImport
import NormeringTestSupport

/// What a streaming run handed on, and what it returned.
private struct StreamedRun {
    var periods: [[InstitutionMonth]] = []
    var summary: ImportSummary
}

private func streamed(_ files: [String], workers: Int, periods: ClosedRange<YearMonth>? = nil) -> StreamedRun {
    var handedOn: [[InstitutionMonth]] = []
    let reader = Importer(options: ImportOptions(workers: workers, periods: periods)).read(files: files)
    while let period = reader.next() {
        // Each period's records are of that period; periods without records are left out here.
        #expect(period.months.allSatisfy { $0.period == period.period })
        if !period.months.isEmpty { handedOn.append(period.months) }
    }
    #expect(reader.upcoming == nil)
    return StreamedRun(periods: handedOn, summary: reader.summary)
}

/// Every fixture file (relative order does not matter: the importer sorts).
private func allFixtureFiles() throws -> [String] {
    try ExportFinder.find([fixtureRoot])
}

/// A generated three-month set with every fixture copied into each month, its `2025-03`
/// rewritten to that month (the UTF-16 fixtures keep theirs: their period cannot be read from
/// their first bytes, so they are read first and placed by their parsed period).
private func generatedSet() throws -> (folder: String, files: [String]) {
    let folder = NSTemporaryDirectory() + "normering-streaming-\(UUID().uuidString)"
    let start = try #require(YearMonth(year: 2025, month: 2))
    try SampleGenerator(options: SampleOptions(institutions: 12, schools: 4, months: 3, start: start,
                                               institutionsPerFile: 5)).write(to: folder)
    let fixtures = try allFixtureFiles()
    for month in ["2025-02", "2025-03", "2025-04"] {
        for file in fixtures {
            let relative = String(file.dropFirst(fixtureRoot.count + 1))
            let target = folder + "/" + month + "/fixtures/" + relative
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            if !relative.contains("utf16") { replace(Array("2025-03".utf8), with: Array(month.utf8), in: &bytes) }
            try Data(bytes).write(to: URL(fileURLWithPath: target))
        }
    }
    return (folder, try ExportFinder.find([folder]))
}

private func replace(_ pattern: [UInt8], with replacement: [UInt8], in bytes: inout [UInt8]) {
    var index = 0
    while index + pattern.count <= bytes.count {
        if bytes[index..<index + pattern.count].elementsEqual(pattern) {
            bytes.replaceSubrange(index..<index + pattern.count, with: replacement)
            index += replacement.count
        } else {
            index += 1
        }
    }
}

@Suite("Period streaming and workers")
struct StreamingTests {
    @Test func streamingGivesWhatTheWholeRunGivesOnTheFixtures() throws {
        let files = try allFixtureFiles()
        let whole = Importer(options: ImportOptions(workers: 2)).gather(files: files)
        let stream = streamed(files, workers: 2)
        #expect(stream.summary.diagnostics == whole.diagnostics)
        #expect(stream.summary.statistics == whole.statistics)
        #expect(stream.periods.flatMap { $0 } == whole.dataset.institutionMonths)
        #expect(!whole.diagnostics.isEmpty && !whole.dataset.institutionMonths.isEmpty)
        #expect(whole.statistics.addsUp)
    }

    @Test func streamingGivesWhatTheWholeRunGivesOnAGeneratedMultiMonthSet() throws {
        let (folder, files) = try generatedSet()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let whole = Importer(options: ImportOptions(workers: 2)).gather(files: files)
        for workers in [1, 2] {
            let stream = streamed(files, workers: workers)
            #expect(stream.summary.diagnostics == whole.diagnostics)
            #expect(stream.summary.statistics == whole.statistics)
            #expect(stream.periods.flatMap { $0 } == whole.dataset.institutionMonths)
            // One period per hand-over, ascending.
            let periods = stream.periods.map { Set($0.map(\.period)) }
            #expect(periods.allSatisfy { $0.count == 1 })
            #expect(periods.compactMap(\.first) == whole.dataset.periods)
        }
        #expect(whole.dataset.periods.count == 3)
        #expect(whole.diagnostics.contains { $0.code == "overlap" })
        #expect(whole.statistics.addsUp)
    }

    @Test func oneAndTwoWorkersGiveTheSameResultOnAGeneratedSet() throws {
        let (folder, files) = try generatedSet()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let one = Importer(options: ImportOptions(workers: 1)).gather(files: files)
        let two = Importer(options: ImportOptions(workers: 2)).gather(files: files)
        #expect(one.diagnostics == two.diagnostics)
        #expect(one.statistics == two.statistics)
        #expect(one.dataset.institutionMonths == two.dataset.institutionMonths)
        #expect(one.statistics.recordsUsed > 1000)
    }

    @Test func streamingKeepsThePeriodFilter() throws {
        let (folder, files) = try generatedSet()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let march = try #require(YearMonth(year: 2025, month: 3))
        let whole = Importer(options: ImportOptions(workers: 2, periods: march...march)).gather(files: files)
        let stream = streamed(files, workers: 2, periods: march...march)
        #expect(stream.summary.diagnostics == whole.diagnostics)
        #expect(stream.summary.statistics == whole.statistics)
        #expect(stream.periods.flatMap { $0 } == whole.dataset.institutionMonths)
        #expect(whole.dataset.periods == [march])
    }

    /// The pre-scan never names a period other than the one the parser finds.
    @Test func thePeriodHintAgreesWithTheParser() throws {
        var hinted = 0
        for (index, file) in try allFixtureFiles().enumerated() {
            let parsed = ExportFileParser.parse(path: file, fileIndex: index, periods: nil)
            guard let hint = PeriodHint.scan(path: file) else { continue }
            hinted += 1
            if let header = parsed.header { #expect(header.period == hint, "\(file)") }
        }
        #expect(hinted > 20)
    }

    @Test func thePeriodHintReadsOnlyPlainStarts() {
        func hint(_ text: String) -> YearMonth? { PeriodHint.scan(Array(text.utf8)) }
        let march = YearMonth(year: 2025, month: 3)
        #expect(hint(#"<?xml version="1.0" encoding="UTF-8"?><staffing xmlns="u" period="2025-03">"#) == march)
        #expect(hint("\u{FEFF}<!-- c --><?pi x?>\n<enrolment municipality='657'\n period=' 2025-03 '/>") == march)
        #expect(hint(#"<?xml version="1.0" encoding="ISO-8859-1"?><s period="2025-03">"#) == march)
        #expect(hint(#"<?xml version="1.0" encoding="UTF-16"?><s period="2025-03">"#) == nil)
        #expect(hint(#"<!DOCTYPE s><s period="2025-03">"#) == nil)
        #expect(hint(#"<s period="2025&#45;03">"#) == nil)
        #expect(hint(#"<s period="2025-03" period="2025-04">"#) == nil)
        #expect(hint(#"<s x:period="2025-03">"#) == nil)
        #expect(hint(#"<s period="2025-3">"#) == nil)
        #expect(hint(#"<s period="2025-03""#) == nil)
    }
}
