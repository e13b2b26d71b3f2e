#!/usr/bin/env bash
# mypyc14 experiment: compile the hottest rule modules with mypyc, in a scratch copy under /tmp.
# Nothing here touches the repository, its packaging or /work/main/.venv.
#
#   bash benchmarks/mypyc_build.sh [DEST=/tmp/mypyc14src] [VENV=/tmp/mypyc-venv] [MODULES...]
#
# 1. `git archive HEAD` into DEST; 2. a venv with mypy (mypyc) and the package's dependencies
# (an editable install of DEST); 3. benchmarks/mypyc14.patch, the smallest changes mypyc needed
# (made on a6db181; on a later commit it may not apply, see benchmarks/README.md "mypyc14");
# 4. mypyc over MODULES (default: the nine of the experiment), one extension per module
# (separate=True), compiled in place next to the .py files (an extension wins over the .py
# on import). Then e.g.
#   (cd DEST && $VENV/bin/python benchmarks/dump_records.py --out /tmp/compiled.jsonl)
#   python benchmarks/mypyc_bench.py --python $VENV/bin/python --run interp=INTERP_COPY --run compiled=DEST
# where INTERP_COPY is DEST's tree without the .so files (git -C DEST archive HEAD).
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
DEST="${1:-/tmp/mypyc14src}"
VENV="${2:-/tmp/mypyc-venv}"
shift $(( $# > 2 ? 2 : $# ))
MODULES="${*:-thai_report_ie/phrases.py thai_report_ie/subject_context.py thai_report_ie/tokenize.py \
thai_report_ie/numerals.py thai_report_ie/extractors/quantities.py thai_report_ie/extractors/organisations.py \
thai_report_ie/money_subjects.py thai_report_ie/percent_subjects.py thai_report_ie/linking.py}"

rm -rf "$DEST" && mkdir -p "$DEST"
git -C "$HERE" archive HEAD | tar -x -C "$DEST"
if [ ! -x "$VENV/bin/mypyc" ]; then  # mypy (with mypyc) and the package's dependencies, once
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q mypy pytest
  "$VENV/bin/pip" install -q -e "$DEST[test,files]"
fi
cd "$DEST"
git init -q . && git add -A && git -c user.name=mypyc14 -c user.email=none commit -qm pristine
git apply "$HERE/benchmarks/mypyc14.patch"
cat > mypy.ini <<'EOF'
[mypy]
ignore_missing_imports = True
follow_imports = silent
disable_error_code = annotation-unchecked

[mypy-thai_report_ie.subject_context]
disable_error_code = annotation-unchecked, union-attr
EOF
cat > setup_mypyc.py <<'EOF'
import os
from setuptools import setup
from mypyc.build import mypycify
setup(name="thai_report_ie_mypyc14", packages=[],
      ext_modules=mypycify(os.environ["MYPYC_MODULES"].split(), opt_level="3", separate=True))
EOF
"$VENV/bin/mypy" --warn-unreachable $MODULES
time MYPYC_MODULES="$MODULES" "$VENV/bin/python" setup_mypyc.py build_ext --inplace -j 2
"$VENV/bin/python" -c "import sys; sys.path.insert(0, '.'); import thai_report_ie, pkgutil, importlib
names = [m.name for m in pkgutil.walk_packages(thai_report_ie.__path__, 'thai_report_ie.')
         if not m.ispkg and m.name.rsplit('.', 1)[1] not in ('__main__', 'dask', 'spacy_component')]
mods = [importlib.import_module(n) for n in names]
print('compiled:', sorted(m.__name__ for m in mods if m.__file__.endswith('.so')))"
