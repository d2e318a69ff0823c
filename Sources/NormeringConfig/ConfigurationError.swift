import NormeringCore

/// A problem in the configuration file, with where it is: `FILE:LINE:COLUMN: error: message`.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, line and column (1-based; 0 where there is no position).
    public var location: SourceLocation
    /// What is wrong, for people.
    public var message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }
}
