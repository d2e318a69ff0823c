import Foundation
import NormeringCore
import Testing
@testable import NormeringImport

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
