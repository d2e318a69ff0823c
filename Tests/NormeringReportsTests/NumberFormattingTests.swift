import Testing
@testable import NormeringReports

@Suite struct NumberFormattingTests {
    @Test func aNearTieCountsAsTheTie() {
        // 0.85 × 2 − 1.625 is 0.07499999999999996 in binary.
        let value = 0.85 * 2 - 1.625
        #expect(value < 0.075)
        #expect(FigureFormatting.string(value, decimals: 2) == "0.08")
    }

    @Test(arguments: [
        (0.125, 2, "0.13"), (2.675, 2, "2.68"), (1.005, 2, "1.01"), (0.0005, 3, "0.001"),
        (399_999.5, 0, "400000"), (2.5, 0, "3"), (-2.5, 0, "-3"), (-0.005, 2, "-0.01"),
        (0.07499, 2, "0.07"), (0.0749999, 2, "0.07"), (3.65, 2, "3.65"), (0.7192, 3, "0.719"),
        (27, 0, "27"), (27.5, 2, "27.50"), (0, 2, "0.00"), (1_234_567.891, 2, "1234567.89"),
    ])
    func roundsHalfAwayFromZero(value: Double, decimals: Int, expected: String) {
        #expect(FigureFormatting.string(value, decimals: decimals) == expected)
    }

    @Test(arguments: [-0.0, -0.004, -1e-12, -0.0049999])
    func neverWritesNegativeZero(value: Double) {
        #expect(FigureFormatting.string(value, decimals: 2) == "0.00")
        #expect(FigureFormatting.string(value, decimals: 0) == "0")
    }

    @Test func decimalCommaAndThousandsSeparators() {
        #expect(FigureFormatting.string(0.85, decimals: 3, decimalMark: ",") == "0,850")
        #expect(FigureFormatting.string(1_234_567.5, decimals: 0, groupSeparator: ",") == "1,234,568")
        #expect(FigureFormatting.string(390_000, decimals: 0, decimalMark: ",", groupSeparator: ".") == "390.000")
        #expect(FigureFormatting.string(999, decimals: 0, groupSeparator: ",") == "999")
        #expect(FigureFormatting.string(-1000, decimals: 2, groupSeparator: ",") == "-1,000.00")
    }

    @Test func valuesThatCannotBeRoundedDoNotCrash() {
        #expect(FigureFormatting.string(.nan, decimals: 2) == "")
        #expect(FigureFormatting.string(.infinity, decimals: 2) == "inf")
        #expect(FigureFormatting.scaledRounded(1e300, decimals: 2) == nil)
        #expect(FigureFormatting.string(1e300, decimals: 2).isEmpty == false)
    }

    @Test func thresholdsAndGapsAreWrittenLikeTheExample() {
        // R = 5/3 + (6 + 15/31)/6 of the worked example.
        let required = 5.0 / 3 + (6 + 15.0 / 31) / 6
        #expect(FigureFormatting.string(required, decimals: 2) == "2.75")
        #expect(FigureFormatting.string(0.95 * 25 - 22, decimals: 2) == "1.75")
        #expect(FigureFormatting.string(0.85 * 2 - 1, decimals: 2) == "0.70")
    }
}
