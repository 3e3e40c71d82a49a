"""``python -m evals NAME [args]``: run the eval module ``evals.NAME`` (its ``main(argv) -> int``)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

import evals


def available() -> list[str]:
    """Eval modules: those that define ``main`` (helpers such as ``report`` or ``searchset`` do not)."""
    names = (m.name for m in pkgutil.iter_modules(evals.__path__) if not m.name.startswith("_"))
    return sorted(n for n in names if "\ndef main(" in (Path(evals.__path__[0]) / f"{n}.py").read_text("utf-8"))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print("usage: python -m evals NAME [options]\n\nevals: " + ", ".join(available()))
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name not in available():
        print(f"unknown eval {name!r}; available: {', '.join(available())}", file=sys.stderr)
        return 2
    from evals.report import record_invocation

    record_invocation(name, rest)
    module = importlib.import_module(f"evals.{name}")
    return int(module.main(rest) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
