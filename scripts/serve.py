#!/usr/bin/env python3
"""Serves the built site as a static host would, with its precompressed files.

    python3 scripts/serve.py [--port 8080] [--bind 127.0.0.1] [--base /] DIR

scripts/build-web.sh writes `name.br` and `name.gz` beside each site file. For a file that has
them, a browser that accepts brotli gets `name.br`, else one that accepts gzip gets `name.gz`,
both with `Content-Encoding` and the original's `Content-Type`; any other client gets the
original. `--base /prevplan/` serves the site under a sub-path (anything outside it is 404),
to check the page's relative URLs. `--port 0` picks a free port. The first line printed is the
site's address. Python's standard library only.
"""
import argparse
import functools
import os
import posixpath
import sys
import urllib.parse
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

# Preferred first: brotli is ~20% smaller than gzip on the wasm.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


def accepted_encodings(header):
    """The codings an Accept-Encoding header allows (q=0 refuses one)."""
    accepted = set()
    for part in (header or "").split(","):
        name, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if name and q > 0:
            accepted.add(name.strip().lower())
    return accepted


class SiteHandler(SimpleHTTPRequestHandler):
    base = "/"
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
        ".data": "application/octet-stream", ".json": "application/json", ".svg": "image/svg+xml",
        ".webmanifest": "application/manifest+json", ".csv": "text/csv",
    }

    def translate_path(self, path):
        route = urllib.parse.urlsplit(path).path
        return super().translate_path("/" + route[len(self.base):])

    def variants(self, path):
        """The precompressed files beside `path`, in order of preference."""
        return [(coding, path + suffix) for coding, suffix in ENCODINGS if os.path.isfile(path + suffix)]

    def send_head(self):
        if not urllib.parse.urlsplit(self.path).path.startswith(self.base):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().send_head()  # directories' redirects, the 404s
        variants = self.variants(path)
        accepted = accepted_encodings(self.headers.get("Accept-Encoding"))
        for coding, variant in variants:
            if coding in accepted:
                return self.send_file(variant, self.guess_type(path), coding)
        return self.send_file(path, self.guess_type(path), None, vary=bool(variants))

    def send_file(self, path, ctype, coding, vary=True):
        f = open(path, "rb")
        try:
            fs = os.fstat(f.fileno())
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            if coding:
                self.send_header("Content-Encoding", coding)
            if coding or vary:
                self.send_header("Vary", "Accept-Encoding")
            self.send_header("Content-Length", str(fs.st_size))
            self.send_header("Last-Modified", self.date_time_string(fs.st_mtime))
            self.end_headers()
            return f
        except BaseException:
            f.close()
            raise

    def list_directory(self, path):
        self.send_error(HTTPStatus.NOT_FOUND, "File not found")
        return None


def main():
    parser = argparse.ArgumentParser(description="Serves the PrevPlan site with its .br/.gz files.")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--base", default="/", help="the sub-path the site lives under, e.g. /prevplan/")
    parser.add_argument("directory")
    args = parser.parse_args()
    base = posixpath.join("/", args.base.strip("/"), "")
    handler = type("Handler", (SiteHandler,), {"base": base})
    server = ThreadingHTTPServer((args.bind, args.port), functools.partial(handler, directory=args.directory))
    print(f"http://{args.bind}:{server.server_address[1]}{base}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
