import Foundation
import Testing

/// Exit statuses of rules.md § 4, problems on standard error, and what is written, through
/// the built executable.
@Suite("The executable: exit statuses and output")
struct ExitStatusTests {
    let example = examplesRoot.appendingPathComponent("one-month")

    /// A folder with the example's exports plus `extra` files (name → text).
    func inputFolder(_ extra: [String: String]) throws -> URL {
        let folder = try temporaryFolder()
        for name in ["staffing-2025-03.xml", "enrolment-2025-03.xml"] {
            try FileManager.default.copyItem(at: example.appendingPathComponent(name),
                                             to: folder.appendingPathComponent(name))
        }
        for (name, text) in extra {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static let badHours = """
        <?xml version="1.0" encoding="UTF-8"?>
        <staffing xmlns="urn:normering:export:1" municipality="657" period="2025-03">
          <institution id="657-101" name="Børnehuset Mælkebøtten" kind="daycare" ownership="municipal">
            <employee id="E9" role="pedagogical" education="pedagogue" hours="37,5"/>
          </institution>
        </staffing>
        """

    @Test func inputErrorsGiveStatus2ButReportsAreWritten() throws {
        let input = try inputFolder(["z-extra.xml": Self.badHours])
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--quiet", "--output", output.path, "."], in: input)
        #expect(run.status == 2)
        #expect(run.standardError.contains(#"./z-extra.xml:4:"#))
        #expect(run.standardError.contains(#"error: institution 657-101, E9: hours "37,5": use a dot as decimal mark (37.5)"#))
        let rejects = try String(contentsOf: output.appendingPathComponent("rejects.csv"), encoding: .utf8)
        #expect(rejects.contains(#"./z-extra.xml,4,"#))
        #expect(rejects.contains("error,657-101,E9,"))

        let allowed = try runNormering(["check", "--quiet", "--allow-rejects", "--output", output.path, "."], in: input)
        #expect(allowed.status == 0, "the example passes every legal rule: \(allowed.standardError)")
    }

    @Test func aFailingLegalRowGivesStatus1UnlessFailOnNever() throws {
        // Remove the municipal institution's staff: the municipality misses the minimum.
        let enrolmentOnly = try temporaryFolder()
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: enrolmentOnly); try? FileManager.default.removeItem(at: output) }
        let staffing = try String(contentsOf: example.appendingPathComponent("staffing-2025-03.xml"), encoding: .utf8)
        let thin = staffing.replacingOccurrences(
            of: #"hours="37"/>"#, with: #"hours="2"/>"#)
        try Data(thin.utf8).write(to: enrolmentOnly.appendingPathComponent("staffing.xml"))
        try FileManager.default.copyItem(at: example.appendingPathComponent("enrolment-2025-03.xml"),
                                         to: enrolmentOnly.appendingPathComponent("enrolment.xml"))
        let failing = try runNormering(["check", "--quiet", "--output", output.path, enrolmentOnly.path])
        #expect(failing.status == 1, "stderr: \(failing.standardError)")
        let never = try runNormering(["check", "--quiet", "--fail-on", "never", "--output", output.path, enrolmentOnly.path])
        #expect(never.status == 0)
        // Trained-share fails in the example itself (a target): status 1 with --fail-on target.
        let target = try runNormering(["check", "--quiet", "--fail-on", "target", "--output", output.path, "."], in: example)
        #expect(target.status == 1)
    }

    @Test(arguments: [
        ["check", "--period", "2025-3"],
        ["check", "--year", "25"],
        ["check", "--period", "2025-03", "--year", "2025"],
        ["check", "--format", "pdf"],
        ["check", "--csv-dialect", "excel"],
        ["check", "does-not-exist"],
        ["check", "--no-such-option"],
        ["check", "--config", "missing.yml"],
    ])
    func usageErrorsGiveStatus2AndWriteNothing(_ arguments: [String]) throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(arguments + ["--output", output.path + "/reports"], in: example)
        #expect(run.status == 2, "\(arguments): \(run.standardError)")
        #expect(!run.standardError.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.path + "/reports"))
    }

