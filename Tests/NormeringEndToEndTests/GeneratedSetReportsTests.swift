import Foundation
import Testing

/// Correctness must not move with an optimisation (issue 5): every report of a generated
/// set, in every format, dialect and language, must stay byte for byte what it was.
///
/// The set spans two calendar years (so `check` evaluates and writes year by year) and has
/// daycares, schools, SFOs and family daycare. Its reports are too large to keep here, so
/// their fingerprints are kept (`Examples/generated-fingerprints.txt`: size and 64-bit
/// FNV-1a of each report). They were taken with the build before the fifth round of
/// optimisation, and `Reports/` holds the same check on the bundled data in full.
@Suite("Reports of a generated set, byte for byte")
struct GeneratedSetReportsTests {
    static let sample = ["sample", "--institutions", "30", "--schools", "8", "--months", "14", "--seed", "2025"]
    static let variants: [(name: String, options: [String])] = [
        ("en", []),
        ("da", ["--csv-dialect", "excel-da", "--language", "da"]),
    ]

    @Test("every report in every format, dialect and language has its recorded size and fingerprint")
    func reportsKeepTheirBytes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let generated = try runNormering(Self.sample + ["--output", data.path])
        #expect(generated.status == 0, "\(generated.standardError)")
        var lines: [String] = []
        for variant in Self.variants {
            let output = folder.appendingPathComponent(variant.name)
            let run = try runNormering(["check", "--quiet", "--format", "csv,text,json,html", "--output", output.path]
                                           + variant.options + [data.path])
            // The set has a legal failure (status 1) and no input errors.
            #expect(run.status == 1, "\(run.standardError)")
            for name in try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() {
                let bytes = try Data(contentsOf: output.appendingPathComponent(name))
                lines.append("\(variant.name)/\(name) \(bytes.count) \(Self.fingerprint(bytes))")
            }
        }
        let recorded = try String(contentsOf: examplesRoot.appendingPathComponent("generated-fingerprints.txt"),
                                  encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        #expect(lines.count == 12)
        #expect(lines == recorded, "reports changed; now:\n\(lines.joined(separator: "\n"))")
    }

    /// The other shape of the benchmark (issue 17) at a small scale: the same institutions,
    /// split over many small files instead of one file of each kind a month (a national year's
    /// many municipalities against one large one). The records are the same, so every report
    /// is the same byte for byte, but for the count of files read.
    @Test("the same records in many small files give the same reports in every format, dialect and language")
    func manySmallFilesGiveTheSameReports() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var reports: [[String: [String]]] = []
        for (shape, extra) in [("one", [String]()), ("many", ["--institutions-per-file", "4"])] {
            let data = folder.appendingPathComponent(shape)
            let generated = try runNormering(Self.sample + extra + ["--output", data.path])
            #expect(generated.status == 0, "\(generated.standardError)")
            var files: [String: [String]] = [:]
            for variant in Self.variants {
                let output = folder.appendingPathComponent(shape + "-" + variant.name)
                let run = try runNormering(["check", "--quiet", "--format", "csv,text,json,html", "--output", output.path]
                                               + variant.options + [data.path])
                #expect(run.status == 1, "\(run.standardError)")
                for name in try FileManager.default.contentsOfDirectory(atPath: output.path) {
                    let text = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
                    // The one line that may differ: how many files were read.
                    files[variant.name + "/" + name] = text.split(separator: "\n", omittingEmptySubsequences: false)
                        .map(String.init).filter { !$0.contains("Files read") && !$0.contains("Filer læst") }
                }
            }
            reports.append(files)
        }
        #expect(reports[0].count == 12)
        #expect(reports[0] == reports[1])
    }

    /// FNV-1a, 64 bits, as 16 hex digits (a fingerprint against accidents, not a hash
    /// against forgery).
    static func fingerprint(_ bytes: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test("the fingerprint is FNV-1a")
    func fingerprintIsFNV1a() {
        #expect(Self.fingerprint(Data()) == "cbf29ce484222325")
        #expect(Self.fingerprint(Data("a".utf8)) == "af63dc4c8601ec8c")
        #expect(Self.fingerprint(Data("foobar".utf8)) == "85944171f73967e8")
    }
}
