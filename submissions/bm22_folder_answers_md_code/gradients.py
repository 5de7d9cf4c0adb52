import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # error at output
    e = t - o
    delta_o = e * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    return dW1, delta_h, dW2, delta_o

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1., 1.])
b2 = np.array([1., 1.])
x = np.array([1., 1.])
t = np.array([0.5, 0.5])

if __name__ == "__main__":
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", round(dW1[0, 0], 6))
    print("dE/dw21 =", round(dW2[0, 0], 6))
