import NormeringConfig
import NormeringCore
import NormeringRules
import Testing
import NormeringTestSupport

@Suite("Configuration file")
struct ConfigurationTests {
    /// The complete example of reports-and-cli.md, with the built-in defaults.
    static let specExample = """
        imports: Imports
        reports: Reports
        language: en              # en or da: labels and texts of the text/HTML reports
        formats: [csv, text]      # any of csv, text, json, html
        csv:
          dialect: rfc4180
        failOn: legal             # never, legal, target
        allowRejects: false
        fullTimeHours: 37
        costPerFTE: 400000        # DKK a year, or by year: {2024: 390000, 2025: 400000}
        rules:
          minimum-staffing:
            childrenPerAdult: { under3: 3, over3: 6 }
            managerWeight: 0.85
            studentWeight: 0.5
            partTimeChildWeight: 1
            severity: legal
            privateFrom: 2025-01-01
            versions:
              - from: 2024-01-01
          trained-share:       { minimum: 0.85, severity: target }
          pedagogue-share:     { minimum: null, severity: info }   # null: no threshold
          childminder-size:    { maximum: 5, severity: legal }
          class-size:
            cap: 28
            capExemption: 30
            smallCap: 26            # grades 0..smallGrades of cohorts from smallFromCohort
            smallCapExemption: 28
            smallGrades: 2
            smallFromCohort: 2024
          competence-coverage: { minimum: 0.95, maxCompetences: 6, severity: target }
          pupils-per-teacher:  {}
        """

    @Test("every key of the spec's example parses to the built-in defaults")
    func specExampleIsTheDefault() throws {
        let configuration = try ConfigurationLoader.parse(yaml: Self.specExample, file: "normering.yml")
        #expect(configuration.imports == "Imports" && configuration.reports == "Reports")
        #expect(configuration.language == .en && configuration.formats == [.csv, .text])
        #expect(configuration.csvDialect == .rfc4180 && configuration.failOn == .legal && !configuration.allowRejects)
        #expect(configuration.fullTimeHours == 37 && configuration.costPerFTE == .flat(400_000))
        for rule in RuleSet.danish.rules {
            #expect(configuration.ruleSet.ownParameters(of: rule) == RuleSet.danish.ownParameters(of: rule))
            #expect(configuration.ruleSet.versions(of: rule) == RuleSet.danish.versions(of: rule))
        }
        #expect(configuration.origin(of: "rules.minimum-staffing.managerWeight")?.line == 14)
        #expect(configuration.origin(of: "csv.dialect")?.line == 6)
        // Same evaluation as the built-in rule set.
        let viaFile = RuleEngine(ruleSet: configuration.ruleSet).runStages(OneMonthExample.dataset)
        #expect(viaFile.findings == RuleEngine().runStages(OneMonthExample.dataset).findings)
    }

    @Test("other values of the general keys")
    func generalKeys() throws {
        let configuration = try ConfigurationLoader.parse(yaml: """
            language: da
            formats: [csv, json, html]
            csv: { dialect: excel-da }
            failOn: target
            allowRejects: true
            fullTimeHours: 37.5
            costPerFTE: {2024: 390000, 2025: 400000.5}
            """, file: "k.yml")
        #expect(configuration.language == .da && configuration.formats == [.csv, .json, .html])
        #expect(configuration.csvDialect == .excelDa && configuration.failOn == .target && configuration.allowRejects)
        #expect(configuration.fullTimeHours == 37.5)
        #expect(configuration.costPerFTE == .byYear([2024: 390_000, 2025: 400_000.5]))
        #expect(try ConfigurationLoader.parse(yaml: "", file: "empty.yml").ruleSet.settings.isEmpty)
        #expect(try ConfigurationLoader.parse(yaml: "rules:\ncsv:\n", file: "nulls.yml").ruleSet.settings.isEmpty)
    }

    @Test("a local phase-in target in the config alone")
    func phaseIn() throws {
        let configuration = try ConfigurationLoader.parse(yaml: """
            rules:
              minimum-staffing:
                versions:
                  - from: 2022-01-01
                    childrenPerAdult: { under3: 3.4, over3: 6.8 }
                    severity: target
                  - from: 2024-01-01
            """, file: "phase.yml")
        let dataset = Dataset(institutionMonths: ["2021-06", "2023-06", "2024-06"].map { period in
            daycare(period: period, employees: [pedagogue("E1")], children: children(68, under3: false, period: period))
        })
        let evaluation = RuleEngine(ruleSet: configuration.ruleSet).runStages(dataset)
        func year(_ y: String) throws -> Finding {
            try #require(evaluation.findings(rule: "minimum-staffing", scope: .municipality, period: y).first)
        }
        #expect(try year("2021").status == .notInForce)
        #expect(try year("2021").threshold == 68.0 / 6)  // own parameters before the first version
        #expect(try year("2023").status == .fail && year("2023").severity == .target)
        #expect(try year("2023").threshold == 10)  // 68 / 6.8
        #expect(try year("2024").severity == .legal && year("2024").threshold == 68.0 / 6)
        // The version's severity applies to the legal scopes only: months stay info.
        #expect(evaluation.findings(rule: "minimum-staffing", period: "2023-06").allSatisfy { $0.severity == .info })
        #expect(configuration.origin(of: "rules.minimum-staffing.versions.2022-01-01")?.line == 4)
    }

