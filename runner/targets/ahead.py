"""Running items ahead of pytest: a target starts every item it will be
asked for on a pool of threads, slowest first, and pytest's items then only
collect their results in order.  A case whose items are quick runs them all
in one process (one start-up for all its kinds and variants); a case that
waits on kernel timers runs each item in its own process, so its items
wait side by side."""

from concurrent.futures import ThreadPoolExecutor

from runner.cases import DEFAULT_TIMEOUT
from runner.execute import kill_all

# Items of cases with longer bounds wait on kernel timers (SYN
# retransmissions): run those one per process.
QUICK = DEFAULT_TIMEOUT


def groups(items):
    """[(case, [(variant, kind)])]: one group per quick case, one per item
    of a slow one; slowest first."""
    by_case, order = {}, []
    for case, variant, kind in items:
        if case.timeout > QUICK:
            order.append((case, [(variant, kind)]))
            continue
        if case.id not in by_case:
            by_case[case.id] = (case, [])
            order.append(by_case[case.id])
        by_case[case.id][1].append((variant, kind))
    return sorted(order, key=lambda g: -g[0].timeout * len(g[1]))


class RunAhead:
    def __init__(self, jobs):
        self.jobs = jobs
        self.pool = None
        self.futures = {}

    def start(self, items, run):
        """items: [(Case, variant, kind)]; run(case, [(variant, kind)]) ->
        {(variant, kind): ItemResult}."""
        if self.jobs < 2 or self.pool is not None:
            return
        self.pool = ThreadPoolExecutor(self.jobs, thread_name_prefix="sockconf-item")
        for case, group in groups(items):
            future = self.pool.submit(run, case, group)
            for variant, kind in group:
                self.futures[(case.id, variant, kind)] = future

    def result(self, case, variant, kind, run):
        future = self.futures.pop((case.id, variant, kind), None)
        found = future.result() if future else run(case, [(variant, kind)])
        return found[(variant, kind)]

    def close(self):
        """Drop what has not started and stop what runs: after a complete
        run nothing is left, after an interrupted one nothing waits."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            kill_all()
            self.pool = None
