import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

def dsigmoid(a):
    # derivative of the sigmoid
    return sigmoid(a) * (1 - sigmoid(a))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * dsigmoid(o)
    delta_h = (W2.T @ delta_o) * dsigmoid(h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    return dW1, delta_h, dW2, delta_o

if __name__ == '__main__':
    W = np.ones((2,2))*0.5
    print(gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.ones(2)*0.5))
