"""The built site on disk: its pages, URL-to-file mapping, and a loopback HTTP server for the browser."""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import unquote


def html_pages(root: Path) -> list[Path]:
    """Every .html file under `root`, sorted by relative path."""
    return sorted(p for p in root.rglob("*.html") if p.is_file())


def rel(root: Path, path: Path) -> str:
    """The path of `path` relative to the site root, with forward slashes."""
    return path.relative_to(root).as_posix()


def url_path(root: Path, page: Path) -> str:
    """The root-relative URL a page is served at (`a/index.html` → `/a/`)."""
    r = rel(root, page)
    if r == "index.html":
        return "/"
    if r.endswith("/index.html"):
        return "/" + r[: -len("index.html")]
    return "/" + r


def resolve(root: Path, url_path_: str) -> Path | None:
    """The file a root-relative URL path is served from, or None (`/x/` → `x/index.html`)."""
    decoded = unquote(url_path_)
    candidate = root / decoded.lstrip("/")
    try:
        candidate.resolve().relative_to(root.resolve())
    except ValueError:
        return None
    if decoded.endswith("/") or candidate.is_dir():
        index = candidate / "index.html"
        return index if index.is_file() else None
    return candidate if candidate.is_file() else None


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file handler that does not log each request."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Drop the access log."""


class SiteServer:
    """Serves a directory on http://127.0.0.1:PORT (a free port) from a background thread."""

    def __init__(self, root: Path) -> None:
        """Bind to a free loopback port; call start() to serve."""
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "SiteServer":
        """Start serving."""
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop serving and close the socket."""
        self.httpd.shutdown()
        self.httpd.server_close()
