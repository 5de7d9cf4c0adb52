import numpy as np
from softmax_impl import stable_softmax

assert np.allclose(stable_softmax([1, 2, 3]), [0.0900, 0.2447, 0.6652], atol=1e-4)
assert np.all(np.isfinite(stable_softmax([1000, 1001])))
assert np.allclose(stable_softmax(np.random.randn(2, 3, 4)).sum(-1), 1)
print("ok")
