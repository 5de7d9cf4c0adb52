"""
DL Assignment 3 -- Aiko Tanaka
Single-file hand-in: every answer is computed and asserted below, run
`python dl_a3_tanaka.py` to see them printed.

Q3 (derivation, written here because it is not code):
    p_k = exp(z_k) / sum_j exp(z_j)
    dp_j/dz_k = p_j * (delta_jk - p_k)
    L = -sum_j y_j log p_j
    dL/dz_k = -sum_j (y_j / p_j) * p_j (delta_jk - p_k)
            = -y_k + p_k * sum_j y_j
            = p_k - y_k                     (one-hot => sum_j y_j = 1)

Q4: No.
"""
import numpy as np

# ---- Q1 ------------------------------------------------------------
conv_hw = (28 + 2 * 1 - 3) // 1 + 1
pool_hw = (conv_hw - 2) // 2 + 1
OUT_SHAPE = (pool_hw, pool_hw, 64)
N_PARAMS = 64 * (3 * 3 * 3) + 64
assert conv_hw == 28
assert OUT_SHAPE == (14, 14, 64)
assert N_PARAMS == 1792

# ---- Q2 ------------------------------------------------------------
W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
d = np.array([0.5, -1.0])
grad_W = np.outer(x, d)                 # (3, 2)
W_new = W.T - 0.1 * grad_W              # update in the (3, 2) layout
assert np.allclose(W_new, [[0.15, 0.1], [-0.2, 0.5], [0.45, -0.3]])

# ---- Q5 ------------------------------------------------------------
cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
acc = np.trace(cm) / cm.sum()
assert abs(acc - 0.6591) < 1e-4


# ---- Q6 ------------------------------------------------------------
def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


assert np.allclose(stable_softmax(np.array([1000.0, 1001.0])), [0.26894142, 0.73105858])
assert stable_softmax(np.random.randn(2, 3, 4)).shape == (2, 3, 4)


if __name__ == "__main__":
    print("Q1a output shape :", OUT_SHAPE)
    print("Q1b parameters   :", N_PARAMS)
    print("Q2  dL/dW        :\n", grad_W)
    print("Q2  W_new        :\n", W_new)
    print("Q3  dL/dz_k = p_k - y_k")
    print("Q4  No")
    print(f"Q5  accuracy     : {acc:.4f}")
