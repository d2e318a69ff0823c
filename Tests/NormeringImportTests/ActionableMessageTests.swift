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
