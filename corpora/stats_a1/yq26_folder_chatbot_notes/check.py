# quick numerical checks for answers.md  (Wen-Li Huang, 23B1460)
import random, math

random.seed(1)
N = 200_000
hits = sum(any(random.randint(1, 6) == 6 for _ in range(3)) for _ in range(N))
print("Q1a simulated:", hits / N)          # got 0.41959 -> close to 0.4213

# Q1b by counting a population of 100 000 people
sick, healthy = 1_000, 99_000
tp, fp = 0.95 * sick, 0.10 * healthy
print("Q1b:", tp / (tp + fp))               # 0.08755760368663594

# Q3 p-value with the error function
Phi = lambda t: 0.5 * (1 + math.erf(t / math.sqrt(2)))
print("Q3 p:", 2 * (1 - Phi(1.8)))          # 0.07186063822585176

# Q5 mean and variance
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
m = sum(x * p for x, p in zip(xs, ps))
print("Q5:", m, sum(x * x * p for x, p in zip(xs, ps)) - m * m)   # 1.1 0.49
