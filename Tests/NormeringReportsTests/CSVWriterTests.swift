import NormeringCore
import Testing
@testable import NormeringReports

@Suite struct CSVWriterTests {
    func render(_ dialect: CSVDialect, _ body: (inout CSVWriter) -> Void) -> String {
        var csv = CSVWriter(dialect: dialect)
        body(&csv)
        return String(decoding: csv.bytes, as: UTF8.self)
    }

    @Test func rfc4180QuotesOnlyWhereNeeded() {
        let text = render(.rfc4180) { csv in
            for field in ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "semi;colon", "æøå", ""] {
                csv.text(field)
            }
            csv.endRow()
        }
        #expect(text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",semi;colon,æøå,\r\n")
    }

    /// Periods are written as bytes for years 0–9999; the text is what `PeriodText.csv` makes.
    @Test("periods, in both dialects, as PeriodText.csv writes them", arguments: [CSVDialect.rfc4180, .excelDa])
    func periods(dialect: CSVDialect) {
        var periods: [ReportPeriod] = [.year(2025), .year(0), .year(9999), .year(10_000), .year(-1)]
        for (year, month) in [(2025, 1), (2025, 12), (0, 7), (999, 3), (9999, 10), (10_000, 1), (-1, 5)] {
            if let yearMonth = YearMonth(year: year, month: month) { periods.append(.month(yearMonth)) }
        }
        #expect(periods.count == 12)
        for period in periods {
            let written = render(dialect) { csv in
                csv.text("x")
                csv.period(period)
                csv.endRow()
            }
            let expected = render(dialect) { csv in
                csv.text("x")
                csv.text(PeriodText.csv(period, dialect: dialect))
                csv.endRow()
            }
            #expect(written == expected, "\(period)")
        }
    }

    @Test func rfc4180HasNoBOMAndNeverGuardsFormulas() {
        var csv = CSVWriter(dialect: .rfc4180)
        csv.text("=1+1")
        csv.endRow()
        #expect(csv.bytes == Array("=1+1\r\n".utf8))
    }

    @Test func excelDaStartsWithABOMAndUsesSemicolonsAndDecimalCommas() {
        var csv = CSVWriter(dialect: .excelDa)
        csv.text("a,b")
        csv.text("c;d")
        csv.number(0.85, decimals: 3)
        csv.number(-2.5, decimals: 2)
        csv.number(nil, decimals: 2)
        csv.integer(-7)
        csv.endRow()
        #expect(Array(csv.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv.bytes.dropFirst(3), as: UTF8.self) == "a,b;\"c;d\";0,850;-2,50;;-7\r\n")
    }

    @Test(arguments: ["=SUM(A1)", "+45 1234", "-minus", "@home", "\ttab", "\rreturn"])
    func excelDaGuardsTextThatLooksLikeAFormula(field: String) {
        let text = render(.excelDa) { csv in
            csv.text(field)
            csv.endRow()
        }
        let body = String(text.dropFirst())  // the BOM
        if field.hasPrefix("\r") {
            #expect(body == "\"'\(field)\"\r\n")
        } else {
            #expect(body == "'\(field)\r\n")
        }
    }

    @Test func excelDaGuardsAndQuotesTogether() {
        let text = render(.excelDa) { csv in
            csv.text("=HYPERLINK(\"x\";1)")
            csv.endRow()
        }
        #expect(text.dropFirst() == "\"'=HYPERLINK(\"\"x\"\";1)\"\r\n")
    }

    @Test func excelDaLeavesNumbersAndOrdinaryTextUnguarded() {
        let text = render(.excelDa) { csv in
            csv.text("a=b")
            csv.text(" =b")
            csv.number(-0.5, decimals: 2)
            csv.endRow()
        }
        #expect(text.dropFirst() == "a=b; =b;-0,50\r\n")
    }

    @Test func periodsInEachDialect() throws {
        let march = try #require(YearMonth(year: 2025, month: 3))
        let rfc = render(.rfc4180) { csv in
            csv.period(.month(march))
            csv.period(.year(2025))
            csv.endRow()
        }
        let excel = render(.excelDa) { csv in
            csv.period(.month(march))
            csv.period(.year(2025))
            csv.endRow()
        }
        #expect(rfc == "2025-03,2025\r\n")
        #expect(excel.dropFirst() == "2025M03;2025\r\n")
    }

    @Test func emptyRejectsHaveTheirHeader() {
        #expect(RejectsCSV.render([], dialect: .rfc4180)
            == Array("file,line,column,severity,institution_id,record_id,message\r\n".utf8))
        #expect(RejectsCSV.render([], dialect: .excelDa)
            == [0xEF, 0xBB, 0xBF] + Array("file;line;column;severity;institution_id;record_id;message\r\n".utf8))
    }

    @Test func headersHaveTheSpecsColumns() {
        let findings = String(decoding: findingsCSV([], dialect: .rfc4180), as: UTF8.self)
        #expect(findings == "period,scope,municipality,institution_id,institution_name,kind,ownership,district,"
            + "unit,rule,severity,status,value,threshold,gap_fte,gap_cost,months,source\r\n")
        let normering = String(decoding: normeringCSV([], dialect: .rfc4180), as: UTF8.self)
        #expect(normering == "period,scope,municipality,institution_id,institution_name,ownership,district,"
            + "months,children_under3_fte,children_over3_fte,staff_fte,required_fte,gap_fte,gap_cost,"
            + "ratio_under3,ratio_over3,trained_share,pedagogue_share,status\r\n")
    }
}
