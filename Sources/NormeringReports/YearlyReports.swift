import NormeringCore

/// The reports written a year at a time — findings.csv and normering.csv (format `csv`) and
/// findings.json (`json`): each year's rows are rendered as soon as the year is evaluated
/// and handed on, so that a run need not keep any year's findings after it. Their rows are
/// sorted by period first, so a file is its header followed by the years in ascending order.
///
/// `start`, then `add` for each year's evaluation in ascending order, then `finish`; each
/// hands its bytes to `emit` with the report's file name, in pieces of at most about 1 MB.
/// Instead of the last `add` and `finish`, `remainder(after:)` gives the rest as report
/// files, to be written beside the other reports at the end of a run.
public struct YearlyReports: Sendable {
    public let settings: ReportSettings
    /// The reports rendered here, in the order of `ReportRenderer.allFileNames`.
    public let fileNames: [String]
    /// Threads that render findings.csv's rows at once.
    public let threads: Int
    private var anyFinding = false

    /// The reports of `settings`; findings.csv's rows rendered on up to `threads` at once.
    public init(settings: ReportSettings, threads: Int = 1) {
        self.settings = settings
        self.threads = threads
        var names: [String] = []
        if settings.formats.contains(.csv) { names += [FindingsCSV.fileName, NormeringCSV.fileName] }
        if settings.formats.contains(.json) { names.append(FindingsJSON.fileName) }
        fileNames = names
    }

    /// Each report's first bytes (byte-order mark and header, or the JSON array's opening).
    public func start(_ emit: (_ name: String, _ bytes: [UInt8]) -> Void) {
        if settings.formats.contains(.csv) {
            emit(FindingsCSV.fileName, FindingsCSV.header(dialect: settings.dialect))
            emit(NormeringCSV.fileName, NormeringCSV.header(dialect: settings.dialect))
        }
        if settings.formats.contains(.json) { emit(FindingsJSON.fileName, FindingsJSON.opening) }
    }

    /// The rows of one or more whole years (after those added before); of report `only`
    /// alone when it is given.
    public mutating func add(_ evaluation: Evaluation, only: String? = nil,
                             _ emit: (_ name: String, _ bytes: [UInt8]) -> Void) {
        func wanted(_ name: String) -> Bool { fileNames.contains(name) && (only == nil || only == name) }
        if wanted(FindingsCSV.fileName) {
            FindingsCSV.writeRows(evaluation.findings, dialect: settings.dialect, threads: threads) {
                emit(FindingsCSV.fileName, $0)
            }
        }
        if wanted(NormeringCSV.fileName) {
            NormeringCSV.writeRows(evaluation.normering, dialect: settings.dialect) { emit(NormeringCSV.fileName, $0) }
        }
        if wanted(FindingsJSON.fileName) {
            FindingsJSON.writeObjects(evaluation.findings, first: !anyFinding) { emit(FindingsJSON.fileName, $0) }
        }
        anyFinding = anyFinding || !evaluation.findings.isEmpty
    }

    /// Each report's last bytes (the JSON array's closing); of report `only` alone when it
    /// is given.
    public func finish(only: String? = nil, _ emit: (_ name: String, _ bytes: [UInt8]) -> Void) {
        if fileNames.contains(FindingsJSON.fileName), only == nil || only == FindingsJSON.fileName {
            emit(FindingsJSON.fileName, FindingsJSON.closing(empty: !anyFinding))
        }
    }

    /// The rest of each report — the rows of `last`, the run's last year(s), and the closing —
    /// as report files to be added to the end of what was written before; each renders
    /// its own part when written, so the parts can be written at once.
    public func remainder(after last: Evaluation) -> [ReportFile] {
        let reports = self
        return fileNames.map { name in
            ReportFile(name: name) { emit in
                var rest = reports
                rest.add(last, only: name) { _, bytes in emit(bytes) }
                rest.finish(only: name) { _, bytes in emit(bytes) }
            }
        }
    }
}
