%% MA214 Assignment 1  --  Ishaan Bhatt, 21B070088
% Ran in MATLAB R2023b. Command window output pasted under each section.

%% Q1(a)  at least one six in 3 rolls
pa = 1 - (5/6)^3
%   pa =
%       0.4213

%% Q1(b)  P(D | +)
prev = 0.01; sens = 0.95; spec = 0.90;
ppos = sens*prev + (1-spec)*(1-prev)
%   ppos =
%       0.1085
pb = sens*prev/ppos
%   pb =
%       0.0876
% Answer: P(D|+) ~ 0.09  (about 9%)

%% Q2  95% CI for p
n = 200; k = 64;
ph = k/n;
se = sqrt(ph*(1-ph)/n);
ci = [ph - 1.96*se, ph + 1.96*se]
%   ci =
%       0.2553    0.3847

%% Q3  z-test, using the estimated SE from p-hat
N = 400; H = 218;
ph3 = H/N;
z = (ph3 - 0.5)/sqrt(ph3*(1-ph3)/N)
%   z =
%       1.8073
pval = 2*(1 - normcdf(abs(z)))
%   pval =
%       0.0707
% Decision: pval = 0.0707 > 0.05  ->  do not reject H0 at the 5% level.

%% Q4  Bernoulli MLE (by hand)
% (a) likelihood:
%     L(p) = prod_{i=1}^n p^x_i (1-p)^(1-x_i) = p^(sum x_i) (1-p)^(n - sum x_i)
% (b) differentiate and set to zero -> the estimator is the number of successes:
%     p_hat = sum(x)
x = [1 0 0 1 1];      % toy check
p_hat = sum(x)
%   p_hat =
%        3

%% Q5  moments
xv = [0 1 2]; pv = [0.2 0.5 0.3];
EX = sum(xv.*pv)
%   EX =
%       1.1000
VarX = sum(xv.^2.*pv) - EX^2
%   VarX =
%       0.4900
VarY = 3^2*VarX
%   VarY =
%       4.4100
