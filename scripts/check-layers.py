#!/usr/bin/env python3
"""Checks that includes point one way (docs/architecture.md, "Layers").

core folders are layered in the order of the method's steps: a file may include its own folder
or an earlier one, never a later one. ui folders follow the same order, between ui/kit at the
bottom and the shell and plan screen at the top; ui may include core and platform, core nothing
but core. Prints each violation as file:line and exits 1 when there is any.
"""
import pathlib
import re
import sys

CORE = ["base", "catalog", "model", "observatory", "registry", "report", "resources", "gaps",
        "planning", "monitoring", "workspace", "sharing", "demo", "progress"]
UI = ["kit", "observatory", "registry", "report", "resources", "gaps", "planning", "monitoring",
      "sharing", "shell", "plan"]
# Which top-level folders each top-level folder may include.
ALLOWED = {
    "core": {"core"},
    "ui": {"core", "ui", "platform"},
    "platform": {"core", "platform", "app"},  # web/ reaches the one App through web::app()
    "app": {"core", "ui", "platform", "app"},
    "cli": {"core", "cli"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def rank(order, folder):
    return order.index(folder) if folder in order else None


def check(src, path):
    rel = path.relative_to(src).parts
    top = rel[0]
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = INCLUDE.match(line)
        if not match:
            continue
        target = match.group(1).split("/")
        if len(target) < 2 or target[0] not in ALLOWED:
            continue  # a third-party or same-folder header
        where = f"{path}:{number}: {match.group(1)}"
        if target[0] not in ALLOWED[top]:
            problems.append(f"{where}: {top}/ may not include {target[0]}/")
            continue
        for side, order in (("core", CORE), ("ui", UI)):
            if top == side and target[0] == side and len(rel) > 2 and len(target) > 2:
                mine, theirs = rank(order, rel[1]), rank(order, target[1])
                if mine is None or theirs is None:
                    problems.append(f"{where}: {side}/ folders must be one of {', '.join(order)}")
                elif theirs > mine:
                    problems.append(f"{where}: {side}/{rel[1]} comes before {side}/{target[1]}")
    return problems


def main():
    src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src")
    files = sorted(p for p in src.rglob("*") if p.suffix in (".h", ".cpp"))
    problems = [p for f in files for p in check(src, f)]
    for p in problems:
        print(p)
    print(f"check-layers: {len(files)} files, {len(problems)} wrong-way includes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
