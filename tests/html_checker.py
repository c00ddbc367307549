"""A strict HTML checker for the page guards: well-formed markup, no inline code, one <h1>."""

from html.parser import HTMLParser

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
# Elements that close an open <p> implicitly; seeing one inside a <p> means broken nesting.
CLOSES_P = {
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
}
INTERACTIVE = {"a", "button", "select", "textarea", "label", "details", "iframe"}
ALLOWED_CHILDREN = {
    "ul": {"li", "script", "template"},
    "ol": {"li", "script", "template"},
    "dl": {"dt", "dd", "div", "script", "template"},
    "tr": {"td", "th", "script", "template"},
    "select": {"option", "optgroup"},
}
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


class StrictHTMLChecker(HTMLParser):
    """Python's lenient parser plus the checks a validator would make on our own markup:
    every non-void element closed explicitly and in order, no block inside <p>, no nested
    links or forms, list and table children where they belong, unique ids, no duplicate
    attributes. Also collects what the page guards need (h1 count, title, lang, inline code)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.errors: list[str] = []
        self.stack: list[str] = []
        self.ids: set[str] = set()
        self.h1_count = 0
        self.title = ""
        self.lang = None
        self.has_doctype = False
        self.inline_code: list[str] = []
        self.links: list[str] = []
        self._in_title = False
        self._script_is_inline = False
        self._in_svg = 0

    def _where(self) -> str:
        line, column = self.getpos()
        return f"line {line}, col {column + 1}"

    def handle_decl(self, decl):
        if decl.lower() == "doctype html":
            self.has_doctype = True

    def handle_starttag(self, tag, attrs):
        self._check_start(tag, attrs)
        if tag == "svg":
            self._in_svg += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        # "<br/>" is fine; "<div/>" is not (HTML ignores the slash and leaves the div open),
        # except inside SVG, which is XML.
        self._check_start(tag, attrs)
        if tag not in VOID and not self._in_svg and tag != "svg":
            self.errors.append(f"<{tag}/> is not a closed element in HTML ({self._where()})")

    def _check_start(self, tag, attrs):
        names = [name for name, _ in attrs]
        for name in {n for n in names if names.count(n) > 1}:
            self.errors.append(f'<{tag}> has the attribute "{name}" twice ({self._where()})')
        values = dict(attrs)
        if "style" in values:
            self.inline_code.append(f'style="{values["style"]}" on <{tag}> ({self._where()})')
        for name in names:
            if name.startswith("on"):
                self.inline_code.append(f"{name}= handler on <{tag}> ({self._where()})")
        if (values.get("href") or "").strip().lower().startswith("javascript:"):
            self.inline_code.append(f"javascript: link ({self._where()})")
        if tag == "style":
            self.inline_code.append(f"<style> element ({self._where()})")
        if values.get("id"):
            if values["id"] in self.ids:
                self.errors.append(f'duplicate id "{values["id"]}" ({self._where()})')
            self.ids.add(values["id"])
        if tag == "html":
            self.lang = values.get("lang")
        if tag == "h1":
            self.h1_count += 1
        if tag == "title" and not self._in_svg:
            self._in_title = True
        if tag == "script":
            self._script_is_inline = "src" not in values and (
                values.get("type") not in DATA_SCRIPT_TYPES
            )
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])

        if self._in_svg:
            return
        parent = self.stack[-1] if self.stack else None
        if parent == "p" and tag in CLOSES_P:
            self.errors.append(f"<{tag}> inside <p> ({self._where()})")
        if parent in ALLOWED_CHILDREN and tag not in ALLOWED_CHILDREN[parent]:
            self.errors.append(f"<{tag}> directly inside <{parent}> ({self._where()})")
        if tag in ("a", "form") and tag in self.stack:
            self.errors.append(f"<{tag}> inside another <{tag}> ({self._where()})")
        if tag in INTERACTIVE and {"a", "button"} & set(self.stack):
            self.errors.append(f"interactive <{tag}> inside a link or button ({self._where()})")
        if tag in ("li",) and parent not in ("ul", "ol", "menu"):
            self.errors.append(f"<li> outside a list ({self._where()})")
        if tag in ("dt", "dd") and parent not in ("dl", "div"):
            self.errors.append(f"<{tag}> outside a <dl> ({self._where()})")

    def handle_endtag(self, tag):
        if tag == "svg":
            self._in_svg = max(0, self._in_svg - 1)
        if tag == "title":
            self._in_title = False
        if tag in VOID:
            self.errors.append(f"</{tag}> closes a void element ({self._where()})")
            return
        if not self.stack:
            self.errors.append(f"stray </{tag}> ({self._where()})")
            return
        if self.stack[-1] == tag:
            self.stack.pop()
            return
        if tag in self.stack:
            unclosed = self.stack[self.stack.index(tag) + 1 :]
            self.errors.append(
                f"</{tag}> while {', '.join(f'<{t}>' for t in unclosed)} still open ({self._where()})"
            )
            del self.stack[self.stack.index(tag) :]
        else:
            self.errors.append(f"stray </{tag}> ({self._where()})")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self.stack and self.stack[-1] == "script" and self._script_is_inline and data.strip():
            self.inline_code.append(f"inline <script> body ({self._where()})")

    def close(self):
        super().close()
        if self.stack:
            self.errors.append(f"unclosed at the end: {', '.join(f'<{t}>' for t in self.stack)}")
        if not self.has_doctype:
            self.errors.append("no <!DOCTYPE html>")


def check_html(html: str) -> StrictHTMLChecker:
    checker = StrictHTMLChecker()
    checker.feed(html)
    checker.close()
    return checker
