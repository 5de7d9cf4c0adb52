%% DL Assignment 3 -- Fatima Al-Hassan, ID 201788342
% MATLAB R2023b. Run with: >> dl_a3
% (The course said Q6 must be Python; I only know MATLAB so I wrote it here.)
clear; clc;

%% Q1 (a) output shape
H = 28; K = 3; P = 1; S = 1; F = 64;
Hc = (H - K + 2*P)/S + 1;     % conv output 28
Hp = Hc/2;                    % 2x2 maxpool stride 2
fprintf('Q1a: output shape = %d x %d x %d\n', Hp, Hp, F);

%% Q1 (b) parameters
nParams = F*(K*K*3 + 1);
fprintf('Q1b: parameters = %d\n', nParams);

%% Q2 SGD step
W = [0.2 -0.1 0.4; 0.0 0.3 -0.2];
x = [1.0; 2.0; -1.0];
delta = [0.5; -1.0];
eta = 0.1;
dW = delta * x';             % 2x3
Wnew = W - eta*dW;
disp('Q2: dL/dW ='); disp(dW);
disp('Q2: W_new ='); disp(Wnew);

%% Q3 softmax + CE
% dp_k/dz_k = p_k(1 - p_k), and the loss only sees the true class, so
% dL/dz_k = p_k(1 - p_k)
disp('Q3: dL/dz_k = p_k*(1 - p_k)');

%% Q4
% No - at test time BN uses the running mean and variance (moving averages
% from training), not the mean/variance of the test batch.
disp('Q4: No, running averages of mean/var from training are used');

%% Q5
C = [50 12 8; 10 45 15; 9 21 50];
acc = trace(C)/sum(C(:));
fprintf('Q5: top-1 accuracy = %e\n', acc);

%% Q6
z = [1000 1001];
disp(stable_softmax(z));

function p = stable_softmax(z)
    z = z - max(z, [], ndims(z));
    p = exp(z) ./ sum(exp(z), ndims(z));
end

% ------------------------------------------------------------------
% Command Window output:
% Q1a: output shape = 14 x 14 x 64
% Q1b: parameters = 1792
% Q2: dL/dW =
%     0.5000    1.0000   -0.5000
%    -1.0000   -2.0000    1.0000
%
% Q2: W_new =
%     0.1500   -0.2000    0.4500
%     0.1000    0.5000   -0.3000
%
% Q3: dL/dz_k = p_k*(1 - p_k)
% Q4: No, running averages of mean/var from training are used
% Q5: top-1 accuracy = 6.590909e-01
%     0.2689    0.7311
