import Foundation
import Testing

/// rulesets.md § 4: the Norwegian worked example, row for row, through the executable.
@Suite("Norway: the worked example of rulesets.md § 4")
struct NorwayExampleTests {
    static let example = examplesRoot.appendingPathComponent("norway")

    /// findings.csv's rows by period, scope and rule: severity, status, value, threshold,
    /// gap_fte, gap_cost, source.
    static func findings(in folder: URL) throws -> [String: [String]] {
        let text = try String(contentsOf: folder.appendingPathComponent("findings.csv"), encoding: .utf8)
        var rows: [String: [String]] = [:]
        for line in text.split(separator: "\r\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            rows["\(fields[0]) \(fields[1]) \(fields[9])"] = [fields[10], fields[11], fields[12], fields[13], fields[14],
                                                              fields[15], fields[17]]
        }
        return rows
    }

    @Test("March fails bemanningsnorm by 0.33 FTE; September passes; pedagognorm passes both")
    func example() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--ruleset", "norway", "--output", output.path, Self.example.path])
        #expect(run.status == 1, "one legal requirement not met")
        #expect(run.standardOutput.contains("2026-03 Staffing norm (barnehageloven § 26): 0301-1 Solsikken barnehage: "
                                                + "5.00 staff FTE against 5.33 required, 0.33 FTE short"))
        let rows = try Self.findings(in: output)
        let bemanning = "barnehageloven § 26"
        let pedagog = "forskrift om pedagogisk bemanning § 1"
        // R = 9/3 + 14/6 = 5.333; S = 5 (the styrer counts 0).
        #expect(rows["2026-03 institution bemanningsnorm"] == ["legal", "fail", "5.00", "5.33", "0.33", "", bemanning])
        // R = 9/7 + 14/14 = 2.286; pedagogue FTE = 1 (styrer) + 2.
        #expect(rows["2026-03 institution pedagognorm"] == ["legal", "pass", "3.00", "2.29", "0.00", "", pedagog])
        // R = 7/3 + 16/6 = 5.0.
        #expect(rows["2026-09 institution bemanningsnorm"] == ["legal", "pass", "5.00", "5.00", "0.00", "", bemanning])
        // R = 7/7 + 16/14 = 2.143.
        #expect(rows["2026-09 institution pedagognorm"] == ["legal", "pass", "3.00", "2.14", "0.00", "", pedagog])
        // The institution's year, the municipality's month and year: info, with a threshold.
        #expect(rows["2026 institution bemanningsnorm"]?.prefix(2) == ["info", "fail"])
        #expect(rows["2026-03 municipality bemanningsnorm"]?.prefix(2) == ["info", "fail"])
        #expect(rows["2026 municipality pedagognorm"]?.prefix(2) == ["info", "pass"])
        #expect(rows.count == 12)
        #expect(!rows.keys.contains { $0.hasSuffix("trained-share") || $0.hasSuffix("minimum-staffing") })

        // normering.csv: the rows of bemanningsnorm (the headline ratio), U and O by the
        // August rule, no shares, no gap_cost.
        let table = try String(contentsOf: output.appendingPathComponent("normering.csv"), encoding: .utf8)
        let lines = table.split(separator: "\r\n").map(String.init)
        #expect(lines.count == 7)
        #expect(lines.contains("2026-03,institution,0301,0301-1,Solsikken barnehage,municipal,,1,9.00,14.00,5.00,5.33,"
                                   + "0.33,,3.20,6.40,,,fail"))
        #expect(lines.contains("2026-09,institution,0301,0301-1,Solsikken barnehage,municipal,,1,7.00,16.00,5.00,5.00,"
                                   + "0.00,,3.00,6.00,,,pass"))

        // The words name the Norwegian norm, and no money: the set has no cost per FTE.
        #expect(run.standardOutput.contains("2026 municipality 0301: does NOT meet the staffing norm (2 months, information)."))
        let summary = try String(contentsOf: output.appendingPathComponent("summary.txt"), encoding: .utf8)
        #expect(summary.contains("1. THE LAW: staffing norm (bemanningsnorm) and every legal requirement"))
        #expect(summary.contains("Total gap below the staffing norm in 2026: 0.17 FTE at 1 institution.\n"))
        #expect(summary.contains("\nBelow the staffing norm\n"))
        #expect(!summary.contains("minimum staffing (") && !summary.contains(" DKK a year"))
    }

    @Test("the Norwegian set is described by normering rules, and an unknown set is a usage error")
    func rulesCommand() throws {
        let rules = try runNormering(["rules", "--ruleset", "norway"])
        #expect(rules.status == 0)
        #expect(rules.standardOutput.contains("bemanningsnorm: Staffing norm (bemanningsnorm)"))
        #expect(rules.standardOutput.contains("fullTimeHours         37.5 hours a week"))
        #expect(rules.standardOutput.contains("august-of-third-year"))
        #expect(!rules.standardOutput.contains("minimum-staffing"))
        let unknown = try runNormering(["rules", "--ruleset", "sweden"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("unknown rule set \"sweden\"; the rule sets are: denmark, norway"))
    }
}

