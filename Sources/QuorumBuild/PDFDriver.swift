/// The Python program that drives WeasyPrint: the build writes it into its work folder and runs one copy a core.
/// It lives here, not beside the binary, so a `quorum` copied anywhere still makes PDFs.
enum PDFDriver {
    static let script = #"""
#!/usr/bin/env python3
"""Renders Quorum's print HTML into tagged PDF/UA-1 files with WeasyPrint.

`quorum build` runs this as a child process (one a core), each with a job file:

    {"roots": [["https://example.org/", "/site/content", "/site/templates"]],
     "jobs": [{"html": "/tmp/q/0.html", "pdf": "/site/.public.staging/x/x.pdf",
               "epoch": 1540944000, "identifier": "9f86d08...", "anchors": "paper-"}],
     "results": "/tmp/q/results-0.json"}

For each job it writes the PDF and records its page count and the page of every anchor whose name starts
with "anchors" (the agenda pack's papers), so the build can check the `pages` column. URLs under a root
are read from its folders; nothing is fetched from the network. `--version FILE` writes WeasyPrint's version.
"""
import json
import mimetypes
import os
import sys
import urllib.parse
from datetime import datetime, timezone


def local_fetcher(weasyprint, roots):
    """A URL fetcher that serves the site's own files and refuses everything else."""

    class LocalFetcher(weasyprint.URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            for prefix, *folders in roots:
                if not url.startswith(prefix):
                    continue
                relative = urllib.parse.unquote(url[len(prefix):].split("#")[0].split("?")[0])
                if ".." in relative.split("/"):
                    break
                for folder in folders:
                    path = os.path.join(folder, relative)
                    if os.path.isfile(path):
                        with open(path, "rb") as file:
                            body = file.read()
                        kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
                        return weasyprint.urls.URLFetcherResponse(url, body, {"Content-Type": kind})
            raise ValueError(f"not a file of the site: {url}")

    return LocalFetcher()


def render(weasyprint, fetcher, job):
    with open(job["html"], "rb") as file:
        html = file.read()
    document = weasyprint.HTML(string=html, base_url=job.get("base_url"), url_fetcher=fetcher).render()
    # Dates from the content, not the clock, so two builds give the same bytes.
    moment = datetime.fromtimestamp(job["epoch"], tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    document.metadata.created = moment
    document.metadata.modified = moment
    prefix = job.get("anchors")
    anchors = {}
    if prefix:
        for number, page in enumerate(document.pages, start=1):
            for name in page.anchors:
                if name.startswith(prefix) and name not in anchors:
                    anchors[name] = number
    os.makedirs(os.path.dirname(job["pdf"]), exist_ok=True)
    partial = job["pdf"] + ".part"
    document.write_pdf(partial, pdf_variant="pdf/ua-1", pdf_identifier=bytes.fromhex(job["identifier"]))
    os.replace(partial, job["pdf"])
    return {"pdf": job["pdf"], "pages": len(document.pages), "anchors": anchors}


def main(argv):
    if argv[1:2] == ["--version"]:
        # From the package's metadata: importing WeasyPrint (and Pango) takes a second the build need not wait.
        from importlib import metadata
        try:
            version = metadata.version("weasyprint")
        except metadata.PackageNotFoundError:
            return 3
        with open(argv[2], "w", encoding="utf-8") as file:
            file.write(version)
        return 0
    try:
        import weasyprint
    except ImportError as error:
        print(f"quorum-pdf: WeasyPrint is not installed: {error}", file=sys.stderr)
        return 3
    with open(argv[1], encoding="utf-8") as file:
        spec = json.load(file)
    fetcher = local_fetcher(weasyprint, spec["roots"])
    results = []
    for job in spec["jobs"]:
        try:
            results.append(render(weasyprint, fetcher, job))
        except Exception as error:  # one bad document must not lose the others' results
            import traceback
            where = traceback.extract_tb(error.__traceback__)[-1]
            results.append({"pdf": job["pdf"], "error": f"{type(error).__name__}: {error} "
                            f"(WeasyPrint {os.path.basename(where.filename)}:{where.lineno})"})
    with open(spec["results"], "w", encoding="utf-8") as file:
        json.dump(results, file)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
"""#
}
