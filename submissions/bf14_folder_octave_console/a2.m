% GNR638 A2 -- Meera Pillai 21D070061
1;
function s = sig(z)
  s = 1 ./ (1 + exp(-z));
end

function [dW1, db1, dW2, db2] = grads(W1, b1, W2, b2, x, t)
  h  = sig(W1*x + b1);
  o  = sig(W2*h + b2);
  d2 = (o - t) .* o .* (1 - o);
  dW2 = d2 * h';
  db2 = d2;
  d1 = (W2' * d2) .* h .* (1 - h);
  dW1 = d1 * x';
  db1 = d1;
end

function E = lossfn(W1, b1, W2, b2, x, t)
  o = sig(W2*sig(W1*x + b1) + b2);
  E = 0.5*sum((t - o).^2);
end

W1 = 0.5*ones(2); W2 = 0.5*ones(2); b1 = [1;1]; b2 = [1;1];
x = [1;1]; t = [0.5;0.5];
[dW1, db1, dW2, db2] = grads(W1, b1, W2, b2, x, t)

% finite difference for w11 and w21
e = 1e-6;
W1p = W1; W1p(1,1) += e; W1m = W1; W1m(1,1) -= e;
fd_w11 = (lossfn(W1p,b1,W2,b2,x,t) - lossfn(W1m,b1,W2,b2,x,t))/(2*e)
W2p = W2; W2p(1,1) += e; W2m = W2; W2m(1,1) -= e;
fd_w21 = (lossfn(W1,b1,W2p,b2,x,t) - lossfn(W1,b1,W2m,b2,x,t))/(2*e)

% Q2
8*8*256*5*5*3
8*8*3*256
