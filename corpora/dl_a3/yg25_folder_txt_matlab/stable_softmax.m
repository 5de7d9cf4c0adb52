function p = stable_softmax(z)
% STABLE_SOFTMAX  softmax over the last dimension of z, numerically stable
%   p = stable_softmax([1000 1001])  ->  [0.2689 0.7311]
    d = ndims(z);
    if isrow(z), d = 2; end
    z = z - max(z, [], d);
    e = exp(z);
    p = e ./ sum(e, d);
end
