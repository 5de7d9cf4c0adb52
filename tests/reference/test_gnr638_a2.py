"""Tests for the Assignment 2 reference solution, ``reference/gnr638_a2.py``.

``reference/`` is not an installed package, so the module is loaded from its
path. Every closed form is checked against something computed another way: a
counting naive convolution, the Poisson pmf, and finite differences.
"""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

MODULE_PATH = Path(__file__).resolve().parents[2] / "reference" / "gnr638_a2.py"

ASSIGNMENT_CONV = {"input": (12, 12, 3), "out_channels": 256, "kernel": 5}

# (input, out_channels, kernel, stride, padding): includes stride 2, padding 1,
# non-square kernels and inputs, and a stride that does not divide evenly.
SMALL_CONVS = [
    ((5, 5, 2), 3, 3, 1, 0),
    ((5, 5, 2), 3, 3, 2, 1),
    ((6, 4, 3), 2, (3, 2), 2, 1),
    ((4, 7, 1), 4, (2, 3), 1, 1),
    ((7, 6, 2), 2, 3, 2, 0),
    ((3, 3, 2), 5, 1, 1, 0),
]


@pytest.fixture(scope="session")
def a2() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_gnr638_a2", MODULE_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------
# Q2: counting naive convolutions
# ---------------------------------------------------------------------------

class _Counter:
    """Multiplies scalars and counts every multiplication."""

    def __init__(self) -> None:
        self.count = 0

    def mul(self, a: float, b: float) -> float:
        self.count += 1
        return a * b


def _kernel_hw(kernel: int | tuple[int, int]) -> tuple[int, int]:
    return (kernel, kernel) if isinstance(kernel, int) else kernel


def _naive_standard_conv(
    x: np.ndarray, w: np.ndarray, stride: int, padding: int, counter: _Counter
) -> np.ndarray:
    """x (H, W, C_in), w (kh, kw, C_in, C_out) -> (H_o, W_o, C_out)."""
    # Products with the zero padding are counted: the closed forms count them.
    xp = np.pad(x, ((padding, padding), (padding, padding), (0, 0)))
    kh, kw, c_in, c_out = w.shape
    h_o = (xp.shape[0] - kh) // stride + 1
    w_o = (xp.shape[1] - kw) // stride + 1
    out = np.zeros((h_o, w_o, c_out))
    for i in range(h_o):
        for j in range(w_o):
            for co in range(c_out):
                acc = 0.0
                for di in range(kh):
                    for dj in range(kw):
                        for ci in range(c_in):
                            acc += counter.mul(
                                xp[i * stride + di, j * stride + dj, ci], w[di, dj, ci, co]
                            )
                out[i, j, co] = acc
    return out


def _naive_depthwise_separable_conv(
    x: np.ndarray,
    w_dw: np.ndarray,
    w_pw: np.ndarray,
    stride: int,
    padding: int,
    counter: _Counter,
) -> np.ndarray:
    """x (H, W, C_in), w_dw (kh, kw, C_in), w_pw (C_in, C_out) -> (H_o, W_o, C_out)."""
    xp = np.pad(x, ((padding, padding), (padding, padding), (0, 0)))
    kh, kw, c_in = w_dw.shape
    c_out = w_pw.shape[1]
    h_o = (xp.shape[0] - kh) // stride + 1
    w_o = (xp.shape[1] - kw) // stride + 1
    depth = np.zeros((h_o, w_o, c_in))
    for i in range(h_o):
        for j in range(w_o):
            for ci in range(c_in):
                acc = 0.0
                for di in range(kh):
                    for dj in range(kw):
                        acc += counter.mul(
                            xp[i * stride + di, j * stride + dj, ci], w_dw[di, dj, ci]
                        )
                depth[i, j, ci] = acc
    out = np.zeros((h_o, w_o, c_out))
    for i in range(h_o):
        for j in range(w_o):
            for co in range(c_out):
                acc = 0.0
                for ci in range(c_in):
                    acc += counter.mul(depth[i, j, ci], w_pw[ci, co])
                out[i, j, co] = acc
    return out


