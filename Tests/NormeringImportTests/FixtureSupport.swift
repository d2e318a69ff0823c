import Foundation
import NormeringCore
@testable import NormeringImport
import NormeringTestSupport

/// The fixture folder, copied into the test bundle.
let fixtureRoot: String = {
    guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
        return "Tests/NormeringImportTests/Fixtures"
    }
    return url.path
}()

/// The full path of a fixture.
func fixture(_ relative: String) -> String { fixtureRoot + "/" + relative }

/// Imports fixtures (relative paths) with the given worker count.
func importFixtures(_ relative: [String], workers: Int = 1, periods: ClosedRange<YearMonth>? = nil) -> ImportResult {
    Importer(options: ImportOptions(workers: workers, periods: periods)).gather(files: relative.map(fixture))
}

/// `LINE severity code` per diagnostic, in the result's order: compact to compare.
func lineCodes(_ result: ImportResult) -> [String] {
    result.diagnostics.map { "\($0.location.line) \($0.severity.rawValue) \($0.code)" }
}

/// The diagnostics of one code.
func diagnostics(_ result: ImportResult, code: String) -> [Diagnostic] {
    result.diagnostics.filter { $0.code == code }
}

extension ImportResult {
    /// The institution-month of an id (the first period).
    func institution(_ id: String) -> InstitutionMonth? {
        dataset.institutionMonths.first { $0.id == id }
    }
}

extension ImportStatistics {
    var addsUp: Bool { recordsRead == recordsUsed + recordsIgnored + recordsRejected }
}

func ymd(_ year: Int, _ month: Int, _ day: Int) -> LocalDate? { LocalDate(year: year, month: month, day: day) }

/// Runs `body` on the UTF-8 bytes of `text` as a `ByteSpan`.
func span<T>(_ text: String, _ body: (ByteSpan) -> T) -> T {
    var copy = text
    return copy.withUTF8 { buffer in
        guard let base = buffer.baseAddress else {
            return withUnsafePointer(to: UInt8(0)) { body(ByteSpan(base: $0, count: 0)) }
        }
        return body(ByteSpan(base: base, count: buffer.count))
    }
}
