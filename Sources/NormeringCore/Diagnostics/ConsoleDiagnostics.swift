/// What the console shows of a run's problems (reports-and-cli.md, "Messages a person can act
/// on"): of each kind of problem in one file, the first `limit`, then one line saying how many
/// more there are. rejects.csv keeps every row; `check` and `validate` print these lines.
public enum ConsoleDiagnostics {
    /// Messages of one kind shown per file.
    public static let defaultLimit = 20

    /// The lines to print for `diagnostics`, in their order: each one's `formatted` line, up to
    /// `limit` per file and kind (code and severity); right after the last one shown of a kind
    /// that has more, `FILE: … and N more like this (code)`.
    public static func lines(_ diagnostics: [Diagnostic], limit: Int = defaultLimit) -> [String] {
        struct Kind: Hashable {
            var file: String
            var severity: DiagnosticSeverity
            var code: String
        }
        func kind(_ diagnostic: Diagnostic) -> Kind {
            Kind(file: diagnostic.location.file, severity: diagnostic.severity, code: diagnostic.code)
        }
        var totals: [Kind: Int] = [:]
        for diagnostic in diagnostics { totals[kind(diagnostic), default: 0] += 1 }
        guard totals.values.contains(where: { $0 > limit }) else { return diagnostics.map(\.formatted) }

        var shown: [Kind: Int] = [:]
        var lines: [String] = []
        for diagnostic in diagnostics {
            let key = kind(diagnostic)
            let count = shown[key, default: 0]
            guard count < limit else { continue }
            shown[key] = count + 1
            lines.append(diagnostic.formatted)
            let total = totals[key] ?? 0
            if count + 1 == limit && total > limit {
                lines.append("\(key.file): … and \(total - limit) more like this (\(key.code))")
            }
        }
        return lines
    }
}
