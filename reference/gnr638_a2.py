"""Reference solution for GNR 638 Assignment 2.

Plain numpy functions, deterministic, with no I/O and no dependency on the
``grader`` package. The grader's answer spec names these functions and calls
them with keyword arguments, so the public names and their keyword names are
part of the spec's contract and must not change.

Q1  backpropagation in a 2-2-2 sigmoid network (``forward``, ``loss``,
    ``gradients``, ``gradients_closed_form``, ``dE_dw11``, ``dE_dw21``, ...)
Q2  multiplication counts for standard and depthwise separable convolution
Q3  the Poisson negative log-likelihood, and the known wrong losses
"""

from __future__ import annotations

import math
from typing import Sequence, Union

import numpy as np

__all__ = [
    # Q1
    "sigmoid",
    "forward",
    "loss",
    "gradients",
    "gradients_closed_form",
    "network_from_parameters",
    "dE_dw11",
    "dE_dw21",
    "random_network_args",
    "given_network_args",
    # Q2
    "standard_conv_mults",
    "depthwise_separable_conv_mults",
    "depthwise_stage_mults",
    "pointwise_stage_mults",
    "standard_conv_mults_at_input_size",
    "standard_conv_mults_one_pixel",
    # Q3
    "poisson_nll",
    "poisson_log_likelihood",
    "squared_error",
    "absolute_error",
    "binary_cross_entropy",
]

ArrayLike = Union[float, Sequence[float], Sequence[Sequence[float]], np.ndarray]
Gradients = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
Kernel = Union[int, Sequence[int]]


# ---------------------------------------------------------------------------
# Q1: the 2-2-2 sigmoid network
# ---------------------------------------------------------------------------

def sigmoid(a: ArrayLike) -> np.ndarray:
    """Return the logistic function 1 / (1 + exp(-a)), elementwise."""
    return 1.0 / (1.0 + np.exp(-np.asarray(a, dtype=float)))


def _as_float_array(value: ArrayLike, shape: tuple[int, ...], name: str) -> np.ndarray:
    array = np.asarray(value, dtype=float)
    if array.shape != shape:
        raise ValueError(f"{name} must have shape {shape}, got {array.shape}")
    return array


def _network(
    W1: ArrayLike, b1: ArrayLike, W2: ArrayLike, b2: ArrayLike, x: ArrayLike
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    return (
        _as_float_array(W1, (2, 2), "W1"),
        _as_float_array(b1, (2,), "b1"),
        _as_float_array(W2, (2, 2), "W2"),
        _as_float_array(b2, (2,), "b2"),
        _as_float_array(x, (2,), "x"),
    )


def forward(
    W1: ArrayLike, b1: ArrayLike, W2: ArrayLike, b2: ArrayLike, x: ArrayLike
) -> tuple[np.ndarray, np.ndarray]:
    """Return the activations ``(h, o)`` of the network.

    h = sigmoid(W1 x + b1) and o = sigmoid(W2 h + b2); W1, W2 have shape
    (2, 2) with row i holding the weights into unit i, and b1, b2, x have
    shape (2,) (one bias per unit).
    """
    W1, b1, W2, b2, x = _network(W1, b1, W2, b2, x)
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def loss(
    W1: ArrayLike,
    b1: ArrayLike,
    W2: ArrayLike,
    b2: ArrayLike,
    x: ArrayLike,
    t: ArrayLike,
) -> float:
    """Return the squared error E = 1/2 (t1 - o1)^2 + 1/2 (t2 - o2)^2."""
    t = _as_float_array(t, (2,), "t")
    _, o = forward(W1, b1, W2, b2, x)
    return float(0.5 * np.sum((t - o) ** 2))


def gradients(
    W1: ArrayLike,
    b1: ArrayLike,
    W2: ArrayLike,
    b2: ArrayLike,
    x: ArrayLike,
    t: ArrayLike,
) -> Gradients:
    """Return ``(dW1, db1, dW2, db2)``, the gradients of ``loss``, by backpropagation.

    Each gradient has the shape of its parameter: (2, 2) for the weight
    matrices and (2,) for the per-unit biases. This is the reference for the
    student's Q1(c) code.
    """
    W1, b1, W2, b2, x = _network(W1, b1, W2, b2, x)
    t = _as_float_array(t, (2,), "t")
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1.0 - o)  # dE/d(pre-activation of o)
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)  # dE/d(pre-activation of h)
    return np.outer(delta_h, x), delta_h, np.outer(delta_o, h), delta_o


