#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files of a run whose content is byte for byte that of an earlier file (in reading order):
/// the same export given twice, under two names or in two folders. Such a file is left out
/// with one error, instead of one overlap error per record of it.
///
/// Files are compared by size first, then by their first bytes, and only then whole: a run in
/// which no two files have the same size opens no file here.
enum RepeatedFiles {
    /// For each file that repeats an earlier one, the index of the first file with its content.
    /// Only regular files that are not empty are compared (an empty file says so itself).
    static func find(_ paths: [String]) -> [Int: Int] {
        var bySize: [Int: [Int]] = [:]
        for index in paths.indices {
            var info = stat()
            guard stat(paths[index], &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { continue }
            bySize[Int(info.st_size), default: []].append(index)
        }
        var repeats: [Int: Int] = [:]
        for (size, indices) in bySize where indices.count > 1 {
            // The distinct contents met so far, by their first bytes: the first file of each.
            var firsts: [[UInt8]: [Int]] = [:]
            for index in indices {
                let start = FileStart.firstBytes(path: paths[index], count: FileStart.size)
                guard start.count == min(size, FileStart.size) else { continue } // changed or unreadable: the parser tells
                let candidates = firsts[start, default: []]
                if let original = candidates.first(where: { size <= start.count || sameBytes(paths[$0], paths[index]) }) {
                    repeats[index] = original
                } else {
                    firsts[start, default: []].append(index)
                }
            }
        }
        return repeats
    }

    /// Whether the two files hold the same bytes (false when either cannot be read).
    static func sameBytes(_ first: String, _ second: String) -> Bool {
        let a = open(first, O_RDONLY)
        guard a >= 0 else { return false }
        defer { close(a) }
        let b = open(second, O_RDONLY)
        guard b >= 0 else { return false }
        defer { close(b) }
        let chunk = 64 * 1024
        var left = [UInt8](repeating: 0, count: chunk)
        var right = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = left.withUnsafeMutableBytes { readFully(a, into: $0) }
            guard count >= 0, right.withUnsafeMutableBytes({ readFully(b, into: $0) }) == count else { return false }
            if count == 0 { return true }
            guard left[0..<count] == right[0..<count] else { return false }
        }
    }
}
