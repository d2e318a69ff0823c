import NormeringCore
import Glibc

/// What must hold for any input whatever: checked after every run of the importer.
enum Invariants {
    static func check(_ result: ImportResult, paths: [String]) {
        let statistics = result.statistics
        let records = statistics.recordsUsed + statistics.recordsIgnored + statistics.recordsRejected
        guard statistics.recordsRead == records else {
            FuzzInput.fail("records do not add up: \(statistics)")
        }
        guard statistics.filesRead == paths.count, statistics.filesRejected <= statistics.filesRead else {
            FuzzInput.fail("files do not add up: \(statistics) for \(paths.count) files")
        }
        guard statistics.recordsUsed >= 0, statistics.recordsIgnored >= 0, statistics.recordsRejected >= 0 else {
            FuzzInput.fail("a negative count: \(statistics)")
        }
        let inDataset = result.dataset.institutionMonths.reduce(0) {
            $0 + $1.employees.count + $1.children.count + $1.classes.count + $1.sfoPupils.count
        }
        guard inDataset == statistics.recordsUsed else {
            FuzzInput.fail("\(inDataset) records in the dataset, \(statistics.recordsUsed) counted as used")
        }
        if statistics.filesRejected > 0 || statistics.recordsRejected > 0, !result.hasErrors {
            FuzzInput.fail("something was rejected without an error: \(statistics)")
        }
        for diagnostic in result.diagnostics {
            checkDiagnostic(diagnostic, paths: paths)
        }
    }

    static func checkDiagnostic(_ diagnostic: Diagnostic, paths: [String]) {
        let location = diagnostic.location
        guard paths.contains(location.file), location.line >= 0, location.column >= 0 else {
            FuzzInput.fail("a diagnostic without a proper position: \(location)")
        }
        guard !diagnostic.code.isEmpty, !diagnostic.message.isEmpty else {
            FuzzInput.fail("a diagnostic without code or message at \(location)")
        }
        let line = diagnostic.formatted
        let prefix = "\(location.file):\(location.line):\(location.column): \(diagnostic.severity.rawValue): "
        guard line.hasPrefix(prefix), !line.contains("\n") else {
            FuzzInput.fail("a diagnostic not of the form FILE:LINE:COLUMN: severity: message: \(line)")
        }
        if containsCPRNumber(String(line.dropFirst(location.file.utf8.count))) {
            FuzzInput.fail("an unmasked CPR number in: \(line)")
        }
    }

    /// Ten ASCII digits in a row, or six, a dash and four, with no digit on either side.
    static func containsCPRNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57 }
        var index = 0
        while index < bytes.count {
            guard isDigit(index), !isDigit(index - 1) else { index += 1; continue }
            var end = index
            while isDigit(end) { end += 1 }
            if end - index == 10 { return true }
            if end - index == 6, end < bytes.count, bytes[end] == UInt8(ascii: "-") {
                var tail = end + 1
                while isDigit(tail) { tail += 1 }
                if tail - end - 1 == 4 { return true }
            }
            index = end
        }
        return false
    }
}
