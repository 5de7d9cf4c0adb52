import numpy as np

def sigmoid(z):
    return 1.0/(1.0+np.exp(-z))

def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o

def loss(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5*np.sum((t-o)**2)

def backprop(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    do = (o-t)*o*(1-o)
    dh = (W2.T @ do)*h*(1-h)
    return np.outer(dh, x), dh, np.outer(do, h), do

def numerical_grad(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    grads = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old+eps; lp = loss(W1, b1, W2, b2, x, t)
            p[idx] = old-eps; lm = loss(W1, b1, W2, b2, x, t)
            p[idx] = old
            g[idx] = (lp-lm)/(2*eps)
        grads.append(g)
    return grads

if __name__ == "__main__":
    W1 = 0.5*np.ones((2, 2))
    W2 = W1.copy()
    b1, b2 = np.array([1.0, 1.0]), np.array([1.0, 1.0])
    x, t = np.array([1.0, 1.0]), np.array([0.5, 0.5])
    print("backprop :", backprop(W1, b1, W2, b2, x, t))
    print("numerical:", numerical_grad(W1, b1, W2, b2, x, t))
