# %% [markdown]
# # MA214 — Assignment 1
# Ravi Shankar (22B0913). Written as a jupytext "percent" script in VS Code; each cell's printed output is
# copied underneath it.

# %%
from math import sqrt
from scipy.stats import norm

# %% [markdown]
# ## Q1(a)
# P(at least one six) = 1 - P(no six)

# %%
print(1 - (5/6)**3)
# 0.42129629629629617   ->  answer 0.4213

# %% [markdown]
# ## Q1(b)
# P(D and +) is what we want: the person has the disease AND tested positive.

# %%
p_D_and_pos = 0.01 * 0.95
print(p_D_and_pos)
# 0.0095   ->  answer P(D|+) = 0.0095

# %% [markdown]
# ## Q2

# %%
ph = 64/200
se = sqrt(ph*(1-ph)/200)
print(round(ph - 1.96*se, 4), round(ph + 1.96*se, 4))
# 0.2553 0.3847   ->  95% CI (0.2553, 0.3847)

# %% [markdown]
# ## Q3
# I use the sample proportion in the standard error.

# %%
ph3 = 218/400
z = (ph3 - 0.5)/sqrt(ph3*(1-ph3)/400)
p = 2*norm.sf(z)
print(round(z, 3), round(p, 4))
# 1.807 0.0707
# (a) z = 1.807  (b) p-value = 0.0707  (c) 0.0707 > 0.05, do not reject H0

# %% [markdown]
# ## Q4
# (a) l(p) = sum_i [ x_i*log(p) + (1-x_i)*log(1-p) ]
# (b) p_hat = sum(x_i)/n  (sample mean)

# %% [markdown]
# ## Q5

# %%
x = [0, 1, 2]; pr = [0.2, 0.5, 0.3]
m = sum(a*b for a, b in zip(x, pr))
v = sum(a*a*b for a, b in zip(x, pr)) - m**2
print(m, round(v, 2), round(9*v, 2))
# 1.1 0.49 4.41
