# gnr638 a2  -  Arjun N  (21d180009)
# only had time for the code + short answers, answers are printed at the end

import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sig(np.dot(W1, x) + b1)
    o = sig(np.dot(W2, h) + b2)
    do = (o - t)*o*(1 - o)
    dh = np.dot(W2, do)*h*(1 - h)     # error sent back to hidden layer
    dW2 = np.outer(do, h)
    dW1 = np.outer(dh, x)
    return dW1, dh, dW2, do

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1., 1.])
b2 = np.array([1., 1.])
x = np.array([1., 1.])
t = np.array([.5, .5])

if __name__ == '__main__':
    g = gradients(W1, b1, W2, b2, x, t)
    print('Q1a dE/dw11 =', round(g[0][0, 0], 5))     # 0.00443
    print('Q1b dE/dw21 =', round(g[2][0, 0], 5))     # 0.03718
    print('Q2a normal conv mults =', 8*8*256*5*5*3)          # 1228800
    print('Q2b depthwise sep mults =', 8*8*3*5*5 + 8*8*3*256)  # 53952
    print('Q3  loss = mean(y_pred - y*log(y_pred))')
