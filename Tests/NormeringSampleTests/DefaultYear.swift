import Foundation
import NormeringSample

/// The default sample year, generated once into a temporary folder and scanned.
enum DefaultYear {
    struct Scan: Sendable {
        var files: [ScannedFile]
        /// Raw bytes of the first ISO-8859-1 file.
        var latin1Bytes: [UInt8]
        var latin1Path: String
    }

    static let scan: Result<Scan, Error> = Result {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let written = try SampleGenerator(options: SampleOptions()).write(to: folder.path)
        let files = try written.map { try ExportScanner.read($0) }
        let latin1 = files.first { $0.declaredEncoding == "ISO-8859-1" }
        let bytes = try latin1.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0.path))) } ?? []
        return Scan(files: files, latin1Bytes: bytes,
                    latin1Path: latin1.map { String($0.path.dropFirst(folder.path.count + 1)) } ?? "")
    }

    static func get() throws -> Scan { try scan.get() }

    /// Every record of one kind, with the file and the institution it is in.
    static func records(_ name: String, in files: [ScannedFile]) -> [(file: ScannedFile, institution: ScannedElement, record: ScannedElement)] {
        var result: [(ScannedFile, ScannedElement, ScannedElement)] = []
        for file in files {
            for institution in file.institutions {
                for record in institution.children where record.name == name { result.append((file, institution, record)) }
            }
        }
        return result
    }
}
