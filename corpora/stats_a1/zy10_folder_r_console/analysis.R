# MA214 Assignment 1
# Nikhil Bansal, 22B1321
# Everything done in R (RStudio). Console output is in console_output.txt

## Q1 (a) at least one six in three rolls
p_dice <- 1 - (5/6)^3
p_dice

## Q1 (b) Bayes
prev <- 0.01; sens <- 0.95; spec <- 0.90
p_pos <- sens * prev + (1 - spec) * (1 - prev)
p_d_given_pos <- sens * prev / p_pos
p_d_given_pos

## Q2 95% CI, Wald
n <- 200; x <- 64
phat <- x / n
se <- sqrt(phat * (1 - phat) / n)
ci <- phat + c(-1, 1) * 1.96 * se
ci

## Q3 test of p = 0.5
n3 <- 400; x3 <- 218
phat3 <- x3 / n3
z <- (phat3 - 0.5) / sqrt(0.5 * 0.5 / n3)
z
pval <- pnorm(z)
pval
# decision: |z| = 1.8 < qnorm(0.975) = 1.96, so do not reject H0
abs(z) > qnorm(0.975)

## Q4 MLE Bernoulli
# (a) log-likelihood, S = sum(x):
#     l(p) = sum(x) * log(p) + (n - sum(x)) * log(1 - p)
# (b) l'(p) = S/p - (n - S)/(1 - p) = 0  =>  S(1 - p) = (n - S) p  =>  p_hat = S / n = mean(x)
# numerical check with simulated data:
set.seed(214)
xs <- rbinom(50, 1, 0.3)
loglik <- function(p) sum(xs) * log(p) + (50 - sum(xs)) * log(1 - p)
optimize(loglik, c(0.001, 0.999), maximum = TRUE)$maximum
mean(xs)

## Q5 moments
vals <- c(0, 1, 2)
probs <- c(0.2, 0.5, 0.3)
EX <- mean(vals)
EX
VX <- var(vals)
VX
9 * VX    # Var(3X - 2) = 9 Var(X)
