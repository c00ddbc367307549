"""What the browser tests check on a page: axe-core, sideways scrolling, focus, screenshots."""

from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
NARROW = {"width": 320, "height": 720}
WIDE = {"width": 1280, "height": 900}

_axe = Axe()


# axe-core files some contrast failures as "incomplete" (needs review) instead of violations:
# text in the same colour as its background (it may be hidden on purpose), and text it could
# not judge because a drawn shape sits behind it. On our pages both are bugs.
UNJUDGED_CONTRAST = {"equalRatio", "pseudoContent"}


def axe_violations(page) -> list[dict]:
    options = {
        "runOnly": {"type": "tag", "values": WCAG_TAGS},
        "resultTypes": ["violations", "incomplete"],
    }
    response = _axe.run(page, options=options).response
    violations = list(response["violations"])
    for result in response["incomplete"]:
        if result["id"] != "color-contrast":
            continue
        nodes = [node for node in result["nodes"] if _unjudged_contrast(node)]
        if nodes:
            violations.append({**result, "nodes": nodes, "impact": "serious (needs review)"})
    return violations


def _unjudged_contrast(node: dict) -> bool:
    data = next((check.get("data") or {} for check in node.get("any", [])), {})
    return data.get("messageKey") in UNJUDGED_CONTRAST


def describe_violations(violations: list[dict]) -> str:
    lines = [f"{len(violations)} axe-core violation(s) at WCAG 2.2 A/AA:"]
    for violation in violations:
        lines.append(
            f"\n[{violation['impact']}] {violation['id']}: {violation['help']}\n  {violation['helpUrl']}"
        )
        for node in violation["nodes"][:8]:
            lines.append(f"  - {' '.join(str(t) for t in node['target'])}")
            lines.append(f"    {node['html'][:200]}")
            if node.get("failureSummary"):
                summary = node["failureSummary"].replace("\n", "\n      ")
                lines.append(f"      {summary}")
        if len(violation["nodes"]) > 8:
            lines.append(f"  … and {len(violation['nodes']) - 8} more")
    return "\n".join(lines)


def assert_accessible(page, *, widths=(WIDE, NARROW)) -> None:
    """Zero axe-core violations at WCAG 2.0/2.1/2.2 A and AA, at desktop and phone width."""
    original = page.viewport_size
    try:
        for size in widths:
            page.set_viewport_size(size)
            violations = axe_violations(page)
            assert not violations, f"{page.url} at {size['width']} px\n" + describe_violations(
                violations
            )
    finally:
        page.set_viewport_size(original)


SIDEWAYS_JS = """() => {
  const width = document.documentElement.clientWidth;
  const offenders = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width && (box.right > width + 0.5 || box.left < -0.5)) {
      let inScroller = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflowX = getComputedStyle(p).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') { inScroller = true; break; }
      }
      const style = getComputedStyle(el);
      const hidden = style.visibility === 'hidden' || el.closest('.visually-hidden, .skip-link');
      if (!inScroller && !hidden) offenders.push(el.outerHTML.slice(0, 160) + ` (right edge ${Math.round(box.right)} px)`);
    }
    // Text wider than its own box (a long word in a flex item) sticks out without moving the box.
    const style = getComputedStyle(el);
    if (el.scrollWidth > el.clientWidth + 1 && style.overflowX === 'visible' && el.clientWidth
        && !el.closest('.visually-hidden, .skip-link') && box.right + el.scrollWidth - el.clientWidth > width + 0.5) {
      offenders.push('text overflows ' + el.outerHTML.slice(0, 160));
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, clientWidth: width, offenders: offenders.slice(0, 10)};
}"""


def assert_no_sideways_scroll(page, size=NARROW) -> None:
    """At 320 px (WCAG 1.4.10 reflow) the page must not scroll horizontally."""
    original = page.viewport_size
    page.set_viewport_size(size)
    try:
        result = page.evaluate(SIDEWAYS_JS)
        assert result["scrollWidth"] <= result["clientWidth"] and not result["offenders"], (
            f"{page.url} scrolls sideways at {size['width']} px "
            f"(content {result['scrollWidth']} px wide):\n  " + "\n  ".join(result["offenders"])
        )
    finally:
        page.set_viewport_size(original)


def save_screenshots(page, name: str, sizes=(NARROW, WIDE)) -> list[Path]:
    """Full-page screenshots for a person to look at; saved under test-artifacts/ (not committed)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    paths = []
    try:
        for size in sizes:
            page.set_viewport_size(size)
            path = ARTIFACTS / f"{name}-{size['width']}.png"
            page.screenshot(path=str(path), full_page=True)
            paths.append(path)
    finally:
        page.set_viewport_size(original)
    return paths


FOCUS_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  // Drawn radios/checkboxes show focus on their label (the input itself is transparent).
  let indicator = style;
  if (el.matches('input[type=radio], input[type=checkbox]') && el.labels && el.labels[0]) {
    indicator = getComputedStyle(el.labels[0], '::before');
  }
  const outline = indicator.outlineStyle !== 'none' && parseFloat(indicator.outlineWidth) >= 2
    && indicator.outlineColor !== 'rgba(0, 0, 0, 0)';
  const shadow = indicator.boxShadow && indicator.boxShadow !== 'none';
  const background = style.backgroundColor === 'rgb(255, 221, 0)';
  return {
    tag: el.tagName.toLowerCase(),
    type: (el.getAttribute('type') || (el.tagName === 'BUTTON' ? 'submit' : el.tagName === 'INPUT' ? 'text' : '')).toLowerCase(),
    href: el.getAttribute('href'),
    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 60),
    visibleIndicator: Boolean(outline || shadow || background),
    inViewport: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    covered: (() => {
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      return Boolean(top && top !== el && !el.contains(top) && !(el.labels && [...el.labels].some(l => l.contains(top))));
    })(),
  };
}"""


def focused(page) -> dict | None:
    return page.evaluate(FOCUS_JS)


def assert_focus_visible(page) -> dict:
    """The element that has keyboard focus shows it and is not hidden (WCAG 2.4.7, 2.4.11)."""
    info = focused(page)
    assert info is not None, f"nothing has focus on {page.url}"
    assert info["visibleIndicator"], f"focus is invisible on <{info['tag']}> {info['text']!r}"
    assert info["inViewport"], f"focused <{info['tag']}> {info['text']!r} is out of view"
    assert not info["covered"], f"focused <{info['tag']}> {info['text']!r} is covered"
    return info


def tab_to(page, predicate, limit: int = 80) -> dict:
    """Press Tab until the focused element matches predicate(info); focus must stay visible."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page) is None:
            break  # Tab left the page: we went past the last link without a match
        info = assert_focus_visible(page)
        if predicate(info):
            return info
    raise AssertionError(f"Tab never reached the element we looked for on {page.url}")
