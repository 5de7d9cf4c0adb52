%% MA214 Assignment 1  -  Priyanka Das (22B0588)
% Run in Octave 8.4. Output copied in the comments under each block.

%% Q1(a)  P(at least one six in 3 rolls)
pDice = 1 - (5/6)^3
% pDice = 0.4213
% ANSWER Q1(a): 0.4213

%% Q1(b)  Bayes
prev = 0.01; sens = 0.95; spec = 0.90;
pPos = sens*prev + (1-spec)*(1-prev)
% pPos = 0.1085
% ANSWER Q1(b): P(D|+) = 0.1085

%% Q2  95% CI
n = 200; x = 64;
phat = x/n;
se = sqrt(phat*(1-phat)/n)
% se = 0.032985
ci = phat + [-1 1]*1.96*se
% ci =
%    0.2553   0.3847
% ANSWER Q2: (0.2553, 0.3847)

%% Q3  z-test
n3 = 400; x3 = 218; p0 = 0.5;
z = (x3/n3 - p0)/sqrt(p0*(1-p0)/n3)
% z = 1.8000
pval = 2*(1 - normcdf(abs(z)))
% pval = 0.071861
% ANSWER Q3: (a) z = 1.80, (b) p = 0.0719,
%            (c) since p = 0.0719 > 0.05, fail to reject H0.

%% Q4
% done on paper but I couldn't get it scanned before the deadline, sorry -- not submitted

%% Q5  moments
xv = [0 1 2]; pv = [0.2 0.5 0.3];
EX = sum(xv.*pv)
% EX = 1.1000
VarX = sum(xv.^2.*pv) - EX^2
% VarX = 0.4900
VarY = 3*VarX
% VarY = 1.4700
% ANSWER Q5: (a) 1.1  (b) 0.49  (c) Var(3X-2) = 1.47
