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
