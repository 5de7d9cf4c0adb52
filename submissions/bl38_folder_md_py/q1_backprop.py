import numpy as np

def sigmoid(v):
    return 1.0/(1.0 + np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    """returns dW1, db1, dW2, db2"""
    x = np.asarray(x, dtype=float).reshape(-1)
    t = np.asarray(t, dtype=float).reshape(-1)
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)
    e_o = (o - t)*o*(1 - o)
    e_h = W2.T.dot(e_o)*h*(1 - h)
    dW1 = np.zeros((2, 2)); dW2 = np.zeros((2, 2))
    for i in range(2):
        for j in range(2):
            dW2[i, j] = e_o[i]*h[j]
            dW1[i, j] = e_h[i]*x[j]
    return dW1, e_h.copy(), dW2, e_o.copy()

if __name__ == "__main__":
    W = np.full((2,2), .5)
    out = gradients(W, np.array([1.,1.]), W, np.array([1.,1.]), [1,1], [.5,.5])
    names = ["dW1","db1","dW2","db2"]
    for n, v in zip(names, out):
        print(n, v)
