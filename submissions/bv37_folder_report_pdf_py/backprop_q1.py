import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

def dsigmoid(z):
    return sigmoid(z)*(1-sigmoid(z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # output layer
    delta_o = (o - t) * dsigmoid(o)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    # hidden layer
    delta_h = (W2.T @ delta_o) * dsigmoid(h)
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.array([[0.5,0.5],[0.5,0.5]]); W2 = W1.copy()
    b1 = np.array([1.,1.]); b2 = np.array([1.,1.])
    x = np.array([1.,1.]); t = np.array([0.5,0.5])
    print(gradients(W1,b1,W2,b2,x,t))
