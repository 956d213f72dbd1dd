#!/usr/bin/env python3
"""Writes a site folder's service worker, sw.js, from web/sw.js.

    python3 scripts/stamp-worker.py DIR

The worker caches every file of the site (the compressed copies aside: they hold the same bytes)
and checks each against its SHA-256; its version is a hash of those and of the worker itself, so
any change to the site makes a new sw.js, which is how browsers notice a new version. It removes
the worker's compressed copies, which scripts/build-web.sh then makes anew. Python's standard
library only.
"""
import hashlib
import json
import pathlib
import sys

TEMPLATE = pathlib.Path(__file__).resolve().parent.parent / "web" / "sw.js"
WORKER = "sw.js"


def site_files(site):
    """The site's files by name with their SHA-256, in name order."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.iterdir())
        if path.is_file() and path.name != WORKER and path.suffix not in (".gz", ".br")
    }


def stamp(template, files):
    digest = hashlib.sha256(template.encode())
    for name, sha in files.items():
        digest.update(f"{name} {sha}\n".encode())
    version = digest.hexdigest()[:16]
    lines = {"var VERSION = '';": f"var VERSION = '{version}';", "var FILES = {};": f"var FILES = {json.dumps(files)};"}
    for blank, stamped in lines.items():
        if template.count(blank) != 1:
            raise SystemExit(f"stamp-worker: {TEMPLATE.name} must hold the line `{blank}` once")
        template = template.replace(blank, stamped)
    return version, template


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: stamp-worker.py DIR")
    site = pathlib.Path(sys.argv[1])
    version, worker = stamp(TEMPLATE.read_text(encoding="utf-8"), site_files(site))
    (site / WORKER).write_text(worker, encoding="utf-8")
    # Compressed copies of an earlier worker would be served in its place (build-web.sh makes new ones).
    for suffix in (".gz", ".br"):
        (site / (WORKER + suffix)).unlink(missing_ok=True)
    print(f"build-web: {site.name}/{WORKER} version {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
