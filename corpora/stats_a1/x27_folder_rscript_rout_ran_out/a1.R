## MA214 A1 -- Wanjiru Kamau
## run with R CMD BATCH a1.R  (output in a1.Rout)
## I only got through Q1-Q3(a), the answers are also in answers.txt

# Q1a
1 - (5/6)^3

# Q1b
0.95*0.01 / (0.95*0.01 + 0.10*0.99)

# Q2
phat <- 64/200
phat + c(-1, 1) * 1.96 * sqrt(phat*(1-phat)/200)

# Q3a
(218/400 - 0.5) / sqrt(0.25/400)
