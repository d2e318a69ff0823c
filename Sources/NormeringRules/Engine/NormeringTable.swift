import NormeringCore

/// Completes normering.csv: its share columns hold the trained-share and
/// pedagogue-share figures of the same period and scope.
enum NormeringTable {
    static func fillingShares(of rows: [NormeringRow], from findings: [Finding]) -> [NormeringRow] {
        guard !rows.isEmpty else { return rows }
        var trained: [String: Double] = [:]
        var pedagogue: [String: Double] = [:]
        for finding in findings where finding.unit.isEmpty {
            let key = Self.key(finding.period, finding.scope, finding.municipality, finding.institutionID)
            if finding.rule == QualifiedShareRule.trained.id { trained[key] = finding.value }
            if finding.rule == QualifiedShareRule.pedagogue.id { pedagogue[key] = finding.value }
        }
        return rows.map { row in
            var row = row
            let key = Self.key(row.period, row.scope, row.municipality, row.institutionID)
            row.trainedShare = trained[key]
            row.pedagogueShare = pedagogue[key]
            return row
        }
    }

    private static func key(_ period: ReportPeriod, _ scope: Scope, _ municipality: String, _ id: String) -> String {
        "\(period)\u{1}\(scope.rawValue)\u{1}\(municipality)\u{1}\(id)"
    }
}
