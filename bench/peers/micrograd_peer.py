"""A micrograd-style pure-Python scalar engine, the peer of ScalarGraphBench.

Same graph: h <- tanh(h*0.9 + 0.01), 200 000 times (10^6 nodes), then backward.
micrograd's recursive topological sort overflows Python's stack on a graph this deep, so the
sort here is iterative; everything else follows micrograd's engine.py.
"""
import math
import sys
import time


class Value:
    __slots__ = ("data", "grad", "_backward", "_prev")

    def __init__(self, data, children=()):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = children

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other))

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other))

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,))

        def _backward():
            self.grad += (1 - t * t) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo, visited, stack = [], set(), [(self, False)]
        while stack:
            v, done = stack.pop()
            if done:
                topo.append(v)
                continue
            if id(v) in visited:
                continue
            visited.add(id(v))
            stack.append((v, True))
            for child in v._prev:
                if id(child) not in visited:
                    stack.append((child, False))
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()


def run(steps=200_000):
    x = Value(0.1)
    h = x
    for _ in range(steps):
        h = (h * Value(0.9) + Value(0.01)).tanh()
    h.backward()
    return x.grad


if __name__ == "__main__":
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    print(f"micrograd-style python, 10^6 nodes build+backward: best {min(times)*1000:.0f} ms "
          f"(runs: {', '.join(f'{t*1000:.0f}' for t in times)})")
