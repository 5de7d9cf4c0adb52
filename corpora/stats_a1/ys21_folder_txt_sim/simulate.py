# MA214 A1 - quick Monte Carlo checks (Arjun Malhotra, 22B1382)
import numpy as np

rng = np.random.default_rng(214)
N = 1_000_000

# Q1(a): three dice, at least one six
rolls = rng.integers(1, 7, size=(N, 3))
print("Q1a simulated:", np.mean((rolls == 6).any(axis=1)))
print("Q1a exact    :", 1 - (5 / 6) ** 3)

# Q3: how often does a fair coin give a result at least as extreme as 218/400?
heads = rng.binomial(400, 0.5, size=N)
print("Q3 simulated two-sided p:", np.mean(np.abs(heads - 200) >= 18))
