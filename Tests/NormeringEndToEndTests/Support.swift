import Foundation
import NormeringPipeline
import NormeringReports

/// The repository's top folder (this file is in Tests/NormeringEndToEndTests/).
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The folder of the worked examples, copied from the specification.
let examplesRoot = repositoryRoot.appendingPathComponent("Tests/NormeringEndToEndTests/Examples")

/// The built `normering` executable, next to the test bundle.
let executable: URL = {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let beside = products.appendingPathComponent("normering")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return repositoryRoot.appendingPathComponent(".build/debug/normering")
}()

/// What a run of the executable did.
struct ProcessOutcome {
    var status: Int32
    var standardOutput: String
    var standardError: String
}

/// Runs the executable with `arguments` in `directory`, with a watchdog.
func runNormering(_ arguments: [String], in directory: URL = repositoryRoot, timeout: TimeInterval = 120) throws -> ProcessOutcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()
    return ProcessOutcome(status: process.terminationStatus,
                          standardOutput: String(decoding: outData, as: UTF8.self),
                          standardError: String(decoding: errData, as: UTF8.self))
}

/// A new empty temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("normering-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs `check` as the executable does: the year-by-year reports drafted in a temporary
/// folder as each year is done, the others committed beside them. The outcome's `reports`
/// are every report written, read back from the folder (which is then removed).
func runCheck(_ check: CheckRun, files: [String]) throws -> CheckRun.Outcome {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let draft = try ReportWriter().begin(in: folder.path, drafting: check.yearlyReportNames)
    var outcome = check.run(files: files, writingTo: draft)
    guard outcome.noData == nil else {
        draft.abandon()
        return outcome
    }
    try draft.commit(outcome.reports, removing: ReportRenderer.allFileNames)
    let names = ReportDraft.inReportOrder(check.yearlyReportNames + outcome.reports.map(\.name))
    outcome.reports = try names.map { name in
        ReportFile(name: name, bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
    }
    return outcome
}