def _windows(x: np.ndarray, kh: int, kw: int, stride: int, padding: int) -> np.ndarray:
    """(H_o, W_o, C, kh, kw) windows of the padded input, for vectorised checks."""
    xp = np.pad(x, ((padding, padding), (padding, padding), (0, 0)))
    win = np.lib.stride_tricks.sliding_window_view(xp, (kh, kw), axis=(0, 1))
    return win[::stride, ::stride]


@pytest.mark.parametrize("shape", SMALL_CONVS, ids=str)
def test_standard_conv_count_matches_brute_force(a2: ModuleType, shape: tuple) -> None:
    (h, w, c_in), c_out, kernel, stride, padding = shape
    kh, kw = _kernel_hw(kernel)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((h, w, c_in))
    weights = rng.standard_normal((kh, kw, c_in, c_out))
    counter = _Counter()
    out = _naive_standard_conv(x, weights, stride, padding, counter)

    # The naive loop must be a real convolution for its count to mean anything.
    expected = np.einsum("ijcab,abco->ijo", _windows(x, kh, kw, stride, padding), weights)
    np.testing.assert_allclose(out, expected, rtol=1e-12, atol=1e-12)

    args = dict(input=(h, w, c_in), out_channels=c_out, kernel=kernel,
                stride=stride, padding=padding)
    assert a2.standard_conv_mults(**args) == counter.count
    assert out.shape[0] * out.shape[1] * kh * kw * c_in * c_out == counter.count


@pytest.mark.parametrize("shape", SMALL_CONVS, ids=str)
def test_depthwise_separable_count_matches_brute_force(a2: ModuleType, shape: tuple) -> None:
    (h, w, c_in), c_out, kernel, stride, padding = shape
    kh, kw = _kernel_hw(kernel)
    rng = np.random.default_rng(1)
    x = rng.standard_normal((h, w, c_in))
    w_dw = rng.standard_normal((kh, kw, c_in))
    w_pw = rng.standard_normal((c_in, c_out))
    counter = _Counter()
    out = _naive_depthwise_separable_conv(x, w_dw, w_pw, stride, padding, counter)

    depth = np.einsum("ijcab,abc->ijc", _windows(x, kh, kw, stride, padding), w_dw)
    np.testing.assert_allclose(out, depth @ w_pw, rtol=1e-12, atol=1e-12)

    args = dict(input=(h, w, c_in), out_channels=c_out, kernel=kernel,
                stride=stride, padding=padding)
    h_o, w_o = out.shape[:2]
    assert a2.depthwise_separable_conv_mults(**args) == counter.count
    assert a2.depthwise_stage_mults(**args) == h_o * w_o * c_in * kh * kw
    assert a2.pointwise_stage_mults(**args) == h_o * w_o * c_in * c_out
    assert a2.standard_conv_mults_at_input_size(**args) == h * w * kh * kw * c_in * c_out
    assert a2.standard_conv_mults_one_pixel(**args) == kh * kw * c_in * c_out


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("standard_conv_mults", 1_228_800),
        ("depthwise_separable_conv_mults", 53_952),
        ("depthwise_stage_mults", 4_800),
        ("pointwise_stage_mults", 49_152),
        ("standard_conv_mults_at_input_size", 2_764_800),
        ("standard_conv_mults_one_pixel", 19_200),
    ],
)
def test_conv_counts_for_the_assignment(a2: ModuleType, name: str, value: int) -> None:
    result = getattr(a2, name)(**ASSIGNMENT_CONV)
    assert type(result) is int
    assert result == value
    explicit = getattr(a2, name)(**ASSIGNMENT_CONV, stride=1, padding=0)
    assert explicit == value
    assert getattr(a2, name)(input=[12, 12, 3], out_channels=256, kernel=(5, 5)) == value


