"""Load the trusted reference module a spec names, and compute expected values with it.

The reference is the course staff's code, so it is imported in the grader process; student
code never is (see ``grader.sandbox``), and the sandbox never sees this module.
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Mapping

from .errors import ReferenceModuleError
from .spec import Call, Question, Spec, referenced_functions


@dataclass(frozen=True)
class Reference:
    """The loaded reference module of one spec."""

    module: ModuleType
    spec_file: str

    def function(self, name: str, line: int | None = None) -> Callable[..., Any]:
        """The named function, or a ``ReferenceModuleError`` naming the spec line."""
        fn = getattr(self.module, name, None)
        if not callable(fn):
            raise ReferenceModuleError(
                f"the reference module {Path(self.module.__file__ or '?').name} has no function '{name}'",
                file=self.spec_file, line=line)
        return fn

    def call(self, call: Call, parameters: Mapping[str, float] | None = None) -> Any:
        """Evaluate ``call`` with the spec's arguments and the question's parameters."""
        fn = self.function(call.function, call.line)
        kwargs = dict(call.args)
        kwargs.update(parameters or {})
        try:
            return fn(**kwargs)
        except Exception as exc:  # the staff's code failing is a spec problem, said on one line
            raise ReferenceModuleError(
                f"reference function '{call.function}' failed: {type(exc).__name__}: {exc}",
                file=self.spec_file, line=call.line) from exc


def load_reference(spec: Spec) -> Reference | None:
    """Import the spec's reference module and check every function the spec names exists."""
    if spec.reference is None:
        return None
    path = Path(spec.reference)
    # A module name unique to the file's path, so two specs' references never collide.
    digest = hashlib.sha256(str(path).encode()).hexdigest()[:12]
    mod_name = f"_grader_reference_{digest}"
    spec_file = str(spec.source or "<spec>")
    module = sys.modules.get(mod_name)
    if module is None:
        loader_spec = importlib.util.spec_from_file_location(mod_name, path)
        if loader_spec is None or loader_spec.loader is None:
            raise ReferenceModuleError(f"cannot import the reference module {path}", file=spec_file)
        module = importlib.util.module_from_spec(loader_spec)
        try:
            loader_spec.loader.exec_module(module)
        except Exception as exc:
            raise ReferenceModuleError(
                f"the reference module {path.name} fails to import: {type(exc).__name__}: {exc}",
                file=spec_file) from exc
        sys.modules[mod_name] = module
    ref = Reference(module, spec_file)
    for name, line in referenced_functions(spec):
        ref.function(name, line)
    return ref


def stated_parameters_differ(question: Question, stated: Mapping[str, float]) -> dict[str, float]:
    """The stated parameters whose values differ from the problem's own."""
    defaults = question.defaults()
    return {k: v for k, v in stated.items()
            if k in defaults and not math.isclose(v, defaults[k], rel_tol=1e-9, abs_tol=1e-12)}
