import CFuzzerDriver
import NormeringCore
import NormeringImport

// libFuzzer with Swift is a Linux thing (`-sanitize=fuzzer`): Glibc only.
import Glibc

/// The process's entry point (SwiftPM aliases `main` to `<Target>_main`): libFuzzer's driver,
/// with its usual command line (`ImporterFuzzer CORPUS… -max_total_time=…`).
@_cdecl("ImporterFuzzer_main")
public func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}

/// libFuzzer's entry: the input is one export file, or several separated by `FuzzInput.separator`
/// (so that the join of staffing and enrolment is fuzzed too). Each part is written to a file of
/// its own and the run is imported like `normering validate` would; any broken invariant aborts,
/// which libFuzzer reports as a crash with the input that caused it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let parts = FuzzInput.split(bytes)
    var paths: [String] = []
    for (index, part) in parts.enumerated() {
        let path = FuzzInput.folder + "/part-\(index).xml"
        guard FuzzInput.write(part, to: path) else { FuzzInput.fail("cannot write \(path)") }
        paths.append(path)
    }
    let result = Importer(options: ImportOptions(workers: 1)).gather(files: paths)
    Invariants.check(result, paths: paths)
    if paths.count > 1 {
        // The contract: the result is the same for any worker count.
        let parallel = Importer(options: ImportOptions(workers: 2)).gather(files: paths)
        if parallel.diagnostics != result.diagnostics || parallel.statistics != result.statistics
            || parallel.dataset.institutionMonths != result.dataset.institutionMonths {
            FuzzInput.fail("the result differs between 1 and 2 workers")
        }
    }
    return 0
}

/// How a fuzz input becomes export files.
enum FuzzInput {
    /// Between two files of one input. In the dictionary, so the fuzzer finds it.
    static let separator: [UInt8] = Array("\u{0}@@NEXT-FILE@@\u{0}".utf8)
    /// At most this many files per input.
    static let maximumFiles = 4

    /// A private folder for this process's files: in memory (`/dev/shm`) where there is one.
    static let folder: String = {
        let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        let path = "\(base)/normering-fuzz-\(getpid())"
        mkdir(path, 0o700)
        return path
    }()

    static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + separator.count <= bytes.count, parts.count < maximumFiles - 1 {
            if bytes[index] == separator[0], Array(bytes[index..<(index + separator.count)]) == separator {
                parts.append(Array(bytes[start..<index]))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(Array(bytes[start...]))
        return parts
    }

    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 { if errno == EINTR { continue }; return false }
            written += count
        }
        return true
    }

    static func fail(_ message: String) -> Never {
        let line = Array("ImporterFuzzer: invariant broken: \(message)\n".utf8)
        _ = line.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
        abort()
    }
}
