"""The audit hook's state is out of the student's reach: a refused call leaves the hook's
frame in the traceback, and nothing reachable from it can be rebound to switch it off."""

from __future__ import annotations

import types

from sandbox_support import job

from grader.sandbox.worker import _make_audit_hook


def test_the_hook_is_one_flat_function_of_immutable_defaults():
    hook = _make_audit_hook(["/read"], ["/write"], ["/hidden"], allow_fork=False)
    assert hook.__closure__ is None
    assert not [c for c in hook.__code__.co_consts if isinstance(c, types.CodeType)]  # no inner functions
    immutable = (str, int, bool, tuple, frozenset, type(len), type, type(None))
    assert all(isinstance(v, immutable) for v in hook.__kwdefaults__.values()), hook.__kwdefaults__
    assert all(isinstance(r, str) for r in hook.__kwdefaults__["_read_roots"])


ATTACK = """
import sys

def f():
    try:
        open('/etc/hostname').read()
    except PermissionError as error:
        tb = error.__traceback__
    else:
        return [-1.0]
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    hooks = [fr for fr in frames if fr.f_code.co_name == 'hook']
    handles = 0
    for fr in hooks:
        # What outlives the call: a function (its closure cells, defaults, code) or a
        # container the next call would read. Lists made during the call die with it.
        for name, value in fr.f_locals.items():
            if getattr(value, '__closure__', None):
                handles += 1
            if type(value).__name__ == 'function':
                handles += 1
            if name.startswith('_') and isinstance(value, (list, dict, set)):
                handles += 1
        try:  # Python 3.13's write-through f_locals: it changes only a frame that has finished
            fr.f_locals['_read_roots'] = ('/',)
            fr.f_locals['_hidden_roots'] = ()
        except Exception:
            pass
    try:
        open('/etc/hostname').read()
        still_refused = 0.0
    except PermissionError:
        still_refused = 1.0
    except OSError:
        still_refused = 1.0  # not there at all (namespaces)
    return [float(len(hooks)), float(handles), still_refused]
"""


def test_nothing_in_the_hooks_frame_can_switch_it_off(any_runner):
    result = any_runner.run(job(ATTACK))
    assert result.status == "ok", result.detail
    hooks, handles, refused = result.calls[0].value
    assert hooks == 1.0, "the refused open() should leave the hook's frame in the traceback"
    assert handles == 0.0, "the hook's frame exposes something that can be rebound"
    assert refused == 1.0
