# GNR638 A2 - Q1 backprop vs analytic gradient check
# my network: x = [1,1], target t = [0,1]
# W1 = [[0.1,0.2],[0.3,0.4]]  W2 = [[0.5,0.6],[0.7,0.8]]  b1 = b2 = 0.5 (each unit)
import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    z1 = W1.dot(x) + b1
    h = sig(z1)
    z2 = W2.dot(h) + b2
    o = sig(z2)
    # E = 0.5*sum (t-o)^2
    d2 = (o - t) * o * (1 - o)
    d1 = W2.T.dot(d2) * h * (1 - h)
    dW2 = d2.reshape(-1, 1) * h.reshape(1, -1)
    dW1 = d1.reshape(-1, 1) * x.reshape(1, -1)
    return dW1, d1, dW2, d2

def E(W1, b1, W2, b2, x, t):
    o = sig(W2.dot(sig(W1.dot(x) + b1)) + b2)
    return 0.5*np.sum((t-o)**2)

W1 = np.array([[0.1,0.2],[0.3,0.4]])
W2 = np.array([[0.5,0.6],[0.7,0.8]])
b1 = np.array([0.5,0.5]); b2 = np.array([0.5,0.5])
x = np.array([1.,1.]); t = np.array([0.,1.])

if __name__ == '__main__':
    g = gradients(W1,b1,W2,b2,x,t)
    print('dW1 =', g[0]); print('db1 =', g[1]); print('dW2 =', g[2]); print('db2 =', g[3])
    # numerical check on w11 and w21
    e = 1e-5
    P = W1.copy(); P[0,0] += e; M = W1.copy(); M[0,0] -= e
    print('numeric dE/dw11 =', (E(P,b1,W2,b2,x,t)-E(M,b1,W2,b2,x,t))/(2*e))
    P = W2.copy(); P[0,0] += e; M = W2.copy(); M[0,0] -= e
    print('numeric dE/dw21 =', (E(W1,b1,P,b2,x,t)-E(W1,b1,M,b2,x,t))/(2*e))
