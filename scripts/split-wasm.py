#!/usr/bin/env python3
"""Splits a linked site's wasm into the part the start page needs and the deferred rest.

    python3 scripts/split-wasm.py SITE_DIR KEEP_LIST NAMED_WASM

Run by the build after each link (cmake/web.cmake). The link (-sSPLIT_MODULE --profiling-funcs)
leaves SITE_DIR/prevplan.wasm.orig, the whole module with its function names; this moves it to
NAMED_WASM, outside the site (scripts/refresh-primary-list.sh profiles it), and writes:
- SITE_DIR/prevplan.wasm, the primary: the functions KEEP_LIST names, and placeholders;
- SITE_DIR/prevplan.deferred.HASH.wasm, every other function, HASH from its bytes;
and writes that file name into SITE_DIR/prevplan.js (web/deferred.js loads it).

KEEP_LIST (web/primary-functions.txt) holds one function a line as `HASH name`: HASH is the
start of the SHA-256 of the function's name as binaryen writes it, which is all that is
matched; the name after it, cut short, is for a person reading a diff. A name of the list
that the module no longer has is ignored, and a function the list does not name is deferred:
a stale list costs speed (the deferred part loaded at once), never correctness. Neither output
keeps the function names. Python's standard library, binaryen's wasm-opt and wasm-split.
"""
import hashlib
import pathlib
import re
import subprocess
import sys
import tempfile

# The features the app is built with (Emscripten 3.1.6, -fwasm-exceptions); the linked module no
# longer says which, and binaryen refuses a module using a feature it was not told of.
FEATURES = ["--mvp-features", "--enable-exception-handling", "--enable-mutable-globals"]
# web/deferred.js's file name as Emscripten prints it back (with either quote), or as an earlier
# split named it (a split run again on the same link).
DEFERRED_PLACEHOLDER = re.compile(r"""(["'])prevplan\.deferred(\.[0-9a-f]{16})?\.wasm\1""")
HASH_CHARS = 16
NAME_CHARS = 60


def name_hash(name):
    return hashlib.sha256(name.encode()).hexdigest()[:HASH_CHARS]


def list_line(name):
    """A keep-list line: the hash, and the name made readable and cut short."""
    readable = bytes(name, "ascii", "backslashreplace").decode()
    for code in ("20", "28", "29", "2c", "5b", "5d"):
        readable = readable.replace("\\" + code, chr(int(code, 16)))
    return f"{name_hash(name)} {readable[:NAME_CHARS]}"


def function_names(wasm):
    """The defined functions' names, as wasm-split reads them (binaryen escapes some characters)."""
    out = subprocess.run(["wasm-opt", *FEATURES, str(wasm), "--print-function-map", "-o", "/dev/null"],
                         check=True, capture_output=True, text=True).stdout
    names = [line.split(":", 1)[1] for line in out.splitlines() if ":" in line]
    return names


def read_list(path):
    hashes = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            hashes.add(line.split(" ", 1)[0])
    return hashes


def split(site, keep_list, named):
    orig = site / "prevplan.wasm.orig"
    if orig.exists():
        orig.replace(named)
    names = function_names(named)
    wanted = read_list(keep_list)
    keep = [n for n in names if name_hash(n) in wanted]
    with tempfile.TemporaryDirectory() as tmp:
        keep_file = pathlib.Path(tmp) / "keep.txt"
        keep_file.write_text("\n".join(keep) + "\n", encoding="utf-8")
        deferred = pathlib.Path(tmp) / "deferred.wasm"
        # --export-prefix: the exports wasm-split adds start with '%', which Emscripten's runtime
        # leaves alone; no names section in either output.
        subprocess.run(["wasm-split", *FEATURES, str(named), f"--keep-funcs=@{keep_file}", "--export-prefix=%",
                        "-o1", str(site / "prevplan.wasm"), "-o2", str(deferred)], check=True,
                       stdout=subprocess.DEVNULL)
        body = deferred.read_bytes()
    name = f"prevplan.deferred.{hashlib.sha256(body).hexdigest()[:16]}.wasm"
    for old in site.glob("prevplan.deferred.*"):
        old.unlink()
    (site / name).write_bytes(body)
    js = site / "prevplan.js"
    text = js.read_text(encoding="utf-8")
    text, count = DEFERRED_PLACEHOLDER.subn(f'"{name}"', text)
    if count != 1:
        raise SystemExit(f"split-wasm: {js} must name prevplan.deferred.wasm once (web/deferred.js)")
    js.write_text(text, encoding="utf-8")
    primary = (site / "prevplan.wasm").stat().st_size
    print(f"split-wasm: {site.name}: {len(keep)} of {len(names)} functions in prevplan.wasm ({primary} B), "
          f"the rest in {name} ({len(body)} B); {len(wanted) - len(keep)} names of the list are gone")


def main():
    if len(sys.argv) != 4:
        raise SystemExit("usage: split-wasm.py SITE_DIR KEEP_LIST NAMED_WASM")
    split(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
