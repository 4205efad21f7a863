#!/usr/bin/env python3
"""End-to-end test of `entente review` in headless Chromium through Selenium.

Run by scripts/review-e2e (which installs Selenium and Chromium when missing). On the seed graph
and documents: accept one candidate, reject one, edit one's year, add one missed relation by
selecting text; stop the server; check the graph file (relations with evidence, include and
comments intact) and the decisions file; extract again with the decisions and check that the
rejected candidate stays rejected and only new candidates are pending. Screenshots of every page
at 1400 and 390 px wide go to .build/review-screens/.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = os.path.normpath(os.path.join(ROOT, "..", "shared", "seeds"))
ENTENTE = os.path.join(ROOT, ".build", "debug", "entente")
SHOTS = os.path.join(ROOT, ".build", "review-screens")

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def main():
    if not os.path.isdir(SEEDS):
        print("SKIP: ../shared/seeds is absent; the review end-to-end test needs the seed documents")
        return 0
    work = tempfile.mkdtemp(prefix="entente-review-e2e-")
    graphs = os.path.join(work, "graphs")
    os.makedirs(graphs)
    for name in ["actors.yaml", "background.yaml", "seeds.yaml"]:
        shutil.copy(os.path.join(ROOT, "graphs", name), graphs)
    graph = os.path.join(graphs, "seeds.yaml")
    # The copy cites the seed documents where they are.
    text = open(graph, encoding="utf-8").read().replace("../../shared/seeds/", SEEDS + "/")
    open(graph, "w", encoding="utf-8").write(text)
    original = text.splitlines()
    docs = sorted(os.path.join(SEEDS, f) for f in os.listdir(SEEDS) if f.endswith(".txt"))
    manifest = os.path.join(SEEDS, "manifest.tsv")
    server = subprocess.Popen(
        [ENTENTE, "review", graph, *docs, "--manifest", manifest],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = None
    for line in server.stdout:
        m = re.search(r"(http://127\.0\.0\.1:\d+/\?token=[0-9a-f]+)", line)
        if m:
            url = m.group(1)
            break
    check(url is not None, "entente review prints its address with a token")
    if url is None:
        server.kill()
        print(server.stderr.read())
        return 1
    base = url.split("/?")[0]
    options = webdriver.ChromeOptions()
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"]:
        options.add_argument(a)
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    os.makedirs(SHOTS, exist_ok=True)

    def shoot(name):
        for width in (1400, 390):
            driver.set_window_size(width, 1000)
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(width, min(max(height, 800), 4000))
            driver.save_screenshot(os.path.join(SHOTS, f"{name}-{width}.png"))
        driver.set_window_size(1400, 1000)

    try:
        driver.get(base + "/")
        check("token" in driver.page_source and driver.title != "Documents · entente review",
              "without the token the page is refused")
        driver.get(url)
        check(driver.title.startswith("Documents"), "the address with the token opens the documents")
        shoot("documents")
        rows = driver.find_elements(By.CSS_SELECTOR, "table.docs tbody tr")
        check(len(rows) == 3, f"three documents listed ({len(rows)})")

        driver.get(base + "/decide")
        shoot("decide")
        first = driver.find_element(By.CSS_SELECTOR, ".cand.current .rel").text
        driver.find_element(By.TAG_NAME, "body").send_keys("a")
        WebDriverWait(driver, 10).until(lambda d: "msg=accepted" in d.current_url)
        check("Accepted" in driver.page_source, f"key a accepts ({first})")
        second = driver.find_element(By.CSS_SELECTOR, ".cand.current .rel").text
        driver.find_element(By.TAG_NAME, "body").send_keys("j")
        WebDriverWait(driver, 10).until(lambda d: "c=" in d.current_url)
        driver.find_element(By.TAG_NAME, "body").send_keys("k")
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".cand.current .rel").text == second)
        check(True, "keys j and k move to the next and previous candidate")
        where = driver.find_element(By.CSS_SELECTOR, ".card p.meta").text
        m = re.search(r"(\S+\.txt) · sentence (\d+)", where)
        rejected_at = (m.group(1), m.group(2)) if m else ("", "")
        driver.find_element(By.TAG_NAME, "body").send_keys("r")
        WebDriverWait(driver, 10).until(lambda d: "msg=rejected" in d.current_url)
        check("Rejected" in driver.page_source, f"key r rejects ({second})")
        rejected = second
        third = driver.find_element(By.CSS_SELECTOR, ".cand.current .rel").text
        driver.find_element(By.TAG_NAME, "body").send_keys("e")
        at = driver.find_element(By.CSS_SELECTOR, "details[data-key=e] input[name=at]")
        check(driver.switch_to.active_element.get_attribute("name") == "source", "key e opens the edit form")
        shoot("edit")
        at.clear()
        at.send_keys("2019")
        driver.find_element(By.CSS_SELECTOR, "details[data-key=e] button[type=submit]").click()
        WebDriverWait(driver, 10).until(lambda d: "msg=edited" in d.current_url)
        check("corrected relation" in driver.page_source, f"the edit is saved ({third})")

        driver.get(base + "/doc/1")
        shoot("document")
        # Select the words of a sentence, as a reader would with the mouse.
        driver.execute_script("""
            var li = document.querySelector('li[data-s="9"] .stext');
            var r = document.createRange(); r.selectNodeContents(li);
            var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);""")
        button = WebDriverWait(driver, 10).until(
            lambda d: d.find_element(By.ID, "add-from-selection") if d.find_element(
                By.ID, "add-from-selection").is_displayed() else False)
        check("sentence 9" in button.text, "selecting text offers to add a relation from its sentence")
        button.click()
        WebDriverWait(driver, 10).until(lambda d: d.title.startswith("Add"))
        shoot("add")
        for name, value in [("source", "FRA"), ("target", "ARM")]:
            field = driver.find_element(By.CSS_SELECTOR, f"input[name={name}]")
            field.clear()
            field.send_keys(value)
        driver.find_element(By.CSS_SELECTOR, "select[name=kind] option[value=mediation]").click()
        at = driver.find_element(By.CSS_SELECTOR, "input[name=at]")
        at.clear()
        at.send_keys("2020-10")
        driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
        WebDriverWait(driver, 10).until(lambda d: "msg=added" in d.current_url)
        check("Added the relation" in driver.page_source, "the missed relation is added")

        driver.get(base + "/graph?at=2020")
        shoot("graph")
        edge = driver.find_elements(By.CSS_SELECTOR, "svg g.edge a")
        check(len(edge) > 5, f"the graph at 2020 has edges ({len(edge)})")
        driver.get(base + "/graph?at=2020&edge=rel-FRA-ARM-mediation")
        check("sentence 9" in driver.page_source, "an edge's evidence names its sentence")
        shoot("evidence")
    finally:
        driver.quit()
        server.send_signal(signal.SIGINT)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()

    after = open(graph, encoding="utf-8").read().splitlines()
    i = 0
    for line in after:
        if i < len(original) and line == original[i]:
            i += 1
    check(i == len(original), "every line of the graph file is still there, in order (comments, include)")
    added = after[len(original):] if after[:len(original)] == original else [l for l in after if l not in original]
    check(len(added) == 3, f"three relations appended ({len(added)})")
    check(all("evidence: [{doc:" in l and "sha256:" in l for l in added), "each with its evidence")
    check(any("at: 2019" in l for l in added), "the edited year is written")
    check(any("kind: mediation, at: 2020-10" in l for l in added), "the added relation is written")
    check(subprocess.run([ENTENTE, "validate", graph], capture_output=True).returncode == 0, "the graph still validates")
    decisions = open(os.path.join(graphs, "seeds.decisions.yaml"), encoding="utf-8").read()
    for status in ["accepted", "rejected", "edited", "added"]:
        check(f"decision: {status}" in decisions, f"the decisions file records one {status}")

    # Extraction again, with one more document of our own: the decided ones stay decided.
    extra = os.path.join(work, "extra.txt")
    open(extra, "w", encoding="utf-8").write(
        "Date: 2021-05-01\n\nTurkey delivered drones to Azerbaijan in 2021. Russia condemned Turkey.\n")
    run = subprocess.run(
        [ENTENTE, "extract", *docs, extra, "--manifest", manifest, "--graph", graph, "--format", "tsv",
         "--decisions", os.path.join(graphs, "seeds.decisions.yaml")], capture_output=True, text=True)
    check(run.returncode == 0, "extract --decisions runs")
    check("1 rejected" in run.stderr and "1 accepted" in run.stderr and "1 edited" in run.stderr,
          f"extract reports the decisions ({run.stderr.strip()})")
    full = subprocess.run([ENTENTE, "extract", *docs, extra, "--manifest", manifest, "--graph", graph,
                           "--format", "tsv"], capture_output=True, text=True)
    rows = run.stdout.splitlines()[1:]
    all_rows = full.stdout.splitlines()[1:]
    check(len(rows) == len(all_rows) - 3, f"only undecided candidates are pending ({len(rows)} of {len(all_rows)})")
    src, kind, tgt = re.sub(r"[→—]", " ", rejected).split()[:3]
    def same(r):
        f = r.split("\t")
        return f[0] == rejected_at[0] and f[1:4] == [src, kind, tgt] and f[7] == rejected_at[1]
    check(any(same(r) for r in all_rows), f"the rejected candidate is found without decisions ({rejected} at {rejected_at})")
    check(not any(same(r) for r in rows), "the rejected candidate is not proposed again")
    check(any(r.startswith("extra.txt\t") for r in rows), "the new document's candidates are pending")
    shutil.rmtree(work, ignore_errors=True)
    print(f"screenshots in {SHOTS}")
    if failures:
        print(f"{len(failures)} checks failed")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
