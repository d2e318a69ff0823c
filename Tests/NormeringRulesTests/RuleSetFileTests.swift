import Foundation
import NormeringConfig
import NormeringCore
import NormeringRules
import Testing

/// Rule-set files: the shipped ones load; every kind of mistake is an error at its file,
/// line and column.
@Suite("Rule-set files")
struct RuleSetFileTests {
    /// A small valid set; `rule` replaces the body of its one rule.
    static func set(rule: String = """
            kind: staff-ratio
            name: { en: Ratio, da: Normering }
            source: a law
        """, top: String = "") -> String {
        """
        ruleset: test
        fullTimeHours: 37
        \(top)rules:
          ratio:
        \(rule)
        """
    }

    static func error(_ yaml: String) -> ConfigurationError? {
        do {
            _ = try RuleSetLoader.parse(yaml: yaml, file: "mine.yml")
            return nil
        } catch {
            return error
        }
    }

    @Test("the shipped sets load: Denmark's seven rules, Norway's two")
    func shipped() throws {
        #expect(RuleSet.danish.rules.map(\.id) == ["minimum-staffing", "trained-share", "pedagogue-share",
                                                   "childminder-size", "class-size", "competence-coverage",
                                                   "pupils-per-teacher"])
        #expect(RuleSet.norwegian.rules.map(\.id) == ["bemanningsnorm", "pedagognorm"])
        #expect(RuleSet.norwegian.fullTimeHours == 37.5 && RuleSet.norwegian.costPerFTE == .none)
        #expect(RuleSet.danish.catalog.headlineRatio == "minimum-staffing")
        #expect(RuleSet.norwegian.catalog.headlineRatio == "bemanningsnorm")
        let set = try RuleSetLoader.parse(yaml: Self.set(), file: "mine.yml")
        #expect(set.rules.count == 1 && set.name == "test" && set.costPerFTE == .none)
    }

    @Test("each kind of error, with its line and column", arguments: [
        (set(rule: "      name: { en: R, da: R }\n      source: s"), 4, 3, "needs kind"),
        (set(rule: "      kind: staff-ratios\n      name: { en: R, da: R }\n      source: s"), 5, 13,
         "unknown kind \"staff-ratios\""),
        (set(rule: "      kind: staff-ratio\n      name: { en: R, da: R }\n      source: s\n      colour: red"), 8, 7,
         "unknown key \"colour\" in rule ratio"),
        (set(rule: "      kind: staff-ratio\n      name: { en: R, da: R }\n      source: s\n      parameters:\n"
             + "        managerWeigth: 1"), 9, 9, "unknown parameter \"managerWeigth\""),
        (set(rule: "      kind: staff-ratio\n      name: { en: R, da: R }\n      source: s\n      parameters:\n"
             + "        managerWeight: lots"), 9, 24, "managerWeight must be a number"),
        (set(rule: "      kind: staff-ratio\n      name: { en: R, da: R }\n      source: s\n      parameters:\n"
             + "        ageBand: july"), 9, 18, "ageBand must be one of month-after-third-birthday, august-of-third-year"),
        (set(rule: "      kind: staff-ratio\n      name: { en: R, da: R }\n      source: s\n      parameters:\n"
             + "        countedRoles: [pedagogical, cook]"), 9, 37, "countedRoles takes any of"),
        (set(rule: "      kind: staff-ratio\n      name: { en: R, da: R }\n      source: s\n      parameters:\n"
             + "        scopes: { institution-week: legal }"), 9, 19, "unknown key \"institution-week\" in scopes"),
        (set(rule: "      kind: staff-ratio\n      name: { en: R }\n      source: s"), 6, 13, "name needs a text in da too"),
        (set(rule: "      kind: staff-ratio\n      name: { en: R, da: R }"), 4, 3, "needs source"),
        (set(rule: "      kind: staff-ratio\n      name: { en: R, da: R }\n      source: s\n      summary: big"), 8, 16,
         "summary must be one of headline"),
        (set(rule: "      kind: staff-ratio\n      name: { en: R, da: R }\n      source: s\n      versions:\n"
             + "        - childrenPerAdult: { under3: 3, over3: 6 }"), 9, 11, "needs from"),
        (set(rule: "      kind: staff-ratio\n      name: { en: R, da: R }\n      source: s\n      versions:\n"
             + "        - from: 2024-01-01\n          ageBand: august-of-third-year"), 10, 11, "ageBand cannot be set in a version"),
        (set(top: "currency: [DKK]\n"), 3, 11, "currency must be a text"),
        ("ruleset: x\nrules: {}\n", 1, 1, "needs fullTimeHours"),
    ] as [(String, Int, Int, String)])
    func errors(yaml: String, line: Int, column: Int, words: String) throws {
        let error = try #require(Self.error(yaml))
        #expect(error.location.file == "mine.yml")
        #expect(error.location.line == line && error.location.column == column, "\(error)")
        #expect(error.message.contains(words), "\(error)")
    }

    @Test("two headline ratios are refused at the second")
    func twoHeadlines() throws {
        let yaml = """
            ruleset: t
            fullTimeHours: 37
            rules:
              a: { kind: staff-ratio, name: { en: A, da: A }, source: s, summary: headline }
              b: { kind: staff-ratio, name: { en: B, da: B }, source: s, summary: headline }
            """
        let error = try #require(Self.error(yaml))
        #expect(error.location.line == 5 && error.location.column == 71)
        #expect(error.message.contains("two rules have summary: headline"))
    }

    @Test("normering.yml picks a set with ruleset:, and its rules: must be that set's")
    func configurationPicksASet() throws {
        let norway = try ConfigurationLoader.parse(yaml: "ruleset: norway\nrules:\n  pedagognorm: { disabled: true }\n",
                                                   file: "normering.yml")
        #expect(norway.ruleSet.name == "norway" && norway.ruleSet.settings["pedagognorm"]?.disabled == true)
        do {
            _ = try ConfigurationLoader.parse(yaml: "ruleset: norway\nrules:\n  minimum-staffing: {}\n", file: "normering.yml")
            Issue.record("minimum-staffing is not a Norwegian rule")
        } catch {
            #expect(error.location.line == 3 && error.location.column == 3)
            #expect(error.message.contains("the rules are: bemanningsnorm, pedagognorm"))
        }
        do {
            _ = try ConfigurationLoader.parse(yaml: "ruleset: sweden\n", file: "normering.yml")
            Issue.record("there is no Swedish set")
        } catch {
            #expect(error.location.line == 1 && error.location.column == 10)
        }
        // --ruleset wins over the file.
        let chosen = try ConfigurationLoader.parse(yaml: "ruleset: norway\n", file: "normering.yml", ruleSet: "denmark")
        #expect(chosen.ruleSet.name == "denmark")
    }
}

/// docs/kommune-targets.yml, the example of docs/rulesets.md.
@Suite("docs: the example rule-set file")
struct DocsExampleRuleSetTests {
    @Test("loads, with its local target tested per institution and month")
    func loads() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let set = try RuleSetLoader.load(path: root.appendingPathComponent("docs/kommune-targets.yml").path)
        #expect(set.rules.map(\.id) == ["minimum-staffing", "local-target", "trained-share"])
        #expect(set.catalog.headlineRatio == "minimum-staffing")
        let local = try #require(set.rule(id: "local-target") as? StaffRatioRule)
        let context = set.context(for: local)
        let march = try #require(YearMonth("2025-03"))
        #expect(context.parameters(for: march).childrenPerAdult == BandRatios(under3: 2.8, over3: 5.6))
        #expect(context.parameters(for: march).values.severity(of: .institutionMonth) == .target)
        #expect(!context.parameters(for: try #require(YearMonth("2024-12"))).inForce)
        #expect(set.costPerFTE.amount(forYear: 2026) == 420_000)
    }
}
