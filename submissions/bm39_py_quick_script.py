#Assignment 2 GNR638
#Q1
import numpy as np

def sigmoid(a):
    return 1/(1+np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1,x)+b1)
    o = sigmoid(np.dot(W2,h)+b2)
    #E = 0.5*sum((t-o)^2)
    delta_o = (o - t)          # dE/do
    dW2 = np.outer(delta_o,h)
    db2 = delta_o
    delta_h = np.dot(W2.T,delta_o)*h*(1-h)
    dW1 = np.outer(delta_h,x)
    db1 = delta_h
    return dW1,db1,dW2,db2

W1 = np.array([[0.5,0.5],[0.5,0.5]])
W2 = np.array([[0.5,0.5],[0.5,0.5]])
b1 = np.array([1,1])
b2 = np.array([1,1])
x = np.array([1,1])
t = np.array([0.5,0.5])

dW1,db1,dW2,db2 = gradients(W1,b1,W2,b2,x,t)
print("dE/dw11 =",dW1[0][0])   #0.0386
print("dE/dw21 =",dW2[0][0])   #0.3239

#Q2
#a) standard conv: each output value needs 5*5*3 = 75 multiplications
#   number of output values = 8*8*256 = 16384
#   total = 16384*75 = 1228800
print("Q2 a)",8*8*256*5*5*3)
#b) depthwise: 8*8*3*25 = 4800
#   pointwise: 8*8*256*3 = 49152
#   total = 53952
print("Q2 b)",8*8*3*25 + 8*8*256*3)

#Q3
#y given x is poisson with mean lambda
#maximize likelihood -> minimize negative log likelihood
#loss = lambda - y*log(lambda)    (log y! dropped, constant)