    @Test func aMissingOutputFolderIsCreatedAndOldReportsAreReplacedWhole() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("a/b/Reports")
        let first = try runNormering(["check", "--quiet", "--format", "csv,json", "--output", output.path, "."], in: example)
        #expect(first.status == 0, "stderr: \(first.standardError)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("findings.json").path))
        // A later run without json removes the stale findings.json; nothing temporary is left.
        let second = try runNormering(["check", "--quiet", "--output", output.path, "."], in: example)
        #expect(second.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == ["findings.csv", "normering.csv", "rejects.csv", "summary.txt"])
    }

    @Test func anUnwritableOutputFolderIsAClearErrorWithStatus2() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let blocker = parent.appendingPathComponent("Reports")
        try Data("not a folder".utf8).write(to: blocker)
        let run = try runNormering(["check", "--quiet", "--output", blocker.path, "."], in: example)
        #expect(run.status == 2)
        #expect(run.standardError.contains("normering: error:"))
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "not a folder")
    }

    @Test func excelDialectAndDanishThroughTheCommandLine() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--quiet", "--csv-dialect", "excel-da", "--language", "da",
                                    "--format", "csv,text,json", "--output", output.path, "."], in: example)
        #expect(run.status == 0, "stderr: \(run.standardError)")
        let findings = try Data(contentsOf: output.appendingPathComponent("findings.csv"))
        #expect(Array(findings.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: findings.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("period;scope;municipality;"))
        #expect(text.contains("2025M03;institution;657;657-101;Børnehuset Mælkebøtten;"))
        #expect(text.contains(";3,65;2,75;0,00;0;1;"))
        #expect(text.contains("\r\n"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("findings.json").path))
        let summary = try String(contentsOf: output.appendingPathComponent("summary.txt"), encoding: .utf8)
        #expect(summary.contains("minimumsnormering"))
    }

    @Test func validateAndRulesCommands() throws {
        let clean = try runNormering(["validate", "."], in: example)
        #expect(clean.status == 0)
        let input = try inputFolder(["z-extra.xml": Self.badHours])
        defer { try? FileManager.default.removeItem(at: input) }
        let broken = try runNormering(["validate", "."], in: input)
        #expect(broken.status == 2)
        #expect((broken.standardOutput + broken.standardError).contains("z-extra.xml:4:"))
        let rules = try runNormering(["rules"], in: example)
        #expect(rules.status == 0)
        for id in ["minimum-staffing", "trained-share", "pedagogue-share", "childminder-size", "class-size",
                   "competence-coverage", "pupils-per-teacher"] {
            #expect(rules.standardOutput.contains(id))
        }
    }

    @Test func cprNumbersNeverReachAnyOutput() throws {
        let cprChildren = """
            <?xml version="1.0" encoding="UTF-8"?>
            <enrolment xmlns="urn:normering:export:1" municipality="657" period="2025-03">
              <institution id="657-101" name="Børnehuset Mælkebøtten" kind="daycare" ownership="municipal">
                <child id="C1" cpr="1008234321" birthDate="2021-01-01"/>
                <child cpr="311299-4872" to="2025-02-01"/>
                <child cpr="3102234321"/>
                <child id="C4" cpr="7108234321"/>
              </institution>
            </enrolment>
            """
        let input = try inputFolder(["z-cpr.xml": cprChildren])
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--format", "csv,text,json", "--output", output.path, "."], in: input)
        #expect(run.status == 2)
        var everything = run.standardOutput + run.standardError
        for name in try FileManager.default.contentsOfDirectory(atPath: output.path) {
            everything += try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
        }
        #expect(everything.contains("100823-****"))
        for digits in ["4321", "4872"] {
            #expect(!everything.contains(digits), "CPR serial \(digits) leaked")
        }
    }
}
