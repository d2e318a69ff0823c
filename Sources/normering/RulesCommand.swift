import ArgumentParser
import NormeringConfig

/// `normering rules`: prints the rule set in force, each value with its source and
/// effective dates.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the rules in force (after the config file), each value with its source and effective dates.",
        discussion: """
            Examples:
              normering rules
              normering rules --config kommune.yml
              normering rules --ruleset norway
            """
    )

    @Option(name: .long, help: "The configuration file (default: normering.yml in the current folder, if present).")
    var config: String?

    @Option(help: ruleSetHelp)
    var ruleset: String?

    func run() throws {
        let configuration = try ConfigurationLoader.resolve(explicitPath: config, ruleSet: ruleset)
        print(RuleSetDescription(configuration: configuration).render(), terminator: "")
    }
}
