# MA214 Assignment 1 -- Lakshmi Narayanan (22B1811)
# R script for the numerical parts. Q5 answers are only here (see analysis.Rout).

## Q1
p_dice  <- 1 - (5/6)^3
p_bayes <- (0.95 * 0.01) / (0.95 * 0.01 + 0.10 * 0.99)
print(c(p_dice, p_bayes))

## Q2
phat <- 64 / 200
se   <- sqrt(phat * (1 - phat) / 200)
ci   <- phat + c(-1, 1) * 1.96 * se
print(round(ci, 4))

## Q3
z <- (218/400 - 0.5) / sqrt(0.25 / 400)
# p-value from the table in the textbook (area between 0 and z)
pval <- 0.4641
cat("z =", z, " p-value =", pval, "\n")

## Q5
x <- c(0, 1, 2)
p <- c(0.2, 0.5, 0.3)
EX   <- sum(x * p)
VarX <- sum(x^2 * p) - EX^2
VarY <- 3^2 * VarX
cat("E[X] =", EX, "\n")
cat("Var(X) =", VarX, "\n")
cat("Var(3X-2) =", VarY, "\n")
