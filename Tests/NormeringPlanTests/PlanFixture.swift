import Foundation
import NormeringConfig
import NormeringCore
import NormeringPipeline
import NormeringReports

/// Export files written as real XML in a temporary folder, for plan runs.
struct ExportFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("normering-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// One institution's month: a staffing and an enrolment file.
    func write(period: String, institution: String = "657-101", name: String = "Børnehuset Mælkebøtten",
               ownership: String = "municipal", employees: [String], children: [String]) throws {
        let head = "<institution id=\"\(institution)\" name=\"\(name)\" kind=\"daycare\" ownership=\"\(ownership)\">"
        let staffing = """
            <?xml version="1.0" encoding="UTF-8"?>
            <staffing xmlns="urn:normering:export:1" municipality="657" period="\(period)">
            \(head)
            \(employees.joined(separator: "\n"))
            </institution>
            </staffing>

            """
        let enrolment = """
            <?xml version="1.0" encoding="UTF-8"?>
            <enrolment xmlns="urn:normering:export:1" municipality="657" period="\(period)">
            \(head)
            \(children.joined(separator: "\n"))
            </institution>
            </enrolment>

            """
        try Data(staffing.utf8).write(to: url.appendingPathComponent("\(period)-\(institution)-staffing.xml"))
        try Data(enrolment.utf8).write(to: url.appendingPathComponent("\(period)-\(institution)-enrolment.xml"))
    }

    var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted().map {
            url.appendingPathComponent($0).path
        }
    }
}

/// plan.md § 5: exports 2024-10 … 2025-10 of one municipal institution, 4 FTE in every
/// month; 15 children in 2024-10, 3 born in 2023 new on 2024-11-01, none new in 2024-12, the
/// same 18 children from then on: 6 under three (one turns three on 2025-10-20), 12 over.
enum WorkedExample {
    static let employees = (1...4).map { "<employee id=\"E\($0)\" role=\"pedagogical\" education=\"pedagogue\" hours=\"37\"/>" }

    static let settled: [String] =
        (1...12).map { "<child id=\"O\($0)\" birthDate=\"2021-0\(($0 - 1) % 9 + 1)-10\"/>" }
        + ["<child id=\"U1\" birthDate=\"2022-10-20\"/>", "<child id=\"U2\" birthDate=\"2023-03-15\"/>",
           "<child id=\"U3\" birthDate=\"2023-04-02\"/>"]

    static let newInNovember = [
        "<child id=\"N1\" birthDate=\"2023-06-10\" from=\"2024-11-01\"/>",
        "<child id=\"N2\" birthDate=\"2023-07-05\" from=\"2024-11-01\"/>",
        "<child id=\"N3\" birthDate=\"2023-08-20\" from=\"2024-11-01\" place=\"full-time\"/>",
    ]

    static let months = ["2024-10", "2024-11", "2024-12"] + (1...10).map { String(format: "2025-%02d", $0) }

    static func write(to folder: ExportFolder) throws {
        for month in months {
            try folder.write(period: month, employees: employees,
                             children: settled + (month == "2024-10" ? [] : newInNovember))
        }
    }
}

extension PlanRun.Outcome {
    /// plan.csv's row of a period and scope ("" for the municipality).
    func row(_ period: String, institution: String = "") -> PlanRow? {
        report.rows.first { $0.row.period.description == period && $0.row.institutionID == institution }
    }
}

/// A run over `files` with the given scenario (YAML) and options.
func plan(_ files: [String], scenario yaml: String? = nil, through: YearMonth? = nil,
          formats: [ReportFormat] = [.csv, .text, .html]) throws -> Result<PlanRun.Outcome, PlanRun.Failure> {
    var configuration = Configuration()
    configuration.formats = formats
    let scenario = try yaml.map { try ScenarioLoader.parse(yaml: $0, file: "scenario.yml") } ?? Scenario()
    return PlanRun(configuration: configuration, scenario: scenario, through: through, workers: 2).run(files: files)
}

extension Result {
    var value: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

/// `text` with every run of white space (line breaks of the wrapped paragraphs too) as one blank.
func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
