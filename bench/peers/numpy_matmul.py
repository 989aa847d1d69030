"""numpy (OpenBLAS) dense matmul GFLOP/s at n = 256, 512, 1024, the peer of MatmulBench."""
import time

import numpy as np

for n in (256, 512, 1024):
    rng = np.random.default_rng(n)
    a = rng.uniform(-1, 1, (n, n))
    b = rng.uniform(-1, 1, (n, n))
    a @ b
    reps = max(3, int(2e9 / (2 * n ** 3)))
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(reps):
            a @ b
        best = min(best, (time.perf_counter() - start) / reps)
    print(f"numpy n={n}: {best*1000:.3f} ms, {2*n**3/best/1e9:.1f} GFLOP/s")
