# -*- coding: utf-8 -*-
# 作业3 第6题  Li Mingxuan
import numpy as np


def stable_softmax(z):
    """数值稳定的 softmax: 先减去最大值"""
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=0, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=0, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))   # 不会溢出
