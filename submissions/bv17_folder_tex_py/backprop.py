import numpy as np

def sigmoid(x):
    return 1.0/(1.0+np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # output layer deltas
    delta2 = (o - t) * o * (1 - o)
    # hidden layer deltas
    delta1 = (W2 @ delta2) * h * (1 - h)
    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    return dW1, delta1, dW2, delta2

if __name__ == '__main__':
    W1 = np.ones((2,2))*0.5; W2 = np.ones((2,2))*0.5
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.,1.]); t = np.array([.5,.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print('dE/dw11 =', dW1[0,0])
    print('dE/dw21 =', dW2[0,0])