@pytest.mark.parametrize(
    "args",
    [
        dict(input=(4, 4, 1), out_channels=2, kernel=5),
        dict(input=(4, 9, 1), out_channels=2, kernel=(5, 3)),
        dict(input=(12, 12, 3), out_channels=256, kernel=5, stride=0),
        dict(input=(12, 12, 3), out_channels=256, kernel=5, padding=-1),
        dict(input=(12, 12), out_channels=256, kernel=5),
        dict(input=(12, 12, 3), out_channels=0, kernel=5),
    ],
)
def test_conv_counts_reject_impossible_geometry(a2: ModuleType, args: dict) -> None:
    for name in ("standard_conv_mults", "depthwise_separable_conv_mults",
                 "standard_conv_mults_one_pixel"):
        with pytest.raises(ValueError):
            getattr(a2, name)(**args)


def test_padding_rescues_a_kernel_larger_than_the_input(a2: ModuleType) -> None:
    # 4 + 2*1 - 5 = 1, so H_o = 2: the check must use the padded size.
    assert a2.standard_conv_mults(input=(4, 4, 1), out_channels=1, kernel=5, padding=1) == 4 * 25


# ---------------------------------------------------------------------------
# Q3: Poisson loss
# ---------------------------------------------------------------------------

POISSON_POINTS = [(0.5, 0), (1.0, 1), (2.5, 3), (7.0, 10), (0.1, 4), (20.0, 15), (3.0, 0)]


@pytest.mark.parametrize(("z", "y"), POISSON_POINTS)
def test_poisson_nll_is_minus_log_pmf(a2: ModuleType, z: float, y: int) -> None:
    pmf = z**y * math.exp(-z) / math.factorial(y)
    result = a2.poisson_nll(z, y)
    assert isinstance(result, float)
    assert result == pytest.approx(-math.log(pmf), rel=1e-12, abs=1e-12)


@pytest.mark.parametrize(("z", "y"), POISSON_POINTS)
def test_poisson_nll_derivative_in_z(a2: ModuleType, z: float, y: int) -> None:
    step = 1e-6 * z
    numeric = (a2.poisson_nll(z + step, y) - a2.poisson_nll(z - step, y)) / (2 * step)
    assert numeric == pytest.approx(1 - y / z, rel=1e-6, abs=1e-6)


def test_poisson_functions_are_vectorised(a2: ModuleType) -> None:
    z = np.array([0.5, 1.0, 2.5, 7.0])
    y = np.array([0, 1, 3, 10])
    for name in ("poisson_nll", "poisson_log_likelihood", "squared_error", "absolute_error"):
        fn = getattr(a2, name)
        out = fn(z, y)
        assert isinstance(out, np.ndarray) and out.shape == (4,)
        np.testing.assert_allclose(out, [fn(float(a), float(b)) for a, b in zip(z, y)])
    grid = a2.poisson_nll(z[:, None], y[None, :])
    assert grid.shape == (4, 4)
    assert grid[3, 1] == pytest.approx(a2.poisson_nll(7.0, 1))


def test_poisson_known_mistakes(a2: ModuleType) -> None:
    for z, y in POISSON_POINTS:
        assert a2.poisson_log_likelihood(z, y) == pytest.approx(-a2.poisson_nll(z, y))
    assert a2.squared_error(3.0, 1.0) == 4.0
    assert a2.squared_error(1.0, 3.0) == 4.0
    assert a2.absolute_error(1.0, 3.5) == 2.5
    assert a2.binary_cross_entropy(0.25, 1.0) == pytest.approx(-math.log(0.25))
    assert a2.binary_cross_entropy(0.25, 0.0) == pytest.approx(-math.log(0.75))
    assert a2.binary_cross_entropy(0.3, 0.6) == pytest.approx(
        -(0.6 * math.log(0.3) + 0.4 * math.log(0.7))
    )


