import Foundation
import NormeringCore

/// The text of a YAML file the tool reads (normering.yml, a rule-set file, a scenario): its
/// bytes as UTF-8, a byte-order mark dropped. A file that cannot be read or is not UTF-8 is
/// a `ConfigurationError` naming it.
enum YAMLFileText {
    /// The text of the file at `path`; `what` names the kind of file in errors ("the
    /// scenario file").
    static func read(_ path: String, what: String) throws(ConfigurationError) -> String {
        let location = SourceLocation(file: path, line: 0, column: 0)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(location: location, message: "cannot read \(what)")
        }
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigurationError(location: location, message: "\(what) is not UTF-8 text")
        }
        return text
    }
}
