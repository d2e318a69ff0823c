import Foundation
import NormeringCore
import Testing
@testable import NormeringReports

/// findings.csv and findings.json are rendered while they are written, in pieces.
@Suite struct StreamedReportTests {
    /// The troubled fixture's findings, repeated so that small pieces cut rows anywhere.
    static let findings = Array(repeating: TroubledFixture.evaluation.findings, count: 7).flatMap { $0 }

    @Test("the pieces of findings.csv join to the bytes of one piece, in both dialects",
          arguments: CSVDialect.allCases)
    func csvPieces(dialect: CSVDialect) {
        var pieces: [[UInt8]] = [FindingsCSV.header(dialect: dialect)]
        FindingsCSV.writeRows(Self.findings, dialect: dialect, pieceSize: 300) { pieces.append($0) }
        #expect(pieces.count > 10)
        #expect(pieces.flatMap { $0 } == findingsCSV(Self.findings, dialect: dialect))
        // The report file of a run's last year: the same rows after the header.
        let evaluation = Evaluation(findings: Self.findings, normering: [], subjectCoverage: [])
        let rest = YearlyReports(settings: ReportSettings(rules: danishRules, formats: [.csv], dialect: dialect))
            .remainder(after: evaluation).first { $0.name == FindingsCSV.fileName }
        #expect(rest.map { FindingsCSV.header(dialect: dialect) + $0.bytes } == findingsCSV(evaluation.findings, dialect: dialect))
    }

    @Test("findings.csv's rows rendered on several threads: the same bytes as on one, whatever the piece size",
          arguments: CSVDialect.allCases)
    func csvRowsOnThreads(dialect: CSVDialect) {
        let expected = findingsCSV(Self.findings, dialect: dialect).dropFirst(FindingsCSV.header(dialect: dialect).count)
        for pieceSize in [1, 140, 300, 1_000, 1 << 20] {
            for threads in [2, 3] {
                var pieces: [[UInt8]] = []
                FindingsCSV.writeRows(Self.findings, dialect: dialect, pieceSize: pieceSize, threads: threads) {
                    pieces.append($0)
                }
                #expect(pieces.flatMap { $0 } == Array(expected), "piece size \(pieceSize), \(threads) threads")
                // Pieces of at least one row each, several of them when the rows are many.
                #expect(!pieces.contains { $0.isEmpty })
                if pieceSize <= 1_000 { #expect(pieces.count > 2) }
            }
        }
    }

    @Test("the pieces of findings.json join to the bytes of one piece")
    func jsonPieces() {
        var pieces: [[UInt8]] = [FindingsJSON.opening]
        FindingsJSON.writeObjects(Self.findings, first: true, pieceSize: 300) { pieces.append($0) }
        pieces.append(FindingsJSON.closing(empty: false))
        #expect(pieces.count > 10)
        #expect(pieces.flatMap { $0 } == findingsJSON(Self.findings))
        #expect(findingsJSON([]) == Array("[]\n".utf8))
    }

    @Test("a report written in pieces reaches the disk whole")
    func writtenInPieces() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("normering-pieces-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = ReportFile(name: "findings.csv") { emit in
            emit(FindingsCSV.header(dialect: .excelDa))
            FindingsCSV.writeRows(Self.findings, dialect: .excelDa, pieceSize: 500, to: emit)
        }
        try ReportWriter().write([file], to: folder)
        let written = try Data(contentsOf: URL(fileURLWithPath: folder + "/findings.csv"))
        #expect(Array(written) == findingsCSV(Self.findings, dialect: .excelDa))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["findings.csv"])
    }

    @Test("a failing piece-wise write leaves the previous report and no temporary file")
    func failingPieces() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("normering-pieces-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ReportWriter().write([ReportFile(name: "findings.csv", bytes: Array("old\n".utf8))], to: folder)
        let file = ReportFile(name: "findings.csv") { emit in
            emit(FindingsCSV.header(dialect: .rfc4180))
            FindingsCSV.writeRows(Self.findings, dialect: .rfc4180, pieceSize: 500, to: emit)
        }
        #expect(throws: ReportWriteError.self) {
            try ReportWriter(fileSystem: FailingFileSystem(failWritesOf: "findings.csv")).write([file], to: folder)
        }
        #expect(try String(contentsOfFile: folder + "/findings.csv", encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["findings.csv"])
    }

    @Test("two reports at once: the same files as one at a time; a failure leaves the old reports",
          arguments: [1, 2])
    func writtenAtOnce(threads: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("normering-pieces-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = runReports(TroubledFixture.evaluation, importSummary: TroubledFixture.importResult.summary,
                                          settings: ReportSettings(rules: danishRules, formats: [.csv, .text, .json]))
        try ReportWriter().write(files, to: folder, threads: threads)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["findings.csv", "findings.json", "normering.csv", "rejects.csv", "summary.txt"])
        for file in files {
            #expect(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file.name))) == file.bytes, "\(file.name)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/summary.txt"))
        #expect(throws: ReportWriteError.self) {
            try ReportWriter(fileSystem: FailingFileSystem(failWritesOf: "normering.csv"))
                .write(files.map { ReportFile(name: $0.name, bytes: Array("new".utf8)) }, to: folder, threads: threads)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == names)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/summary.txt")) == before)
    }
}
