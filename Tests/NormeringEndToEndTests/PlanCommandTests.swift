import Foundation
import Testing

/// `normering plan` through the built executable: the bundled year in both languages, and
/// scenario errors with FILE:LINE:COLUMN and exit status 2.
@Suite struct PlanCommandTests {
    @Test(arguments: ["en", "da"])
    func bundledYear(language: String) throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["plan", "Imports", "--output", output.path, "--format", "csv,text,html",
                                    "--language", language])
        // 657-10013, a private institution, fails its own legal test (§ 19 b) in the forecast.
        #expect(run.status == 1, "\(run.standardError)")
        let text = try String(contentsOf: output.appendingPathComponent("plan.txt"), encoding: .utf8)
        let csv = try String(contentsOf: output.appendingPathComponent("plan.csv"), encoding: .utf8)
        let html = try String(contentsOf: output.appendingPathComponent("plan.html"), encoding: .utf8)
        #expect(csv.hasPrefix("period,scope,"))
        #expect(csv.contains(",basis\r\n"))
        #expect(csv.contains("Børnehuset Mælkebøtten"))
        #expect(html.contains("url(#forecast-0)") && html.contains("<rect class=\"staff forecast\"") && !html.contains("http"))
        #expect(run.standardOutput.contains("657-10013"))
        if language == "en" {
            #expect(text.contains("Base month 2025-12"))
            #expect(text.contains("2026-01: no default intake: 2024-12 is not in the exports"))
            #expect(text.contains("Municipality 657 is forecast to meet"))
        } else {
            #expect(text.contains("Basismåned 2025-12"))
            #expect(text.contains("2026-01: intet standardoptag: 2024-12 er ikke i eksporterne"))
            #expect(text.contains("Kommune 657 forventes at overholde"))
        }
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func scenarioThatHelps() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let scenario = output.appendingPathComponent("scenario.yml")
        try Data("""
            hire:
              - { institution: 657-10013, from: 2026-01-01, count: 1, hours: 37, role: pedagogical, education: pedagogue }
            """.utf8).write(to: scenario)
        let run = try runNormering(["plan", "Imports", "--output", output.path, "--scenario", scenario.path,
                                    "--csv-dialect", "excel-da"])
        #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
        let text = try String(contentsOf: output.appendingPathComponent("plan.txt"), encoding: .utf8)
        #expect(text.contains("hire at 657-10013 from 2026-01-01: 1 × 37.00 hours a week, pedagogical, pedagogue"))
        let csv = try Data(contentsOf: output.appendingPathComponent("plan.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: csv, as: UTF8.self).contains("2026M01;institution;"))
    }

    @Test(arguments: [
        ("intake:\n  - { institution: 657-99999, month: 2026-03, children: 2, born: 2025-03 }\n",
         ":2:20: error: institution \"657-99999\" is not projected"),
        ("leave:\n  - { institution: 657-10001, employee: NOBODY, from: 2026-05-01 }\n",
         ":2:41: error: employee \"NOBODY\" is not in institution \"657-10001\" in the base month 2025-12"),
        ("hire:\n  - institution: 657-10001\n    from: 2025-12-01\n    hours: 37\n    role: pedagogical\n    education: pedagogue\n",
         ":3:11: error: from 2025-12-01 is not after the base month 2025-12"),
        ("intake:\n  - { institution: 657-10001, month: 2026-03, children: 2, born: 2026-04 }\n",
         ":2:66: error: born 2026-04-01 is after the intake month 2026-03"),
        ("schoolStart: { month: 8 }\nhires: []\n", ":2:1: error: unknown key \"hires\""),
        ("upskill:\n  - { institution: 657-10001, employee: E1, from: 2026-08-01, education: pedagogue, grade: 2 }\n",
         ":2:85: error: unknown key \"grade\" in an upskill entry"),
    ])
    func scenarioErrors(yaml: String, expected: String) throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let scenario = output.appendingPathComponent("scenario.yml")
        try Data(yaml.utf8).write(to: scenario)
        let run = try runNormering(["plan", "Imports", "--output", output.appendingPathComponent("out").path,
                                    "--scenario", scenario.path])
        #expect(run.status == 2)
        #expect(run.standardError.contains(scenario.path + expected), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("out/plan.csv").path))
    }

    @Test func throughNotAfterTheBaseMonth() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["plan", "Imports", "--output", output.path, "--through", "2025-12"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--through 2025-12 is not after the latest month in the exports, 2025-12"))
    }
}
