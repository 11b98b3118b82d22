"""Running items ahead of pytest: a target starts every item it will be
asked for on a pool of threads, slowest first, and pytest's items then only
collect their results in order.  A case's quick items run in one process
(one start-up for all its kinds and variants); an item that waits on
kernel timers (a case declaring a longer bound, or an item the last run
saw take long) runs in its own process, so such items wait side by side.
A case that declares itself alone (it fills a table the whole kernel
shares) runs after every other item has finished, one process at a time.
Only the schedule depends on past runs, never a verdict."""

import json
import os
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

from runner.cases import DEFAULT_TIMEOUT
from runner.execute import kill_all

QUICK = DEFAULT_TIMEOUT     # a case declaring more waits on kernel timers
SLOW_ITEM = 0.25            # seconds an item took last time to run alone
UNKNOWN = 0.01              # seconds assumed for an item never timed
TIMES = ".item-seconds.json"


def item_key(case_id, variant, kind):
    return f"{case_id}.{variant}/{kind}" if variant else f"{case_id}/{kind}"


def load_times(build_dir):
    """{item key: seconds} of earlier runs on this build, or {}."""
    try:
        found = json.loads((Path(build_dir) / TIMES).read_text())
        return found if isinstance(found, dict) else {}
    except (OSError, ValueError):
        return {}


def save_times(build_dir, timings):
    """Fold a run's timings ({item key: seconds}) into the store."""
    if not build_dir or not timings:
        return
    times = {**load_times(build_dir), **timings}
    path = Path(build_dir) / TIMES
    try:
        tmp = path.with_name(f"{TIMES}.{os.getpid()}")
        tmp.write_text(json.dumps(times, sort_keys=True))
        os.replace(tmp, path)
    except OSError:
        pass


def groups(items, times=None):
    """[(case, [(variant, kind)])]: a case's quick items together, each slow
    item alone; the longest groups first."""
    times = times or {}
    by_case, order = {}, []
    for case, variant, kind in items:
        if case.timeout > QUICK or times.get(item_key(case.id, variant, kind), 0) > SLOW_ITEM:
            order.append((case, [(variant, kind)]))
            continue
        if case.id not in by_case:
            by_case[case.id] = (case, [])
            order.append(by_case[case.id])
        by_case[case.id][1].append((variant, kind))

    def cost(group):
        case, members = group
        known = sum(times.get(item_key(case.id, v, k), UNKNOWN) for v, k in members)
        return max(known, case.timeout / QUICK if case.timeout > QUICK else 0)
    return sorted(order, key=lambda g: -cost(g))


def _after(gate, run, case, group):
    gate.result()
    return run(case, group)


class RunAhead:
    def __init__(self, jobs, build_dir=None):
        self.jobs = jobs
        self.pool = None
        self.waiter = None
        self.futures = {}
        self.times = load_times(build_dir) if build_dir else {}

    def start(self, items, run):
        """items: [(Case, variant, kind)]; run(case, [(variant, kind)]) ->
        {(variant, kind): ItemResult}."""
        if self.jobs < 2 or self.pool is not None:
            return
        self.pool = ThreadPoolExecutor(self.jobs, thread_name_prefix="sockconf-item")
        shared, alone = [], []
        for case, group in groups(items, self.times):
            (alone if case.alone else shared).append((case, group))
        for case, group in shared:
            future = self.pool.submit(run, case, group)
            for variant, kind in group:
                self.futures[(case.id, variant, kind)] = future
        if alone:
            self._alone(alone, run, list(set(self.futures.values())))

    def _alone(self, groups_, run, before):
        """The alone groups, one after another, once everything in before
        has finished: a thread of their own waits for that."""
        self.waiter = ThreadPoolExecutor(1, thread_name_prefix="sockconf-alone")
        gate = self.waiter.submit(wait, before)
        for case, group in groups_:
            future = self.waiter.submit(_after, gate, run, case, group)
            for variant, kind in group:
                self.futures[(case.id, variant, kind)] = future

    def result(self, case, variant, kind, run):
        future = self.futures.pop((case.id, variant, kind), None)
        found = future.result() if future else run(case, [(variant, kind)])
        return found[(variant, kind)]

    def close(self):
        """Drop what has not started and stop what runs: after a complete
        run nothing is left, after an interrupted one nothing waits."""
        if self.waiter is not None:
            self.waiter.shutdown(wait=False, cancel_futures=True)
            self.waiter = None
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            kill_all()
            self.pool = None