# ---------------------------------------------------------------------------
# Q1: the 2-2-2 sigmoid network
# ---------------------------------------------------------------------------

PARAM_NAMES = ("W1", "b1", "W2", "b2")
FD_STEP = 1e-6


def _numerical_gradients(a2: ModuleType, net: dict) -> tuple[np.ndarray, ...]:
    params = {k: np.array(net[k], dtype=float) for k in (*PARAM_NAMES, "x", "t")}
    grads = []
    for name in PARAM_NAMES:
        grad = np.zeros_like(params[name])
        for index in np.ndindex(grad.shape):
            plus = {k: v.copy() for k, v in params.items()}
            minus = {k: v.copy() for k, v in params.items()}
            plus[name][index] += FD_STEP
            minus[name][index] -= FD_STEP
            grad[index] = (a2.loss(**plus) - a2.loss(**minus)) / (2 * FD_STEP)
        grads.append(grad)
    return tuple(grads)


def _assert_matches_fd(a2: ModuleType, net: dict, grads: tuple) -> None:
    numeric = _numerical_gradients(a2, net)
    assert len(grads) == 4
    for name, got, want in zip(PARAM_NAMES, grads, numeric):
        assert np.shape(got) == want.shape, name
        # atol: the difference quotient's rounding floor is ~eps*E/h ~ 1e-10.
        np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-9, err_msg=name)


def _networks(a2: ModuleType) -> list[dict]:
    return [a2.given_network_args(), *a2.random_network_args(seed=638, count=20)]


def test_gradients_match_finite_differences(a2: ModuleType) -> None:
    for net in _networks(a2):
        grads = a2.gradients(**net)
        assert all(isinstance(g, np.ndarray) and g.dtype == float for g in grads)
        _assert_matches_fd(a2, net, grads)


def test_closed_form_matches_finite_differences_and_backprop(a2: ModuleType) -> None:
    for net in _networks(a2):
        closed = a2.gradients_closed_form(**net)
        _assert_matches_fd(a2, net, closed)
        for c, b in zip(closed, a2.gradients(**net)):
            np.testing.assert_allclose(c, b, rtol=1e-12, atol=1e-15)


def test_fd_check_catches_known_slips(a2: ModuleType) -> None:
    """The comparison above is not a tautology: wrong gradients fail it."""
    net = a2.random_network_args(seed=1, count=1)[0]
    dW1, db1, dW2, db2 = a2.gradients(**net)
    slips = {
        "sign (t - o)": (-dW1, -db1, -dW2, -db2),
        "transposed dW1": (dW1.T, db1, dW2, db2),
        "transposed dW2": (dW1, db1, dW2.T, db2),
        "swapped biases": (dW1, db2, dW2, db1),
        "db2 off by 1 %": (dW1, db1, dW2, db2 * 1.01),
    }
    for name, wrong in slips.items():
        with pytest.raises(AssertionError):
            _assert_matches_fd(a2, net, wrong)
            pytest.fail(f"slip not detected: {name}")


def test_given_network_values(a2: ModuleType) -> None:
    assert f"{a2.dE_dw11():.5g}" == "0.0044318"
    assert f"{a2.dE_dw21():.5g}" == "0.037179"
    assert isinstance(a2.dE_dw11(), float) and isinstance(a2.dE_dw21(), float)

    h, o = a2.forward(**{k: v for k, v in a2.given_network_args().items() if k != "t"})
    sig2 = 1 / (1 + math.exp(-2.0))
    np.testing.assert_allclose(h, [sig2, sig2], rtol=1e-15)
    o_expected = 1 / (1 + math.exp(-(sig2 + 1.0)))
    np.testing.assert_allclose(o, [o_expected, o_expected], rtol=1e-15)
    assert a2.loss(**a2.given_network_args()) == pytest.approx((o_expected - 0.5) ** 2)

    dW1, db1, dW2, db2 = a2.gradients(**a2.given_network_args())
    assert dW1[0, 0] == a2.dE_dw11()
    assert dW2[0, 0] == a2.dE_dw21()


