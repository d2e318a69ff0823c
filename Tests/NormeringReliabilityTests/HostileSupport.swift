import Foundation
import NormeringCore
import NormeringImport

#if canImport(Glibc)
import Glibc
import NormeringTestSupport
#endif

/// The hostile corpus, copied into the test bundle.
let hostileRoot: String = {
    guard let url = Bundle.module.url(forResource: "Hostile", withExtension: nil) else {
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Hostile").path
    }
    return url.path
}()

/// The built `normering` executable: next to the test bundle's resources, in the products folder
/// of whatever scratch path the tests were built with (`.build/debug`, `.build-asan/debug`, …).
let normeringExecutable: String? = {
    var candidates: [URL] = []
    if let resources = Bundle.module.resourceURL { candidates.append(resources.deletingLastPathComponent()) }
    candidates.append(Bundle.module.bundleURL.deletingLastPathComponent())
    if let main = Bundle.main.executableURL { candidates.append(main.deletingLastPathComponent()) }
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../.build/debug").standardizedFileURL)
    for folder in candidates {
        let path = folder.appendingPathComponent("normering").path
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}()

/// What a run of the executable did.
struct ProcessOutcome {
    var status: Int32
    var standardOutput: String
    var standardError: String
    var seconds: Double
    /// The watchdog killed it.
    var timedOut: Bool

    /// Standard output's lines without the closing tally.
    var problemLines: [String] {
        let lines = standardOutput.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        return Array(lines.dropLast())
    }
}

enum ToolError: Error, CustomStringConvertible {
    case noExecutable, noOutputFiles
    var description: String {
        switch self {
        case .noExecutable: "the normering executable was not found next to the test bundle"
        case .noOutputFiles: "cannot make files for the output of normering"
        }
    }
}

/// How much longer the watchdog waits than it says: `scripts/sanitizers.sh` sets
/// `NORMERING_TEST_TIME_SCALE` because a sanitized build runs several times slower, and the
/// whole suite runs at once beside it. A hang still hangs at any scale.
let watchdogScale: Double = {
    guard let text = ProcessInfo.processInfo.environment["NORMERING_TEST_TIME_SCALE"],
          let scale = Double(text), scale >= 1 else { return 1 }
    return scale
}()

/// Runs `normering ARGUMENTS` with a watchdog: after `timeout` seconds (times `watchdogScale`)
/// it is killed and the outcome says so. Output goes through files (no pipe can fill up and
/// block the child).
func runNormering(_ arguments: [String], timeout: Double = 10) throws -> ProcessOutcome {
    let timeout = timeout * watchdogScale
    guard let executable = normeringExecutable else { throw ToolError.noExecutable }
    let folder = try TemporaryFolder(prefix: "run")
    defer { folder.remove() }
    let outPath = folder.path + "/stdout"
    let errPath = folder.path + "/stderr"
    guard FileManager.default.createFile(atPath: outPath, contents: nil),
          FileManager.default.createFile(atPath: errPath, contents: nil) else { throw ToolError.noOutputFiles }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    defer { try? out.close(); try? err.close() }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let start = Date()
    try process.run()
    var timedOut = false
    while process.isRunning {
        if Date().timeIntervalSince(start) > timeout {
            timedOut = true
            process.terminate()
            let killAt = Date()
            while process.isRunning, Date().timeIntervalSince(killAt) < 2 { usleep(10_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            break
        }
        usleep(5_000)
    }
    process.waitUntilExit()
    let seconds = Date().timeIntervalSince(start)
    let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "<not UTF-8>"
    let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "<not UTF-8>"
    return ProcessOutcome(status: process.terminationStatus, standardOutput: stdout, standardError: stderr,
                          seconds: seconds, timedOut: timedOut)
}

/// A fresh folder under the system's temporary folder.
struct TemporaryFolder {
    let path: String

    init(prefix: String) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("normering-reliability-\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func remove() {
        // Make everything removable again (a test may have taken permissions away).
        if let names = FileManager.default.enumerator(atPath: path) {
            for case let name as String in names { chmod(path + "/" + name, 0o755) }
        }
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Where the importer must never go: a marker file with unique content (an XXE target), and a
/// TCP listener on 127.0.0.1 (for http entities, external DTDs, remote schema locations).
final class Traps {
    let folder: TemporaryFolder
    let markerPath: String
    let markerContent: String
    let port: Int
    private let listener: Int32

    init() throws {
        folder = try TemporaryFolder(prefix: "traps")
        markerContent = "normering-marker-\(UUID().uuidString)"
        markerPath = try folder.write("secret.txt", markerContent + "\n")
        (listener, port) = try Self.listen()
        _ = fcntl(listener, F_SETFL, fcntl(listener, F_GETFL) | O_NONBLOCK)
    }

    /// A listening socket on 127.0.0.1 with a free port.
    private static func listen() throws -> (Int32, Int) {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw TrapError.socket }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(listener, 16) == 0 else { close(listener); throw TrapError.socket }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        return (listener, Int(UInt16(bigEndian: address.sin_port)))
    }

    deinit {
        close(listener)
        folder.remove()
    }

    enum TrapError: Error { case socket }

    /// Connections that arrived since the last call (each one a failure of the importer).
    func connections() -> Int {
        var count = 0
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return count }
            close(connection)
            count += 1
        }
    }

    /// A corpus file with `@PORT@` and `@MARKER@` filled in: written to the traps' folder when
    /// it has them, else the bundle's own path.
    func materialise(_ name: String, marker: String? = nil) throws -> String {
        let source = hostileRoot + "/" + name
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: source)))
        guard bytes.containsSequence(Array("@PORT@".utf8)) || bytes.containsSequence(Array("@MARKER@".utf8)) else {
            return source
        }
        var text = String(decoding: bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "@PORT@", with: String(port))
        text = text.replacingOccurrences(of: "@MARKER@", with: marker ?? markerPath)
        return try folder.write(UUID().uuidString + "-" + name, text)
    }
}

