import NormeringCore

/// The problems of an import counted by kind (`code`), for the data-quality part of
/// summary.txt and report.html.
struct DiagnosticKind: Sendable, Equatable {
    var code: String
    var errors: Int
    var warnings: Int

    /// One row per code: the most frequent first, ties in code-point order of the code.
    static func counted(_ diagnostics: [Diagnostic]) -> [DiagnosticKind] {
        var byCode: [String: (errors: Int, warnings: Int)] = [:]
        for diagnostic in diagnostics {
            var entry = byCode[diagnostic.code] ?? (0, 0)
            if diagnostic.severity == .error { entry.errors += 1 } else { entry.warnings += 1 }
            byCode[diagnostic.code] = entry
        }
        return byCode.sorted { a, b in
            let x = a.value.errors + a.value.warnings, y = b.value.errors + b.value.warnings
            return x != y ? x > y : a.key.codePointPrecedes(b.key)
        }.map { DiagnosticKind(code: $0.key, errors: $0.value.errors, warnings: $0.value.warnings) }
    }
}
