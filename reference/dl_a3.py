"""DL Assignment 3: the reference computations behind every expected value of dl_a3.yaml.

Plain functions of the problem's givens (never of a student's answer); the grader calls each
one with the spec's arguments. Known wrong answers are computed here too, each from the slip
that produces it.
"""

from __future__ import annotations

import numpy as np


# --------------------------------------------------------------------------- Q1: a convolutional layer


def _side(size: int, kernel: int, stride: int, padding: int) -> int:
    return (size + 2 * padding - kernel) // stride + 1


def pooled_shape(input: list, filters: int, kernel: int, stride: int, padding: int, pool: int,
                 pool_stride: int) -> tuple:
    """(H, W, C) after the convolution and the max-pool: (14, 14, 64)."""
    conv = _side(input[0], kernel, stride, padding)
    side = _side(conv, pool, pool_stride, 0)
    return (side, side, filters)


def conv_shape(input: list, filters: int, kernel: int, stride: int, padding: int, pool: int,
               pool_stride: int) -> tuple:
    """Slip: the convolution's output, the pool forgotten (28, 28, 64)."""
    side = _side(input[0], kernel, stride, padding)
    return (side, side, filters)


def pooled_shape_no_padding(input: list, filters: int, kernel: int, stride: int, padding: int, pool: int,
                            pool_stride: int) -> tuple:
    """Slip: the padding ignored (13, 13, 64)."""
    return pooled_shape(input, filters, kernel, stride, 0, pool, pool_stride)


def pooled_shape_input_depth(input: list, filters: int, kernel: int, stride: int, padding: int, pool: int,
                             pool_stride: int) -> tuple:
    """Slip: the input's channel count kept (14, 14, 3)."""
    side = pooled_shape(input, filters, kernel, stride, padding, pool, pool_stride)[0]
    return (side, side, input[2])


def pooled_twice(input: list, filters: int, kernel: int, stride: int, padding: int, pool: int,
                 pool_stride: int) -> tuple:
    """Slip: pooled twice, or stride 2 in the convolution as well (7, 7, 64)."""
    side = pooled_shape(input, filters, kernel, stride, padding, pool, pool_stride)[0]
    return (_side(side, pool, pool_stride, 0),) * 2 + (filters,)


def spatial_only(input: list, filters: int, kernel: int, stride: int, padding: int, pool: int,
                 pool_stride: int) -> tuple:
    """Half an answer: the spatial size without the channel count (14, 14)."""
    return pooled_shape(input, filters, kernel, stride, padding, pool, pool_stride)[:2]


def conv_parameters(in_channels: int, filters: int, kernel: int, bias: bool = True) -> int:
    """Weights and biases of the convolution: 3*3*3*64 + 64 = 1792."""
    return kernel * kernel * in_channels * filters + (filters if bias else 0)


def conv_parameters_no_bias(in_channels: int, filters: int, kernel: int) -> int:
    """Slip: the biases forgotten (1728)."""
    return conv_parameters(in_channels, filters, kernel, bias=False)


def conv_parameters_no_depth(in_channels: int, filters: int, kernel: int) -> int:
    """Slip: the input depth forgotten (3*3*64 + 64 = 640)."""
    return conv_parameters(1, filters, kernel)


def conv_parameters_no_depth_no_bias(in_channels: int, filters: int, kernel: int) -> int:
    """Slip: the input depth and the biases forgotten (576)."""
    return conv_parameters(1, filters, kernel, bias=False)


def conv_parameters_per_position(in_channels: int, filters: int, kernel: int, positions: int) -> int:
    """Slip: counted per output position, a multiply count (1792 * 28 * 28)."""
    return conv_parameters(in_channels, filters, kernel) * positions


def conv_parameters_per_position_no_bias(in_channels: int, filters: int, kernel: int, positions: int) -> int:
    """Slip: the weights counted per output position (1728 * 28 * 28)."""
    return conv_parameters(in_channels, filters, kernel, bias=False) * positions


# --------------------------------------------------------------------------- Q2: one SGD step


def _gradient(delta: list, x: list) -> np.ndarray:
    return np.outer(delta, x)


def sgd_step(W: list, x: list, delta: list, lr: float) -> np.ndarray:
    """W - lr * delta x^T: [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]."""
    return np.asarray(W, dtype=float) - lr * _gradient(delta, x)


