import NormeringCore
import Foundation
import Testing

/// Golden files: the reports as they must be, byte for byte, in `Golden/` (a copied
/// resource). Run with `NORMERING_UPDATE_GOLDEN=1` to (re)write them in the source tree,
/// then review them by eye: they are the contract.
enum Golden {
    /// The cost per FTE the fixtures' gaps were computed with, stated as set in a file.
    static let cost = CostBasis(costPerFTE: .flat(400_000), origin: "normering.yml:3")

    static var updating: Bool { ProcessInfo.processInfo.environment["NORMERING_UPDATE_GOLDEN"] == "1" }

    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func url(_ relativePath: String) -> URL? {
        Bundle.module.resourceURL?.appendingPathComponent("Golden").appendingPathComponent(relativePath)
    }

    static func bytes(_ relativePath: String) -> [UInt8]? {
        guard let url = url(relativePath), let data = try? Data(contentsOf: url) else { return nil }
        return [UInt8](data)
    }

    /// Compares `actual` with the golden file, or writes it when updating.
    static func check(_ actual: [UInt8], _ relativePath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if updating {
            let target = sourceFolder.appendingPathComponent(relativePath)
            try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(),
                                                     withIntermediateDirectories: true)
            #expect(throws: Never.self, sourceLocation: sourceLocation) { try Data(actual).write(to: target) }
            return
        }
        guard let expected = bytes(relativePath) else {
            Issue.record("golden file \(relativePath) is missing", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualText = String(decoding: actual, as: UTF8.self)
            let expectedText = String(decoding: expected, as: UTF8.self)
            let actualLines = actualText.components(separatedBy: "\n")
            let expectedLines = expectedText.components(separatedBy: "\n")
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            let detail = first.map {
                "line \($0.offset + 1):\n  actual:   \($0.element.0.debugDescription)\n  expected: \($0.element.1.debugDescription)"
            } ?? "line count \(actualLines.count) vs \(expectedLines.count)"
            Issue.record("\(relativePath) differs from its golden file; \(detail)", sourceLocation: sourceLocation)
        }
    }
}
