"""Running items ahead of pytest: with jobs > 1 a target starts every item
it will be asked for on a pool of threads (each item is still its own
process with its own bound), slowest first, and pytest's items then only
collect their results in order.  Cheaper than xdist workers, which each
start a Python and collect the cases again."""

from concurrent.futures import ThreadPoolExecutor

from runner.execute import kill_all


class RunAhead:
    def __init__(self, jobs):
        self.jobs = jobs
        self.pool = None
        self.futures = {}

    def start(self, items, run):
        """items: [(Case, kind)]; run(case, kind) -> ItemResult."""
        if self.jobs < 2 or self.pool is not None:
            return
        self.pool = ThreadPoolExecutor(self.jobs, thread_name_prefix="sockconf-item")
        # Longer declared bounds mean kernel timers: start those first.
        for case, kind in sorted(items, key=lambda ck: -ck[0].timeout):
            self.futures[(case.id, kind)] = self.pool.submit(run, case, kind)

    def result(self, case, kind, run):
        future = self.futures.pop((case.id, kind), None)
        return future.result() if future else run(case, kind)

    def close(self):
        """Drop what has not started and stop what runs: after a complete
        run nothing is left, after an interrupted one nothing waits."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            kill_all()
            self.pool = None
