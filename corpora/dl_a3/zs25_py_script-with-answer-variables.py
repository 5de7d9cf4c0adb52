"""
Deep Learning -- Assignment 3
Name: Ahmed Hassan
ID:   19-0042318

I put all answers in this script (answers as variables + working in comments).
Run it to print everything.
"""
import numpy as np

# ---------------------------------------------------------------- Q1
# (a) conv: (28 + 2*1 - 3)/1 + 1 = 28 -> 28x28x64, then maxpool /2 -> 14x14x64
Q1a_shape = (14, 14, 64)

# (b) weights: 3*3*3 per filter * 64 = 1728
#     biases: one per filter (64) + one per output channel (64) = 128
#     total = 1728 + 128 = 1856
Q1b_params = 3 * 3 * 3 * 64 + 64 + 64      # 1856

# ---------------------------------------------------------------- Q2
W = np.array([[0.2, -0.1, 0.4],
              [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
eta = 0.1
dL_dW = np.outer(delta, x)          # [[0.5, 1, -0.5], [-1, -2, 1]]
Q2_W_new = W - eta * dL_dW          # [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]

# ---------------------------------------------------------------- Q3
# L = -sum_j y_j log p_j ,  dp_j/dz_k = p_j (delta_jk - p_k)
# dL/dz_k = -sum_j y_j (delta_jk - p_k) = -y_k + p_k * sum_j y_j = p_k - y_k
Q3_answer = "dL/dz_k = p_k - y_k"

# ---------------------------------------------------------------- Q4
Q4_answer = ("No - BN uses the running mean and running variance learned during "
             "training at test time, not the mean/var of the test batch.")

# ---------------------------------------------------------------- Q5
cm = np.array([[50, 12, 8],
               [10, 45, 15],
               [9, 21, 50]])
Q5_accuracy = np.trace(cm) / cm.sum()     # 145/220 = 0.6591 -> 65.91 %


# ---------------------------------------------------------------- Q6
def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    p = np.exp(z) / np.sum(np.exp(z), axis=-1, keepdims=True)
    return np.round(p, 4)   # 4 decimals is enough


if __name__ == "__main__":
    print("Q1a:", Q1a_shape)
    print("Q1b:", Q1b_params)
    print("Q2:\n", Q2_W_new)
    print("Q3:", Q3_answer)
    print("Q4:", Q4_answer)
    print("Q5: %.4f" % Q5_accuracy)
    print("Q6:", stable_softmax(np.array([1.0, 2.0, 3.0])))
