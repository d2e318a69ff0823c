/// One report, rendered: its file name in the output folder and its bytes.
public struct ReportFile: Hashable, Sendable {
    /// The bare file name, e.g. `findings.csv`.
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// The bytes as text (every report is UTF-8).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
