# MA214 Assignment 1
# Fatima Sheikh, 22B1340
# (R because that is what I used in my stats elective; console output is in a1_output.txt)

## Q1 ---------------------------------------------------------------
# (a) P(at least one six in 3 rolls)
q1a <- 1 - (5/6)^3
q1a

# (b) Bayes
prev <- 0.01; sens <- 0.95; spec <- 0.90
q1b <- sens * prev / (sens * prev + (1 - spec) * (1 - prev))
q1b

## Q2 ---------------------------------------------------------------
# 95% CI for proportion, 64 out of 200
prop.test(64, 200, conf.level = 0.95)

## Q3 ---------------------------------------------------------------
res <- prop.test(218, 400, p = 0.5)
res
# z is the square root of the chi-squared statistic
z <- sqrt(res$statistic)
z
res$p.value

## Q4 ---------------------------------------------------------------
# (a) likelihood for Bernoulli sample:
#     L(p) = prod_i p^x_i * (1 - p)^(1 - x_i) = p^k (1-p)^(n-k),  k = sum(x)
# (b) maximise -> p_hat = k/n = mean(x); check numerically on fake data
set.seed(214)
x <- rbinom(50, 1, 0.3)
negll <- function(p) -sum(dbinom(x, 1, p, log = TRUE))
optimize(negll, c(0.001, 0.999))$minimum
mean(x)

## Q5 ---------------------------------------------------------------
vals <- c(0, 1, 2); pr <- c(0.2, 0.5, 0.3)
EX <- sum(vals * pr)
VarX <- sum((vals - EX)^2 * pr)
EX; VarX; 9 * VarX
