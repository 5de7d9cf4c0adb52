import numpy as np

# Q1 (c)  --  Rajat Saxena 21B030077
# E = 0.5*sum((t-o)^2)

def sigmoid(v):
    return 1/(1+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    err = t - o                      # error at output
    d2 = err * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    return dW1, d1, dW2, d2

if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]]); W2 = W1.copy()
    r = gradients(W1, np.array([1., 1.]), W2, np.array([1., 1.]), np.array([1., 1.]), np.array([.5, .5]))
    print("dW1 =", r[0]); print("dW2 =", r[2])
