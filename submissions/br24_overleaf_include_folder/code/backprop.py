import numpy as np

# backprop for the 2-2-2 net of section 1 (copied out of my notebook)

def sigmoid(z):
    return 1.0/(1.0+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    t = np.array([0.5, 0.5])   # targets
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    do = (o - t) * o * (1 - o)
    dh = (W2.T @ do) * h * (1 - h)
    return np.outer(dh, x), dh, np.outer(do, h), do

if __name__ == "__main__":
    W1 = np.full((2,2), 0.5); W2 = np.full((2,2), 0.5)
    print(gradients(W1, np.ones(2), W2, np.ones(2), np.ones(2), np.array([0.5,0.5])))
