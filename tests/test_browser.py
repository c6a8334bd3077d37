"""The HTML export in a real browser: headless Chromium via selenium, offline.

Skips only when chromium or chromedriver is missing (``scripts/install_browser.sh``
installs them; ``make test`` runs it first). Saves a screenshot to outputs/graph.png.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from kg.export import write_all

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip("chromium/chromedriver not installed: run scripts/install_browser.sh", allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

_spec = importlib.util.spec_from_file_location("kg_export_graphs", ROOT / "tests" / "export" / "export_graphs.py")
graphs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(graphs)
_spec = importlib.util.spec_from_file_location("kg_screenshots", ROOT / "scripts" / "screenshots.py")
screenshots = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(screenshots)

FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
         "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=ar"]


@pytest.fixture(scope="module")
def driver():
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for f in FLAGS:
        opts.add_argument(f)
    opts.add_argument(f"--user-data-dir={profile}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    d.set_page_load_timeout(60)
    try:
        d.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
    except Exception:  # noqa: BLE001 - the CSP blocks the network anyway
        pass
    yield d
    d.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _open(driver, g, tmp_path):
    paths = write_all(g, tmp_path)
    driver.get_log("browser")  # drop anything from earlier pages
    driver.get(paths["html"].as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
    return paths


def _errors(driver):
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _no_alert(driver):
    try:
        alert = driver.switch_to.alert
    except NoAlertPresentException:
        return True
    text = alert.text
    alert.dismiss()
    raise AssertionError(f"an alert fired: {text!r}")


def _distinct_colours(driver):
    return driver.execute_script("""
        const c = document.querySelector('#kg-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const seen = new Set();
        for (let i = 0; i < d.length && seen.size < 50; i += 4 * 7) seen.add(d[i] + ',' + d[i+1] + ',' + d[i+2] + ',' + d[i+3]);
        return seen.size;""")


def _hover_and_click(driver, node_id):
    """Move the real mouse onto a node (tooltip) and click it (side panel)."""
    canvas = driver.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    x, y, w, h = driver.execute_script("""
        const n = window.kg.network, id = arguments[0];
        const p = n.canvasToDOM(n.getPositions([id])[id]);
        const r = arguments[1].getBoundingClientRect();
        return [p.x, p.y, r.width, r.height];""", node_id, canvas)
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).pause(0.6).perform()
    ActionChains(driver).click().pause(0.3).perform()


def test_toy_graph_renders_and_search_finds_putin(driver, tmp_path):
    _open(driver, graphs.toy_graph(), tmp_path)
    assert _errors(driver) == []
    assert driver.execute_script("return document.documentElement.dir") == "rtl"
    assert _distinct_colours(driver) > 1, "the canvas is blank"
    out = ROOT / "outputs"
    out.mkdir(exist_ok=True)
    driver.save_screenshot(str(out / "graph.png"))

    box = driver.find_element(By.ID, "kg-search")
    box.send_keys("بوتين")
    first = WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#kg-results li"))[0]
    assert first.text.startswith("فلاديمير بوتين")
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return window.kg.network.getSelectedNodes()") == [graphs.PUTIN])
    assert "فلاديمير بوتين" in driver.find_element(By.ID, "kg-panel").text
    # diacritics, hamza forms and case do not matter
    assert driver.execute_script("return window.kg.search('بُوتِين')[0]") == graphs.PUTIN
    assert driver.execute_script("return window.kg.search('VLADIMIR')[0]") == graphs.PUTIN
    assert driver.execute_script("return window.kg.search('الامم المتحده')[0]") == "ORG:الامم_المتحدة"

    # type filters hide and show nodes
    driver.find_element(By.CSS_SELECTOR, "#kg-legend input[data-type='GPE']").click()
    assert driver.execute_script("return window.kg.nodes.get('GPE:روسيا').hidden") is True
    driver.find_element(By.CSS_SELECTOR, "#kg-legend input[data-type='GPE']").click()
    assert not driver.execute_script("return window.kg.nodes.get('GPE:روسيا').hidden")
    assert _errors(driver) == []


def test_hostile_graph_runs_no_article_text(driver, tmp_path):
    _open(driver, graphs.hostile_graph(), tmp_path)
    title = driver.title
    assert title == "kg"
    _hover_and_click(driver, graphs.HOSTILE)
    _no_alert(driver)
    tip = driver.execute_script("const t = document.querySelector('div.vis-tooltip'); return t ? t.textContent : ''")
    assert graphs.SCRIPT in tip  # shown as text, not run
    assert graphs.SCRIPT in driver.find_element(By.ID, "kg-panel").text
    _hover_and_click(driver, "EVENT:hostile")
    _no_alert(driver)
    edge = driver.execute_script("""
        return window.kg.edges.get().find(e => e.from === arguments[0] && e.to === 'GPE:روسيا').id""", graphs.HOSTILE)
    driver.execute_script("window.kg.network.selectEdges([arguments[0]]); window.kg.showEdge(arguments[0]);", edge)
    panel = driver.find_element(By.ID, "kg-panel").text
    assert graphs.IMG in panel
    time.sleep(0.3)
    _no_alert(driver)
    assert driver.title == title
    driver.execute_script("window.kg.setDoc('d1')")  # a hostile title in the document list and panel
    _no_alert(driver)
    assert graphs.SCRIPT in driver.execute_script("return document.getElementById('kg-doc').selectedOptions[0].textContent")
    assert driver.execute_script("return document.querySelectorAll('img, iframe, object').length") == 0
    assert driver.execute_script("return document.scripts.length") == 3
    assert _errors(driver) == []




@pytest.fixture
def wide(driver):
    driver.set_window_size(1400, 900)
    yield driver
    driver.set_window_size(1280, 800)


def _labels(driver):
    time.sleep(0.3)  # the frame after fonts are in
    driver.execute_script("window.kg.network.redraw()")
    time.sleep(0.2)
    return driver.execute_script(screenshots.OVERLAPS_JS)


def test_seed_page_first_view_and_putin_panel(wide, tmp_path):
    from kg.pipeline import build

    build([ROOT / "seeds"], tmp_path, store=False)
    wide.get((tmp_path / "graph.html").as_uri())
    WebDriverWait(wide, 60).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
    labels, overlaps = _labels(wide)
    assert overlaps == 0
    assert labels >= 30
    putin = wide.execute_script("return window.kg.search('بوتين')[0]")
    assert wide.execute_script("return window.kg.search('فلاديمير بُوتين')[0]") == putin
    _hover_and_click(wide, putin)
    panel = wide.find_element(By.ID, "kg-panel")
    assert panel.is_displayed() and "بوتين" in panel.text
    events = panel.find_elements(By.CSS_SELECTOR, ".kg-events li")
    assert len(events) >= 2
    dates = [e.find_element(By.CSS_SELECTOR, ".kg-when").text for e in events]
    assert any(d != "—" for d in dates), dates  # events say when, as dated or as written
    assert all(e.find_elements(By.CSS_SELECTOR, ".kg-evidence") for e in events)  # with their sentence
    assert _errors(wide) == []


def test_corpus_page_labels_filters_and_time(wide, tmp_path):
    g = graphs.corpus_graph(1500)
    paths = write_all(g, tmp_path)
    wide.get(paths["html"].as_uri())
    WebDriverWait(wide, 60).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
    labels, overlaps = _labels(wide)
    assert overlaps == 0
    assert labels >= 30
    shown = wide.execute_script("return window.kg.visible().length")
    assert 30 < shown < 400  # the first view, not the whole page
    # zooming in reveals more labels, still without overlaps
    wide.execute_script("window.kg.network.moveTo({scale: window.kg.network.getScale() * 3})")
    more, overlaps = _labels(wide)
    assert overlaps == 0
    # co-mentions can be switched off; typed relations stay
    wide.execute_script("document.getElementById('kg-co').click()")
    hidden = wide.execute_script("""return window.kg.edges.get().filter(e => !e.hidden)
        .map(e => e.id)""")
    kinds = wide.execute_script("return window.kg.edges.get(arguments[0]).map(e => e.arrows.to.enabled)", hidden)
    assert kinds and all(kinds)
    # a date range keeps only what it covers
    wide.execute_script("window.kg.setRange('2015-07-05', '2015-07-06')")
    spans = wide.execute_script("""return window.kg.visible().map(id => window.kg.nodes.get(id).id)""")
    for node in spans:
        a = g.nodes[node]
        first, last = (a["date_iso"], a["date_iso"]) if "date_iso" in a else (a["first_seen"], a["last_seen"])
        assert first <= "2015-07-06" and last >= "2015-07-05", node
    # the range reads left to right on the right-to-left page: the earlier date on the left
    lefts = wide.execute_script("""const t = document.getElementById('kg-time-range').firstChild;
        return ['2015-07-05', '2015-07-06'].map(d => { const r = document.createRange(), i = t.data.indexOf(d);
          r.setStart(t, i); r.setEnd(t, i + d.length); return r.getBoundingClientRect().left; });""")
    assert lefts[0] < lefts[1], lefts
    wide.execute_script("window.kg.setRange('2015-07-01', '2015-07-28')")
    # a document shows what it names
    wide.execute_script("window.kg.setDoc('doc7')")
    for node in wide.execute_script("return window.kg.visible()"):
        assert "doc7" in g.nodes[node]["docs"].split("|")
    assert _errors(wide) == []


def test_search_finds_hidden_and_unlinked_entities(wide, tmp_path):
    g = graphs.toy_graph()
    g.add_node("PERSON:هيئة", label="هَيْئَة الإذاعة", type="PERSON", mentions=1, docs="d1", aliases="", label_en="")
    _open(wide, g, tmp_path)
    assert "PERSON:هيئة" not in wide.execute_script("return window.kg.visible()")  # no edge: not drawn
    for query in ("هيئه الاذاعة", "هيىة الإذاعه", "هيئة الأذاعة", "الاذاعه"):
        assert wide.execute_script("return window.kg.search(arguments[0])[0]", query) == "PERSON:هيئة", query
    wide.execute_script("window.kg.focusNode('PERSON:هيئة')")
    assert "PERSON:هيئة" in wide.execute_script("return window.kg.visible()")