def gradients_closed_form(
    W1: ArrayLike,
    b1: ArrayLike,
    W2: ArrayLike,
    b2: ArrayLike,
    x: ArrayLike,
    t: ArrayLike,
) -> Gradients:
    """Return ``(dW1, db1, dW2, db2)`` from explicit scalar chain-rule formulas.

    Same result as ``gradients``, derived independently: every partial
    derivative is written out by name (w11 ... w24) as a hand solution would,
    with no matrix backpropagation, so the two can check each other.
    """
    W1, b1, W2, b2, x = _network(W1, b1, W2, b2, x)
    t = _as_float_array(t, (2,), "t")
    w11, w13 = float(W1[0, 0]), float(W1[0, 1])
    w12, w14 = float(W1[1, 0]), float(W1[1, 1])
    w21, w23 = float(W2[0, 0]), float(W2[0, 1])
    w22, w24 = float(W2[1, 0]), float(W2[1, 1])
    bh1, bh2 = float(b1[0]), float(b1[1])
    bo1, bo2 = float(b2[0]), float(b2[1])
    x1, x2 = float(x[0]), float(x[1])
    t1, t2 = float(t[0]), float(t[1])

    def s(a: float) -> float:
        return 1.0 / (1.0 + math.exp(-a))

    h1 = s(w11 * x1 + w13 * x2 + bh1)
    h2 = s(w12 * x1 + w14 * x2 + bh2)
    o1 = s(w21 * h1 + w23 * h2 + bo1)
    o2 = s(w22 * h1 + w24 * h2 + bo2)

    # dE/do_k = o_k - t_k and do_k/d(net o_k) = o_k (1 - o_k).
    dE_dneto1 = (o1 - t1) * o1 * (1.0 - o1)
    dE_dneto2 = (o2 - t2) * o2 * (1.0 - o2)

    dE_dw21 = dE_dneto1 * h1
    dE_dw23 = dE_dneto1 * h2
    dE_dw22 = dE_dneto2 * h1
    dE_dw24 = dE_dneto2 * h2
    dE_dbo1 = dE_dneto1
    dE_dbo2 = dE_dneto2

    # h1 feeds o1 through w21 and o2 through w22; h2 through w23 and w24.
    dE_dh1 = dE_dneto1 * w21 + dE_dneto2 * w22
    dE_dh2 = dE_dneto1 * w23 + dE_dneto2 * w24
    dE_dneth1 = dE_dh1 * h1 * (1.0 - h1)
    dE_dneth2 = dE_dh2 * h2 * (1.0 - h2)

    dE_dw11 = dE_dneth1 * x1
    dE_dw13 = dE_dneth1 * x2
    dE_dw12 = dE_dneth2 * x1
    dE_dw14 = dE_dneth2 * x2
    dE_dbh1 = dE_dneth1
    dE_dbh2 = dE_dneth2

    return (
        np.array([[dE_dw11, dE_dw13], [dE_dw12, dE_dw14]]),
        np.array([dE_dbh1, dE_dbh2]),
        np.array([[dE_dw21, dE_dw23], [dE_dw22, dE_dw24]]),
        np.array([dE_dbo1, dE_dbo2]),
    )


