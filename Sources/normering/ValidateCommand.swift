import ArgumentParser

// Placeholder: replaced by the real command in its own change.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Not built yet.")
    func run() throws { throw ValidationError("'validate' is not built yet") }
}
