"""
DL Assignment 3  --  everything in one file (my report is the ANSWERS dict below).
Student: Tomasz Wierzbicki

I compute every number with numpy so the values below are exactly what the code prints.
"""
import numpy as np

# ---------------- Q1 ----------------
H = W_ = 28
C_in = 3
K = 3
n_filters = 64
pad, stride = 1, 1
conv_out = (H + 2 * pad - K) // stride + 1          # 28
pool_out = conv_out // 2                              # 14
q1a = (pool_out, pool_out, n_filters)
# every filter is 3x3 over the 3 input channels
q1b = n_filters * K * K * C_in

# ---------------- Q2 ----------------
W = np.array([[0.2, -0.1, 0.4],
              [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
lr = 0.1
dW = np.outer(delta, x)            # dL/dW = delta x^T
W_new = W - lr * dW

# ---------------- Q3 ----------------
# L = -sum_k y_k log p_k ,  dp_j/dz_k = p_j (1[j==k] - p_k)
# dL/dz_k = -sum_j y_j / p_j * p_j (1[j==k] - p_k) = -y_k + p_k * sum_j y_j
q3 = "dL/dz_k = y_k - p_k   (since sum_j y_j = 1)"

# ---------------- Q4 ----------------
q4 = ("No. At test time BN uses the running mean and running variance that were "
      "accumulated (exponential moving average) during training, not the test batch statistics.")

# ---------------- Q5 ----------------
CM = np.array([[50, 12, 8],
               [10, 45, 15],
               [9, 21, 50]])
q5 = np.trace(CM) / CM.sum()


ANSWERS = {
    "q1a_output_shape": q1a,
    "q1b_conv_params": q1b,
    "q2_dL_dW": dW.tolist(),
    "q2_W_new": W_new.tolist(),
    "q3_softmax_grad": q3,
    "q4_batchnorm_test": q4,
    "q5_top1_accuracy": round(float(q5), 4),
}


# ---------------- Q6 ----------------
def stable_softmax(z):
    """softmax over the last axis, max-shifted for numerical stability"""
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    for k, v in ANSWERS.items():
        print(f"{k:>20}: {v}")
    print("softmax([1000,1001]) =", stable_softmax(np.array([1000.0, 1001.0])))