def network_from_parameters(
    w11: float = 0.5,
    w12: float = 0.5,
    w13: float = 0.5,
    w14: float = 0.5,
    w21: float = 0.5,
    w22: float = 0.5,
    w23: float = 0.5,
    w24: float = 0.5,
    b1: float = 1.0,
    b2: float = 1.0,
    x1: float = 1.0,
    x2: float = 1.0,
    t1: float = 0.5,
    t2: float = 0.5,
) -> dict[str, np.ndarray]:
    """Return the arrays ``W1, b1, W2, b2, x, t`` for the named scalar parameters.

    W1 = [[w11, w13], [w12, w14]] and W2 = [[w21, w23], [w22, w24]] (row i
    holds the weights into unit i). The assignment has one bias per layer,
    shared by both of its units, so b1 and b2 are each repeated for the two
    units. Defaults are the assignment's given values.
    """
    return {
        "W1": np.array([[w11, w13], [w12, w14]], dtype=float),
        "b1": np.array([b1, b1], dtype=float),
        "W2": np.array([[w21, w23], [w22, w24]], dtype=float),
        "b2": np.array([b2, b2], dtype=float),
        "x": np.array([x1, x2], dtype=float),
        "t": np.array([t1, t2], dtype=float),
    }


def dE_dw11(
    w11: float = 0.5,
    w12: float = 0.5,
    w13: float = 0.5,
    w14: float = 0.5,
    w21: float = 0.5,
    w22: float = 0.5,
    w23: float = 0.5,
    w24: float = 0.5,
    b1: float = 1.0,
    b2: float = 1.0,
    x1: float = 1.0,
    x2: float = 1.0,
    t1: float = 0.5,
    t2: float = 0.5,
) -> float:
    """Return dE/dw11 (weight x1 -> h1) for the named parameters (Q1(a)).

    Shared biases per layer, as in the assignment; the defaults are the given
    network, where the value is +0.0044318 (5 s.f.).
    """
    net = network_from_parameters(
        w11, w12, w13, w14, w21, w22, w23, w24, b1, b2, x1, x2, t1, t2
    )
    dW1, _, _, _ = gradients(**net)
    return float(dW1[0, 0])


def dE_dw21(
    w11: float = 0.5,
    w12: float = 0.5,
    w13: float = 0.5,
    w14: float = 0.5,
    w21: float = 0.5,
    w22: float = 0.5,
    w23: float = 0.5,
    w24: float = 0.5,
    b1: float = 1.0,
    b2: float = 1.0,
    x1: float = 1.0,
    x2: float = 1.0,
    t1: float = 0.5,
    t2: float = 0.5,
) -> float:
    """Return dE/dw21 (weight h1 -> o1) for the named parameters (Q1(b)).

    Shared biases per layer, as in the assignment; the defaults are the given
    network, where the value is +0.037179 (5 s.f.).
    """
    net = network_from_parameters(
        w11, w12, w13, w14, w21, w22, w23, w24, b1, b2, x1, x2, t1, t2
    )
    _, _, dW2, _ = gradients(**net)
    return float(dW2[0, 0])


def given_network_args() -> dict[str, list]:
    """Return the assignment's network as plain lists (JSON-able).

    Keys W1, b1, W2, b2, x, t: every weight 0.5, b1 = [1, 1], b2 = [1, 1],
    x = [1, 1], t = [0.5, 0.5].
    """
    return {key: value.tolist() for key, value in network_from_parameters().items()}


def random_network_args(seed: int, count: int) -> list[dict[str, list]]:
    """Return ``count`` random networks as dicts of plain lists (JSON-able).

    Each dict has keys W1, b1, W2, b2, x, t, ready to pass as keyword
    arguments to ``gradients``. Drawn from ``np.random.default_rng(seed)``, per
    network in this order: W1 (2x2), b1, W2 (2x2), b2 ~ N(0, 1);
    x ~ U(-2, 2); t ~ U(0, 1). The same seed always gives the same networks.
    """
    if count < 0:
        raise ValueError(f"count must be >= 0, got {count}")
    rng = np.random.default_rng(seed)
    networks = []
    for _ in range(count):
        networks.append(
            {
                "W1": rng.standard_normal((2, 2)).tolist(),
                "b1": rng.standard_normal(2).tolist(),
                "W2": rng.standard_normal((2, 2)).tolist(),
                "b2": rng.standard_normal(2).tolist(),
                "x": rng.uniform(-2.0, 2.0, 2).tolist(),
                "t": rng.uniform(0.0, 1.0, 2).tolist(),
            }
        )
    return networks


