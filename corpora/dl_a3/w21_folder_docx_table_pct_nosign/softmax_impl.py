# softmax_impl.py  -- A. Mehta
import numpy as np


def stable_softmax(z):
    """Softmax along the last axis; works for 1-D, 2-D, 3-D ... inputs."""
    z = np.asarray(z, dtype=float)
    # move the last axis to the front, work slice by slice via broadcasting
    zt = np.moveaxis(z, -1, 0)
    zt = zt - zt.max(axis=0)
    e = np.exp(zt)
    out = e / e.sum(axis=0)
    return np.moveaxis(out, 0, -1)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
