import numpy as np

#  Q1 part (c)  - Aditya Rao, 22B1456


def sigmoid(z):
    return 1/(1+np.exp(-z))

def d_sigmoid(a):
    # derivative written in terms of the activation a = sigmoid(z)
    return a*(1-a)


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    delta2 = (o - t) * d_sigmoid(o)
    delta1 = (W2.T @ delta2) * d_sigmoid(h)

    dW2 = np.outer(h, delta2)
    dW1 = np.outer(delta1, x)
    db2 = delta2
    db1 = delta1
    return dW1, db1, dW2, db2


if __name__ == '__main__':
    W1 = np.array([[0.5,0.5],[0.5,0.5]]); W2 = W1.copy()
    b1 = np.array([1.,1.]); b2 = np.array([1.,1.])
    x = np.array([1.,1.]); t = np.array([0.5,0.5])
    for g in gradients(W1, b1, W2, b2, x, t):
        print(np.round(g, 6))
