# ------------------------------------------------------------
# DL Assignment 3  --  Chloé Dubois  (n° étudiant 21908845)
# R 4.3.2, run on 2026-03-07
# Q6 is in softmax_impl.py (python was required for that one)
# ------------------------------------------------------------
set.seed(42)

## Q1 ---------------------------------------------------------
H <- 28; K <- 3; P <- 1; S <- 1
H_conv <- (H - K + 2 * P) / S + 1          # 28
H_pool <- H_conv / 2                       # 14
cat("Q1a output shape after pool:", H_pool, "x", H_pool, "x", 64, "\n")

# every filter: 3 x 3 x 3 weights, 64 filters
n_params <- 3 * 3 * 3 * 64
cat("Q1b learnable parameters:", n_params, "\n")

## Q2 ---------------------------------------------------------
W <- matrix(c(0.2, -0.1, 0.4,
              0.0,  0.3, -0.2), nrow = 2, byrow = TRUE)
x <- c(1.0, 2.0, -1.0)
delta <- c(0.5, -1.0)
eta <- 0.1

dW <- outer(delta, x)                     # dL/dW = delta x^T  (2 x 3)
W_new <- W - eta * dW
cat("Q2 dL/dW:\n"); print(dW)
cat("Q2 W_new:\n"); print(W_new)

## Q3 ---------------------------------------------------------
# L = -sum_k y_k log p_k
# dL/dp_k = -y_k / p_k
# dp_j/dz_k = p_j (1[j==k] - p_k)
# dL/dz_k = sum_j (-y_j/p_j) p_j (1[j==k] - p_k) = -y_k + p_k * sum_j y_j
#         = p_k - y_k          (since sum_j y_j = 1)
# numerical check:
z <- rnorm(4); y <- c(0, 0, 1, 0)
p <- exp(z) / sum(exp(z))
loss <- function(z) -sum(y * log(exp(z) / sum(exp(z))))
num_grad <- sapply(1:4, function(k) { e <- rep(0, 4); e[k] <- 1e-6
                                       (loss(z + e) - loss(z - e)) / 2e-6 })
cat("Q3 max |numerical - (p - y)| =", max(abs(num_grad - (p - y))), "\n")
cat("Q3 answer: dL/dz_k = p_k - y_k\n")

## Q4 ---------------------------------------------------------
# No. In eval mode BN uses the running mean / running variance it
# accumulated (moving average) during training, not the statistics of
# the test batch -> predictions don't depend on the batch.
cat("Q4: No (running mean/var from training are used)\n")

## Q5 ---------------------------------------------------------
cm <- matrix(c(50, 12,  8,
               10, 45, 15,
                9, 21, 50), nrow = 3, byrow = TRUE)
acc <- sum(diag(cm)) / sum(cm)
cat("Q5 top-1 accuracy =", acc, "\n")

# ---------------- console output (Rscript hw3.R) ----------------
# Q1a output shape after pool: 14 x 14 x 64
# Q1b learnable parameters: 1728
# Q2 dL/dW:
#      [,1] [,2] [,3]
# [1,]  0.5    1 -0.5
# [2,] -1.0   -2  1.0
# Q2 W_new:
#      [,1] [,2] [,3]
# [1,] 0.15 -0.2 0.45
# [2,] 0.10  0.5 -0.30
# Q3 max |numerical - (p - y)| = 3.117529e-11
# Q3 answer: dL/dz_k = p_k - y_k
# Q4: No (running mean/var from training are used)
# Q5 top-1 accuracy = 0.6590909
