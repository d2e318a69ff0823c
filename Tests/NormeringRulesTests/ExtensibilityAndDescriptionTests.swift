import NormeringConfig
import NormeringCore
import NormeringRules
import Testing
import NormeringTestSupport

/// A rule kind that lives only in the tests: one type, instantiated in a rule set's list.
struct ChildrenCountRule: RuleKind {
    struct MonthFigures: Sendable { var children: Int }
    struct Parameters: Sendable { var maximum: Int }
    static let kindName = "children-count"
    static let kindSummary = "Counts children."
    static let parameterSpecs = [
        ParameterSpec(name: "maximum", type: .integer, defaultValue: .integer(10), description: "Most children."),
    ]
    let declaration: RuleDeclaration

    init(_ declaration: RuleDeclaration) {
        self.declaration = declaration
    }

    init() {
        self.init(RuleDeclaration(definition: RuleDefinition(id: "children-count", title: "Children enrolled",
                                                             source: "test", explanation: "Counts children."),
                                  parameters: Self.parameterSpecs, versions: []))
    }

    func decode(_ values: ParameterValues) -> Parameters { Parameters(maximum: values.integer("maximum")) }

    func measure(_ month: InstitutionMonth, context: RuleContext<Parameters>) -> MonthFigures? {
        MonthFigures(children: month.children.count)
    }

    func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext<Parameters>,
                  into output: inout RuleOutput) {
        output.findings += months.map { month in
            let maximum = context.parameters(for: month.institution.period).maximum
            return Finding(period: .month(month.institution.period), scope: .institution,
                           municipality: month.institution.municipality, institutionID: month.institution.id,
                           rule: id, severity: .info, status: month.figures.children <= maximum ? .pass : .fail,
                           value: Double(month.figures.children), valueFormat: .count, threshold: Double(maximum),
                           source: legalSource)
        }
    }
}

@Suite("Rule registry and the rules description")
struct ExtensibilityAndDescriptionTests {
    @Test("a new rule kind is one type plus its registration")
    func newRuleKind() throws {
        var ruleSet = RuleSet.danish
        ruleSet.rules.append(ChildrenCountRule())
        ruleSet.settings["children-count"] = RuleSettings(parameters: ["maximum": .integer(11)])
        let evaluation = RuleEngine(ruleSet: ruleSet).runStages(OneMonthExample.dataset)
        let finding = try #require(evaluation.findings(rule: "children-count", institution: "657-101").first)
        #expect(finding.value == 12 && finding.threshold == 11 && finding.status == .fail)
        #expect(evaluation.findings.count == RuleEngine(ruleSet: .danish).runStages(OneMonthExample.dataset).findings.count + 3)
    }

    @Test("every rule of the Danish set has a unique id, a legal source and described parameters")
    func registry() {
        let ids = RuleSet.danish.rules.map(\.id)
        #expect(ids == ["minimum-staffing", "trained-share", "pedagogue-share", "childminder-size", "class-size",
                        "competence-coverage", "pupils-per-teacher"])
        #expect(RuleSet.danish.rules.allSatisfy { !$0.legalSource.isEmpty && $0.parameters.allSatisfy { !$0.description.isEmpty } })
    }

    @Test("normering rules: every rule, value, source and effective date")
    func description() throws {
        let configuration = try ConfigurationLoader.parse(yaml: """
            costPerFTE: {2024: 390000, 2025: 400000}
            rules:
              minimum-staffing:
                studentWeight: 0.4
                versions:
                  - from: 2022-01-01
                    childrenPerAdult: { under3: 3.4, over3: 6.8 }
                    severity: target
                  - from: 2024-01-01
              class-size: { disabled: true }
            """, file: "normering.yml")
        let text = RuleSetDescription(configuration: configuration).render()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 100 })
        for rule in RuleSet.danish.rules {
            #expect(text.contains("\(rule.id): \(rule.title)"))
            #expect(text.contains(rule.legalSource))
            for parameter in rule.parameters { #expect(text.contains(parameter.name)) }
        }
        #expect(text.contains("dagtilbudsloven § 19 b"))
        #expect(lines.contains { $0.contains("studentWeight") && $0.contains("0.4") && $0.contains("set in normering.yml:4:20") })
        #expect(lines.contains { $0.contains("managerWeight") && $0.contains("0.85") && $0.contains("built-in") })
        #expect(lines.contains { $0.contains("from 2022-01-01") && $0.contains("3.4") && $0.contains("severity target") })
        #expect(lines.contains { $0.contains("before 2022-01-01") && $0.contains("not in force") })
        #expect(lines.contains { $0.contains("costPerFTE") && $0.contains("2024: 390000") && $0.contains("normering.yml:1:13") })
        #expect(text.contains("Disabled"))
        let builtIn = RuleSetDescription(configuration: .defaults).render()
        #expect(builtIn.contains("no configuration file") && !builtIn.contains("set in"))
        #expect(builtIn.contains("from 2024-01-01"))
    }
}
