import Testing
@testable import NormeringCore

@Suite("Console diagnostics: at most 20 of a kind per file")
struct ConsoleDiagnosticsTests {
    func diagnostic(_ file: String, _ line: Int, _ code: String, _ severity: DiagnosticSeverity = .error) -> Diagnostic {
        Diagnostic(location: SourceLocation(file: file, line: line, column: 1), severity: severity, code: code, message: "\(code) \(line)")
    }

    @Test func twentyOrFewerOfAKindArePrintedAsTheyAre() {
        let diagnostics = (1...20).map { diagnostic("a.xml", $0, "overlap") } + (1...20).map { diagnostic("b.xml", $0, "overlap") }
        #expect(ConsoleDiagnostics.lines(diagnostics) == diagnostics.map(\.formatted))
    }

    @Test func moreThanTwentyOfAKindInOneFileAreCutWithACount() {
        // 23 overlaps interleaved with 21 warnings of one code and 2 decimal commas, in line order.
        var diagnostics: [Diagnostic] = []
        for line in 1...25 {
            if line <= 23 { diagnostics.append(diagnostic("a.xml", line, "overlap")) }
            if line <= 21 { diagnostics.append(diagnostic("a.xml", line, "overlap", .warning)) }
            if line <= 2 { diagnostics.append(diagnostic("a.xml", line, "decimal-comma")) }
        }
        diagnostics += (1...3).map { diagnostic("b.xml", $0, "overlap") }
        let lines = ConsoleDiagnostics.lines(diagnostics)
        #expect(lines.filter { $0.hasPrefix("a.xml:") && $0.contains(": error: overlap") }.count == 20)
        #expect(lines.filter { $0.hasPrefix("a.xml:") && $0.contains(": warning: overlap") }.count == 20)
        #expect(lines.filter { $0.contains("decimal-comma") }.count == 2)
        #expect(lines.filter { $0.hasPrefix("b.xml:") }.count == 3)
        // The count follows the last one shown of its kind.
        let errorCut = lines.firstIndex(of: "a.xml: … and 3 more like this (overlap)")
        #expect(errorCut.map { lines[$0 - 1] } == "a.xml:20:1: error: overlap 20")
        let warningCut = lines.firstIndex(of: "a.xml: … and 1 more like this (overlap)")
        #expect(warningCut.map { lines[$0 - 1] } == "a.xml:20:1: warning: overlap 20")
        #expect(lines.count == 20 + 20 + 2 + 3 + 2)
        // Otherwise in the run's order.
        let shown = lines.filter { !$0.contains("more like this") }
        #expect(shown == diagnostics.map(\.formatted).filter { shown.contains($0) })
    }

    @Test func theLimitCanBeGiven() {
        let diagnostics = (1...5).map { diagnostic("a.xml", $0, "overlap") }
        #expect(ConsoleDiagnostics.lines(diagnostics, limit: 2) == [
            "a.xml:1:1: error: overlap 1", "a.xml:2:1: error: overlap 2", "a.xml: … and 3 more like this (overlap)",
        ])
    }
}
