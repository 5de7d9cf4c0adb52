# MA214 Assignment 1 -- Yuki Sato
# Everything done exactly with sympy where possible; numeric values in the
# comments are what the script printed on my laptop.

import sympy as sp

# Q1(a) -------------------------------------------------------------
q1a = 1 - sp.Rational(5, 6)**3
print("Q1a:", q1a, "=", sp.N(q1a, 4))          # Q1a: 91/216 = 0.4213

# Q1(b) -------------------------------------------------------------
PD, sens, spec = sp.Rational(1, 100), sp.Rational(95, 100), sp.Rational(90, 100)
Ppos = sens*PD + (1 - spec)*(1 - PD)
q1b = sens*PD / Ppos
print("Q1b:", q1b, "=", sp.N(q1b, 4))          # Q1b: 19/217 = 0.08756

# Q2 ----------------------------------------------------------------
ph = sp.Rational(64, 200)
half = sp.Rational(196, 100)*sp.sqrt(ph*(1 - ph)/200)
print("Q2 :", sp.N(ph - half, 4), sp.N(ph + half, 4))   # Q2 : 0.2553 0.3847

# Q3 ----------------------------------------------------------------
z = (sp.Rational(218, 400) - sp.Rational(1, 2)) / sp.sqrt(sp.Rational(1, 4)/400)
pval = 2*(1 - (1 + sp.erf(z/sp.sqrt(2)))/2)
print("Q3a:", z)                               # Q3a: 9/5
print("Q3b:", sp.N(pval, 4))                   # Q3b: 0.07186
# Q3c: p-value 0.0719 > 0.05, so fail to reject H0 (equivalently |z| = 1.8 < 1.96).

# Q4 ----------------------------------------------------------------
p, n, s = sp.symbols("p n s", positive=True)   # s = sum of the x_i
loglik = s*sp.log(p) + (n - s)*sp.log(1 - p)
print("Q4a:", loglik)                          # Q4a: s*log(p) + (n - s)*log(1 - p)
phat = sp.solve(sp.diff(loglik, p), p)
print("Q4b:", phat)                            # Q4b: [s/n]

# Q5 ----------------------------------------------------------------
vals = [0, 1, 2]
probs = [sp.Rational(2, 10), sp.Rational(5, 10), sp.Rational(3, 10)]
EX = sum(v*q for v, q in zip(vals, probs))
VX = sum(v**2*q for v, q in zip(vals, probs)) - EX**2
print("Q5 :", EX, VX, 9*VX)                    # Q5 : 11/10 49/100 441/100
