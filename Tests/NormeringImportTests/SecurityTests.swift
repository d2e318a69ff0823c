import Foundation
import NormeringCore
import Testing
@testable import NormeringImport

#if canImport(Glibc)
import Glibc
import NormeringTestSupport
#endif

@Suite("DOCTYPE, entities and network")
struct SecurityTests {
    @Test("any DOCTYPE rejects the file before an entity is expanded", arguments: [
        "security/billion-laughs.xml", "security/xxe-file.xml", "security/xxe-http.xml",
        "security/external-dtd.xml", "security/parameter-entity.xml",
    ])
    func doctypeRejected(file: String) {
        let result = importFixtures([file])
        #expect(lineCodes(result) == ["2 error doctype"])
        #expect(result.dataset.institutionMonths.isEmpty)
        #expect(result.statistics.filesRejected == 1)
        let text = result.diagnostics.map(\.formatted).joined()
        #expect(!text.contains("root:"))
        #expect(!text.contains("lol"))
    }

    /// A listener on a local port: the http entity and the external DTD point at it, and no
    /// connection may ever arrive.
    @Test func noNetworkAccess() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(bound == 0)
        try #require(listen(listener, 4) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("normering-net-\(port)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for name in ["xxe-http.xml", "external-dtd.xml"] {
            let text = try String(contentsOfFile: fixture("security/" + name), encoding: .utf8)
                .replacingOccurrences(of: "127.0.0.1:9/", with: "127.0.0.1:\(port)/")
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        let result = Importer(options: ImportOptions(workers: 1)).gather(files: paths)
        #expect(result.diagnostics.map(\.code) == ["doctype", "doctype"])

        _ = fcntl(listener, F_SETFL, fcntl(listener, F_GETFL) | O_NONBLOCK)
        let connection = accept(listener, nil, nil)
        if connection >= 0 { close(connection) }
        #expect(connection < 0, "the importer connected to the network")
    }
}
