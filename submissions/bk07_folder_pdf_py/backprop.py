import numpy as np

# Q1 (c)  -- Sneha Iyer, 23M0312
# the question says one bias per layer shared by both units, so the
# gradient for the bias is the sum over the two units of the layer.

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    a1 = W1.dot(x) + b1
    h = sig(a1)
    a2 = W2.dot(h) + b2
    o = sig(a2)

    d_out = (o - t) * o * (1 - o)
    d_hid = W2.T.dot(d_out) * h * (1 - h)

    dW2 = np.outer(d_out, h)
    dW1 = np.outer(d_hid, x)
    # shared bias -> same gradient for both entries
    db2 = np.full(2, d_out.sum())
    db1 = np.full(2, d_hid.sum())
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W = np.ones((2,2))*0.5
    b = np.ones(2)
    g = gradients(W, b, W, b, np.array([1.,1.]), np.array([0.5,0.5]))
    for arr in g:
        print(arr)
