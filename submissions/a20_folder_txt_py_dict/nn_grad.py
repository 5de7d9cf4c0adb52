import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_out = (o - t) * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)
    grads = {
        "W1": np.outer(d_hid, x),
        "b1": d_hid,
        "W2": np.outer(d_out, h),
        "b2": d_out,
    }
    return grads

if __name__ == "__main__":
    g = gradients(np.full((2,2),.5), np.ones(2), np.full((2,2),.5), np.ones(2), np.ones(2), np.full(2,.5))
    for k, v in g.items():
        print(k, v)
