# DL Assignment 3 — Nikolai Petrov (matr. 118203)
# Julia 1.10.  julia a3.jl
using LinearAlgebra, Printf

# ---------- Q1 ----------
H, K, P, S, F = 28, 3, 1, 1, 64
Hout = (H - K + 2P) ÷ S + 1
out_shape = (Hout, Hout, F)          # pooling window 2x2 with stride 2 on top
println("Q1a: output shape = ", out_shape)

nparams = F * (K * K * 3 + 1)
println("Q1b: #params = ", nparams)

# ---------- Q2 ----------
W = [0.2 -0.1 0.4; 0.0 0.3 -0.2]
x = [1.0, 2.0, -1.0]
δ = [0.5, -1.0]
η = 0.1
∇W = δ * x'                           # 2×3 outer product
Wnew = W .- η .* ∇W
println("Q2: ∂L/∂W = ", ∇W)
println("Q2: W_new = ", Wnew)

# ---------- Q3 ----------
# L = -Σ y_k log p_k  ⇒  ∂L/∂z_k = p_k - y_k
println("Q3: dL/dz_k = p_k - y_k")

# ---------- Q4 ----------
# Yes: batchnorm standardises each batch with the batch mean and variance,
# in training and at test time alike (the learned γ, β are then applied).
println("Q4: yes, each test batch uses its own mean/variance")

# ---------- Q5 ----------
C = [50 12 8; 10 45 15; 9 21 50]
precision = [C[k, k] / sum(C[:, k]) for k in 1:3]
acc = sum(precision) / 3
@printf("Q5: top-1 accuracy = %.4f\n", acc)

#= output:
Q1a: output shape = (28, 28, 64)
Q1b: #params = 1792
Q2: ∂L/∂W = [0.5 1.0 -0.5; -1.0 -2.0 1.0]
Q2: W_new = [0.15000000000000002 -0.2 0.45; 0.1 0.5 -0.30000000000000004]
Q3: dL/dz_k = p_k - y_k
Q4: yes, each test batch uses its own mean/variance
Q5: top-1 accuracy = 0.6622
=#
