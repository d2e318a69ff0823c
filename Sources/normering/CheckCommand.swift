import ArgumentParser

// Placeholder: replaced by the real command in its own change.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Not built yet.")
    func run() throws { throw ValidationError("'check' is not built yet") }
}
