import Testing
@testable import NormeringReports

@Suite struct CPRMaskingTests {
    @Test(arguments: [
        ("CPR 100823-4321 is bad", "CPR 100823-**** is bad"),
        ("1008234321", "100823-****"),
        ("(1008234321)", "(100823-****)"),
        ("already 100823-**** masked", "already 100823-**** masked"),
        ("replacement 6108234321", "replacement 610823-****"),
    ])
    func masksCPRNumbers(input: String, expected: String) {
        #expect(CPRMasking.mask(input) == expected)
    }

    @Test(arguments: ["E17", "12345678901", "9999999999", "phone 40 12 34 56", "2025-02-30", "bytes 183422000"])
    func leavesOtherNumbersAlone(input: String) {
        #expect(CPRMasking.mask(input) == input)
    }

    @Test func rejectsMaskWhatSlippedThrough() {
        let bytes = RejectsCSV.render(TroubledFixture.importResult.diagnostics, dialect: .rfc4180)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("4321"))
        #expect(text.contains("100823-****"))
    }
}
