# GNR638 A2 Q1(c)
# Priyanka Das 22B0702
import numpy as np

e = np.exp(1)


def gradients(W1, b1, W2, b2, x, t):
    # forward pass for the given network (all weights 0.5, bias 1, input 1,1)
    out_h1 = 1 / (1 + e ** (-2))
    out_h2 = out_h1
    net_o = 0.5 * out_h1 + 0.5 * out_h2 + 1
    out_o1 = 1 / (1 + e ** (-net_o))
    out_o2 = out_o1

    # output layer
    d_o1 = (out_o1 - 0.5) * out_o1 * (1 - out_o1)
    d_o2 = (out_o2 - 0.5) * out_o2 * (1 - out_o2)
    dW2 = np.array([[d_o1 * out_h1, d_o1 * out_h2],
                    [d_o2 * out_h1, d_o2 * out_h2]])
    db2 = np.array([d_o1, d_o2])

    # hidden layer
    d_h1 = (0.5 * d_o1 + 0.5 * d_o2) * out_h1 * (1 - out_h1)
    d_h2 = (0.5 * d_o1 + 0.5 * d_o2) * out_h2 * (1 - out_h2)
    dW1 = np.array([[d_h1 * 1, d_h1 * 1],
                    [d_h2 * 1, d_h2 * 1]])
    db1 = np.array([d_h1, d_h2])
    return dW1, db1, dW2, db2


print(gradients(None, None, None, None, None, None))
