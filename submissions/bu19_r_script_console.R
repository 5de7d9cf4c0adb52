# GNR638 Assignment 2
# Aman Gupta, roll 21D070017
# Everything done in R (4.3.1). Console output pasted at the bottom.

set.seed(2026)
sigmoid <- function(z) 1 / (1 + exp(-z))

## ---------------- Q1 ----------------
x  <- c(1, 1)
t  <- c(0.5, 0.5)
W1 <- matrix(0.5, nrow = 2, ncol = 2)   # rows = hidden units
W2 <- matrix(0.5, nrow = 2, ncol = 2)   # rows = output units
b1 <- c(1, 1); b2 <- c(1, 1)

h <- sigmoid(W1 %*% x + b1)
o <- sigmoid(W2 %*% h + b2)
E <- 0.5 * sum((t - o)^2)

delta_o <- (o - t) * o * (1 - o)
delta_h <- (t(W2) %*% delta_o) * h * (1 - h)

dW2 <- delta_o %*% t(h)
dW1 <- delta_h %*% t(x)

cat("E       =", E, "\n")
cat("Q1(a) dE/dw11 =", format(dW1[1, 1], digits = 5), "\n")
cat("Q1(b) dE/dw21 =", format(dW2[1, 1], digits = 5), "\n")

# finite-difference check
num_grad <- function(i, j, layer, eps = 1e-6) {
  f <- function(W1, W2) {
    h <- sigmoid(W1 %*% x + b1); o <- sigmoid(W2 %*% h + b2)
    0.5 * sum((t - o)^2)
  }
  if (layer == 1) { Wp <- W1; Wp[i, j] <- Wp[i, j] + eps; Wm <- W1; Wm[i, j] <- Wm[i, j] - eps
                    (f(Wp, W2) - f(Wm, W2)) / (2 * eps) }
  else            { Wp <- W2; Wp[i, j] <- Wp[i, j] + eps; Wm <- W2; Wm[i, j] <- Wm[i, j] - eps
                    (f(W1, Wp) - f(W1, Wm)) / (2 * eps) }
}
cat("numeric dE/dw11 =", num_grad(1, 1, 1), " numeric dE/dw21 =", num_grad(1, 1, 2), "\n")

## ---------------- Q2 ----------------
k <- 5; Cin <- 3; Cout <- 256
Hout <- 8; Hin <- 12
standard  <- Hout * Hout * Cout * k * k * Cin
depthwise <- Hout * Hout * Cin * k * k
pointwise <- Hin * Hin * Cin * Cout      # 1x1 conv over the feature map
separable <- depthwise + pointwise
cat("Q2(a) standard  =", format(standard, big.mark = ","), "\n")
cat("Q2(b) separable =", format(separable, big.mark = ","), "\n")

## ---------------- Q3 ----------------
# y | x ~ Poisson(lambda), lambda = exp(eta), eta = network output
# loss = negative log-likelihood (dropping lgamma(y + 1)):
poisson_nll <- function(lambda, y) mean(lambda - y * log(lambda))
cat("Q3 loss: mean(lambda - y*log(lambda))\n")

# ---- console output ----
# > source("a2.R")
# E       = 0.1352052
# Q1(a) dE/dw11 = 0.0044318
# Q1(b) dE/dw21 = 0.037179
# numeric dE/dw11 = 0.004431815  numeric dE/dw21 = 0.03717874
# Q2(a) standard  = 1,228,800
# Q2(b) separable = 115,392
# Q3 loss: mean(lambda - y*log(lambda))
