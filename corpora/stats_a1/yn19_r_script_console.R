# MA214 Assignment 1
# Author: Gaurav Patil  (roll 23B0740)
# R version 4.3.2 -- run with Rscript a1.R
# ----------------------------------------------------------

## ---- Q1(a): at least one six in 3 rolls ----
p_six <- 1 - (5/6)^3
cat("Q1a: P(at least one six) =", signif(p_six, 2), "\n")

## ---- Q1(b): Bayes ----
prev <- 0.01; sens <- 0.95; spec <- 0.90
p_pos <- sens * prev + (1 - spec) * (1 - prev)
post <- sens * prev / p_pos
cat("Q1b: P(+) =", p_pos, " P(D|+) =", round(post, 4), "\n")

## ---- Q2: 95% Wald CI ----
n <- 200; x <- 64
phat <- x / n
se <- sqrt(phat * (1 - phat) / n)
ci <- phat + c(-1, 1) * 1.96 * se
cat("Q2: phat =", phat, " SE =", round(se, 5), " CI = (", round(ci[1], 4), ",", round(ci[2], 4), ")\n")

## ---- Q3: z test for p = 0.5 ----
n3 <- 400; heads <- 218
ph3 <- heads / n3
z <- (ph3 - 0.5) / sqrt(0.5 * 0.5 / n3)
pval <- 2 * pnorm(-abs(z))
cat("Q3a: z =", round(z, 3), "\n")
cat("Q3b: two-sided p-value =", round(pval, 4), "\n")
if (pval < 0.05) {
  cat("Q3c: reject H0\n")
} else {
  cat("Q3c: p-value > 0.05, so we accept H0 (coin is fair)\n")
}

## ---- Q4: MLE for Bernoulli ----
# (a) log-likelihood:
#     l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
#          = S*log(p) + (n - S)*log(1 - p),   S = sum(x)
# (b) l'(p) = S/p - (n - S)/(1 - p) = 0  =>  p_hat = S/n = mean(x)
loglik <- function(p, x) sum(x) * log(p) + (length(x) - sum(x)) * log(1 - p)
set.seed(2026)
xs <- rbinom(50, 1, 0.3)
opt <- optimize(loglik, c(0.001, 0.999), x = xs, maximum = TRUE)
cat("Q4 check: numeric max =", round(opt$maximum, 4), " mean(x) =", mean(xs), "\n")

## ---- Q5: moments ----
vals <- c(0, 1, 2); probs <- c(0.2, 0.5, 0.3)
EX <- sum(vals * probs)
VX <- sum(vals^2 * probs) - EX^2
cat("Q5a: E[X] =", EX, "\n")
cat("Q5b: Var(X) =", VX, "\n")
cat("Q5c: Var(3X-2) =", 9 * VX, "\n")

# ----------------------- console output -----------------------
# $ Rscript a1.R
# Q1a: P(at least one six) = 0.42
# Q1b: P(+) = 0.1085  P(D|+) = 0.0876
# Q2: phat = 0.32  SE = 0.03298  CI = ( 0.2553 , 0.3847 )
# Q3a: z = 1.8
# Q3b: two-sided p-value = 0.0719
# Q3c: p-value > 0.05, so we accept H0 (coin is fair)
# Q4 check: numeric max = 0.26  mean(x) = 0.26
# Q5a: E[X] = 1.1
# Q5b: Var(X) = 0.49
# Q5c: Var(3X-2) = 4.41
