import Testing
@testable import NormeringCore

@Suite("Ordering, diagnostics and exit status")
struct OrderingAndStatusTests {
    @Test func codePointOrderIsByteOrderNotCanonicalOrder() {
        #expect("Z".codePointPrecedes("a"))
        #expect("Å".codePointPrecedes("å"))
        #expect("Ø".codePointPrecedes("Å") == false)  // U+00D8 after U+00C5
        #expect("Imports/2025-03.xml".codePointPrecedes("Imports/2025-03/a.xml"))
        #expect(!"abc".codePointPrecedes("abc"))
    }

    @Test("code-point order equals UTF-8 byte order on every pair of a grid of awkward strings")
    func codePointOrderEqualsByteOrder() {
        let pieces = ["", "a", "A", "å", "a\u{30A}", "ø", "Ø", "z", "1", "-", "€", "😀", "\u{FFFD}", "aa", "longer than fifteen bytes"]
        let strings = pieces.flatMap { x in pieces.map { x + $0 } }
        for x in strings {
            for y in strings {
                #expect(x.codePointPrecedes(y) == Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8)), "\(x) < \(y)")
            }
        }
    }

    @Test func diagnosticIsFormattedAsACompilerWould() {
        let d = Diagnostic(
            location: SourceLocation(file: "Imports/a.xml", line: 12, column: 7), severity: .error,
            institutionID: "657-101", recordID: "E1003", code: "decimal-comma",
            message: #"hours "37,5": use a dot as decimal mark (37.5)"#)
        #expect(d.formatted == #"Imports/a.xml:12:7: error: institution 657-101, E1003: hours "37,5": use a dot as decimal mark (37.5)"#)
        let fileLevel = Diagnostic(location: SourceLocation(file: "b.xml", line: 1, column: 0),
                                   severity: .warning, code: "x", message: "m")
        #expect(fileLevel.formatted == "b.xml:1:0: warning: m")
    }

    private func finding(_ severity: Severity, _ status: FindingStatus) -> Finding {
        Finding(period: .year(2025), scope: .municipality, municipality: "657", rule: "minimum-staffing",
                severity: severity, status: status, value: 1, valueFormat: .twoDecimals, source: "s")
    }

    @Test func exitStatusFollowsRulesSection4() {
        let legalFail = [finding(.legal, .fail), finding(.target, .pass)]
        let targetFail = [finding(.legal, .pass), finding(.target, .fail)]
        let infoFail = [finding(.info, .fail)]
        #expect(ExitStatus.of(findings: legalFail, inputHadErrors: false, allowRejects: false, failOn: .legal) == .failed)
        #expect(ExitStatus.of(findings: targetFail, inputHadErrors: false, allowRejects: false, failOn: .legal) == .success)
        #expect(ExitStatus.of(findings: targetFail, inputHadErrors: false, allowRejects: false, failOn: .target) == .failed)
        #expect(ExitStatus.of(findings: infoFail, inputHadErrors: false, allowRejects: false, failOn: .target) == .success)
        #expect(ExitStatus.of(findings: legalFail, inputHadErrors: false, allowRejects: false, failOn: .never) == .success)
        // 2 wins over 1; --allow-rejects lets the rules decide.
        #expect(ExitStatus.of(findings: legalFail, inputHadErrors: true, allowRejects: false, failOn: .legal) == .inputOrUsage)
        #expect(ExitStatus.of(findings: legalFail, inputHadErrors: true, allowRejects: true, failOn: .legal) == .failed)
        #expect(ExitStatus.of(findings: [], inputHadErrors: true, allowRejects: true, failOn: .legal) == .success)
    }

    @Test func findingsSortInReportOrder() {
        var a = finding(.info, .pass); a.period = .month(YearMonth(year: 2025, month: 3)!); a.scope = .class; a.unit = "4A"
        var b = a; b.unit = "1A"
        var c = a; c.scope = .institution; c.rule = "a"
        let d = finding(.legal, .pass)
        let sorted = Evaluation(findings: [c, a, d, b], normering: [], subjectCoverage: []).findings
        #expect(sorted == [d, b, a, c])
    }
}
