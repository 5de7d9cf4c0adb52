% GNR638 A2 Q1(c) -- backprop for the 2-2-2 sigmoid network
% Aditya Pawar 21B030044
function [dW1, db1, dW2, db2] = backprop(W1, b1, W2, b2, x, t)
    sig = @(z) 1 ./ (1 + exp(-z));
    h = sig(W1 * x + b1);
    o = sig(W2 * h + b2);
    d2 = (o - t) .* o .* (1 - o);
    d1 = (W2' * d2) .* h .* (1 - h);
    dW2 = d2 * h';
    dW1 = d1 * x';
    db2 = d2;
    db1 = d1;
end
