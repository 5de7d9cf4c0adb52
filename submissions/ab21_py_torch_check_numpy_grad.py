# GNR638 A2  |  Aditya Nair  |  roll 20D070004
# numpy backprop in gradients(); torch only used under __main__ to check it.
import numpy as np


def gradients(W1, b1, W2, b2, x, t):
    s = lambda a: 1.0 / (1.0 + np.exp(-a))
    h = s(W1 @ x + b1)
    o = s(W2 @ h + b2)
    do = (o - t) * o * (1.0 - o)
    dh = (W2.T @ do) * h * (1.0 - h)
    return np.outer(dh, x), dh, np.outer(do, h), do


if __name__ == "__main__":
    import torch
    W1 = torch.full((2, 2), 0.5, requires_grad=True)
    W2 = torch.full((2, 2), 0.5, requires_grad=True)
    b1 = torch.ones(2, requires_grad=True); b2 = torch.ones(2, requires_grad=True)
    x = torch.ones(2); t = torch.full((2,), 0.5)
    o = torch.sigmoid(W2 @ torch.sigmoid(W1 @ x + b1) + b2)
    E = 0.5 * ((t - o) ** 2).sum()
    E.backward()
    print("dE/dw11 :", W1.grad[0, 0])
    print("dE/dw21 :", W2.grad[0, 0])
    print(gradients(*(a.detach().numpy() for a in (W1, b1, W2, b2, x, t))))

# >>> output
# dE/dw11 : tensor(0.0044)
# dE/dw21 : tensor(0.0372)
# (array([[0.00443181, 0.00443181], ...   same as torch

# Question 2.  multiplications
#   normal conv      : 256 filters x (5*5*3) per position x 64 positions  -> 1228800
#   depthwise sep.   : 64*75 (one 5x5 per channel)  +  64*768 (1x1, 3->256)  -> 53952

# Question 3.  torch.nn.PoissonNLLLoss(log_input=False):
#   loss(input, target) = input - target * log(input + eps)
#   i.e. L = lambda - y log(lambda), the Poisson negative log-likelihood without log(y!)
