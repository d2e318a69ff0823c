import Foundation
import NormeringCore
import NormeringSample
import Testing

@Suite struct DeterminismTests {
    static let small = SampleOptions(institutions: 7, schools: 2, months: 3, seed: 42)

    func contents(of folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in ExportScanner.files(under: folder) {
            result[String(path.dropFirst(folder.count))] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return result
    }

    @Test func sameSeedSameBytes() throws {
        let a = try TemporaryFolder(), b = try TemporaryFolder()
        defer { a.remove(); b.remove() }
        let writtenA = try SampleGenerator(options: SampleOptions()).write(to: a.path)
        let writtenB = try SampleGenerator(options: SampleOptions()).write(to: b.path)
        #expect(writtenA.count == writtenB.count)
        #expect(writtenA.count == 60)
        let filesA = try contents(of: a.path), filesB = try contents(of: b.path)
        #expect(filesA.keys.sorted() == filesB.keys.sorted())
        for (name, data) in filesA {
            #expect(filesB[name] == data, "\(name) differs between two runs with the same seed")
        }
    }

    @Test func differentSeedDifferentBytes() throws {
        let a = try TemporaryFolder(), b = try TemporaryFolder()
        defer { a.remove(); b.remove() }
        var other = Self.small
        other.seed = 43
        try SampleGenerator(options: Self.small).write(to: a.path)
        try SampleGenerator(options: other).write(to: b.path)
        let filesA = try contents(of: a.path), filesB = try contents(of: b.path)
        #expect(filesA.keys.sorted() == filesB.keys.sorted())
        let differing = filesA.filter { filesB[$0.key] != $0.value }.count
        #expect(differing > filesA.count / 2)
    }

    @Test func aMonthAloneIsTheSameAsInTheYear() throws {
        // Months are derived from the seed, not from the months before them.
        let year = try TemporaryFolder(), single = try TemporaryFolder()
        defer { year.remove(); single.remove() }
        let generator = SampleGenerator(options: Self.small)
        try generator.write(to: year.path)
        guard let march = generator.files.first(where: { $0.relativePath.hasPrefix("2025-03/") }) else {
            Issue.record("no March file")
            return
        }
        let path = single.path + "/one.xml"
        try generator.write(march, to: path)
        let alone = try Data(contentsOf: URL(fileURLWithPath: path))
        let inYear = try Data(contentsOf: URL(fileURLWithPath: year.path + "/" + march.relativePath))
        #expect(alone == inYear)
    }

    @Test func writesThroughABufferNotAWholeFile() throws {
        // A medium set: each file is larger than the 256 KiB buffer, yet no writer ever
        // held more than the buffer (records are computed per institution and streamed).
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let options = SampleOptions(institutions: 400, schools: 60, months: 1, seed: 7, institutionsPerFile: 200)
        let generator = SampleGenerator(options: options)
        var largest = 0
        for file in generator.files {
            let path = folder.path + "/" + file.relativePath.replacingOccurrences(of: "/", with: "_")
            let peak = try generator.write(file, to: path)
            #expect(peak <= 256 * 1024)
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
            largest = max(largest, size)
        }
        #expect(largest > 256 * 1024, "the medium set should have a file larger than the buffer")
    }

    @Test func largeRunsAreSplitIntoFilesOfAtMostSoManyInstitutions() throws {
        let options = SampleOptions(institutions: 600, schools: 10, months: 2, seed: 1, institutionsPerFile: 250)
        let files = SampleGenerator(options: options).files
        let daycareStaffing = files.filter { $0.kind == .staffingDaycare && $0.monthIndex == 0 }
        // 600 daycare institutions and 24 family daycares: three files.
        #expect(daycareStaffing.map(\.relativePath) == [
            "2025-01/staffing-daycare-001.xml", "2025-01/staffing-daycare-002.xml", "2025-01/staffing-daycare-003.xml",
        ])
        #expect(daycareStaffing.map(\.institutions.count) == [250, 250, 124])
        let paths = files.map(\.relativePath)
        #expect(paths == paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    @Test func invalidOptionsAreRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for options in [
            SampleOptions(municipality: "65"), SampleOptions(municipality: "6a7"),
            SampleOptions(months: 0), SampleOptions(institutions: -1),
        ] {
            #expect(throws: SampleError.self) { try SampleGenerator(options: options).write(to: folder.path) }
        }
        #expect(ExportScanner.files(under: folder.path).isEmpty)
    }
}
