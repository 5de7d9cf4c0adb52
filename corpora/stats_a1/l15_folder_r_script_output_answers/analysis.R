# MA214 A1 - Yusuf Khan - scratch work, final answers are in answers.md
# Q1
1 - (5/6)^3
0.01*0.95 / (0.01*0.95 + 0.99*0.10)

# Q2  (tried the built-in first)
binom.test(64, 200)
phat <- 64/200
se <- sqrt(phat*(1-phat)/200)
c(phat - 1.96*se, phat + 1.96*se)

# Q3
z <- (218/400 - 0.5) / sqrt(0.25/400)
z
2*(1 - pnorm(z))

# Q5
x <- 0:2; p <- c(.2,.5,.3)
m <- sum(x*p); v <- sum(x^2*p) - m^2
c(m, v, 9*v)
