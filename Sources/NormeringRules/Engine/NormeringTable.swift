import NormeringCore

/// Completes normering.csv: its share columns hold the trained-share and
/// pedagogue-share figures of the same period and scope.
enum NormeringTable {
    /// Fills the share columns of `rows` from `findings`, in place.
    static func fillShares(of rows: inout [NormeringRow], from findings: [Finding]) {
        guard !rows.isEmpty else { return }
        var trained: [Key: Double] = [:]
        var pedagogue: [Key: Double] = [:]
        let trainedID = QualifiedShareRule.trained.id
        let pedagogueID = QualifiedShareRule.pedagogue.id
        for finding in findings where finding.unit.isEmpty && (finding.rule == trainedID || finding.rule == pedagogueID) {
            let key = Key(period: finding.period, scope: finding.scope, municipality: finding.municipality,
                          institutionID: finding.institutionID)
            if finding.rule == trainedID { trained[key] = finding.value }
            if finding.rule == pedagogueID { pedagogue[key] = finding.value }
        }
        for index in rows.indices {
            let key = Key(period: rows[index].period, scope: rows[index].scope, municipality: rows[index].municipality,
                          institutionID: rows[index].institutionID)
            rows[index].trainedShare = trained[key]
            rows[index].pedagogueShare = pedagogue[key]
        }
    }

    /// Period, scope, municipality and institution of a row.
    private struct Key: Hashable {
        var period: ReportPeriod
        var scope: Scope
        var municipality: String
        var institutionID: String
    }
}
