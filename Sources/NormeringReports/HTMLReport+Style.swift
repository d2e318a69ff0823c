extension HTMLPageBuilder {
    /// The page's style: readable type on a screen, at 420 pixels no text under 12 pixels and
    /// nothing wider than the screen (the columns marked `opt` give way, never the name and
    /// the status), and on A4 paper every column on the page, headings kept with what follows
    /// and table headers repeated. `build()` adds the printed pages' header and page number.
    static let stylesheet = """
        html { font-size: 16px; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
          color: #1f2328; background: #fff; line-height: 1.45; max-width: 1100px; margin: 1.5rem auto;
          padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
        h2 { font-size: 1.25rem; margin: 2.2rem 0 .6rem; padding-bottom: .3rem; border-bottom: 1px solid #d0d7de;
          break-after: avoid; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; break-after: avoid; }
        .subtitle, .note, footer { color: #4d555e; }
        .note, footer { font-size: .875rem; }
        a { color: #0058a3; }
        .verdict { border-left: 6px solid #0072b2; background: #f6f8fa; padding: .5rem 1rem; margin: .8rem 0; }
        .verdict.fail { border-left-color: #e69f00; }
        .verdict p { margin: .25rem 0; }
        .verdict p.main { font-weight: 700; font-size: 1.1rem; }
        ul.not-met { margin: .4rem 0; padding-left: 1.3rem; }
        ul.not-met li { margin: .3rem 0; }
        .caution { border: 1px solid #e69f00; background: #fff8e6; padding: .5rem 1rem; }
        .keep { break-inside: avoid; }
        figure { margin: .4rem 0 .6rem; }
        figcaption { font-size: .875rem; margin-top: .2rem; }
        .key { white-space: nowrap; margin-right: 1rem; }
        .swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .3rem; vertical-align: -.1rem; }
        .swatch.mark { height: .25rem; vertical-align: .2rem; }
        svg.chart { display: block; width: 100%; max-width: 520px; height: auto; }
        svg.spark { display: block; }
        .table-wrap { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; font-size: .875rem; margin: .3rem 0 1rem; }
        th, td { padding: .25rem .5rem; border-bottom: 1px solid #d8dee4; text-align: left; vertical-align: top; }
        thead th { background: #f6f8fa; border-bottom: 2px solid #d0d7de; vertical-align: bottom; }
        tbody th { font-weight: 600; }
        th .sub { font-weight: normal; color: #4d555e; }
        tr.total td { font-weight: 700; border-top: 2px solid #d0d7de; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        th.sub { padding-left: 1.6rem; font-weight: normal; }
        table.counts th { font-weight: normal; }
        td.trend { padding-top: .1rem; padding-bottom: .1rem; }
        .status { white-space: nowrap; }
        .status-fail { color: #8a4b00; font-weight: 700; }
        .status-pass { color: #005a8c; }
        .status-info, .status-not-in-force { color: #4d555e; }
        footer { margin-top: 3rem; border-top: 1px solid #d0d7de; }
        td:first-child { white-space: nowrap; }
        @media (max-width: 600px) {
          body { padding: 0 .5rem; margin: 1rem auto; }
          h1 { font-size: 1.35rem; }
          .opt { display: none; }
          table { font-size: .8125rem; width: 100%; }
          th, td { padding: .25rem .25rem; }
          td:first-child, th.num { white-space: normal; }
          th, td { overflow-wrap: anywhere; }
          td.num, .status { overflow-wrap: normal; }
        }
        @page { size: A4; margin: 16mm 12mm 16mm 12mm;
          @top-left { font-family: system-ui, sans-serif; font-size: 8pt; color: #4d555e; }
          @bottom-right { font-family: system-ui, sans-serif; font-size: 8pt; color: #4d555e; } }
        @media print {
          html { font-size: 9.5pt; }
          body { max-width: none; margin: 0; padding: 0; }
          .table-wrap { overflow: visible; }
          table { width: 100%; }
          td, th { overflow-wrap: anywhere; }
          td.num, th.num, .status { overflow-wrap: normal; }
          thead { display: table-header-group; }
          tr, .verdict, figure { break-inside: avoid; }
          svg.chart { max-width: 120mm; }
          a { color: inherit; }
        }

        """
}
