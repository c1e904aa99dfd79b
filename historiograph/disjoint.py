"""Union-find over the integers 0..n-1, for grouping mentions, events and accounts into clusters.

The representative of a set is always its smallest member, so clusters come out the same whatever
order their members were joined in.
"""
from __future__ import annotations


class DisjointSets:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
