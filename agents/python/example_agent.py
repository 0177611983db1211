#!/usr/bin/env python3
"""A time-dependent concession agent for Détente's agent protocol, version 1 (docs/agent-protocol.md).

Standard library only. It reads one JSON message a line on its standard input and writes one JSON
answer a line on its standard output; it logs nothing (anything for people goes to stderr).

Strategy: at normalised time t it aims at
    target(t) = floor + (best - floor) * (1 - t ** (1 / E))
where best is its best utility, floor the larger of its reservation value and its worst utility, and E
the concession exponent (E < 1 concedes late, like GENIUS's Boulware; E = 1 linearly). It offers the
outcome whose utility is the lowest at or above the target (never one its red lines refuse), and
accepts the standing offer when it is worth at least what it would offer next (AC_next), or, in the
last 2% of the time, when it is worth more than its reservation value.
"""
import itertools
import json
import random
import sys

PROTOCOL = 1
E = 0.2              # concession exponent
LAST_CALL = 0.98     # from this share of the time on, anything above the reservation value is accepted
MAX_OUTCOMES = 100_000  # larger spaces: a seeded sample of this many outcomes is ranked


class Preferences:
    """The agent's own utility function, from the start message's domain and preferences."""

    def __init__(self, domain, preferences):
        self.issues = domain["issues"]
        self.reservation = preferences["reservationValue"]
        self.utility = preferences["utility"]
        self.allowed = preferences.get("allowed")
        self.numbers = []
        for issue in self.issues:
            if issue["type"] == "integer":
                self.numbers.append([issue["min"] + i for i in range(len(issue["values"]))])
            elif issue["type"] == "real":
                self.numbers.append(issue["numbers"])
            else:
                self.numbers.append(None)

    def value(self, outcome):
        u = self.utility
        if u["type"] == "additive":
            total = 0.0
            for i, v in enumerate(outcome):
                total += u["weights"][i] * u["evaluations"][i][v]
            return total
        if u["type"] == "rectangles":
            total = 0.0
            for r in u["rectangles"]:
                if all(b["min"] <= self.numbers[b["issue"]][outcome[b["issue"]]] <= b["max"] for b in r["bounds"]):
                    total += r["utility"]
            return min(1.0, total / u["maxUtility"])
        raise ValueError("unknown utility type " + u["type"])

    def permits(self, outcome):
        return self.allowed is None or all(self.allowed[i][v] for i, v in enumerate(outcome))


class Agent:
    def __init__(self):
        self.cache = {}   # the ranking of a party's outcomes, kept across sessions (the process is reused)
        self.prefs = None
        self.ranked = []  # (utility, outcome), best first, permitted outcomes only

    def start(self, m):
        key = json.dumps([m["domain"], m["preferences"]], sort_keys=True)
        if key not in self.cache:
            prefs = Preferences(m["domain"], m["preferences"])
            sizes = [len(issue["values"]) for issue in prefs.issues]
            space = 1
            for s in sizes:
                space *= s
            if space <= MAX_OUTCOMES:
                outcomes = itertools.product(*(range(s) for s in sizes))
            else:
                rng = random.Random(m["seed"])
                outcomes = {tuple(rng.randrange(s) for s in sizes) for _ in range(MAX_OUTCOMES)}
            ranked = sorted(((prefs.value(o), list(o)) for o in outcomes if prefs.permits(o)), key=lambda x: -x[0])
            self.cache[key] = (prefs, ranked)
        self.prefs, self.ranked = self.cache[key]
        return {"type": "ready", "protocol": PROTOCOL}

    def planned(self, t):
        best = self.ranked[0][0]
        floor = max(self.prefs.reservation, self.ranked[-1][0])
        target = floor + (best - floor) * (1 - t ** (1 / E)) if best > floor else best
        # the lowest utility at or above the target: binary search on the descending list
        lo, hi = 0, len(self.ranked) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.ranked[mid][0] >= target:
                lo = mid
            else:
                hi = mid - 1
        return self.ranked[lo]

    def act(self, m):
        t = m["time"]
        utility, outcome = self.planned(t)
        standing = m["standing"]
        if standing is not None and self.prefs.permits(standing["outcome"]):
            offered = self.prefs.value(standing["outcome"])
            if offered >= utility or (t >= LAST_CALL and offered > self.prefs.reservation):
                return {"type": "accept"}
        return {"type": "offer", "outcome": outcome}


def main():
    agent = Agent()
    for line in sys.stdin:
        m = json.loads(line)
        kind = m["type"]
        if kind == "start":
            if m["protocol"] != PROTOCOL:
                answer = {"type": "fail", "reason": "speaks protocol version %d only" % PROTOCOL}
            else:
                answer = agent.start(m)
        elif kind == "act":
            answer = agent.act(m)
        elif kind == "result":
            continue
        else:
            answer = {"type": "fail", "reason": "unknown message type " + str(kind)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
