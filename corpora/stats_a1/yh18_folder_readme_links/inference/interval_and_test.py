# Tanvi Kapoor 22B1842 -- Q2 and Q3
import math

# ---------- Q2: Wilson score interval (better coverage than Wald) ----------
n, k, z = 200, 64, 1.96
ph = k / n
centre = (ph + z**2 / (2 * n)) / (1 + z**2 / n)
half = z / (1 + z**2 / n) * math.sqrt(ph * (1 - ph) / n + z**2 / (4 * n**2))
print(f"Wilson 95% CI: ({centre - half:.4f}, {centre + half:.4f})")
# -> Wilson 95% CI: (0.2593, 0.3875)

# ---------- Q3: coin ----------
N, H = 400, 218
z_stat = (H / N - 0.5) / math.sqrt(0.25 / N)
Phi = 0.5 * (1 + math.erf(z_stat / math.sqrt(2)))
p_two = 2 * (1 - Phi)
print(f"z = {z_stat:.2f}")          # -> z = 1.80
print(f"p = {p_two:.4f}")           # -> p = 0.0719
print("decision:", "reject H0" if p_two < 0.05 else "fail to reject H0 (p > 0.05)")
# -> decision: fail to reject H0 (p > 0.05)
