import NormeringCore

/// A diagnostic with the order in which it was found in its file, so that a run's
/// diagnostics sort by file, line, then order found, whatever the worker count.
struct FoundDiagnostic: Sendable {
    var diagnostic: Diagnostic
    /// Order found within the file; the join's diagnostics come after the reading's.
    var sequence: Int

    /// A diagnostic whose ids and message are scrubbed of CPR-shaped numbers and kept on one line.
    init(_ severity: DiagnosticSeverity, _ problem: Problem, at location: SourceLocation,
         institutionID: String, recordID: String, sequence: Int) {
        diagnostic = Diagnostic(
            location: location, severity: severity, institutionID: CPRNumber.scrub(institutionID).escapingLineBreaks(),
            recordID: CPRNumber.scrub(recordID).escapingLineBreaks(), code: problem.code,
            message: CPRNumber.scrub(problem.message).escapingLineBreaks())
        self.sequence = sequence
    }
}

extension String {
    /// On one line: line breaks, tabs and other control characters (which values can hold, as
    /// `&#10;` or in text) written as `\n`, `\r`, `\t`, `\u{…}`, so that a message stays one line of
    /// `normering validate`'s output.
    func escapingLineBreaks() -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
        }
        guard unicodeScalars.contains(where: needsEscape) else { return self }
        var escaped = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            guard needsEscape(scalar) else {
                escaped.append(scalar)
                continue
            }
            switch scalar {
            case "\n": escaped.append(contentsOf: "\\n".unicodeScalars)
            case "\r": escaped.append(contentsOf: "\\r".unicodeScalars)
            case "\t": escaped.append(contentsOf: "\\t".unicodeScalars)
            default: escaped.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            }
        }
        return String(escaped)
    }
}

/// What one export file holds once read on its own, before the join: its records as columns,
/// the accepted `<institution>` elements naming their ranges, and its problems.
struct ParsedFile: Sendable {
    /// The path as the run found it.
    var path: String
    /// The file's position in the run's reading order.
    var fileIndex = 0
    /// The root: kind, municipality and period; `nil` when the file contributes nothing.
    var header: ExportHeader?
    /// A file rejected as a whole after its root was read (cut off, say): the root, so that the
    /// join need not warn about the side of the period that this file was to give.
    var droppedHeader: ExportHeader?
    /// The accepted records of the file's accepted institution elements.
    var records = RecordTable()
    /// Institution elements that passed their own checks, in reading order.
    var institutions: [ParsedInstitution] = []
    /// Problems found while reading (record warnings that a join-time rejection could still
    /// cancel travel with their records instead).
    var diagnostics: [FoundDiagnostic] = []
    /// Files, bytes, records read; records rejected while reading (used and ignored are
    /// settled by the join).
    var statistics = ImportStatistics()
    /// The root's period lay outside the run's periods: the file is not counted at all.
    var skipped = false
}

/// The root element of an export.
struct ExportHeader: Sendable, Hashable {
    var kind: ExportKind
    var municipality: String
    var period: YearMonth
}

/// One accepted `<institution>` element: its attributes, and the ranges of its accepted
/// records in the file's `RecordTable` (a child's `minder` there is the attribute as written:
/// the join keeps it once the minder is known to be an employee).
struct ParsedInstitution: Sendable {
    var id: String
    /// As written (not trimmed).
    var name: String
    var kind: InstitutionKind
    var ownership: Ownership
    /// Trimmed; `nil` when absent or blank.
    var district: String?
    var location: SourceLocation
    var export: ExportKind
    var employees: Range<Int>
    var children: Range<Int>
    var classes: Range<Int>
    var pupils: Range<Int>
    /// Warnings of employees, by index in the file's records, ascending: reported unless the
    /// join rejects the record.
    var employeeWarnings: [(index: Int, warning: FoundDiagnostic)] = []
    /// Warnings of children, by index in the file's records, ascending.
    var childWarnings: [(index: Int, warning: FoundDiagnostic)] = []
    /// Records that do not touch the period (warned about, counted nowhere).
    var ignoredCount = 0
    /// Diagnostics made later (in the join) belong to this file.
    var fileIndex = 0

    var acceptedRecordCount: Int { employees.count + children.count + classes.count + pupils.count }
}