/// A kommunenummer under norway, a kommunekode under denmark.
@Suite("Norway: municipality codes of 4 digits")
struct NorwayMunicipalityTests {
    @Test("0301 is read under norway and refused under denmark, with its line and column")
    func codes() throws {
        let example = NorwayExampleTests.example.path
        let norway = try runNormering(["validate", "--ruleset", "norway", example])
        #expect(norway.status == 0, "\(norway.standardOutput)")
        let denmark = try runNormering(["validate", example])
        #expect(denmark.status == 2)
        #expect(denmark.standardOutput.contains("enrolment-2026-03.xml:2:")
                    && denmark.standardOutput.contains("municipality \"0301\" is not a kommunekode of 3 digits"))
    }
}

/// A CPR number is Danish: under norway a child carrying one is rejected (rulesets.md § 3).
@Suite("Norway: a child's cpr is an error")
struct NorwayCPRTests {
    @Test("a child with cpr= is rejected under norway with its line, column and record, the number masked")
    func cprRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = NorwayExampleTests.example
        for name in try FileManager.default.contentsOfDirectory(atPath: example.path) where name.hasSuffix(".xml") {
            var text = try String(contentsOf: example.appendingPathComponent(name), encoding: .utf8)
            if name == "enrolment-2026-03.xml" {
                text = text.replacingOccurrences(of: "<child id=\"B2\" birthDate=\"2024-02-11\"/>",
                                                 with: "<child id=\"B2\" birthDate=\"2024-02-11\" cpr=\"1102241234\"/>")
            }
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let norway = try runNormering(["validate", "--ruleset", "norway", folder.path])
        #expect(norway.status == 2)
        let line = norway.standardOutput.split(separator: "\n").first { $0.contains("cpr") }.map(String.init) ?? ""
        #expect(line.hasPrefix(folder.appendingPathComponent("enrolment-2026-03.xml").path + ":5:"), "\(line)")
        #expect(line.contains(": error:") && line.contains("B2"), "\(line)")
        #expect(line.contains("cpr \"110224-****\" is a Danish CPR number"), "\(line)")
        #expect(!norway.standardOutput.contains("1234") && !norway.standardError.contains("1234"))

        // check writes the rejected child to rejects.csv, and the same file is taken under denmark.
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let check = try runNormering(["check", "--ruleset", "norway", "--output", output.path, folder.path])
        #expect(check.status == 2, "\(check.standardOutput)\(check.standardError)")
        let rejects = try String(contentsOf: output.appendingPathComponent("rejects.csv"), encoding: .utf8)
        #expect(rejects.contains(",B2,\"cpr \"\"110224-****\"\" is a Danish CPR number") && !rejects.contains("1234"))
        let denmark = try runNormering(["validate", "--ruleset", "denmark", folder.path])
        #expect(!denmark.standardOutput.contains("Danish CPR"))
    }
}
