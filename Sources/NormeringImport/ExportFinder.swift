import Foundation

/// Finds the export files of a run.
public enum ExportFinder {
    /// A path given to the run that does not exist.
    public struct MissingPath: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var description: String { "no such file or folder: \(path)" }
    }

    /// The export files under `paths`: a file is taken as it is; a folder is searched
    /// recursively for `*.xml` in any letter case (hidden files and folders, whose names
    /// begin with a dot, are passed over). Paths are kept as found (relative stays relative)
    /// and sorted as UTF-8 bytes, so `Imports/2025-03.xml` comes before `Imports/2025-03/a.xml`.
    ///
    /// - Throws: `MissingPath` for the first path that does not exist.
    public static func find(_ paths: [String]) throws -> [String] {
        let manager = FileManager.default
        var found: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { throw MissingPath(path: path) }
            if isFolder.boolValue {
                collect(in: trimmedFolder(path), manager: manager, into: &found)
            } else {
                found.append(path)
            }
        }
        return sortedUnique(found)
    }

    /// Sorted as UTF-8 bytes, each path once.
    static func sortedUnique(_ paths: [String]) -> [String] {
        var unique: [String] = []
        for path in paths.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            if let last = unique.last, last.utf8.elementsEqual(path.utf8) { continue }
            unique.append(path)
        }
        return unique
    }

    private static func trimmedFolder(_ path: String) -> String {
        var folder = path
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return folder
    }

    private static func collect(in folder: String, manager: FileManager, into found: inout [String]) {
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = folder == "/" ? "/" + name : folder + "/" + name
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                collect(in: path, manager: manager, into: &found)
            } else if name.lowercased().hasSuffix(".xml") {
                // A file, or a link to nothing (an unmounted share, say): taken, so that the run
                // reports the latter as unreadable instead of leaving the file out without a word.
                found.append(path)
            }
        }
    }
}
