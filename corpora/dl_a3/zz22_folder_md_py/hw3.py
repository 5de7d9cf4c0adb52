# Homework 3 - Deep Learning
# Aiden Walsh

import numpy as np

# ---------------- Q1 ----------------
# after conv: (28 - 3)/1 + 1 = 26 ... with padding 1 -> 28
# pool 2x2 stride 2 -> 14, then again /2 ??? 
print("Q1a output shape:", (7, 7, 64))
print("Q1b params:", 3 * 3 * 64)

# ---------------- Q5 ----------------
cm = np.array([[50, 12, 8],
               [10, 45, 15],
               [9, 21, 50]])
acc = np.trace(cm) / cm.sum()
print("Q5 accuracy:", acc)

# ---------------- Q6 ----------------
def stable_softmax(z):
    return np.exp(z) / np.sum(np.exp(z), axis=-1, keepdims=True)

print(stable_softmax(np.array([1.0, 2.0, 3.0])))
