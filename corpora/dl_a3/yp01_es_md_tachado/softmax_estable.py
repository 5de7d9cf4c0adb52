# Lucía Fernández Ortega - A01739254
# Tarea 3, pregunta 6
import numpy as np


def stable_softmax(z):
    """Softmax sobre el último eje, estable numéricamente."""
    z = np.asarray(z, dtype=np.float64)
    # restar el máximo de cada fila no cambia el resultado pero evita exp(1000) = inf
    z_desplazado = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z_desplazado)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
