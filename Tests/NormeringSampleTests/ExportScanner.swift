import Foundation
import NormeringCore

/// A minimal reader of the generator's own output, for the tests: one element per line,
/// as the generator writes it. Not an XML parser (the importer is the real one).
struct ScannedElement: Sendable {
    var name: String
    var attributes: [String: String]
    var line: Int
    var children: [ScannedElement] = []
}

/// One export file, scanned: the root's attributes and its institutions with their records.
struct ScannedFile: Sendable {
    var path: String
    var root: String
    var rootAttributes: [String: String]
    var declaredEncoding: String
    var institutions: [ScannedElement]

    var period: String { rootAttributes["period"] ?? "" }
}

enum ExportScanner {
    /// Reads a file, decoding it by its declared encoding.
    static func read(_ path: String) throws -> ScannedFile {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let head = String(decoding: data.prefix(100), as: UTF8.self)
        let latin1 = head.contains("encoding=\"ISO-8859-1\"")
        let text: String
        if latin1 {
            text = String(data.map { Character(Unicode.Scalar($0)) })
        } else {
            guard let utf8 = String(data: data, encoding: .utf8) else {
                throw ScanError.notUTF8(path)
            }
            text = utf8
        }
        var root = ""
        var rootAttributes: [String: String] = [:]
        var institutions: [ScannedElement] = []
        var stack: [ScannedElement] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("<?xml") { continue }
            if line.hasPrefix("</") {
                guard let done = stack.popLast() else { continue }
                if stack.isEmpty {
                    if done.name == "institution" { institutions.append(done) }
                } else {
                    stack[stack.count - 1].children.append(done)
                }
                continue
            }
            guard var element = parseStartTag(line, line: index + 1) else { throw ScanError.unreadable(path, index + 1) }
            if root.isEmpty {
                root = element.name
                rootAttributes = element.attributes
                continue
            }
            element.line = index + 1
            if line.hasSuffix("/>") {
                if stack.isEmpty { institutions.append(element) } else { stack[stack.count - 1].children.append(element) }
            } else {
                stack.append(element)
            }
        }
        return ScannedFile(path: path, root: root, rootAttributes: rootAttributes,
                           declaredEncoding: latin1 ? "ISO-8859-1" : "UTF-8", institutions: institutions)
    }

    static func parseStartTag(_ line: String, line number: Int) -> ScannedElement? {
        guard line.hasPrefix("<") else { return nil }
        var rest = Substring(line.dropFirst())
        let name = rest.prefix { $0 != " " && $0 != ">" && $0 != "/" }
        rest = rest.dropFirst(name.count)
        var attributes: [String: String] = [:]
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingCharacters(in: .whitespaces)
            let afterEq = rest[rest.index(after: eq)...]
            guard afterEq.first == "\"" else { return nil }
            let valueStart = afterEq.index(after: afterEq.startIndex)
            guard let close = afterEq[valueStart...].firstIndex(of: "\"") else { return nil }
            attributes[key] = unescape(String(afterEq[valueStart..<close]))
            rest = afterEq[afterEq.index(after: close)...]
        }
        return ScannedElement(name: String(name), attributes: attributes, line: number)
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].firstIndex(of: ";") {
                let entity = s[s.index(after: i)..<semi]
                switch entity {
                case "amp": out.append("&")
                case "lt": out.append("<")
                case "gt": out.append(">")
                case "quot": out.append("\"")
                case "apos": out.append("'")
                default:
                    if entity.hasPrefix("#x"), let v = UInt32(entity.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) {
                        out.unicodeScalars.append(u)
                    } else {
                        out += "&" + entity + ";"
                    }
                }
                i = s.index(after: semi)
            } else {
                out.append(s[i])
                i = s.index(after: i)
            }
        }
        return out
    }

    /// Every `.xml` file under a folder, in sorted path order.
    static func files(under folder: String) -> [String] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".xml") { paths.append(folder + "/" + relative) }
        }
        return paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}

enum ScanError: Error {
    case notUTF8(String)
    case unreadable(String, Int)
}

/// Dates of the exports.
func day(_ text: String?) -> Int? {
    guard let text else { return nil }
    let parts = text.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
          let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
          let date = LocalDate(year: y, month: m, day: d) else { return nil }
    return date.dayNumber
}

/// A temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "normering-sample-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
