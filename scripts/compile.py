"""Compile the engine with mypyc: the same source, about twice as fast (README, "Speed").

    python scripts/compile.py          # C extensions next to the sources (about a minute)
    python scripts/compile.py --clean  # remove them: the Python sources run again

The engine is typed Python that passes mypy --strict; mypyc (part of mypy) compiles the
modules below to C. Python then loads `ssi.cpython-311-...so` ahead of `ssi.py`, so this
writes the hash of each source it compiled to benefits/_compiled.json, and benefits/compiled.py
runs the sources instead whenever one has changed since (or when BENEFITS_PURE=1). Modules
with pydantic models (the scenario, the output models) and the screen stay Python.
Without a C compiler this fails, and the Python sources run as before.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["BENEFITS_PURE"] = "1"  # this script reads the sources; it never runs the engine

from benefits.compiled import MANIFEST, digest, source_of, stale  # noqa: E402

# The month loop and everything it calls, every month.
COMPILED = [
    "benefits/table/*.py",
    "benefits/programs/*.py",
    "benefits/calendar.py",
    "benefits/checks.py",
    "benefits/construct.py",
    "benefits/duties.py",
    "benefits/explain.py",
    "benefits/gc_paused.py",
    "benefits/incomes.py",
    "benefits/indexing.py",
    "benefits/money.py",
    "benefits/months.py",
    "benefits/projection.py",
    "benefits/rule_periods.py",
    "benefits/rules.py",
    "benefits/sweep_levels.py",
]
GROUP = "benefits_engine"  # the shared library: benefits_engine__mypyc.<suffix> in the root
BUILD = ROOT / "build" / "mypyc"


# Written in C: making the output models (benefits/construct.py uses it when compiled).
IN_C = ROOT / "benefits" / "_models.c"


def sources() -> list[Path]:
    return sorted({p for pattern in COMPILED for p in ROOT.glob(pattern)} | {IN_C})


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def clean() -> None:
    """Remove every extension and the manifest: the sources run."""
    MANIFEST.unlink(missing_ok=True)
    for pattern in ("benefits/**/*.so", "benefits/**/*.pyd", f"{GROUP}__mypyc*"):
        for path in ROOT.glob(pattern):
            path.unlink()


def compile_engine() -> None:
    from mypyc.build import mypycify
    from setuptools import Extension, setup

    files = sources()
    # Hashed before compiling: a source edited during the build is then found stale at import.
    built = {module_name(p): digest(p) for p in files}
    clean()
    os.chdir(ROOT)  # mypyc names modules by their paths from the root
    extensions = mypycify(
        [str(p.relative_to(ROOT)) for p in files if p != IN_C],
        opt_level="3",
        multi_file=True,  # a C file per module: a rebuild compiles only those that changed
        group_name=GROUP,
        target_dir=str(BUILD),
    )
    jobs = str(os.cpu_count() or 1)
    setup(
        name="benefits-engine",
        packages=[],
        py_modules=[],
        ext_modules=[*extensions, Extension(module_name(IN_C), [str(IN_C.relative_to(ROOT))])],
        script_args=["build_ext", "--inplace", "--parallel", jobs, "--build-temp", str(BUILD)],
    )
    assert all(source_of(m) == p for m, p in zip(built, files, strict=True))
    MANIFEST.write_text(json.dumps(built, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"compiled {len(built)} modules; benefits/compiled.py checks them at import")


def up_to_date() -> bool:
    """Every module listed is compiled from its present source."""
    if not MANIFEST.exists():
        return False
    built: dict[str, str] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return set(built) == {module_name(p) for p in sources()} and not stale(built)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    parser.add_argument("--force", action="store_true", help="compile even if up to date")
    parser.add_argument("--build", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.clean:
        clean()
        shutil.rmtree(BUILD, ignore_errors=True)
        print("removed the compiled modules: the Python sources run")
    elif args.build:  # in a process of its own, its compiler output in the log
        compile_engine()
    elif up_to_date() and not args.force:
        print("the compiled engine is up to date")
    else:
        BUILD.mkdir(parents=True, exist_ok=True)
        log = BUILD / "compile.log"
        print(
            f"compiling the engine with mypyc (about a minute; output in {log.relative_to(ROOT)})"
        )
        with log.open("w", encoding="utf-8") as out:
            done = subprocess.run(
                [sys.executable, __file__, "--build"], stdout=out, stderr=subprocess.STDOUT
            )
        print(log.read_text(encoding="utf-8").splitlines()[-1] if done.returncode == 0 else "")
        if done.returncode != 0:
            print("\n".join(log.read_text(encoding="utf-8").splitlines()[-30:]), file=sys.stderr)
            sys.exit(f"could not compile the engine (see {log}); the Python sources run")


if __name__ == "__main__":
    main()
