import numpy as np

# Q1 (c)  --  Kavya Reddy, 210070031
# 2-2-2 network, sigmoid in both layers, E = 0.5*sum((t-o)^2)

def sigmoid(a):
    return 1 / (1 + np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    delta_out = (o - t) * o * (1 - o)
    delta_hid = np.dot(W2.T, delta_out) * h * (1 - h)
    # gradient wrt weight matrix = input (outer) delta
    dW2 = np.outer(h, delta_out)
    dW1 = np.outer(x, delta_hid)
    return dW1, delta_hid, dW2, delta_out

if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    print(gradients(W1, np.array([1., 1.]), W2, np.array([1., 1.]), np.array([1., 1.]), np.array([.5, .5])))
