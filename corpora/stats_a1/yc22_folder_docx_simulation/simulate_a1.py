# MA214 A1 -- simulation checks (Neha Chaudhary, 23B0288)
# Final answers are in MA214_A1_answers.docx; this only double-checks Q1(a) and Q3(b).
import numpy as np

rng = np.random.default_rng(2026)
N = 1_000_000

# Q1(a): roll three dice N times
rolls = rng.integers(1, 7, size=(N, 3))
print("Q1a simulated P(at least one six):", (rolls == 6).any(axis=1).mean())
print("Q1a exact:", 1 - (5 / 6) ** 3)

# Q3(b): distribution of #heads in 400 tosses under H0, two-sided p-value
heads = rng.binomial(400, 0.5, size=N)
p_sim = np.mean(np.abs(heads - 200) >= 18)
print("Q3b simulated two-sided p-value (|X-200| >= 18):", p_sim)

# output on my laptop:
# Q1a simulated P(at least one six): 0.420888
# Q1a exact: 0.42129629629629617
# Q3b simulated two-sided p-value (|X-200| >= 18): 0.079519
