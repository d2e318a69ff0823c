#!/usr/bin/env python3
"""report.html in a real browser (Debian's chromium, headless).

Writes the bundled year's reports with `--format csv,text,html` (English and Danish), then:
- at 1280 and at 420 pixels wide: the document is no wider than the window, no element
  reaches past its right edge, and no text on screen is smaller than 12 pixels;
- printed to PDF (A4): the page count lies in the expected range, and every failing legal
  row's institution and status word are in the PDF's text (pdftotext);
- the page is under 1.5 MB (its speed is measured in BENCHMARKS.md, not here).
Screenshots and PDFs are kept in the folder given by --keep (to look at them).

Usage: scripts/browser_check.py [--binary PATH] [--keep DIR]
Exit status 0 when every check passes, 1 when one fails, 2 when chromium is missing.
"""
import argparse, html, json, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MEASURE = os.path.join(ROOT, "scripts", "browser-measure.js")
CHROMIUM = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--allow-file-access-from-files"]
# The bundled year's legal requirements not met: institution, and the status word in each language.
FAILURES = ["657-10013 Den Private Børnehave Humlebien", "657-20001 Dagplejen Lærkehøj", "657-30003 Ådalsskolen"]
FAIL_WORD = {"en": "below", "da": "under"}
PAGES = range(6, 25)  # A4 pages the bundled year should print on

failures = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        failures.append(message)


def chromium(args, timeout=120):
    return subprocess.run([BROWSER] + CHROMIUM + args, capture_output=True, text=True, timeout=timeout)


def measure(page, width, folder):
    """Lays `page` out `width` pixels wide (in an iframe: a window cannot be that narrow) and
    returns what browser-measure.js found."""
    with open(page, encoding="utf-8") as f:
        text = f.read()
    measured = os.path.join(folder, "measured.html")
    with open(measured, "w", encoding="utf-8") as f:
        f.write(text.replace("</body>", "<style>::-webkit-scrollbar{width:0;height:0}</style>"
                             f'<script src="file://{MEASURE}"></script></body>'))
    wrapper = os.path.join(folder, "wrapper.html")
    with open(wrapper, "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html><html><body style="margin:0"><iframe src="measured.html" '
                f'style="width:{width}px;height:3000px;border:0"></iframe></body></html>')
    out = chromium([f"--window-size={max(width, 800)},1000", "--virtual-time-budget=5000", "--dump-dom",
                    "file://" + wrapper]).stdout
    found = re.search(r'data-check="([^"]*)"', out)
    return json.loads(html.unescape(found.group(1))) if found else None


def main():
    global BROWSER
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "normering"))
    parser.add_argument("--keep", default=None)
    options = parser.parse_args()
    BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
    if not BROWSER:
        print("browser check skipped: chromium is not installed (apt-get install chromium)")
        return 2
    work = tempfile.mkdtemp(prefix="normering-browser-")
    keep = options.keep
    if keep:
        os.makedirs(keep, exist_ok=True)
    for language in ["en", "da"]:
        output = os.path.join(work, language)
        subprocess.run([options.binary, "check", "--quiet", "--format", "csv,text,html", "--language", language,
                        "--output", output], cwd=ROOT)
        page = os.path.join(output, "report.html")
        size = os.path.getsize(page)
        check(size < 1_500_000, f"{language}: report.html is {size:,} bytes (under 1.5 MB)")
        for width in [1280, 420]:
            found = measure(page, width, output)
            if found is None:
                check(False, f"{language} {width}px: the page was measured")
                continue
            check(found["document"] <= found["window"],
                  f"{language} {width}px: document {found['document']} px wide in a {found['window']} px window")
            check(found["overCount"] == 0,
                  f"{language} {width}px: no element past the right edge ({found['overCount']}: {found['over']})")
            check(found["smallest"] >= 12,
                  f"{language} {width}px: smallest text {found['smallest']:.1f} px ({found['smallestText']!r})")
            if keep:  # the page in the same iframe (a window is at least 500 pixels wide)
                chromium([f"--window-size={max(width, 500)},2400", f"--screenshot={keep}/{language}-{width}.png",
                          "file://" + os.path.join(output, "wrapper.html")])
        pdf = os.path.join(output, "report.pdf")
        chromium(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + page])
        check(os.path.exists(pdf), f"{language}: printed to PDF")
        if not os.path.exists(pdf):
            continue
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        paper = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
        check(pages in PAGES, f"{language}: {pages} printed pages (expected {PAGES.start}–{PAGES.stop - 1})")
        check(paper and abs(float(paper.group(1)) - 595.3) < 2 and abs(float(paper.group(2)) - 841.9) < 2,
              f"{language}: A4 paper ({paper.group(0) if paper else '?'})")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        flat = re.sub(r"\s+", " ", text)
        for institution in FAILURES:
            check(institution in flat, f"{language}: the PDF names {institution}")
        check(flat.count("✗ " + FAIL_WORD[language]) >= 3 or flat.count(FAIL_WORD[language]) >= 3,
              f"{language}: the PDF shows the status '{FAIL_WORD[language]}'")
        check(f"/ {pages}" in flat, f"{language}: every printed page is numbered (… / {pages})")
        if keep:
            shutil.copy(pdf, os.path.join(keep, f"{language}.pdf"))
    shutil.rmtree(work, ignore_errors=True)
    print(f"browser check: {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
