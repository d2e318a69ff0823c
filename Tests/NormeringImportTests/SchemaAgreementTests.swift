import Foundation
import NormeringCore
import Testing
@testable import NormeringImport
import NormeringTestSupport

/// `xmllint` on the PATH, if installed (package libxml2-utils).
private let xmllint: String? = {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return folders.map { "\($0)/xmllint" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}()

/// Schema/normering-export-1.xsd of this package.
private let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Schema/normering-export-1.xsd").path

/// What xmllint says of one file.
private struct SchemaVerdict {
    var valid: Bool
    /// Lines of "Schemas validity error"s.
    var invalidLines: [Int]
    /// A parser or namespace error: not (namespace-)well-formed.
    var notWellFormed: Bool
}

private func validate(_ path: String, with xmllint: String) throws -> SchemaVerdict {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = ["--noout", "--nonet", "--schema", schema, path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    var lines: [Int] = []
    var notWellFormed = false
    for line in text.split(separator: "\n") where line.hasPrefix(path + ":") {
        let rest = line.dropFirst(path.count + 1)
        if line.contains("parser error") || line.contains("namespace error") { notWellFormed = true }
        if line.contains("Schemas validity error"), let number = Int(rest.prefix { $0.isNumber }) { lines.append(number) }
    }
    return SchemaVerdict(valid: process.terminationStatus == 0, invalidLines: lines, notWellFormed: notWellFormed)
}

/// Every fixture but the DOCTYPE documents (xmllint would read their DTDs).
private func schemaFixtures() throws -> [String] {
    try ExportFinder.find([fixtureRoot]).filter { !$0.contains("/security/") }
}

@Suite("The XSD and the importer agree", .enabled(if: xmllint != nil, "xmllint is not installed (apt-get install libxml2-utils): XSD agreement not checked"))
struct SchemaAgreementTests {
    @Test func whatTheSchemaRejectsTheImporterRejects() throws {
        let xmllint = try #require(xmllint)
        let files = try schemaFixtures()
        #expect(files.count >= 20)
        var rejectedBySchema = 0
        for file in files {
            let verdict = try validate(file, with: xmllint)
            let result = Importer(options: ImportOptions(workers: 1)).gather(files: [file])
            let errors = result.diagnostics.filter { $0.severity == .error }
            guard !verdict.valid else { continue }
            rejectedBySchema += 1
            #expect(!errors.isEmpty, "\(file): the XSD rejects it, the importer does not")
            if verdict.notWellFormed {
                #expect(errors.contains { $0.code == "not-well-formed" }, "\(file)")
            }
            for line in verdict.invalidLines {
                // The record at that line is rejected: an error on that line, or the element
                // holding it (an institution or the file) dropped by an earlier error.
                let covered = errors.contains { $0.location.line == line }
                    || errors.contains { $0.location.line < line && $0.recordID.isEmpty && $0.code != "unexpected-text" }
                #expect(covered, "\(file):\(line): the XSD rejects this line, the importer does not")
            }
        }
        #expect(rejectedBySchema >= 15)
    }

    @Test func validExportsPassBoth() throws {
        let xmllint = try #require(xmllint)
        let files = try ExportFinder.find([fixture("xsd-good"), fixture("example"), fixture("root/empty-month.xml"),
                                           fixture("encoding/enrolment-latin1.xml"), fixture("join/2025-03.xml"),
                                           fixture("join/2025-03/a-staffing.xml"), fixture("join/2025-03/b-staffing.xml")])
        #expect(files.count == 9)
        for file in files {
            #expect(try validate(file, with: xmllint).valid, "\(file): the XSD rejects a valid export")
            let result = Importer(options: ImportOptions(workers: 1)).gather(files: [file])
            let errors = result.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(file): \(errors.map(\.formatted))")
        }
    }
}
