import Foundation
import NormeringCore
import Testing
@testable import NormeringReports

/// CSV written here must read back, field for field, with Python's csv module (a reader
/// many municipalities script with). Skipped, visibly, when `python3` is not installed.
@Suite struct PythonRoundTripTests {
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let awkwardNames = [
        "Comma, Inc.", "Say \"hi\"", "Two\nlines", "Carriage\r\nreturn", "Æblehaven Øst & Å",
        "=SUM(A1:A9)", "+45 12 34", "-dash", "@at", "\ttab", "semi;colon", "", "  spaced  ",
    ]

    static func findings() -> [Finding] {
        awkwardNames.enumerated().map { index, name in
            Finding(period: .month(YearMonth(year: 2025, month: 3)!), scope: .institution, municipality: "657",
                    institutionID: "657-\(100 + index)", institutionName: name, kind: .daycare,
                    ownership: .municipal, district: name, rule: "trained-share", severity: .target, status: .fail,
                    value: 0.7192, valueFormat: .share, threshold: 0.85, gapFTE: 0.6031, source: "kilde, § 1")
        }
    }

    /// Rows as Python reads them, as JSON.
    func readWithPython(_ bytes: [UInt8], dialect: CSVDialect) throws -> [[String]] {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("normering-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("in.csv")
        try Data(bytes).write(to: file)
        let delimiter = dialect == .excelDa ? ";" : ","
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                rows = list(csv.reader(f, delimiter='\(delimiter)'))
            sys.stdout.write(json.dumps(rows))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return try JSONDecoder().decode([[String]].self, from: data)
    }

    @Test(.enabled(if: python != nil, "python3 is not installed"), arguments: CSVDialect.allCases)
    func awkwardNamesSurviveARoundTrip(dialect: CSVDialect) throws {
        let rows = try readWithPython(findingsCSV(Self.findings(), dialect: dialect), dialect: dialect)
        #expect(rows.count == Self.awkwardNames.count + 1)
        #expect(rows.first == FindingsCSV.columns)
        for (row, name) in zip(rows.dropFirst(), Self.awkwardNames) {
            let guarded = dialect == .excelDa && name.first.map { "=+-@\t\r".contains($0) } == true
            let expected = guarded ? "'" + name : name
            #expect(row.count == FindingsCSV.columns.count)
            #expect(row[4] == expected, "institution_name")
            #expect(row[7] == expected, "district")
            #expect(row[12] == (dialect == .excelDa ? "0,719" : "0.719"))
            #expect(row[14] == (dialect == .excelDa ? "0,60" : "0.60"))
            #expect(row[17] == "kilde, § 1")
        }
    }

    @Test(.enabled(if: python != nil, "python3 is not installed"))
    func troubledRejectsSurviveARoundTrip() throws {
        let diagnostics = TroubledFixture.importResult.diagnostics
        let rows = try readWithPython(RejectsCSV.render(diagnostics, dialect: .rfc4180), dialect: .rfc4180)
        #expect(rows.count == diagnostics.count + 1)
        for (row, diagnostic) in zip(rows.dropFirst(), diagnostics) {
            #expect(row[0] == diagnostic.location.file)
            #expect(row[1] == String(diagnostic.location.line))
            #expect(row[6] == CPRMasking.mask(diagnostic.message))
        }
    }
}
