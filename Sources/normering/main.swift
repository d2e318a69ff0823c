import ArgumentParser

/// `normering`: checks staffing in daycare and schools against the law and local targets.
struct Normering: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normering",
        abstract: "Check minimum staffing (minimumsnormering), trained staff and school rules from XML exports.",
        subcommands: [CheckCommand.self, ValidateCommand.self, RulesCommand.self, SampleCommand.self],
        defaultSubcommand: CheckCommand.self
    )
}

Normering.main()
