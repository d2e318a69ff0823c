import Foundation
import Testing

/// What `check` says, through the built executable (reports-and-cli.md, "What the run
/// says"): the verdict and the exit status agree, no data is not a pass, the last line
/// explains a status other than 0, and an interrupted run's leftovers are cleared.
@Suite("The executable: what the run says")
struct WhatTheRunSaysTests {
    static let failures = [
        ("Minimum staffing of a private institution (dagtilbudsloven § 19 b)", "657-10013 Den Private Børnehave Humlebien"),
        ("Children per childminder (dagtilbudsloven § 22)", "657-20001 Dagplejen Lærkehøj, childminder D003"),
        ("Class size (folkeskoleloven § 17)", "657-30003 Ådalsskolen, class 0A: 27 pupils, cap 26"),
    ]

    @Test func theBundledYearNamesItsThreeLegalFailuresAndExitsOne() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--output", output.path])
        #expect(run.status == 1, "stderr: \(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.last == "exit status 1: 3 legal requirements not met (see \(output.path)/summary.txt)")
        #expect(lines.contains("2025 municipality 657: meets the minimum staffing (12 months, legal)."))
        #expect(lines.contains("Legal requirements not met (3):"))
        let summary = try String(contentsOf: output.appendingPathComponent("summary.txt"), encoding: .utf8)
        let partOne = String(summary[..<(summary.range(of: "\n2. ")?.lowerBound ?? summary.endIndex)])
        #expect(partOne.contains("2025: 3 legal requirements are NOT met (listed below)."))
        #expect(partOne.contains("Legal requirements not met in 2025 (3):"))
        for (rule, subject) in Self.failures {
            #expect(lines.contains { $0.contains(rule) && $0.contains(subject) }, "console lacks \(rule)")
            #expect(partOne.contains(rule), "summary.txt part 1 lacks \(rule)")
            #expect(partOne.contains(subject), "summary.txt part 1 lacks \(subject)")
        }
        #expect(partOne.contains("Total gap below the minimum staffing in 2025: 1.77 FTE at 3 institutions, 709,851 DKK"))
        #expect(partOne.contains("(400,000 DKK per FTE a year, built-in)"))
        #expect(!partOne.contains("Caution"), "the bundled year is complete")
    }

    /// The cost per FTE behind "Gap DKK" is stated with where it was set.
    @Test func theTotalGapNamesTheCostPerFTEAndWhereItWasSet() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("normering.yml")
        try Data("language: en\ncostPerFTE: {2024: 380000, 2025: 390000}\n".utf8).write(to: config)
        let output = folder.appendingPathComponent("out")
        let run = try runNormering(["check", "--quiet", "--config", config.path, "--output", output.path])
        #expect(run.status == 1)
        let summary = try String(contentsOf: output.appendingPathComponent("summary.txt"), encoding: .utf8)
        let oneLine = summary.replacingOccurrences(of: "\n  ", with: " ")
        #expect(oneLine.contains("(390,000 DKK per FTE a year, from \(config.path):2)"), "\(oneLine.prefix(2_000))")
        #expect(oneLine.contains("Total gap below the minimum staffing in 2025: 1.77 FTE at 3 institutions, 692,105 DKK"))
    }

    @Test func inDanishTheConsoleIsDanishToo() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--language", "da", "--output", output.path])
        #expect(run.status == 1)
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("60 filer (2,9 MB), 24729 poster: 24729 brugt") == true)
        #expect(lines.contains("2025 kommune 657: opfylder minimumsnormeringen (12 måneder, lovkrav)."))
        #expect(lines.contains { $0.contains("Klassekvotient (folkeskoleloven § 17)") && $0.contains("27 elever, loft 26") })
        #expect(lines.last == "afslutningsstatus 1: 3 lovkrav er ikke opfyldt (se \(output.path)/summary.txt)")
        let summary = try String(contentsOf: output.appendingPathComponent("summary.txt"), encoding: .utf8)
        #expect(summary.contains("2025: 3 lovkrav er IKKE opfyldt (se listen nedenfor)."))
        #expect(summary.contains("Minimumsnormering i privat institution (dagtilbudsloven § 19 b)"))
    }

    @Test func quietPrintsOnlyTheExitLineOnStandardError() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--quiet", "--output", output.path])
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError == "exit status 1: 3 legal requirements not met (see \(output.path)/summary.txt)\n")
        let passing = try runNormering(["check", "--quiet", "--fail-on", "never", "--output", output.path])
        #expect(passing.status == 0)
        #expect(passing.standardOutput.isEmpty && passing.standardError.isEmpty)
    }

    /// Writes a report named `summary.txt` with `marker` in `folder`: a previous run's.
    func previousReports(in folder: URL, marker: String) throws {
        try Data(marker.utf8).write(to: folder.appendingPathComponent("summary.txt"))
    }

    func expectUntouched(_ folder: URL, marker: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == ["summary.txt"], "written: \(names)", sourceLocation: sourceLocation)
        let kept = try String(contentsOf: folder.appendingPathComponent("summary.txt"), encoding: .utf8)
        #expect(kept == marker, sourceLocation: sourceLocation)
    }

    @Test func anEmptyFolderIsNoDataNotAPass() throws {
        let input = try temporaryFolder()
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: output) }
        try previousReports(in: output, marker: "last month's report")
        let run = try runNormering(["check", "--output", output.path, input.path])
        #expect(run.status == 2)
        #expect(run.standardOutput.hasSuffix(
            "exit status 2: no data: no export file (*.xml) under \(input.path); no report was written\n"))
        try expectUntouched(output, marker: "last month's report")
        let quiet = try runNormering(["check", "--quiet", "--language", "da", "--output", output.path, input.path])
        #expect(quiet.status == 2)
        #expect(quiet.standardError.contains("afslutningsstatus 2: ingen data: ingen eksportfil (*.xml) under"))
    }

    @Test func aPeriodTheExportsDoNotHoldIsNoData() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        try previousReports(in: output, marker: "the 2025 report")
        let month = try runNormering(["check", "--period", "2024-05", "--output", output.path])
        #expect(month.status == 2)
        #expect(month.standardOutput.hasSuffix(
            "exit status 2: no data for 2024-05: the exports under Imports cover 2025-01 to 2025-12; no report was written\n"))
        let year = try runNormering(["check", "--year", "2026", "--output", output.path])
        #expect(year.status == 2)
        #expect(year.standardOutput.contains("no data for 2026: the exports under Imports cover 2025-01 to 2025-12"))
        try expectUntouched(output, marker: "the 2025 report")
    }

    @Test func versionAndExamplesInHelp() throws {
        let version = try runNormering(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput == "1.4.0\n")
        for command in ["check", "plan", "validate", "rules", "sample"] {
            let help = try runNormering([command, "--help"])
            #expect(help.status == 0)
            #expect(help.standardOutput.contains("Examples:\n  normering \(command)"), "\(command) --help")
        }
    }

    /// `sample --institutions-per-file` sets the shape of a generated month: with a large
    /// number, one file of each kind (the one-big-municipality shape of the benchmark).
    @Test func sampleWritesOneFileOfEachKindAMonthWhenAsked() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try runNormering(["sample", "--institutions", "300", "--schools", "4", "--months", "2",
                                    "--institutions-per-file", "100000", "--output", folder.path])
        #expect(run.status == 0, "\(run.standardError)")
        for month in ["2025-01", "2025-02"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(month).path)
            #expect(names.sorted() == ["enrolment-daycare.xml", "enrolment-family-daycare.xml", "enrolment-schools.xml",
                                       "staffing-daycare.xml", "staffing-schools.xml"])
        }
        let split = try runNormering(["sample", "--institutions", "300", "--schools", "4", "--months", "1",
                                      "--output", folder.appendingPathComponent("split").path])
        #expect(split.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("split/2025-01").path)
        #expect(names.contains("staffing-daycare-002.xml"))
    }

    /// `sample --output` where a file stands: a usage error (2) saying why, not an internal error.
    @Test func sampleIntoAFileSaysWhyWithStatus2() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        let run = try runNormering(["sample", "--institutions", "2", "--schools", "1", "--months", "1",
                                    "--output", file.path])
        #expect(run.status == 2)
        #expect(run.standardError == "normering: error: cannot write \(file.path)/2025-01: Not a directory\n")
    }

    /// A process number no process has now: a child's, once it has ended.
    func endedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func theNextRunRemovesAStoppedRunsTemporaryReportsOnly() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let stopped = try endedProcessID()
        let leftovers = [".findings.csv.\(stopped)-k2j4.tmp", ".normering.csv.\(stopped)-k2j4.tmp",
                         ".summary.txt.3kq9z1.tmp"]  // the last one named as before tokens named their process
        let others = [".notes.txt.\(stopped)-k2j4.tmp", "findings.csv.tmp",
                      ".findings.csv.\(ProcessInfo.processInfo.processIdentifier)-live.tmp"]  // a run still going
        for name in leftovers + others {
            try Data("half a report".utf8).write(to: output.appendingPathComponent(name))
        }
        let run = try runNormering(["check", "--output", output.path])
        #expect(run.status == 1)
        #expect(run.standardOutput.contains("Removed 3 temporary files left by an interrupted run: "
            + leftovers.sorted().joined(separator: ", ") + "."))
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: output.path))
        #expect(names.isDisjoint(with: leftovers))
        #expect(names.isSuperset(of: others))
        #expect(names.isSuperset(of: ["findings.csv", "normering.csv", "rejects.csv", "summary.txt"]))
    }

    /// A run killed with SIGKILL while it works leaves the previous reports whole, and the
    /// next run leaves no temporary file behind, whenever the kill falls.
    @Test(arguments: [0.05, 0.3, 0.8])
    func aKilledRunLeavesNothingTheNextRunKeeps(after delay: Double) throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try runNormering(["check", "--quiet", "--output", output.path])
        let before = try Data(contentsOf: output.appendingPathComponent("findings.csv"))
        let process = Process()
        process.executableURL = executable
        process.arguments = ["check", "--quiet", "--format", "csv,text,json,html", "--output", output.path]
        process.currentDirectoryURL = repositoryRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let after = try Data(contentsOf: output.appendingPathComponent("findings.csv"))
        #expect(after == before, "the previous findings.csv is whole")
        let next = try runNormering(["check", "--quiet", "--output", output.path])
        #expect(next.status == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(names.allSatisfy { !$0.hasSuffix(".tmp") }, "left: \(names)")
    }
}
