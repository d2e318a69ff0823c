import ArgumentParser
import Foundation
import NormeringCore
import NormeringSample

/// `normering sample`: writes a fictional municipality's monthly exports.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a fictional municipality's exports (for demos, tests and benchmarks).",
        discussion: """
            Same options and seed, same bytes. The default is the bundled sample year in Imports/.

            Examples:
              normering sample --output /tmp/demo
              normering sample --institutions 400 --schools 60 --months 24 --seed 7 --output bench-data
              normering sample --institutions 4400 --institutions-per-file 100000 --output one-big
            """
    )

    @Option(help: "Daycare institutions (family daycares are added, one per 25).")
    var institutions = 25

    @Option(help: "Schools (SFOs are added, one per 3 schools).")
    var schools = 6

    @Option(help: "Months to write.")
    var months = 12

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 2025

    @Option(help: ArgumentHelp("The first month.", valueName: "YYYY-MM"))
    var start = "2025-01"

    @Option(help: "The municipality code (three digits).")
    var municipality = "657"

    @Option(name: .customLong("institutions-per-file"),
            help: "Institutions a file lists at most before a kind is split into several (one file per kind and month: a large number).")
    var institutionsPerFile = 250

    @Option(help: "Write the files under this folder.")
    var output = "Imports"

    func run() throws {
        guard let startMonth = YearMonth(start) else {
            throw ValidationError("--start must be a month as YYYY-MM, not \"\(start)\"")
        }
        let options = SampleOptions(
            institutions: institutions, schools: schools, months: months, seed: seed,
            start: startMonth, municipality: municipality, institutionsPerFile: institutionsPerFile
        )
        do {
            try options.validate()
        } catch let error as SampleError {
            throw ValidationError(error.description)
        }
        let written = try SampleGenerator(options: options).write(to: output)
        var bytes: UInt64 = 0
        for path in written {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.uint64Value
            bytes += size ?? 0
        }
        let megabytes = Double(bytes) / 1_048_576
        var last = startMonth
        for _ in 1..<months { last = last.next }
        print("Wrote \(written.count) files (\(String(format: "%.1f", megabytes)) MB) for \(start)–\(last) to \(output)/")
        let others = Self.otherExports(in: output, besides: Set(written))
        if others > 0 {
            print("Note: \(others) other .xml files in \(output)/ were left as they were; 'normering check' reads them too.")
        }
    }

    /// `.xml` files under `folder` that this run did not write.
    static func otherExports(in folder: String, besides written: Set<String>) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var count = 0
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".xml") else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            if !written.contains(path) { count += 1 }
        }
        return count
    }
}
