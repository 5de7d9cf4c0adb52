# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3
#     name: python3
# ---

# %% [markdown]
# # MA 214 — Assignment 1
# Sofia Petrakis. Kept as a jupytext `.py` so it diffs nicely in git.

# %%
import numpy as np
from scipy.stats import norm

# %% [markdown]
# ## Q1(a)
# P(at least one six) = 1 − (5/6)³

# %%
q1a = 1 - (5/6)**3
q1a  # 0.4213

# %% [markdown]
# ## Q1(b)
# Sensitivity is P(+|D) = 0.95 and a positive result was observed, so
# P(D|+) = **0.95**.

# %% [markdown]
# ## Q2

# %%
ph, n = 64/200, 200
half = 1.96*np.sqrt(ph*(1-ph)/n)
ph - half, ph + half  # (0.2554, 0.3846)

# %% [markdown]
# **95 % CI = (0.2554, 0.3846)**
#
# ## Q3

# %%
z = (218/400 - 0.5)/np.sqrt(0.25/400)
pval = 2*norm.sf(abs(z))
z, pval  # (1.80, 0.0719)

# %% [markdown]
# (a) z = 1.80  (b) p-value = 0.0719
# (c) p-value > α = 0.05 ⇒ do not reject H₀.
#
# ## Q4

# %%
def loglik(p, x):
    """(a) l(p) = sum_i [ x_i log p + (1 - x_i) log(1 - p) ]"""
    x = np.asarray(x)
    return np.sum(x*np.log(p) + (1 - x)*np.log(1 - p))

# (b) the maximiser is p_hat = x.mean(), i.e. (1/n) * sum(x_i)
x_demo = np.array([1, 0, 1, 1, 0])
grid = np.linspace(0.01, 0.99, 99)
grid[np.argmax([loglik(g, x_demo) for g in grid])], x_demo.mean()  # (0.6, 0.6) check

# %% [markdown]
# ## Q5
# E[X] = 1.1, Var(X) = 1.7 − 1.21 = 0.49, Var(3X − 2) = 9 · 0.49 = 4.41
