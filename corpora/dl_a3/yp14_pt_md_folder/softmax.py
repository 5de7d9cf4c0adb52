# Gabriel Nascimento Lopes - RA 11202034519
# Lista 3, questão 6: softmax estável no último eixo
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    exps = np.exp(z)
    soma = np.sum(exps, axis=-1, keepdims=True)
    return exps / soma


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax(np.random.rand(4, 5)).sum(axis=-1))
