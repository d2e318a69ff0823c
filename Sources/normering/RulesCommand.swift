import ArgumentParser

// Placeholder: replaced by the real command in its own change.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "Not built yet.")
    func run() throws { throw ValidationError("'rules' is not built yet") }
}
