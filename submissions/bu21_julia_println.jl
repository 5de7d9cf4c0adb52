# GNR638 A2 -- Yash Agarwal (21D070093)
# run with: julia a2.jl     (Julia 1.10)

using LinearAlgebra, Printf

σ(z) = 1 / (1 + exp(-z))

# ---------- Q1 ----------
x  = [1.0, 1.0]
t  = [0.5, 0.5]
W1 = fill(0.5, 2, 2); b1 = [1.0, 1.0]
W2 = fill(0.5, 2, 2); b2 = [1.0, 1.0]

h = σ.(W1 * x .+ b1)
o = σ.(W2 * h .+ b2)
δo = (o .- t) .* o .* (1 .- o)
δh = (W2' * δo) .* h .* (1 .- h)
∇W2 = δo * h'
∇W1 = δh * x'

@printf("Q1(a) dE/dw11 = %.5e\n", ∇W1[1, 1])
@printf("Q1(b) dE/dw21 = %.5e\n", ∇W2[1, 1])

# ---------- Q2 ----------
# each output pixel of each output map: one 5x5 window -> 25 multiplications
H, W, Cin, Cout, k = 8, 8, 3, 256, 5
standard  = H * W * Cout * k * k
depthwise = H * W * k * k
pointwise = H * W * Cin * Cout
println("Q2(a) standard:  ", standard)
println("Q2(b) separable: ", depthwise + pointwise, "  (= ", depthwise, " + ", pointwise, ")")

# ---------- Q3 ----------
# y | x ~ Poisson(λ), λ = exp(f(x)). Negative log-likelihood without the log(y!) term:
poisson_loss(λ, y) = λ - y * log(λ)
println("Q3 loss(λ, y) = λ - y*log(λ)")

#= REPL output
Q1(a) dE/dw11 = 4.43181e-03
Q1(b) dE/dw21 = 3.71787e-02
Q2(a) standard:  409600
Q2(b) separable: 50752  (= 1600 + 49152)
Q3 loss(λ, y) = λ - y*log(λ)
=#