extension Array where Element == UInt8 {
    func containsSequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if Array(self[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}

/// Ten ASCII digits in a row, or six, a dash and four, with no digit on either side: an
/// unmasked CPR number.
func containsCPRNumber(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57 }
    var index = 0
    while index < bytes.count {
        guard isDigit(index), !isDigit(index - 1) else { index += 1; continue }
        var end = index
        while isDigit(end) { end += 1 }
        if end - index == 10 { return true }
        if end - index == 6, end < bytes.count, bytes[end] == UInt8(ascii: "-") {
            var tail = end + 1
            while isDigit(tail) { tail += 1 }
            if tail - end - 1 == 4 { return true }
        }
        index = end
    }
    return false
}

/// A problem line of `normering validate` split up: `FILE:LINE:COLUMN: severity: message`
/// for a file of `paths`; `nil` when the line is not of that form.
func parseProblemLine(_ line: String, paths: [String]) -> (file: String, line: Int, column: Int, severity: String, message: String)? {
    for path in paths.sorted(by: { $0.count > $1.count }) where line.hasPrefix(path + ":") {
        let rest = line.dropFirst(path.count + 1)
        let parts = rest.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, let number = Int(parts[0]), let column = Int(parts[1]) else { return nil }
        let severity = parts[2].trimmingCharacters(in: .whitespaces)
        guard severity == "error" || severity == "warning", parts[3].hasPrefix(" "), parts[3].count > 1 else { return nil }
        return (path, number, column, severity, String(parts[3].dropFirst()))
    }
    return nil
}

extension ImportStatistics {
    /// Every record read is used, ignored or rejected.
    var addsUp: Bool { recordsRead == recordsUsed + recordsIgnored + recordsRejected }
}

extension ImportResult {
    /// Records in the dataset (equal to `statistics.recordsUsed`).
    var datasetRecordCount: Int {
        dataset.institutionMonths.reduce(0) { $0 + $1.employees.count + $1.children.count + $1.classes.count + $1.sfoPupils.count }
    }

    var errorCodes: [String] { diagnostics.filter { $0.severity == .error }.map(\.code) }
}

/// Imports `paths` with the library, one worker unless told.
func importFiles(_ paths: [String], workers: Int = 1) -> ImportResult {
    Importer(options: ImportOptions(workers: workers)).gather(files: paths)
}

/// The library's invariants for any input: counts add up, every diagnostic has a position in one
/// of the files and stays on one line, no unmasked CPR number. Returns what is wrong.
func invariantProblems(_ result: ImportResult, paths: [String]) -> [String] {
    var problems: [String] = []
    let statistics = result.statistics
    if !statistics.addsUp { problems.append("records do not add up: \(statistics)") }
    if statistics.filesRead != Set(paths).count { problems.append("\(statistics.filesRead) files read of \(paths.count)") }
    if result.datasetRecordCount != statistics.recordsUsed {
        problems.append("\(result.datasetRecordCount) records in the dataset, \(statistics.recordsUsed) used")
    }
    if (statistics.filesRejected > 0 || statistics.recordsRejected > 0) && !result.hasErrors {
        problems.append("rejected without an error: \(statistics)")
    }
    for diagnostic in result.diagnostics {
        let line = diagnostic.formatted
        if !paths.contains(diagnostic.location.file) { problems.append("not in a file of the run: \(line)") }
        if diagnostic.location.line < 0 || diagnostic.location.column < 0 { problems.append("negative position: \(line)") }
        if line.contains(where: \.isNewline) { problems.append("more than one line: \(line)") }
        if containsCPRNumber(String(line.dropFirst(diagnostic.location.file.utf8.count))) {
            problems.append("unmasked CPR number: \(line)")
        }
    }
    return problems
}
