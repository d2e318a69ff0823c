import NormeringCore

/// The reports written a year at a time — findings.csv and normering.csv (format `csv`) and
/// findings.json (`json`): each year's rows are rendered as soon as the year is evaluated
/// and handed on, so that a run need not keep any year's findings after it. Their rows are
/// sorted by period first, so a file is its header followed by the years in ascending order.
///
/// `start`, then `add` for each year's evaluation in ascending order, then `finish`; each
/// hands its bytes to `emit` with the report's file name, in pieces of at most about 1 MB.
public struct YearlyReports: Sendable {
    public let settings: ReportSettings
    /// The reports rendered here, in the order of `ReportRenderer.allFileNames`.
    public let fileNames: [String]
    private var anyFinding = false

    public init(settings: ReportSettings) {
        self.settings = settings
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

    /// The rows of one or more whole years (after those added before).
    public mutating func add(_ evaluation: Evaluation, _ emit: (_ name: String, _ bytes: [UInt8]) -> Void) {
        if settings.formats.contains(.csv) {
            FindingsCSV.writeRows(evaluation.findings, dialect: settings.dialect) { emit(FindingsCSV.fileName, $0) }
            NormeringCSV.writeRows(evaluation.normering, dialect: settings.dialect) { emit(NormeringCSV.fileName, $0) }
        }
        if settings.formats.contains(.json) {
            FindingsJSON.writeObjects(evaluation.findings, first: !anyFinding) { emit(FindingsJSON.fileName, $0) }
        }
        anyFinding = anyFinding || !evaluation.findings.isEmpty
    }

    /// Each report's last bytes (the JSON array's closing).
    public func finish(_ emit: (_ name: String, _ bytes: [UInt8]) -> Void) {
        if settings.formats.contains(.json) { emit(FindingsJSON.fileName, FindingsJSON.closing(empty: !anyFinding)) }
    }
}
