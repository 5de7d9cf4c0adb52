# DL Assignment 3 - Liam O'Connor
# run:  python a3.py   (prints all answers)
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    zmax = np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z - zmax)
    return ez / np.sum(ez, axis=-1, keepdims=True)


def main():
    # Q1
    side = (28 + 2 * 1 - 3) // 1 + 1      # 28
    side = (side - 2) // 2 + 1             # 14 after pooling
    print("Q1a output shape:", (side, side, 64))
    print("Q1b params:", 3 * 3 * 3 * 64 + 64)

    # Q2
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    print("Q2 W_new =\n", W - 0.1 * np.outer(delta, x))

    # Q3
    print("Q3 dL/dz_k = p_k - y_k")

    # Q4
    print("Q4 Yes - BN computes the mean and variance of whatever batch it is given, "
          "so at test time it normalises with the test batch's own mean and variance.")

    # Q5
    cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    print("Q5 top-1 accuracy:", round(np.trace(cm) / cm.sum(), 4))

    # Q6
    print("Q6", stable_softmax([1000, 1001, 1002]))


if __name__ == "__main__":
    main()

# Output:
# Q1a output shape: (14, 14, 64)
# Q1b params: 1792
# Q2 W_new =
#  [[ 0.15 -0.2   0.45]
#  [ 0.1   0.5  -0.3 ]]
# Q3 dL/dz_k = p_k - y_k
# Q4 Yes - BN computes the mean and variance of whatever batch it is given, so at test time it normalises with the test batch's own mean and variance.
# Q5 top-1 accuracy: 0.6591
# Q6 [0.09003057 0.24472847 0.66524096]
