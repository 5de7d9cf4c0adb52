# MA214 HW1 -- Arjun Nair (22B0730)
# run with: Rscript hw1.R > output.txt

cat("Q1a\n")
print(1 - (5/6)^3)

cat("Q1b\n")
num <- 0.95 * 0.01
den <- 0.95 * 0.01 + 0.10 * 0.99
print(c(num = num, den = den, post = num / den))

cat("Q2\n")
n <- 200; phat <- 64 / n
se <- sqrt(phat * (1 - phat) / n)
print(phat + c(-1, 1) * qnorm(0.975) * se)

cat("Q3\n")
z <- (218 / 400 - 0.5) / sqrt(0.25 / 400)
print(z)
print(2 * pnorm(-abs(z)))

cat("Q4 (check on simulated data)\n")
set.seed(214)
k <- 37; N <- 120
nll <- function(p) -dbinom(k, N, p, log = TRUE)
print(optimize(nll, c(0.001, 0.999))$minimum)
print(k / N)

cat("Q5\n")
x <- c(0, 1, 2); pr <- c(0.2, 0.5, 0.3)
sample10 <- rep(x, times = pr * 10)   # 10 draws in the exact proportions
print(sum(x * pr))
print(var(sample10))
print(9 * var(sample10))
