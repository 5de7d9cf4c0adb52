import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Numerically stable softmax over the last axis.

    Parameters
    ----------
    z : np.ndarray
        Logits of arbitrary shape (..., K).

    Returns
    -------
    np.ndarray
        Same shape as ``z``; entries along the last axis are positive and sum to 1.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.amax(z, axis=-1, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / exp_z.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    assert np.allclose(stable_softmax(np.array([1000.0, 1001.0])), [0.26894142, 0.73105858])
    r = stable_softmax(np.random.randn(2, 3, 4))
    assert r.shape == (2, 3, 4) and np.allclose(r.sum(axis=-1), 1.0)
    print("all good")
