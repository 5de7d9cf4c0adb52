# MA214 HW1 helper -- Mateusz Kowalczyk
import math
from statistics import NormalDist

N = NormalDist()

def q1():
    a = 1 - (5 / 6) ** 3
    pos = 0.95 * 0.01 + 0.10 * 0.99
    b = 0.95 * 0.01 / pos
    return a, b

def q2(conf=0.99):
    ph, n = 64 / 200, 200
    z = N.inv_cdf(0.5 + conf / 2)
    se = math.sqrt(ph * (1 - ph) / n)
    return z, (ph - z * se, ph + z * se)

def q3():
    z = (218 / 400 - 0.5) / math.sqrt(0.25 / 400)
    p = 2 * (1 - N.cdf(abs(z)))
    return z, p

def q5():
    xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
    m = sum(x * p for x, p in zip(xs, ps))
    v = sum((x - m) ** 2 * p for x, p in zip(xs, ps))
    return m, v, 9 * v

if __name__ == "__main__":
    print("Q1", q1())
    print("Q2", q2())
    print("Q3", q3())
    print("Q5", q5())
