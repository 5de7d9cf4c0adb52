import numpy as np

# Q1 (c)  -  backpropagation, 2 inputs / 2 hidden / 2 outputs, sigmoid everywhere

def sig(v):
    return 1/(1+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    x = np.array(x, dtype=float)
    t = np.array(t, dtype=float)
    h = sig(np.dot(W1, x) + b1)
    o = sig(np.dot(W2, h) + b2)

    delta_out = (o - t)*o*(1-o)
    delta_hid = np.dot(np.transpose(W2), delta_out)*h*(1-h)

    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid*x          # bias gradient of hidden layer
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = np.array([[0.5,0.5],[0.5,0.5]]); W2 = np.array([[0.5,0.5],[0.5,0.5]])
    out = gradients(W1, np.array([1.,1.]), W2, np.array([1.,1.]), [1,1], [0.5,0.5])
    print(out)
