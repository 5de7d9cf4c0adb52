# Pregunta 6 - softmax numéricamente estable
# María José Herrera
import numpy as np


def stable_softmax(z):
    """Softmax sobre el último eje. Se resta el máximo para evitar desbordamiento."""
    z = np.asarray(z, dtype=float)
    desplazado = z - np.max(z, axis=-1, keepdims=True)
    exponenciales = np.exp(desplazado)
    return exponenciales / np.sum(exponenciales, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))
    print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
