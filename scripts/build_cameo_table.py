"""Build frenemy's CAMEO table (src/frenemy/events/data/cameo.csv) from the reference facts.

Usage: python scripts/build_cameo_table.py ../shared/reference

Reads the CAMEO codebook (code,name), GDELT's Goldstein scale and the PLOVER manual's CAMEO-to-
PLOVER conversion (Draft 0.8), and writes one row per CAMEO code: code, name, plover, goldstein,
quad_class. Codes the conversion table does not list take the PLOVER type of their nearest
listed parent; 02x (appeals) map to REQUEST, as in the PLOVER manual; 01x (public statements)
have no PLOVER type; CODEBOOK_TYPES lists where the event codebook wins. Quad class follows
GDELT: 01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict (3),
14-20 material conflict (4).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "frenemy" / "events" / "data" / "cameo.csv"


# Where the event codebook frenemy is scored against (../shared/gold/CODEBOOK.md) types a CAMEO
# code otherwise than the conversion table, the codebook wins: embargoes and sanctions are
# SANCTION; a signed agreement and established or restored relations (recognition) are
# cooperation that happens; a conviction or sentence is coercion, as charging and trying are;
# easing curfews, emergencies and sanctions and releasing or returning people or property is
# yielding (CONCEDE), while RETREAT keeps withdrawals, de-escalation, ceasefires and demobilisation.
CODEBOOK_TYPES = {"163": "SANCTION", "057": "COOPERATE", "054": "COOPERATE", "116": "COERCE",
                  "0813": "CONCEDE", "0814": "CONCEDE", "084": "CONCEDE", "0841": "CONCEDE",
                  "0842": "CONCEDE", "085": "CONCEDE"}


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def main(reference: Path) -> None:
    names = {}
    with open(reference / "cameo_codes.csv", encoding="utf-8") as f:
        for row in csv.reader(f):
            if row:
                names[row[0].strip()] = row[1].strip()
    goldstein = {}
    with open(reference / "goldstein.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            code, value = line.split()
            goldstein[code] = float(value)
    plover = {"02": "REQUEST"}
    for line in (reference / "cameo2plover.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            plover[m.group(1)] = m.group(2)
    rows = []
    for code, name in names.items():
        ptype = CODEBOOK_TYPES.get(code) or next(
            (plover[code[:n]] for n in range(len(code), 1, -1) if code[:n] in plover), "")
        score = next(goldstein[code[:n]] for n in range(len(code), 1, -1) if code[:n] in goldstein)
        rows.append((code, name, ptype, score, quad_class(code)))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("# CAMEO event codes with PLOVER type, GDELT Goldstein score and quad class.\n")
        f.write("# Built by scripts/build_cameo_table.py from the CAMEO codebook, GDELT's\n")
        f.write("# CAMEO.goldsteinscale lookup and the PLOVER manual (Draft 0.8) conversion table.\n")
        writer = csv.writer(f)
        writer.writerow(["code", "name", "plover", "goldstein", "quad_class"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"))
