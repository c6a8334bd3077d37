"""Regenerate the page screenshots in docs/ (and the README picture) from current builds.

    .venv/bin/python scripts/screenshots.py                       # seeds only (built here)
    .venv/bin/python scripts/screenshots.py --corpus OUT-FOLDER   # also a corpus build's page

Builds seeds/ into a temporary folder, opens each graph.html in headless Chromium at
1400x900 (offline; scripts/install_browser.sh installs Chromium) and writes:
docs/seed-graph.png (the seed page, also the README picture), docs/page-seeds-hover.png and
docs/page-seeds-panel.png (بوتين hovered, then clicked) and, with --corpus,
docs/page-corpus.png. Prints, per page, its size, the time to first render, the labels
drawn in the first view and how many of them overlap.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Pairs of label boxes (as the page reports them) that intersect: the page must keep this at 0.
OVERLAPS_JS = """
const b = window.kg.labels(); let n = 0;
for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) {
  const p = b[i], q = b[j];
  if (p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h) n++;
}
return [b.length, n];"""


def browser(width: int = 1400, height: int = 900):
    """Headless, offline Chromium driven by selenium."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-dev-shm-usage", "--no-first-run", "--lang=ar", f"--window-size={width},{height}",
                 f"--user-data-dir={tempfile.mkdtemp(prefix='kg-shots-')}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=opts)
    driver.set_window_size(width, height)
    return driver


def open_page(driver, html: Path) -> dict:
    """Load ``html`` and wait for its first render; the page's own numbers."""
    driver.get(html.resolve().as_uri())
    deadline = time.time() + 120
    while not driver.execute_script("return document.body.dataset.ready === '1'"):
        if time.time() > deadline:
            raise TimeoutError(f"{html} never rendered")
        time.sleep(0.1)
    time.sleep(0.5)  # a second frame: fonts in place
    labels, overlaps = driver.execute_script(OVERLAPS_JS)
    return {
        "page_bytes": html.stat().st_size,
        "first_render_ms": round(driver.execute_script("return window.kg.firstRenderMs")),
        "nodes_shown": len(driver.execute_script("return window.kg.visible()")),
        "labels": labels,
        "overlapping_label_pairs": overlaps,
    }


def hover(driver, name: str) -> None:
    """Rest the mouse on the node the search finds first for ``name``."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    canvas = driver.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    x, y, w, h = driver.execute_script("""
        const n = window.kg.network, id = window.kg.search(arguments[0])[0];
        const p = n.canvasToDOM(n.getPositions([id])[id]), r = arguments[1].getBoundingClientRect();
        return [p.x, p.y, r.width, r.height];""", name, canvas)
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).pause(1.0).perform()


def all_nodes(driver) -> int:
    """Milliseconds from showing every linked node of the page to the frame that draws them."""
    return round(driver.execute_async_script("""
        const done = arguments[arguments.length - 1], kg = window.kg, t = performance.now();
        kg.network.once("afterDrawing", () => done(performance.now() - t));
        kg.state.shown = 1e9; kg.apply(); kg.fit(); kg.network.redraw();"""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="output folder of a corpus build (with graph.html)")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="where the pictures go")
    args = parser.parse_args()
    from kg.pipeline import build

    seeds = Path(tempfile.mkdtemp(prefix="kg-seeds-"))
    build([ROOT / "seeds"], seeds, store=False)
    driver = browser()
    numbers = {}
    try:
        numbers["seeds"] = open_page(driver, seeds / "graph.html")
        driver.save_screenshot(str(args.docs / "seed-graph.png"))
        hover(driver, "بوتين")
        driver.save_screenshot(str(args.docs / "page-seeds-hover.png"))
        driver.execute_script("const id = window.kg.search('بوتين')[0]; window.kg.focusNode(id); window.kg.fit();")
        time.sleep(0.5)
        driver.save_screenshot(str(args.docs / "page-seeds-panel.png"))
        if args.corpus:
            numbers["corpus"] = open_page(driver, args.corpus / "graph.html")
            driver.save_screenshot(str(args.docs / "page-corpus.png"))
            numbers["corpus"]["all_nodes_ms"] = all_nodes(driver)
    finally:
        driver.quit()
        shutil.rmtree(seeds, ignore_errors=True)
    print(json.dumps(numbers, indent=1))


if __name__ == "__main__":
    main()
