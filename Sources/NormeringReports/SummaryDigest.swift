import NormeringCore

/// What summary.txt needs of a run's evaluation, gathered one year at a time.
///
/// For now it keeps every evaluation added (so summary.txt is rendered exactly as from the
/// whole run's evaluation); a digest bounded by what the summary shows replaces it.
public struct SummaryDigest: Sendable {
    private var evaluation = Evaluation(findings: [], normering: [], subjectCoverage: [])

    public init() {}

    /// The digest of a whole evaluation.
    public init(_ evaluation: Evaluation) {
        self.evaluation = evaluation
    }

    /// Adds the evaluation of one or more whole calendar years, after those added before.
    public mutating func add(_ later: Evaluation) {
        evaluation.append(contentsOf: later)
    }
}

extension SummaryText {
    /// The file's bytes, from a digest.
    public static func render(digest: SummaryDigest, importSummary: ImportSummary, language: ReportLanguage) -> [UInt8] {
        render(evaluation: digest.evaluationForSummary, importSummary: importSummary, language: language)
    }
}

extension SummaryDigest {
    var evaluationForSummary: Evaluation { evaluation }
}
