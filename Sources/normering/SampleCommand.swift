import ArgumentParser

// Placeholder: replaced by the real command in its own change.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sample", abstract: "Not built yet.")
    func run() throws { throw ValidationError("'sample' is not built yet") }
}
