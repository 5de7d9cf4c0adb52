# DL A3 Q6 - J. Lindqvist
import numpy as np


def stable_softmax(z):
    """Softmax over the last dimension, with the max subtracted first so exp() never overflows."""
    z_max = z.max(dim=-1, keepdim=True)[0]
    e = (z - z_max).exp()
    return e / e.sum(dim=-1, keepdim=True)


if __name__ == "__main__":
    import torch
    t = torch.tensor([[1000., 1001., 1002.], [-1000., -1000., -1000.]])
    print(stable_softmax(t))
    print(torch.softmax(t, dim=-1))
    print(stable_softmax(torch.tensor([1., 2., 3.])))
