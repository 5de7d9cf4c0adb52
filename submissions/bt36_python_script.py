# assignment 2 gnr638
# Vikas Patil 21B3318

import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def dsigmoid(x):
    return sigmoid(x)*(1-sigmoid(x))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1,x)+b1)
    o = sigmoid(np.dot(W2,h)+b2)
    d_o = (o-t)*dsigmoid(o)
    dW2 = np.outer(d_o,h)
    db2 = d_o
    d_h = np.dot(W2.T,d_o)*dsigmoid(h)
    dW1 = np.outer(d_h,x)
    db1 = d_h
    return dW1,db1,dW2,db2

W1 = np.array([[0.5,0.5],[0.5,0.5]])
W2 = np.array([[0.5,0.5],[0.5,0.5]])
b1 = np.array([1,1])
b2 = np.array([1,1])
x = np.array([1,1])
t = np.array([0.5,0.5])

dW1,db1,dW2,db2 = gradients(W1,b1,W2,b2,x,t)
print("Q1 a) dE/dw11 =",dW1[0,0])
print("Q1 b) dE/dw21 =",dW2[0,0])

# Q2
# a) no of multiplications = 8*8*256*5*5*3
print("Q2 a)",8*8*256*5*5*3)
# b) depthwise + pointwise
print("Q2 b)",8*8*5*5*3+8*8*3*256)

# Q3
# poisson output -> use MSE loss  L = (1/n) sum (y - yhat)^2
# yhat = network output, y = count

# output when i run it:
# Q1 a) dE/dw11 = 0.015864687145303594
# Q1 b) dE/dw21 = 0.06745425959492989
# Q2 a) 1228800
# Q2 b) 53952
