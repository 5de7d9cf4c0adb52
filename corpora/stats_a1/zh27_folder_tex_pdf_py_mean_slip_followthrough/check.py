# check.py -- quick numeric checks for hw1.tex (Q1-Q3 only; Q5 done by hand)
from math import comb, sqrt, erfc

print("1a", 1 - (5/6)**3)
tp, fp = 0.01*0.95, 0.99*0.10
print("1b", tp, fp, tp + fp, tp/(tp + fp))
ph = 0.32
se = sqrt(ph*(1 - ph)/200)
print("2 ", ph - 1.96*se, ph + 1.96*se)
z = (218/400 - 0.5)/sqrt(0.25/400)
print("3 ", z, erfc(z/sqrt(2)))
