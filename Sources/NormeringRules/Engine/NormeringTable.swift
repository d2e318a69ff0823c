import NormeringCore

/// Completes normering.csv: its share columns hold the trained-share and
/// pedagogue-share figures of the same period and scope.
enum NormeringTable {
    static func fillingShares(of rows: [NormeringRow], from findings: [Finding]) -> [NormeringRow] {
        guard !rows.isEmpty else { return rows }
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
        return rows.map { row in
            var row = row
            let key = Key(period: row.period, scope: row.scope, municipality: row.municipality,
                          institutionID: row.institutionID)
            row.trainedShare = trained[key]
            row.pedagogueShare = pedagogue[key]
            return row
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
