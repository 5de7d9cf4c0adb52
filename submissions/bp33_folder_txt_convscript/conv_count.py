# brute-force count of multiplications for Q2 (GNR638 A2) - Priyanshu Gupta

H_in, W_in, C_in = 12, 12, 3
K = 5
C_out = 256
H_out, W_out = H_in - K + 1, W_in - K + 1


def standard():
    n = 0
    for i in range(H_out):
        for j in range(W_out):
            for f in range(C_out):
                for c in range(C_in):
                    for a in range(K):
                        for b in range(K):
                            n += 1
    return n


def depthwise_separable():
    dw = 0
    for i in range(H_out):
        for j in range(W_out):
            for c in range(C_in):
                for a in range(K):
                    for b in range(K):
                        dw += 1
    pw = 0
    for i in range(H_out):
        for j in range(W_out):
            for f in range(C_out):
                for c in range(C_in):
                    pw += 1
    return dw, pw


if __name__ == "__main__":
    print("standard:", standard())
    dw, pw = depthwise_separable()
    print("depthwise:", dw, "pointwise:", pw, "total:", dw + pw)
