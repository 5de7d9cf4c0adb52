# MA214 A1 -- numbers for the write-up (Pooja Reddy, 22B0988)
# Rscript analysis.R > analysis_out.txt

## Q1
pa <- 1 - (5/6)^3                        # 0.4212963
pb <- 0.95*0.01 / (0.95*0.01 + 0.10*0.99) # 0.0875576
cat("Q1:", pa, pb, "\n")

## Q2  Wilson score interval, written out
n <- 200; ph <- 64/n; z <- 1.96
centre <- (ph + z^2/(2*n)) / (1 + z^2/n)
half   <- z * sqrt(ph*(1-ph)/n + z^2/(4*n^2)) / (1 + z^2/n)
cat("Q2:", centre, half, centre - half, centre + half, "\n")
# Q2: 0.3233923 0.06412798 0.2592643 0.3875203

## Q3
ph3 <- 218/400; se0 <- sqrt(0.25/400); z3 <- (ph3 - 0.5)/se0
cat("Q3:", z3, pnorm(-abs(z3)), 2*pnorm(-abs(z3)), "\n")
# Q3: 1.8 0.03593032 0.07186064

## Q5
x <- 0:2; f <- c(.2,.5,.3)
EX <- sum(x*f); EX2 <- sum(x^2*f)
cat("Q5:", EX, EX2, "\n")
# Q5: 1.1 1.7
