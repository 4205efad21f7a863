#!/usr/bin/env python3
"""The report and an embedded SVG in a real browser: headless Chromium driven through
Selenium and chromedriver, at a phone (390 px), an article column (680 px) and a desktop
(1400 px). Checks, for the seed report (2016, 2020, 2024, with a title, subtitle and
introduction) and for `render --embed --width 680`:

- no drawn element of any shown SVG lies outside its SVG's box;
- labels are at least 11 CSS px at the width they are shown at;
- ids are unique across the page;
- with scripts disabled, every year's section is in the DOM and shown;
- axe-core (axe-selenium-python) finds no serious or critical violation;
- a report of a generated large graph (1,000 actors, 20,000 relations by default; ENTENTE_LARGE_REPORT=5000x100000
  for the full size) is under 5 MB, opens with every year and shows its cut diagram and tables.

Screenshots go to .build/screens/ (look at them). usage (from the repository root):
    python3 Tests/Report/browser_check.py ENTENTE_BINARY
Prints one line per check and closes with 'N passed, N failed'; exits 1 on a failure.
"""
import base64
import os
import shutil
import subprocess
import sys
import tempfile
import time

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

BIN = sys.argv[1]
SCREENS = os.path.join(".build", "screens")
WIDTHS = [390, 680, 1400]
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def entente(*args):
    r = subprocess.run([BIN, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"entente {' '.join(args)} failed: {r.stderr}")
    return r.stdout


def browser():
    options = webdriver.ChromeOptions()
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(a)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        options.binary_location = chromium
    driver_path = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


def screenshot(driver, stem, width):
    """Screens of `width` CSS px: the top of the page and each place a reader looks at, through the DevTools protocol."""
    places = [("top", "body"), ("diagram", "section.year.shown figure, section.year figure"),
              ("table", "section.year.shown .table-scroll, section.year .table-scroll"),
              ("changes", "#compare h3 + h4, #compare h4"), ("side-by-side", "#compare figure"), ("svg", "svg")]
    for name, selector in places:
        top = driver.execute_script(
            "var e = document.querySelector(arguments[0]); if (!e) { return -1; }"
            "return e.getBoundingClientRect().top + window.scrollY;", selector)
        if top < 0:
            continue
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": max(0, top - 20), "width": width, "height": 900, "scale": 1}})
        with open(f"{stem}-{name}.png", "wb") as f:
            f.write(base64.b64decode(shot["data"]))


# Every shown SVG: drawn elements outside its box (in CSS px, 1 px of slack), and its smallest label.
MEASURE = """
var out = [], all = document.querySelectorAll('svg');
all.forEach(function (svg, k) {
  var root = svg.getBoundingClientRect();
  if (root.width === 0 || root.height === 0 || svg.closest('svg') !== svg) { return; }
  var outside = 0, n = 0, small = 1e9, smallText = '';
  svg.querySelectorAll('text,path,polygon,ellipse,polyline,rect,line,circle').forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) { return; }
    if (getComputedStyle(e).visibility === 'hidden' || getComputedStyle(e).display === 'none') { return; }
    n++;
    if (r.left < root.left - 1 || r.top < root.top - 1 || r.right > root.right + 1 || r.bottom > root.bottom + 1) { outside++; }
    if (e.tagName === 'text' && e.textContent.trim() !== '') {
      var m = e.getScreenCTM();
      var size = parseFloat(getComputedStyle(e).fontSize) * (m ? Math.sqrt(m.a * m.a + m.b * m.b) : 1);
      if (size < small) { small = size; smallText = e.textContent.trim(); }
    }
  });
  var where = svg.closest('section, figure');
  out.push({k: k, label: svg.getAttribute('aria-label') || (where ? where.id || where.className : ''),
            outside: outside, n: n, small: small, smallText: smallText});
});
return out;
"""

IDS = """
var seen = {}, dup = [];
document.querySelectorAll('[id]').forEach(function (e) { if (seen[e.id]) { dup.push(e.id); } seen[e.id] = true; });
return [Object.keys(seen).length, dup.slice(0, 5)];
"""


def measure_page(driver, name, width, min_font=11.0):
    svgs = driver.execute_script(MEASURE)
    check(f"{name} at {width} px shows SVGs", len(svgs) > 0, "no SVG shown")
    bad = [s for s in svgs if s["outside"] > 0]
    check(f"{name} at {width} px: every drawn element inside its SVG ({sum(s['n'] for s in svgs)} elements)",
          not bad, "; ".join(f"{s['label']}: {s['outside']} of {s['n']} outside" for s in bad))
    small = [s for s in svgs if s["small"] < min_font]
    check(f"{name} at {width} px: labels >= {min_font} px (smallest "
          f"{min((s['small'] for s in svgs), default=0):.1f} px)",
          not small, "; ".join(f"{s['label']}: '{s['smallText']}' at {s['small']:.1f} px" for s in small))


def sections_without_script(driver, url, years):
    """Year sections in the DOM and shown with scripts disabled, read through the DevTools protocol."""
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    driver.get(url)
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    nodes = driver.execute_cdp_cmd("DOM.querySelectorAll", {"nodeId": root, "selector": "section.year"})["nodeIds"]
    shown = []
    for node in nodes:
        attrs = driver.execute_cdp_cmd("DOM.getAttributes", {"nodeId": node})["attributes"]
        year = dict(zip(attrs[::2], attrs[1::2])).get("data-year")
        try:
            box = driver.execute_cdp_cmd("DOM.getBoxModel", {"nodeId": node})["model"]
            if box["width"] > 0 and box["height"] > 0:
                shown.append(year)
        except Exception:
            pass
    check(f"without scripts every year's section is present and shown ({', '.join(years)})",
          shown == years, f"shown: {shown}")
    # Every year's diagrams at once, as a phone shows the page without scripts.
    driver.set_window_size(390, 1000)
    inner = driver.execute_script("return window.innerWidth")
    driver.set_window_size(390 + (390 - inner), 1000)
    measure_page(driver, "report without scripts", 390)
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    # A new document: a fragment change would keep the one loaded without scripts.
    driver.get("about:blank")


def large_report(driver, tmp):
    """A report of a generated large graph (ENTENTE_LARGE_REPORT, actors x relations, default 1000x20000, the
    size a debug build writes in about a minute; 5000x100000 with a release build): its page under 5 MB,
    every year's section present, the shown year's diagram drawn, and a screenshot to look at."""
    size = os.environ.get("ENTENTE_LARGE_REPORT", "1000x20000")
    generator = os.path.join("..", "shared", "bench", "gen_yaml.py")
    if not os.path.exists(generator):
        print(f"SKIPPED: large report check ({generator} not found; it needs ../shared beside the repository)")
        return
    actors, relations = size.split("x")
    graph = os.path.join(tmp, f"graph_{actors}_{relations}.yaml")
    subprocess.run([sys.executable, generator, actors, relations, graph], check=True, capture_output=True)
    report = os.path.join(tmp, "large")
    start = time.monotonic()
    entente("report", graph, "--at", "2016", "--at", "2020", "--at", "2024", "--no-pdf", "-o", report)
    seconds = time.monotonic() - start
    page = os.path.join(report, "index.html")
    megabytes = os.path.getsize(page) / 1e6
    print(f"     large report ({actors} actors, {relations} relations): written in {seconds:.1f} s, "
          f"index.html {megabytes:.2f} MB")
    check(f"large report ({size}): index.html under 5 MB ({megabytes:.2f} MB)", megabytes < 5)
    csvs = sorted(f for f in os.listdir(report) if f.endswith(".csv"))
    check(f"large report ({size}): the cut tables are beside the page as CSV ({len(csvs)} files)", len(csvs) == 6,
          f"{csvs}")
    driver.set_window_size(1400, 1000)
    inner = driver.execute_script("return window.innerWidth")
    driver.set_window_size(1400 + (1400 - inner), 1000)
    start = time.monotonic()
    driver.get("file://" + os.path.abspath(page) + "#2020")
    loaded = time.monotonic() - start
    years = driver.execute_script(
        "return Array.from(document.querySelectorAll('section.year')).map(function (s) { return s.dataset.year; });")
    check(f"large report ({size}) opens in Chromium ({loaded:.1f} s) with every year's section", years == [
        "2016", "2020", "2024"], f"sections: {years}")
    shown = driver.execute_script(
        "var s = document.querySelector('section.year.shown'); if (!s) { return null; }"
        "var svg = s.querySelector('figure svg'), r = svg ? svg.getBoundingClientRect() : null;"
        "return [s.dataset.year, r ? r.width : 0, r ? r.height : 0, s.querySelectorAll('table.centrality tbody tr').length,"
        " s.querySelectorAll('g.node').length];")
    check(f"large report ({size}): #2020 shows its diagram and a cut centrality table ({shown})",
          shown is not None and shown[0] == "2020" and shown[1] > 300 and shown[2] > 300 and shown[3] == 200
          and shown[4] > 100, f"{shown}")
    screenshot(driver, os.path.join(SCREENS, f"large-report-{actors}-1400"), 1400)
    measure_page(driver, f"large report ({size})", 1400)


def main():
    os.makedirs(SCREENS, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="entente-browser-check-")
    intro = os.path.join(tmp, "intro.md")
    with open(intro, "w") as f:
        f.write("# About this report\n\nThree snapshots of the seed graph, eight years apart. "
                "Read the **What changed** lists first; each claim links to its source sentence.\n\n"
                "- Solid lines cooperate, dashed lines oppose.\n- Faded lines end in that period.\n")
    report = os.path.join(tmp, "report")
    entente("report", "graphs/seeds.yaml", "--at", "2016", "--at", "2020", "--at", "2024",
            "--title", "Alliances around the South Caucasus", "--subtitle", "Seed graph, 2016 to 2024",
            "--intro", intro, "--no-pdf", "-o", report)
    entente("render", "graphs/seeds.yaml", "--at", "2024", "--embed", "--width", "680", "-o", f"{tmp}/w.svg")
    with open(f"{tmp}/w.svg") as f:
        svg = f.read()
    with open(f"{tmp}/embed.html", "w") as f:
        f.write('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Embedded diagram</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
                f'<body style="margin:0"><main><div style="width:680px">{svg}</div></main></body></html>')
    url = "file://" + os.path.abspath(report) + "/index.html"
    driver = browser()
    try:
        driver.set_window_size(1400, 1000)
        sections_without_script(driver, url, ["2016", "2020", "2024"])
        for width in WIDTHS:
            driver.set_window_size(width, 1000)
            inner = driver.execute_script("return window.innerWidth")
            driver.set_window_size(width + (width - inner), 1000)
            driver.get(url + "#2020")
            screenshot(driver, os.path.join(SCREENS, f"report-{width}"), width)
            measure_page(driver, "report", width)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            check(f"report at {width} px: no sideways scrolling of the page", overflow <= 0, f"{overflow} px wider")
            count, dup = driver.execute_script(IDS)
            check(f"report at {width} px: {count} ids, all unique", not dup, f"repeated: {dup}")
        # axe-core over a page of some 2,600 drawn SVG elements takes minutes on a busy machine.
        driver.command_executor._client_config.timeout = 900
        driver.set_script_timeout(900)
        for width in [1400, 390]:
            driver.set_window_size(width, 1000)
            driver.get(url + "#2024")
            results = Axe(driver)
            results.inject()
            found = results.run(options={"resultTypes": ["violations"]})
            serious = [v for v in found["violations"] if v.get("impact") in ("serious", "critical")]
            minor = [f"{v['id']} ({v.get('impact')})" for v in found["violations"] if v not in serious]
            print(f"     axe-core at {width} px: minor or moderate violations: {', '.join(minor) or 'none'}")
            check(f"axe-core at {width} px: no serious or critical violation", not serious,
                  "; ".join(f"{v['id']} ({v['impact']}): {v['help']} on {len(v['nodes'])} elements, first "
                            f"{v['nodes'][0]['target']}" for v in serious))
        large_report(driver, tmp)
        embed_url = "file://" + os.path.abspath(tmp) + "/embed.html"
        driver.set_window_size(700, 1000)
        driver.get(embed_url)
        screenshot(driver, os.path.join(SCREENS, "embed-680"), 680)
        measure_page(driver, "render --embed --width 680", 680)
    finally:
        driver.quit()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed; screenshots in {SCREENS}/")
    sys.exit(1 if failed else 0)


main()
