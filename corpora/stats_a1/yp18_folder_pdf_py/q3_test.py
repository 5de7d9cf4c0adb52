# Q3 - coin test, Gaurav Mishra 22B1190
import math

n = 400
heads = 218
p0 = 0.5

mean = n * p0
sd = math.sqrt(n * p0)          # sd of number of heads under H0
z = (heads - mean) / sd
print("z =", round(z, 2))

def Phi(x):
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))

p_value = 2 * (1 - Phi(abs(z)))
print("p-value =", round(p_value, 3))

if p_value < 0.05:
    print("reject H0")
else:
    print("fail to reject H0")

# output:
# z = 1.27
# p-value = 0.203
# fail to reject H0
