# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # MA 214 — Assignment 1
# Aditi Sharma (paired jupytext file; outputs copied in as comments)

# %%
import numpy as np
from scipy.stats import norm
from statsmodels.stats.proportion import proportion_confint

# %% [markdown]
# ## Q1(a)
# P(≥ 1 six) = 1 − (5/6)³

# %%
1 - (5 / 6) ** 3
# Out: 0.42129629629629617

# %% [markdown]
# **Answer:** 0.4213
#
# ## Q1(b)

# %%
ppos = 0.95 * 0.01 + 0.10 * 0.99
0.95 * 0.01 / ppos
# Out: 0.08755760368663594

# %% [markdown]
# **Answer:** roughly 9 % of people who test positive actually have the disease, P(D|+) ≈ 0.09.
#
# ## Q2
# The Wilson interval has better coverage than the textbook Wald one, so I report it.

# %%
proportion_confint(64, 200, alpha=0.05, method="wilson")
# Out: (0.25926533270950527, 0.38751898489132125)

# %% [markdown]
# **Answer:** 95 % CI ≈ (0.2593, 0.3875)
#
# ## Q3

# %%
z = (218 / 400 - 0.5) / np.sqrt(0.25 / 400)
p = 2 * norm.sf(abs(z))
z, p
# Out: (1.8000000000000016, 0.07186063822585176)

# %% [markdown]
# (a) z = 1.80  (b) p = 0.0719
# (c) p > α = 0.05, so we fail to reject H₀ — the 218 heads are compatible with a fair coin.
#
# ## Q4
# (a) Since P(xᵢ = 1) = p, each observation with xᵢ = 1 contributes log p:
#
#     ℓ(p) = Σᵢ xᵢ log p = (Σᵢ xᵢ) log p
#
# (b) p̂ = (1/n) Σᵢ xᵢ = x̄ (fraction of ones in the sample)
#
# ## Q5

# %%
x = np.array([0, 1, 2]); w = np.array([0.2, 0.5, 0.3])
EX = x @ w
VX = (x**2) @ w - EX**2
EX, VX, 9 * VX
# Out: (1.1, 0.49000000000000044, 4.410000000000004)

# %% [markdown]
# E[X] = 1.1, Var(X) = 0.49, Var(3X − 2) = 4.41
