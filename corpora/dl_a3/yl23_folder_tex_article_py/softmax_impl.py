import numpy as np

def stable_softmax(z):
    # clip the logits so that exp() cannot overflow (exp(709) is about the float64 max)
    z = np.clip(z, -500, 500)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))   # no inf :)
