function p = stable_softmax(z)
  % softmax over the last dimension, numerically stable
  d = ndims(z);
  if isvector(z) && size(z, 1) > 1
    d = 1;
  end
  z = z - max(z, [], d);
  e = exp(z);
  p = e ./ sum(e, d);
end