def test_given_network_args(a2: ModuleType) -> None:
    assert a2.given_network_args() == {
        "W1": [[0.5, 0.5], [0.5, 0.5]],
        "b1": [1.0, 1.0],
        "W2": [[0.5, 0.5], [0.5, 0.5]],
        "b2": [1.0, 1.0],
        "x": [1.0, 1.0],
        "t": [0.5, 0.5],
    }


SCALARS = dict(w11=0.11, w12=-0.12, w13=0.13, w14=-0.14, w21=0.21, w22=-0.22,
               w23=0.23, w24=-0.24, b1=0.3, b2=-0.4, x1=1.5, x2=-0.7, t1=0.9, t2=0.2)


def test_network_from_parameters_places_names(a2: ModuleType) -> None:
    net = a2.network_from_parameters(**SCALARS)
    assert net["W1"][0, 1] == SCALARS["w13"]
    assert net["W2"][1, 0] == SCALARS["w22"]
    np.testing.assert_array_equal(net["W1"], [[0.11, 0.13], [-0.12, -0.14]])
    np.testing.assert_array_equal(net["W2"], [[0.21, 0.23], [-0.22, -0.24]])
    np.testing.assert_array_equal(net["b1"], [0.3, 0.3])
    np.testing.assert_array_equal(net["b2"], [-0.4, -0.4])
    np.testing.assert_array_equal(net["x"], [1.5, -0.7])
    np.testing.assert_array_equal(net["t"], [0.9, 0.2])


@pytest.mark.parametrize(("fn_name", "weight"), [("dE_dw11", "w11"), ("dE_dw21", "w21")])
def test_named_derivatives_at_other_values(a2: ModuleType, fn_name: str, weight: str) -> None:
    """Perturb the named scalar, so the weight-name mapping is checked end to end."""
    def scalar_loss(**kwargs: float) -> float:
        return a2.loss(**a2.network_from_parameters(**kwargs))

    plus = {**SCALARS, weight: SCALARS[weight] + FD_STEP}
    minus = {**SCALARS, weight: SCALARS[weight] - FD_STEP}
    numeric = (scalar_loss(**plus) - scalar_loss(**minus)) / (2 * FD_STEP)
    got = getattr(a2, fn_name)(**SCALARS)
    assert got == pytest.approx(numeric, rel=1e-6, abs=1e-9)
    assert abs(got) > 1e-4  # the point is not degenerate


def test_random_network_args(a2: ModuleType) -> None:
    nets = a2.random_network_args(seed=7, count=6)
    assert len(nets) == 6
    assert nets == a2.random_network_args(seed=7, count=6)
    assert nets != a2.random_network_args(seed=8, count=6)
    assert a2.random_network_args(seed=7, count=3) == nets[:3]
    assert json.loads(json.dumps(nets)) == nets
    for net in nets:
        assert set(net) == {"W1", "b1", "W2", "b2", "x", "t"}
        assert np.array(net["W1"]).shape == (2, 2) and np.array(net["W2"]).shape == (2, 2)
        for key in ("b1", "b2", "x", "t"):
            assert np.array(net[key]).shape == (2,)
        flat = [*net["W1"][0], *net["W1"][1], *net["W2"][0], *net["W2"][1],
                *net["b1"], *net["b2"], *net["x"], *net["t"]]
        assert all(type(v) is float for v in flat)
        assert all(-2.0 <= v <= 2.0 for v in net["x"])
        assert all(0.0 <= v <= 1.0 for v in net["t"])
    assert a2.random_network_args(seed=7, count=0) == []


def test_network_rejects_wrong_shapes(a2: ModuleType) -> None:
    net = a2.given_network_args()
    with pytest.raises(ValueError):
        a2.gradients(**{**net, "b1": [1.0]})
    with pytest.raises(ValueError):
        a2.loss(**{**net, "W2": [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5]]})
