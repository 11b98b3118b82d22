"""This machine's kernel; optionally with an LD_PRELOAD library or under a
wrapper command, which only the case processes see."""

from runner import environment
from runner.execute import Launch, run_items
from runner.targets.ahead import RunAhead


class HostTarget:
    def __init__(self, preload="", wrapper="", timeout_mult=1.0, jobs=1, **_):
        self.launch = Launch(preload=preload, wrapper=wrapper, timeout_mult=timeout_mult)
        self.ahead = RunAhead(jobs)
        self.name = "host"
        if preload:
            self.name = f"preload:{preload}"
        elif wrapper:
            self.name = f"wrapper:{wrapper}"

    def environment(self):
        env = environment.probe_local()
        if self.launch.preload:
            env["ld_preload"] = self.launch.preload
        if self.launch.wrapper:
            env["wrapper"] = self.launch.wrapper
        return env

    def _run(self, case, items):
        return run_items(case, items, self.launch)

    def prepare(self, items):
        self.ahead.start([i for i in items if i[0] is not None], self._run)

    def run(self, case, kind, variant=""):
        return self.ahead.result(case, variant, kind, self._run)

    def close(self):
        self.ahead.close()
