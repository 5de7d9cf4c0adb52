# MA214 — Assignment 1
# Harsh Vardhan (23B0388)
# julia 1.10, packages: Distributions v0.25

using Distributions, Printf

# ── Q1(a) ────────────────────────────────────────────────
p_none = (5/6)^3
p_atleast = 1 - p_none                 # 91/216
println("Q1(a)  P(at least one six) = 91/216 = ", round(p_atleast, digits=4))

# ── Q1(b) ────────────────────────────────────────────────
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens*prev + (1-spec)*(1-prev)
# probability that a random person tests positive (i.e. could have the disease)
println("Q1(b)  P(D | +) = ", round(p_pos, digits=4))

# ── Q2 ───────────────────────────────────────────────────
n, x = 200, 64
p̂ = x/n
se_cons = sqrt(0.5*0.5/n)              # conservative SE, p(1-p) <= 1/4
lo, hi = p̂ - 1.96*se_cons, p̂ + 1.96*se_cons
@printf("Q2     95%% CI = (%.4f, %.4f)\n", lo, hi)

# ── Q3 ───────────────────────────────────────────────────
N, heads = 400, 218
q̂ = heads/N
z = (q̂ - 0.5)/sqrt(0.25/N)
pval = 2*ccdf(Normal(), abs(z))
@printf("Q3(a)  z = %.2f\n", z)
@printf("Q3(b)  p-value = %.4f\n", pval)
println("Q3(c)  ", pval > 0.05 ? "p > 0.05 ⇒ accept H0, the coin is fair" : "reject H0")

# ── Q4 ───────────────────────────────────────────────────
# (a) ℓ(p) = Σᵢ [ xᵢ log p + (1 - xᵢ) log(1 - p) ]
# (b) ℓ'(p) = Σxᵢ/p - (n - Σxᵢ)/(1 - p) = 0
#     ⇒ Σxᵢ (1 - p) = p (n - Σxᵢ) ⇒ Σxᵢ = p n ... so
#     p̂ = Σᵢ xᵢ
println("Q4     p̂ = Σ xᵢ")

# ── Q5 ───────────────────────────────────────────────────
vals  = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX  = sum(vals .* probs)
EX2 = sum(vals.^2 .* probs)
VX  = EX2 - EX^2
println("Q5(a)  E[X] = ", EX)
println("Q5(b)  Var(X) = ", round(VX, digits=4))
println("Q5(c)  Var(3X-2) = ", round(9VX, digits=4))

#= REPL output
julia> include("a1.jl")
Q1(a)  P(at least one six) = 91/216 = 0.4213
Q1(b)  P(D | +) = 0.1085
Q2     95% CI = (0.2507, 0.3893)
Q3(a)  z = 1.80
Q3(b)  p-value = 0.0719
Q3(c)  p > 0.05 ⇒ accept H0, the coin is fair
Q4     p̂ = Σ xᵢ
Q5(a)  E[X] = 1.1
Q5(b)  Var(X) = 0.49
Q5(c)  Var(3X-2) = 4.41
=#