    @Test("versions lie over the rule's own parameters, not over the version before")
    func versionsDoNotCarryOver() throws {
        let configuration = try ConfigurationLoader.parse(yaml: """
            rules:
              minimum-staffing:
                studentWeight: 0.4
                versions:
                  - { from: 2024-01-01, studentWeight: 0.3 }
                  - { from: 2025-01-01 }
              trained-share:
                minimum: 0.9
                versions: []
            """, file: "v.yml")
        let ruleSet = configuration.ruleSet
        let staffing = ruleSet.context(for: rule(.minimumStaffing, as: StaffRatioRule.self))
        #expect(staffing.parameters(on: day("2024-06-01")).studentWeight == 0.3)
        #expect(staffing.parameters(on: day("2025-06-01")).studentWeight == 0.4)
        #expect(!staffing.parameters(on: day("2023-12-31")).inForce)
        let trained = ruleSet.context(for: rule(.trainedShare, as: QualifiedShareRule.self))
        #expect(trained.parameters(on: day("1990-01-01")).inForce)
        #expect(trained.parameters(on: day("1990-01-01")).minimum == 0.9)
        // versions: [] on minimum-staffing: always in force.
        let always = try ConfigurationLoader.parse(yaml: "rules:\n  minimum-staffing: { versions: [] }\n", file: "a.yml")
        #expect(always.ruleSet.context(for: rule(.minimumStaffing, as: StaffRatioRule.self)).parameters(on: day("2000-01-01")).inForce)
    }

    @Test("a disabled rule writes nothing")
    func disabled() throws {
        let configuration = try ConfigurationLoader.parse(yaml: "rules:\n  class-size:\n    disabled: true\n", file: "d.yml")
        let evaluation = RuleEngine(ruleSet: configuration.ruleSet).runStages(OneMonthExample.dataset)
        #expect(evaluation.findings(rule: "class-size").isEmpty)
        #expect(!evaluation.findings(rule: "competence-coverage").isEmpty)
    }

    @Test("a pedagogue-share target set in the config")
    func pedagogueTarget() throws {
        let configuration = try ConfigurationLoader.parse(
            yaml: "rules:\n  pedagogue-share: { minimum: 0.8, severity: target }\n", file: "p.yml")
        let evaluation = RuleEngine(ruleSet: configuration.ruleSet).runStages(OneMonthExample.dataset)
        let finding = try #require(evaluation.findings(rule: "pedagogue-share", scope: .municipality, period: "2025").first)
        #expect(finding.status == .fail && finding.severity == .target && finding.threshold == 0.8)
    }

    func error(_ yaml: String) -> ConfigurationError? {
        do {
            _ = try ConfigurationLoader.parse(yaml: yaml, file: "bad.yml")
            return nil
        } catch {
            return error
        }
    }

    @Test("an unknown key is an error naming file, line and column", arguments: [
        ("langauge: en\n", 1, 1, "unknown key \"langauge\""),
        ("rules:\n  minimum-staffing:\n    managerWeigth: 1\n", 3, 5, "managerWeigth"),
        ("rules:\n  minimum-stafing: {}\n", 2, 3, "unknown rule"),
        ("csv:\n  delimiter: ';'\n", 2, 3, "delimiter"),
        ("rules:\n  minimum-staffing:\n    childrenPerAdult: { under3: 3, over4: 6 }\n", 3, 36, "over4"),
        ("rules:\n  minimum-staffing:\n    versions:\n      - from: 2026-01-01\n        privateFrom: 2026-01-01\n", 5, 9,
         "privateFrom cannot be set in a version"),
    ])
    func unknownKey(yaml: String, line: Int, column: Int, words: String) throws {
        let found = try #require(error(yaml))
        #expect(found.location.file == "bad.yml")
        #expect(found.location.line == line && found.location.column == column)
        #expect(found.message.contains(words))
        #expect(found.description.hasPrefix("bad.yml:\(line):\(column): error: "))
    }

    @Test("a value of the wrong type is an error naming file, line and column", arguments: [
        ("fullTimeHours: abc\n", 1, 16, "must be a number"),
        ("fullTimeHours: 37,5\n", 1, 16, "use a dot"),
        ("allowRejects: yes\n", 1, 15, "true or false"),
        ("formats: csv\n", 1, 10, "must be a list"),
        ("formats: [csv, pdf]\n", 1, 16, "one of csv, text, json, html"),
        ("failOn: always\n", 1, 9, "never, legal, target"),
        ("costPerFTE: {twenty: 1}\n", 1, 14, "whole number"),
        ("rules:\n  class-size: { cap: 28.5 }\n", 2, 22, "whole number"),
        ("rules:\n  trained-share:\n    minimum: 1.5\n", 3, 14, "between 0 and 1"),
        ("rules:\n  minimum-staffing:\n    versions:\n      - from: 2024-13-01\n", 4, 15, "YYYY-MM-DD"),
        ("rules:\n  minimum-staffing:\n    versions:\n      - severity: legal\n", 4, 9, "needs from"),
        ("rules:\n  minimum-staffing:\n    severity: fatal\n", 3, 15, "legal, target, info"),
        ("rules: [minimum-staffing]\n", 1, 8, "mapping"),
        ("fullTimeHours: 37\nfullTimeHours: 38\n", 1, 1, "\"fullTimeHours\" is given twice"),
    ])
    func wrongType(yaml: String, line: Int, column: Int, words: String) throws {
        let found = try #require(error(yaml))
        #expect(found.location.line == line && found.location.column == column)
        #expect(found.message.contains(words))
    }

    @Test("a YAML syntax error has a position too")
    func syntaxError() throws {
        let found = try #require(error("fullTimeHours: [37\n"))
        #expect(found.location.line == 2 && found.message.contains("not valid YAML"))
    }

    @Test("a missing file is an error naming it")
    func missingFile() {
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.load(path: "/nonexistent/normering.yml") }
    }
}