def sgd_step_ascent(W: list, x: list, delta: list, lr: float) -> np.ndarray:
    """Slip: the gradient added, W + lr dL/dW."""
    return np.asarray(W, dtype=float) + lr * _gradient(delta, x)


def sgd_step_ascent_transposed(W: list, x: list, delta: list, lr: float) -> np.ndarray:
    """Slip: the transpose with the wrong sign."""
    return sgd_step_ascent(W, x, delta, lr).T


def weight_gradient(W: list, x: list, delta: list, lr: float) -> np.ndarray:
    """Half the work: dL/dW = delta x^T, without the step."""
    return _gradient(delta, x)


def scaled_gradient(W: list, x: list, delta: list, lr: float) -> np.ndarray:
    """Half the work: lr dL/dW, without subtracting it from W."""
    return lr * _gradient(delta, x)


# --------------------------------------------------------------------------- Q3: softmax cross-entropy gradient


def softmax_ce_gradient(p, y):
    """dL/dz_k = p_k - y_k, as a function of the probability p_k and the one-hot target y_k."""
    return p - y


def dl_dp(p, y):
    """Slip: dL/dp_k = -y_k / p_k, the chain through the softmax missing."""
    return -y / p


def softmax_diagonal(p, y):
    """Slip: only the diagonal of the softmax Jacobian, p_k (1 - p_k)."""
    return p * (1 - p)


def softmax_diagonal_minus_target(p, y):
    """Slip: p_k (1 - p_k) - y_k."""
    return p * (1 - p) - y


def p_minus_one(p, y):
    """Slip: p_k - 1 for every k (right only for the true class)."""
    return p - 1 + 0 * y


# --------------------------------------------------------------------------- Q4: batch normalisation


def bn_uses_batch_statistics_at_test() -> str:
    """No: BN at test time uses the running averages accumulated in training."""
    return "no"


# --------------------------------------------------------------------------- Q5: accuracy


def _confusion(matrix: list) -> np.ndarray:
    return np.asarray(matrix, dtype=float)


def top1_accuracy(matrix: list) -> float:
    """Correct predictions over all: 145 / 220 = 0.659 (65.91 %)."""
    m = _confusion(matrix)
    return float(np.trace(m) / m.sum())


def balanced_accuracy(matrix: list) -> float:
    """Slip: the mean of the per-class recalls (66.07 %)."""
    m = _confusion(matrix)
    return float(np.mean(np.diag(m) / m.sum(axis=1)))


def mean_precision(matrix: list) -> float:
    """Slip: the mean of the per-class precisions (66.22 %)."""
    m = _confusion(matrix)
    return float(np.mean(np.diag(m) / m.sum(axis=0)))


def error_rate(matrix: list) -> float:
    """Slip: the error rate (34.09 %)."""
    return 1.0 - top1_accuracy(matrix)


# --------------------------------------------------------------------------- Q6: a stable softmax


def stable_softmax(z):
    """The softmax over the last axis, shifted by each row's maximum so that nothing overflows."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def given_case() -> list:
    """The statement's own example."""
    return [{"z": [1.0, 2.0, 3.0]}]


def _stream(seed: int) -> np.random.Generator:
    return np.random.default_rng(seed)


def random_cases(seed: int) -> list:
    """Five (4, 5) arrays of logits, 3 * N(0, 1), from the seed."""
    rng = _stream(seed)
    return [{"z": (3 * rng.normal(size=(4, 5))).tolist()} for _ in range(5)]


def shape_cases(seed: int) -> list:
    """A (2, 3, 4) array from the same seed stream, after the random cases."""
    rng = _stream(seed)
    for _ in range(5):
        rng.normal(size=(4, 5))
    return [{"z": rng.normal(size=(2, 3, 4)).tolist()}]


def large_cases() -> list:
    """Inputs whose exponentials overflow a naive softmax."""
    return [{"z": [1000.0, 1001.0]}, {"z": [[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]]}]


def sums_to_one_over_last_axis(returned, z) -> bool:
    """Property: every slice along the last axis sums to 1 (1e-9)."""
    returned = np.asarray(returned, dtype=float)
    return bool(returned.shape == np.shape(z) and np.allclose(returned.sum(axis=-1), 1.0, rtol=0, atol=1e-9))
