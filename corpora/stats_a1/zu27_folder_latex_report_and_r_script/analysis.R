# MA214 Assignment 1 - R computations
# Anjali Menon, 24B0402

## Q1
pa <- 1 - (5/6)^3
pa                       # [1] 0.4212963
pb <- 0.95*0.01 / (0.95*0.01 + 0.10*0.99)
pb                       # [1] 0.0875576

## Q2
n <- 200; x <- 64
ph <- x/n
se <- sqrt(ph*(1-ph)/n)
ph + c(-1, 1) * qnorm(0.975) * se
# [1] 0.2553522 0.3846478

## Q3
n <- 400; x <- 218; p0 <- 0.5
z <- (x/n - p0) / sqrt(p0*(1-p0)/n)
z                        # [1] 1.8
pval <- 2 * pnorm(-abs(z))
pval                     # [1] 0.07186064
abs(z) < qnorm(0.975)    # [1] TRUE

## Q5
vals <- c(0, 1, 2); pr <- c(0.2, 0.5, 0.3)
EX <- sum(vals*pr); EX             # [1] 1.1
VX <- sum(vals^2*pr) - EX^2; VX    # [1] 0.49
