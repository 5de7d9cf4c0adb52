import numpy as np

def sigmoid(v):
    return 1.0/(1.0+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    # output layer error term
    delta_o = (o - t)*o*(1-o)
    # hidden layer error term (backpropagate through W2)
    delta_h = np.dot(W2, delta_o)*h*(1-h)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.array([[0.5,0.5],[0.5,0.5]]); W2 = np.array([[0.5,0.5],[0.5,0.5]])
    b1 = np.array([1.,1.]); b2 = np.array([1.,1.])
    x = np.array([1.,1.]); t = np.array([0.5,0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0,0])   # 0.004431814656811997
    print("dE/dw21 =", dW2[0,0])   # 0.03717874177605889
