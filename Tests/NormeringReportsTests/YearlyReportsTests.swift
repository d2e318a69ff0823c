import Foundation
import NormeringCore
import Testing
@testable import NormeringReports

/// findings.csv, normering.csv and findings.json written a year at a time, and the draft
/// writer that keeps them as temporary files until the run is done.
@Suite struct YearlyReportsTests {
    /// `evaluation` cut into one evaluation per calendar year, in ascending order.
    static func byYear(_ evaluation: Evaluation) -> [Evaluation] {
        let years = Set(evaluation.findings.map(\.period.year) + evaluation.normering.map(\.period.year)
            + evaluation.presence.map(\.period.year)).sorted()
        return years.map { year in
            Evaluation(findings: evaluation.findings.filter { $0.period.year == year },
                       normering: evaluation.normering.filter { $0.period.year == year },
                       subjectCoverage: evaluation.subjectCoverage.filter { $0.period.year == year },
                       presence: evaluation.presence.filter { $0.period.year == year })
        }
    }

    static func yearByYear(_ evaluation: Evaluation, settings: ReportSettings) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        var yearly = YearlyReports(settings: settings)
        let emit: (String, [UInt8]) -> Void = { files[$0, default: []] += $1 }
        yearly.start(emit)
        for year in byYear(evaluation) { yearly.add(year, emit) }
        yearly.finish(emit)
        return files
    }

    @Test("year by year gives the bytes of the whole evaluation, every dialect", arguments: CSVDialect.allCases)
    func sameBytes(dialect: CSVDialect) {
        let evaluation = TroubledFixture.evaluation
        #expect(Self.byYear(evaluation).count == 2)
        let settings = ReportSettings(rules: danishRules, formats: [.csv, .json], dialect: dialect)
        let files = Self.yearByYear(evaluation, settings: settings)
        #expect(files.keys.sorted() == ["findings.csv", "findings.json", "normering.csv"])
        #expect(files["findings.csv"] == findingsCSV(evaluation.findings, dialect: dialect))
        #expect(files["normering.csv"] == normeringCSV(evaluation.normering, dialect: dialect))
        #expect(files["findings.json"] == findingsJSON(evaluation.findings))
    }

    @Test("the last year given as the remainder: the same bytes", arguments: CSVDialect.allCases)
    func remainder(dialect: CSVDialect) {
        let evaluation = TroubledFixture.evaluation
        let years = Self.byYear(evaluation)
        var files: [String: [UInt8]] = [:]
        var yearly = YearlyReports(settings: ReportSettings(rules: danishRules, formats: [.csv, .json], dialect: dialect))
        let emit: (String, [UInt8]) -> Void = { files[$0, default: []] += $1 }
        yearly.start(emit)
        for year in years.dropLast() { yearly.add(year, emit) }
        for file in yearly.remainder(after: years[years.count - 1]) { files[file.name, default: []] += file.bytes }
        #expect(files["findings.csv"] == findingsCSV(evaluation.findings, dialect: dialect))
        #expect(files["normering.csv"] == normeringCSV(evaluation.normering, dialect: dialect))
        #expect(files["findings.json"] == findingsJSON(evaluation.findings))
    }

    @Test("no findings at all: headers and an empty JSON array")
    func empty() {
        let none = Evaluation(findings: [], normering: [], subjectCoverage: [])
        let files = Self.yearByYear(none, settings: ReportSettings(rules: danishRules, formats: [.csv, .json, .text]))
        #expect(files["findings.csv"] == findingsCSV([], dialect: .rfc4180))
        #expect(files["findings.json"] == Array("[]\n".utf8))
        #expect(YearlyReports(settings: ReportSettings(rules: danishRules, formats: [.text])).fileNames.isEmpty)
    }

    static func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("normering-draft-\(UUID())").path
    }

    static func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test("a draft's pieces and the whole reports land together; no temporary file is left")
    func draftCommits() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let draft = try ReportWriter().begin(in: folder, drafting: ["findings.csv"])
        #expect(try Self.listing(folder).count == 1)  // only the hidden temporary file so far
        draft.append(Array("a,b\r\n".utf8), to: "findings.csv")
        draft.append(Array("c,d\r\n".utf8), to: "findings.csv")
        try draft.commit([ReportFile(name: "summary.txt", bytes: Array("sum\n".utf8)),
                          ReportFile(name: "findings.csv", bytes: Array("e,f\r\n".utf8))], threads: 2)
        #expect(try Self.listing(folder) == ["findings.csv", "summary.txt"])
        #expect(try String(contentsOfFile: folder + "/findings.csv", encoding: .utf8) == "a,b\r\nc,d\r\ne,f\r\n")
    }

    @Test("a failing piece: commit throws, the previous reports stay, no temporary file is left")
    func draftFailure() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ReportWriter().write([ReportFile(name: "findings.csv", bytes: Array("old\n".utf8))], to: folder)
        let writer = ReportWriter(fileSystem: FailingFileSystem(failWritesOf: "findings.csv"))
        // The empty temporary file itself is refused by this file system:
        #expect(throws: ReportWriteError.self) { try writer.begin(in: folder, drafting: ["findings.csv"]) }
        #expect(try Self.listing(folder) == ["findings.csv"])

        // The disk fills up at the second piece: nothing more is written, commit says so.
        let fillsUp = ReportWriter(fileSystem: FailingFileSystem(failAppendsOf: "normering.csv"))
        let draft = try fillsUp.begin(in: folder, drafting: ["findings.csv", "normering.csv"])
        draft.append(Array("new\n".utf8), to: "findings.csv")
        draft.append(Array("rows\n".utf8), to: "normering.csv")
        draft.append(Array("more\n".utf8), to: "findings.csv")
        #expect(draft.failure?.fileName == "normering.csv")
        #expect(draft.failure?.reason == "No space left on device")
        #expect(throws: ReportWriteError.self) { try draft.commit([ReportFile(name: "summary.txt", bytes: [])]) }
        #expect(try Self.listing(folder) == ["findings.csv"])
        #expect(try String(contentsOfFile: folder + "/findings.csv", encoding: .utf8) == "old\n")

        // A report that was never begun is refused the same way.
        let unbegun = try ReportWriter().begin(in: folder, drafting: ["findings.csv"])
        unbegun.append(Array("x".utf8), to: "findings.json")
        #expect(unbegun.failure?.fileName == "findings.json")
        #expect(throws: ReportWriteError.self) { try unbegun.commit([]) }
        #expect(try Self.listing(folder) == ["findings.csv"])
    }

    @Test("a draft given up, or dropped, leaves no temporary file")
    func draftAbandoned() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let draft = try ReportWriter().begin(in: folder, drafting: ["findings.csv", "normering.csv"])
        draft.append(Array("x".utf8), to: "findings.csv")
        draft.abandon()
        #expect(try Self.listing(folder).isEmpty)
        do {
            let dropped = try ReportWriter().begin(in: folder, drafting: ["findings.json"])
            dropped.append(Array("[".utf8), to: "findings.json")
        }
        #expect(try Self.listing(folder).isEmpty)
    }
}
