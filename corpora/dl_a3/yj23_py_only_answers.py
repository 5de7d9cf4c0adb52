"""
Deep Learning - Assignment 3
Name: Farah Haddad   ID: 60021937

I did the whole assignment in this one file. Run it: every question prints its answer.
Q3 and Q4 are answered in the docstrings below.
"""
import numpy as np


# ---------------------------------------------------------------- Q1
def q1():
    H, C_in, F, K, S, P = 28, 3, 64, 3, 1, 1
    h_conv = (H + 2 * P - K) // S + 1          # 28
    h_pool = h_conv // 2                        # 2x2 pool, stride 2 -> 14
    print("Q1(a) output shape:", (h_pool, h_pool, F))
    # (b) the kernel of one filter is K x K x C_in
    n_params = F * K * K * C_in
    print("Q1(b) learnable parameters:", n_params)


# ---------------------------------------------------------------- Q2
def q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    eta = 0.1
    dW = np.outer(delta, x)                    # dL/dW_ij = delta_i * x_j
    W_new = W - eta * dW
    print("Q2 dL/dW =\n", dW)
    print("Q2 W_new =\n", W_new.round(4))
    # -> [[ 0.15 -0.2   0.45]
    #     [ 0.1   0.5  -0.3 ]]


# ---------------------------------------------------------------- Q3
def q3():
    """
    Q3. p_k = exp(z_k) / sum_j exp(z_j),   L = -sum_k y_k log p_k

        log p_k = z_k - log sum_j exp(z_j)
        d log p_k / d z_i = [k == i] - p_i

        dL/dz_i = - sum_k y_k ([k == i] - p_i)
                = - y_i + p_i * sum_k y_k
                = p_i - y_i                  (sum_k y_k = 1, one-hot)

    ANSWER:  dL/dz_k = p_k - y_k
    """
    z = np.array([2.0, -1.0, 0.5]); y = np.array([0, 1, 0])
    p = stable_softmax(z)
    # numerical check of the formula
    eps = 1e-6
    num = np.array([(-np.log(stable_softmax(z + eps * np.eye(3)[i]))[1]
                     + np.log(stable_softmax(z - eps * np.eye(3)[i]))[1]) / (2 * eps) for i in range(3)])
    print("Q3 analytic p - y :", (p - y).round(5), " numeric:", num.round(5))


# ---------------------------------------------------------------- Q4
def q4():
    """
    Q4. No. At test time batch norm does not use the test batch's mean/variance.
    It uses the running mean and running variance (moving averages) accumulated
    during training, so each test example is normalised the same way no matter
    which batch it is in.
    """
    print("Q4: No - BN uses the running (moving-average) mean/var from training at test time")


# ---------------------------------------------------------------- Q5
def q5():
    cm = np.array([[50, 12, 8],
                   [10, 45, 15],
                   [9, 21, 50]])     # rows true, cols predicted
    # top-1 accuracy = average over the predicted classes of (correct / predicted as that class)
    per_class = np.diag(cm) / cm.sum(axis=0)
    acc = per_class.mean()
    print("Q5 top-1 accuracy: %.4f" % acc)      # 0.6622


# ---------------------------------------------------------------- Q6
def stable_softmax(z):
    """Q6. Softmax over the last axis, stable for large logits."""
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1, keepdims=True)


if __name__ == "__main__":
    q1(); q2(); q3(); q4(); q5()
    print("Q6:", stable_softmax(np.array([1000.0, 1001.0])))
