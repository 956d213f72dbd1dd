#!/usr/bin/env python3
"""Checks that the screens draw text through the kit (src/ui/kit/widgets.h), never bare.

A bare ImGui::Text* call is only drawn: Dear ImGui tells the accessibility mirror nothing of it,
so a screen reader would skip it. The kit's texts (textItem, paragraph, mutedText, coloredText,
bullet, title, section, helper, note) are read where they stand. Prints each bare call as
file:line and exits 1 when there is any. Usage: check-bare-text.py SRC_DIR
"""
import pathlib
import re
import sys

BARE = re.compile(r"\bImGui::(Text|TextUnformatted|TextWrapped|TextDisabled|TextColored|BulletText|LabelText)\s*\(")


def main(src):
    ui = pathlib.Path(src) / "ui"
    bad = []
    for path in sorted(ui.rglob("*.cpp")) + sorted(ui.rglob("*.h")):
        if path.parent.name == "kit":
            continue  # the kit is where the texts are drawn and told to the mirror
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if BARE.search(line):
                bad.append(f"{path}:{number}: bare text, use the kit's (ui/kit/widgets.h): {line.strip()}")
    print("\n".join(bad) if bad else "check-bare-text: ok")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "src"))
