import Foundation

/// Writing to the terminal: problems to standard error, results to standard output.
enum Terminal {
    /// Writes a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Whether standard error is a terminal (progress is shown only then).
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
}

/// An error for people, printed by ArgumentParser as `Error: …` with exit status 2.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
