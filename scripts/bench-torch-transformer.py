#!/usr/bin/python3
"""Times PyTorch's CPU eager TransformerEncoderLayer stack, forward + backward, float64.

The workload of src/test/java/org/landscapelab/bench/TransformerBenchmark.java: 12 post-LN
layers, d = 64, 4 heads, ffn width 256, 8 sequences of 32 tokens, loss 0.5*sum((Y-T)^2)/n.
Uses Debian's python3-torch (/usr/bin/python3; a pyenv python may not see it).
Usage: scripts/bench-torch-transformer.py [--repeats 30] [--warmup 5] [--threads 2]
"""
import argparse
import statistics
import time

import torch


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--layers", type=int, default=12)
    p.add_argument("--width", type=int, default=64)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--tokens", type=int, default=32)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--ffn", type=int, default=256)
    p.add_argument("--repeats", type=int, default=30)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--threads", type=int, default=2)
    a = p.parse_args()

    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    layers = torch.nn.Sequential(*[
        torch.nn.TransformerEncoderLayer(d_model=a.width, nhead=a.heads, dim_feedforward=a.ffn,
                                         dropout=0.0, batch_first=True)
        for _ in range(a.layers)
    ]).double()
    x = torch.randn(a.batch, a.tokens, a.width, dtype=torch.float64)
    t = torch.randn(a.batch, a.tokens, a.width, dtype=torch.float64)

    def forward_backward():
        layers.zero_grad(set_to_none=False)
        y = layers(x)
        loss = 0.5 * ((y - t) ** 2).sum() / a.tokens
        loss.backward()
        return loss.item()

    for _ in range(a.warmup):
        forward_backward()
    times, cpu = [], []
    for _ in range(a.repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        forward_backward()
        times.append((time.perf_counter() - start) * 1e3)
        cpu.append((time.process_time() - start_cpu) * 1e3)
    print(f"torch {torch.__version__} threads={torch.get_num_threads()} layers={a.layers} d={a.width} "
          f"heads={a.heads} tokens={a.tokens} batch={a.batch} ffn={a.ffn} float64")
    print(f"forward+backward median {statistics.median(times):.2f} ms "
          f"(min {min(times):.2f}, max {max(times):.2f}, {a.repeats} repeats)")
    # CPU time of the process: on a loaded machine the figure that holds still (with 1 thread)
    print(f"forward+backward CPU time median {statistics.median(cpu):.2f} ms "
          f"(min {min(cpu):.2f}, max {max(cpu):.2f})")


if __name__ == "__main__":
    main()
