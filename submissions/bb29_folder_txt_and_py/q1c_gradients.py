import numpy as np

# Vikram Singh Rathore | 22B3312 | GNR638 A2 Q1c

def sigmoid(a):
    return 1.0/(1.0+np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = np.dot(W1, x) + b1
    a1 = sigmoid(z1)
    z2 = np.dot(W2, a1) + b2
    a2 = sigmoid(z2)
    # backward
    dz2 = (a2 - t) * a2 * (1 - a2)
    dW2 = dz2[:, None] * a1[None, :]
    db2 = dz2
    da1 = np.dot(W2.T, dz2)
    dz1 = da1 * a1 * (1 - a1)
    dW1 = dz1[:, None] * x[None, :]
    db1 = dz1
    return (dW1, db1, dW2, db2)

if __name__ == "__main__":
    W1 = 0.5*np.ones((2,2)); W2 = 0.5*np.ones((2,2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = 0.5*np.ones(2)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0,0])
    print("dE/dw21 =", dW2[0,0])
