# gnr638 hw2 -- Arjun Reddy (21B030007)
# q1 (a),(b) answers are printed below, q2 and q3 answers are at the bottom in comments

import numpy as np

def sigm(z):
    return 1.0/(1.0+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    W1=np.array(W1,float); W2=np.array(W2,float)
    b1=np.array(b1,float); b2=np.array(b2,float)
    x=np.array(x,float); t=np.array(t,float)
    h = sigm(W1.dot(x) + b1)
    o = sigm(W2.dot(h) + b2)
    err = t - o                       # error at output
    d_out = err * o * (1 - o)
    d_hid = W2.T.dot(d_out) * h * (1 - h)
    return np.outer(d_hid, x), d_hid, np.outer(d_out, h), d_out

W = np.array([[0.5,0.5],[0.5,0.5]])
res = gradients(W, [1,1], W, [1,1], [1,1], [0.5,0.5])
print("grad w11 :", res[0][0][0])
print("grad w21 :", res[2][0][0])
# output:
# grad w11 : -0.004431814656811997
# grad w21 : -0.03717874177605889
#
# so  q1 a)  dE/dw11 = -0.00443
#     q1 b)  dE/dw21 = -0.0372
#
# q2
#  a) normal conv: 8x8 output, 256 filters of 5x5x3
#     8*8*256*75 = 1,228,800 multiplications
#  b) depthwise separable: 8*8*3*25 = 4,800 and then 1x1 conv 8*8*3*256 = 49,152
#     total 53,952
#
# q3
#  poisson: p(y|x) = lam^y e^-lam / y!
#  loss = -log p = lam - y*log(lam) + log(y!)      (lam = network output)