# ---------------------------------------------------------------------------
# Q2: multiplication counts in convolution
# ---------------------------------------------------------------------------

def _conv_geometry(
    input: Sequence[int],
    out_channels: int,
    kernel: Kernel,
    stride: int,
    padding: int,
) -> tuple[int, int, int, int, int, int, int, int]:
    """Return (H, W, C_in, C_out, kh, kw, H_o, W_o), validating every argument."""
    if len(input) != 3:
        raise ValueError(f"input must be (H, W, C_in), got {input!r}")
    H, W, C_in = (int(n) for n in input)
    if isinstance(kernel, (int, np.integer)):
        kh = kw = int(kernel)
    else:
        if len(kernel) != 2:
            raise ValueError(f"kernel must be an int or (kh, kw), got {kernel!r}")
        kh, kw = (int(n) for n in kernel)
    C_out = int(out_channels)
    if min(H, W, C_in) < 1:
        raise ValueError(f"input dimensions must be positive, got {tuple(input)!r}")
    if C_out < 1:
        raise ValueError(f"out_channels must be positive, got {out_channels!r}")
    if min(kh, kw) < 1:
        raise ValueError(f"kernel dimensions must be positive, got {kernel!r}")
    if stride < 1:
        raise ValueError(f"stride must be >= 1, got {stride!r}")
    if padding < 0:
        raise ValueError(f"padding must be >= 0, got {padding!r}")
    H_o = (H + 2 * padding - kh) // stride + 1
    W_o = (W + 2 * padding - kw) // stride + 1
    if H_o < 1 or W_o < 1:
        raise ValueError(
            f"kernel {kh}x{kw} does not fit in input {H}x{W} with padding "
            f"{padding}: the output would be {H_o}x{W_o}"
        )
    return H, W, C_in, C_out, kh, kw, H_o, W_o


def standard_conv_mults(
    input: Sequence[int],
    out_channels: int,
    kernel: Kernel,
    stride: int = 1,
    padding: int = 0,
) -> int:
    """Return the multiplications of a standard convolution, H_o*W_o*C_out*kh*kw*C_in.

    ``input`` is (H, W, C_in); ``kernel`` an int or (kh, kw). For the
    assignment's (12, 12, 3) -> 256 channels, 5x5: 1,228,800.
    """
    _, _, C_in, C_out, kh, kw, H_o, W_o = _conv_geometry(
        input, out_channels, kernel, stride, padding
    )
    return H_o * W_o * C_out * kh * kw * C_in


def depthwise_stage_mults(
    input: Sequence[int],
    out_channels: int,
    kernel: Kernel,
    stride: int = 1,
    padding: int = 0,
) -> int:
    """Return the multiplications of the depthwise stage alone, H_o*W_o*C_in*kh*kw.

    A known partial answer to Q2(b): 4,800 for the assignment's shapes.
    """
    _, _, C_in, _, kh, kw, H_o, W_o = _conv_geometry(
        input, out_channels, kernel, stride, padding
    )
    return H_o * W_o * C_in * kh * kw


def pointwise_stage_mults(
    input: Sequence[int],
    out_channels: int,
    kernel: Kernel,
    stride: int = 1,
    padding: int = 0,
) -> int:
    """Return the multiplications of the 1x1 pointwise stage alone, H_o*W_o*C_in*C_out.

    A known partial answer to Q2(b): 49,152 for the assignment's shapes.
    """
    _, _, C_in, C_out, _, _, H_o, W_o = _conv_geometry(
        input, out_channels, kernel, stride, padding
    )
    return H_o * W_o * C_in * C_out


