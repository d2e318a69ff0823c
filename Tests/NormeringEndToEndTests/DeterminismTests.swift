import Foundation
import Testing
import NormeringCore
import NormeringImport
import NormeringPipeline
import NormeringSample

/// Same input, same output: across runs, file orderings on disk, and worker counts.
@Suite("Same input, same output")
struct DeterminismTests {
    static func generate(into folder: URL, seed: UInt64 = 7) throws {
        let options = SampleOptions(institutions: 12, schools: 3, months: 3, seed: seed, institutionsPerFile: 4)
        try SampleGenerator(options: options).write(to: folder.path)
    }

    static func reports(_ folder: URL, workers: Int) throws -> [String: [UInt8]] {
        var run = CheckRun(workers: workers)
        run.configuration.formats = [.csv, .text, .json]
        let outcome = try runCheck(run, files: try ExportFinder.find([folder.path]))
        return Dictionary(uniqueKeysWithValues: outcome.reports.map { ($0.name, $0.bytes) })
    }

    @Test func oneAndTwoWorkersAndRepeatedRunsGiveTheSameBytes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.generate(into: folder)
        let one = try Self.reports(folder, workers: 1)
        let two = try Self.reports(folder, workers: 2)
        let again = try Self.reports(folder, workers: 2)
        #expect(one.keys.sorted() == ["findings.csv", "findings.json", "normering.csv", "rejects.csv", "summary.txt"])
        #expect(one == two)
        #expect(two == again)
    }

    @Test func theOrderFilesWereWrittenInDoesNotMatter() throws {
        let source = try temporaryFolder()
        let target = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: source); try? FileManager.default.removeItem(at: target) }
        try Self.generate(into: source)
        let files = try ExportFinder.find([source.path]).map { String($0.dropFirst(source.path.count + 1)) }
        #expect(files.count > 4)

        func copy(_ order: [String]) throws -> [String: [UInt8]] {
            try? FileManager.default.removeItem(at: target)
            for relative in order {
                let destination = target.appendingPathComponent(relative)
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: source.appendingPathComponent(relative), to: destination)
            }
            return try Self.reports(target, workers: 2)
        }
        let forward = try copy(files)
        let backward = try copy(files.reversed())
        var generator = SystemRandomNumberGenerator()
        let shuffled = try copy(files.shuffled(using: &generator))
        #expect(forward == backward)
        #expect(forward == shuffled)
    }
}
