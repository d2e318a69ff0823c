/// One report: its file name in the output folder and how its bytes are made.
///
/// A small report is rendered up front (`init(name:bytes:)`). A large one (findings.csv,
/// findings.json) is rendered while it is written (`init(name:pieces:)`), handed to the
/// file a piece at a time, so that its bytes are never all in memory at once.
public struct ReportFile: Sendable {
    /// The bare file name, e.g. `findings.csv`.
    public var name: String
    private let produce: @Sendable (_ emit: ([UInt8]) -> Void) -> Void

    /// A report whose bytes are already made.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        produce = { emit in emit(bytes) }
    }

    /// A report rendered as it is written: `pieces` hands its bytes, in order, to the
    /// function it is given. It must give the same bytes every time it is called.
    public init(name: String, pieces: @escaping @Sendable (_ emit: ([UInt8]) -> Void) -> Void) {
        self.name = name
        produce = pieces
    }

    /// Renders the report, handing its bytes to `emit` in order, in one or more pieces.
    public func writePieces(_ emit: ([UInt8]) -> Void) {
        produce(emit)
    }

    /// All the bytes at once (for tests and small reports).
    public var bytes: [UInt8] {
        var all: [UInt8] = []
        writePieces { all.append(contentsOf: $0) }
        return all
    }

    /// The bytes as text (every report is UTF-8).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
