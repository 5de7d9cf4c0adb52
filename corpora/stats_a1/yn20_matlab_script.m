%% MA214 Assignment 1 - Shreya Banerjee (23B1977)
% MATLAB R2023b. Run section by section (Ctrl+Enter).
clc; clear; close all;

%% Q1 (a) - at least one six
% all three rolls must be six -> (1/6)^3
p1a = (1/6)^3;
fprintf('Q1(a): P = 1/216 = %.4f\n', p1a);

%% Q1 (b) - Bayes
prev = 0.01; sens = 0.95; spec = 0.90;
pPos = sens*prev + (1-spec)*(1-prev);
p1b = sens*prev/pPos;
fprintf('Q1(b): P(+) = %.4f, P(D|+) = %.4f\n', pPos, p1b);

%% Q2 - 95% confidence interval
n = 200; x = 64;
phat = x/n;
SE = phat*(1-phat)/n;          % standard error
CI = [phat - 1.96*SE, phat + 1.96*SE];
fprintf('Q2: phat = %.2f, SE = %.6f, CI = [%.4f, %.4f]\n', phat, SE, CI(1), CI(2));

%% Q3 - z test
n3 = 400; k = 218; p0 = 0.5;
ph = k/n3;
z = (ph - p0)/sqrt(p0*(1-p0)/n3);
pval = 2*(1 - normcdf(abs(z)));
fprintf('Q3(a): z = %.3f\n', z);
fprintf('Q3(b): p-value = %.4f\n', pval);
if pval < 0.05
    disp('Q3(c): reject H0');
else
    disp('Q3(c): fail to reject H0 since p-value > alpha = 0.05');
end

%% Q4 - MLE (done by hand, checked numerically)
% (a) log-likelihood of Bernoulli sample, S = sum(x):
%     l(p) = -( S*log(p) + (n-S)*log(1-p) )     <- the function minimised below
% (b) dl/dp = -S/p + (n-S)/(1-p) = 0   =>   p_hat = S/n = mean(x)
rng(7);
xs = rand(1,100) < 0.4;
nll = @(p) -( sum(xs)*log(p) + (numel(xs)-sum(xs))*log(1-p) );
pmle = fminbnd(nll, 0.001, 0.999);
fprintf('Q4: numerical MLE = %.4f, sample mean = %.4f\n', pmle, mean(xs));

%% Q5 - moments
xv = [0 1 2]; pv = [0.2 0.5 0.3];
EX  = sum(xv.*pv);
EX2 = sum(xv.^2.*pv);
VarX = EX2 - EX;
fprintf('Q5(a): E[X] = %.2f\n', EX);
fprintf('Q5(b): Var(X) = %.2f\n', VarX);
fprintf('Q5(c): Var(3X-2) = %.2f\n', 9*VarX);

%{
Command Window output:
Q1(a): P = 1/216 = 0.0046
Q1(b): P(+) = 0.1085, P(D|+) = 0.0876
Q2: phat = 0.32, SE = 0.001088, CI = [0.3179, 0.3221]
Q3(a): z = 1.800
Q3(b): p-value = 0.0719
Q3(c): fail to reject H0 since p-value > alpha = 0.05
Q4: numerical MLE = 0.3700, sample mean = 0.3700
Q5(a): E[X] = 1.10
Q5(b): Var(X) = 0.60
Q5(c): Var(3X-2) = 5.40
%}
