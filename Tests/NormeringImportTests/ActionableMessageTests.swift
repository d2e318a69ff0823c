import Foundation
import NormeringCore
import Testing
@testable import NormeringImport
import NormeringTestSupport

/// reports-and-cli.md, "Messages a person can act on": what the importer says when a file
/// cannot be read as an export.
@Suite("Messages a person can act on")
struct ActionableMessageTests {
    /// The one diagnostic of a file that must give exactly one.
    func onlyDiagnostic(_ relative: String) throws -> Diagnostic {
        let result = importFixtures([relative])
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.formatted))")
        #expect(result.statistics.filesRejected == 1)
        #expect(result.statistics.addsUp)
        return try #require(result.diagnostics.first)
    }

    // MARK: - Not XML at all

    @Test("a file that is not XML says what it looks like", arguments: [
        ("messages/csv-renamed.xml",
         #"this looks like a CSV file (text with semicolons, first line "institution_id;navn;børn under 3;børn ov…"), not an XML export"#),
        ("messages/spreadsheet.xml",
         #"this looks like a spreadsheet (.xlsx) or another ZIP archive (it begins with "PK"), not an XML export"#),
        ("messages/report.xml", #"this looks like a PDF document (it begins with "%PDF"), not an XML export"#),
        ("wellformed/empty.xml", "the file is empty (0 bytes), not an XML export"),
    ])
    func notXML(file: String, message: String) throws {
        let diagnostic = try onlyDiagnostic(file)
        #expect(diagnostic.message == message)
        #expect(diagnostic.code == "not-well-formed" && diagnostic.severity == .error)
        #expect(diagnostic.location.line == 1 && diagnostic.location.column == 1)
    }

    @Test func aCPRNumberOnTheFirstLineIsMaskedWhenQuoted() throws {
        let diagnostic = try onlyDiagnostic("messages/csv-with-cpr.xml")
        #expect(diagnostic.message == #"this looks like a CSV file (text with commas, first line "020422-****,Anna Ærø Jensen,Børnehuset M…"), not an XML export"#)
        #expect(!diagnostic.formatted.contains("0204224234"))
    }

    @Test func theQuotedStartNeverEndsInACutNumber() {
        // A CPR number across the cut: masked before it is cut.
        let cpr = Array((String(repeating: "a", count: 30) + "0204224234;x").utf8)
        #expect(FileStart.quotedStart(of: cpr) == "\"" + String(repeating: "a", count: 30) + "020422-***…\"")
        // A long number cut at 40 characters: the cut run of digits is dropped.
        let long = Array((String(repeating: "b", count: 35) + "123456789012345").utf8)
        #expect(FileStart.quotedStart(of: long) == "\"" + String(repeating: "b", count: 35) + "…\"")
        #expect(FileStart.quotedStart(of: Array("Børn".utf8)) == "\"Børn\"")
        #expect(FileStart.quotedStart(of: [0x42, 0xF8, 0x72, 0x6E]) == "\"Børn\"") // Latin-1
    }

    @Test func whatAFileLooksLikeFromItsFirstBytes() {
        func looks(_ bytes: [UInt8]) -> String? { FileStart(bytes).notXMLDescription }
        #expect(looks(Array("<?xml version=\"1.0\"?><staffing/>".utf8)) == nil)
        #expect(looks([0xEF, 0xBB, 0xBF] + Array("  <staffing/>".utf8)) == nil)
        #expect(looks([0xFF, 0xFE, 0x3C, 0x00]) == nil) // UTF-16 with a mark: the parser's business
        #expect(looks(Array("   \n".utf8)) == nil) // blank: the parser says there is no root
        #expect(looks([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])?.contains("old Excel") == true)
        #expect(looks([0x1F, 0x8B, 8, 0])?.contains("gzip") == true)
        #expect(looks(Array("{\"staffing\": []}".utf8))?.contains("JSON") == true)
        #expect(looks(Array("Staffing for March\nE1 37 hours\n".utf8)) == #"this is text, not an XML export, which begins with "<" (first line "Staffing for March")"#)
        #expect(looks([0x3C, 0x00, 0x73, 0x00])?.contains("it looks like UTF-16") == true)
        #expect(looks([0x01, 0x02, 0x03, 0x00, 0x3C])?.contains("not a text file") == true)
    }

    // MARK: - Encoding

    @Test func undeclaredWindows1252NamesTheEncodingAndHowToDeclareAnother() throws {
        let diagnostic = try onlyDiagnostic("messages/windows-1252-undeclared.xml")
        #expect(diagnostic.message == "the file is read as UTF-8 (it declares no encoding), but byte 0xF8 at line 2 is not UTF-8 "
            + #"(in Windows-1252 it is "ø"); if the file is Windows-1252 or ISO-8859-1, begin it with "#
            + #"<?xml version="1.0" encoding="windows-1252"?>"#)
        #expect(diagnostic.location.line == 2)
    }

    @Test func latin1DeclaredAsUTF8SaysToChangeTheDeclaration() throws {
        let diagnostic = try onlyDiagnostic("messages/latin1-declared-utf8.xml")
        #expect(diagnostic.message.hasPrefix("the file is read as UTF-8, as its declaration says, but byte 0xF8 at line 3 is not UTF-8"))
        #expect(diagnostic.message.hasSuffix(#"change its declaration to <?xml version="1.0" encoding="windows-1252"?>"#))
    }

    /// The advice works: the same bytes with the suggested declaration read, letters intact.
    @Test func theSuggestedDeclarationReadsTheFile() throws {
        let folder = NSTemporaryDirectory() + uniqueName("normering-cp1252")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: fixture("messages/windows-1252-undeclared.xml")))
        let path = folder + "/declared.xml"
        try (Data(#"<?xml version="1.0" encoding="windows-1252"?>"#.utf8) + Data([0x0A]) + bytes).write(to: URL(fileURLWithPath: path))
        let result = Importer(options: ImportOptions(workers: 1)).gather(files: [path])
        #expect(result.diagnostics.map(\.code) == ["missing-enrolment"])
        #expect(result.institution("657-101")?.name == "Børnehuset Mælkebøtten")
    }

    @Test func theFirstInvalidUTF8Byte() {
        func first(_ bytes: [UInt8]) -> InvalidUTF8? { InvalidUTF8.first(in: bytes) }
        #expect(first(Array("a\nBørnehuset 𝄞 €\n".utf8)) == nil)
        #expect(first(Array("a\nb\nB".utf8) + [0xF8, 0x72]) == InvalidUTF8(byte: 0xF8, line: 3))
        #expect(first([0x41, 0xC0, 0xAF]) == InvalidUTF8(byte: 0xC0, line: 1)) // overlong
        #expect(first([0x41, 0xED, 0xA0, 0x80]) == InvalidUTF8(byte: 0xED, line: 1)) // surrogate
        #expect(first([0x41, 0xF4, 0x90, 0x80, 0x80]) == InvalidUTF8(byte: 0xF4, line: 1)) // above U+10FFFF
        #expect(first([0x0A, 0x41, 0xC3]) == InvalidUTF8(byte: 0xC3, line: 2)) // cut at the end
    }

    /// A file read in pieces: a letter split across two pieces is valid; the bad byte's line is
    /// counted across pieces; nothing is reported past the line asked about.
    @Test func theFirstInvalidUTF8ByteOfALargeFile() throws {
        let folder = NSTemporaryDirectory() + "normering-utf8-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var bytes = [UInt8](repeating: 0x61, count: 64 * 1024 - 1) + Array("ø\n".utf8) // ø across the first piece's end
        bytes += Array(repeating: Array("line\n".utf8), count: 20_000).flatMap { $0 }
        bytes += [0x42, 0xE6, 0x0A]
        let path = folder + "/large.xml"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(InvalidUTF8.first(inFileAt: path, throughLine: .max) == InvalidUTF8(byte: 0xE6, line: 20_002))
        #expect(InvalidUTF8.first(inFileAt: path, throughLine: 100) == nil)
    }

    // MARK: - Cut off

    @Test func aCutOffFileNamesTheOpenElementsAndGivesOneError() throws {
        let diagnostic = try onlyDiagnostic("messages/cut-in-employee.xml")
        #expect(diagnostic.message == "the file ends before </employee> (opened at line 5, column 74), </institution> and "
            + "</staffing>; it looks cut off — export it again")
        #expect(diagnostic.location.line == 7)
        #expect(importFixtures(["messages/cut-in-employee.xml"]).statistics.recordsRejected == 2)
    }

    @Test func cutOffTextForOneAndTwoOpenElements() {
        let staffing = OpenElement(name: "staffing", line: 2, column: 80)
        let institution = OpenElement(name: "institution", line: 790, column: 3)
        #expect(ParseFailure.cutOff([staffing]) == "the file ends before </staffing> (opened at line 2, column 80); it looks cut off — export it again")
        #expect(ParseFailure.cutOff([institution, staffing])
            == "the file ends before </institution> (opened at line 790, column 3) and </staffing>; it looks cut off — export it again")
    }
}