def depthwise_separable_conv_mults(
    input: Sequence[int],
    out_channels: int,
    kernel: Kernel,
    stride: int = 1,
    padding: int = 0,
) -> int:
    """Return the multiplications of a depthwise separable convolution.

    Depthwise H_o*W_o*C_in*kh*kw plus pointwise H_o*W_o*C_in*C_out; 53,952 for
    the assignment's shapes.
    """
    return depthwise_stage_mults(
        input, out_channels, kernel, stride, padding
    ) + pointwise_stage_mults(input, out_channels, kernel, stride, padding)


def standard_conv_mults_at_input_size(
    input: Sequence[int],
    out_channels: int,
    kernel: Kernel,
    stride: int = 1,
    padding: int = 0,
) -> int:
    """Return H*W*C_out*kh*kw*C_in, the known slip of using the input size.

    The input's H x W stands in for the output's H_o x W_o: 2,764,800 for the
    assignment's shapes. The geometry is still validated.
    """
    H, W, C_in, C_out, kh, kw, _, _ = _conv_geometry(
        input, out_channels, kernel, stride, padding
    )
    return H * W * C_out * kh * kw * C_in


def standard_conv_mults_one_pixel(
    input: Sequence[int],
    out_channels: int,
    kernel: Kernel,
    stride: int = 1,
    padding: int = 0,
) -> int:
    """Return kh*kw*C_in*C_out, the known slip of counting one output pixel only.

    19,200 for the assignment's shapes. The geometry is still validated.
    """
    _, _, C_in, C_out, kh, kw, _, _ = _conv_geometry(
        input, out_channels, kernel, stride, padding
    )
    return kh * kw * C_in * C_out


# ---------------------------------------------------------------------------
# Q3: the loss when y given x is Poisson
# ---------------------------------------------------------------------------

# scipy is not a dependency; math.lgamma lifted to arrays is enough here.
_lgamma_object = np.frompyfunc(math.lgamma, 1, 1)


def _lgamma(a: np.ndarray) -> np.ndarray:
    return np.asarray(_lgamma_object(a), dtype=float)


def _result(value: np.ndarray) -> Union[float, np.ndarray]:
    """Return a Python float for 0-d results, the array otherwise."""
    value = np.asarray(value, dtype=float)
    return float(value) if value.ndim == 0 else value


def _pair(z: ArrayLike, y: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray(z, dtype=float), np.asarray(y, dtype=float)


def poisson_nll(z: ArrayLike, y: ArrayLike) -> Union[float, np.ndarray]:
    """Return the Poisson negative log-likelihood z - y log z + log(y!).

    ``z`` is the predicted rate (> 0) and ``y`` the observed count (>= 0);
    both broadcast. log(y!) is computed as lgamma(y + 1). Returns a float for
    scalar arguments, an array otherwise.
    """
    z, y = _pair(z, y)
    return _result(z - y * np.log(z) + _lgamma(y + 1.0))


def poisson_log_likelihood(z: ArrayLike, y: ArrayLike) -> Union[float, np.ndarray]:
    """Return the Poisson log-likelihood y log z - z - log(y!).

    A known mistake when offered as the loss to minimise: it must be
    maximised (the answer is the negative of ``poisson_nll``).
    """
    z, y = _pair(z, y)
    return _result(y * np.log(z) - z - _lgamma(y + 1.0))


def squared_error(z: ArrayLike, y: ArrayLike) -> Union[float, np.ndarray]:
    """Return (z - y)^2, the known wrong answer that assumes Gaussian noise."""
    z, y = _pair(z, y)
    return _result((z - y) ** 2)


def absolute_error(z: ArrayLike, y: ArrayLike) -> Union[float, np.ndarray]:
    """Return |z - y|, a known wrong answer (Laplace noise, not Poisson)."""
    z, y = _pair(z, y)
    return _result(np.abs(z - y))


def binary_cross_entropy(z: ArrayLike, y: ArrayLike) -> Union[float, np.ndarray]:
    """Return -(y log z + (1 - y) log(1 - z)), a known wrong answer (Bernoulli).

    Defined for 0 < z < 1.
    """
    z, y = _pair(z, y)
    return _result(-(y * np.log(z) + (1.0 - y) * np.log1p(-z)))
