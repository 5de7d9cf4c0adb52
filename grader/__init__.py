"""grader: an automated grader for written and coded assignments.

The package loads numpy with one BLAS thread. The grader's arrays are tiny (a 2x2
gradient, a few dozen evaluation points), so more threads buy nothing, and the grader
forks (its workers, the readers of hostile files, the report writers): a fork beside
OpenBLAS's idle threads is a fork of a multi-threaded process. The variables are set
only while numpy loads and are then put back, so the environment is left as it was
found (the sandbox's worker sets its own).
"""

from __future__ import annotations


def _load_numpy_on_one_thread() -> None:
    import os
    import sys

    if "numpy" in sys.modules:  # loaded before the grader: its threads exist already
        return
    names = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update({name: "1" for name in names})
    try:
        import numpy  # noqa: F401  (loaded here, with the variables above, once for the process)
    except ImportError:  # reported where numpy is used
        pass
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


_load_numpy_on_one_thread()
