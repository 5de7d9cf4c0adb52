% GNR638 Assignment 2 -- Q1, Q2, Q3
% Rhea Kapoor, 22B1203
%
% The assignment says "take a single input [1,1]" and check backprop against
% the analytic gradient. I did not want all-equal weights (everything is
% symmetric then and a transposed matrix would not be caught), so I used my
% own weights, biases and targets:
%   W1 = [0.15 0.20; 0.25 0.30]   (row i = weights into hidden unit i, so w11 = 0.15)
%   b1 = 0.35 (both hidden units)
%   W2 = [0.40 0.45; 0.50 0.55]   (w21 = 0.40 joins h1 to o1)
%   b2 = 0.60 (both output units)
%   x  = [1; 1],  t = [0.01; 0.99],  E = 1/2*sum((t-o).^2)

clear; clc;
sig = @(z) 1 ./ (1 + exp(-z));

x  = [1; 1];
t  = [0.01; 0.99];
W1 = [0.15 0.20; 0.25 0.30];  b1 = [0.35; 0.35];
W2 = [0.40 0.45; 0.50 0.55];  b2 = [0.60; 0.60];

% forward
h = sig(W1*x + b1);
o = sig(W2*h + b2);
E = 0.5*sum((t - o).^2);

% backward
d2  = (o - t) .* o .* (1 - o);
d1  = (W2' * d2) .* h .* (1 - h);
dW2 = d2 * h';
dW1 = d1 * x';

fprintf('h = [%.6f %.6f], o = [%.6f %.6f], E = %.6f\n', h, o, E);
fprintf('Q1(a) dE/dw11 = %.6f\n', dW1(1,1));
fprintf('Q1(b) dE/dw21 = %.6f\n', dW2(1,1));

% numerical check
eps_ = 1e-5;
Ef = @(W1_, W2_) 0.5*sum((t - sig(W2_*sig(W1_*x + b1) + b2)).^2);
W1p = W1; W1p(1,1) = W1p(1,1) + eps_;  W1m = W1; W1m(1,1) = W1m(1,1) - eps_;
W2p = W2; W2p(1,1) = W2p(1,1) + eps_;  W2m = W2; W2m(1,1) = W2m(1,1) - eps_;
fprintf('numerical: %.6f  %.6f\n', (Ef(W1p,W2)-Ef(W1m,W2))/(2*eps_), (Ef(W1,W2p)-Ef(W1,W2m))/(2*eps_));

% Q2
std_mults = 8*8*256*(5*5*3);
sep_mults = 8*8*3*5*5 + 8*8*3*256;
fprintf('Q2(a) standard conv: %d multiplications\n', std_mults);
fprintf('Q2(b) depthwise separable: %d multiplications\n', sep_mults);

% Q3
disp('Q3: the output is a count; I would keep the squared error loss');
disp('    L = mean((y - yhat).^2), with yhat = exp(net) so it stays positive.');

%% Command Window output (R2023b):
% h = [0.668188 0.710949], o = [0.766240 0.790032], E = 0.305943
% Q1(a) dE/dw11 = 0.008336
% Q1(b) dE/dw21 = 0.090509
% numerical: 0.008336  0.090509
% Q2(a) standard conv: 1228800 multiplications
% Q2(b) depthwise separable: 53952 multiplications
% Q3: the output is a count; I would keep the squared error loss
%     L = mean((y - yhat).^2), with yhat = exp(net) so it stays positive.
