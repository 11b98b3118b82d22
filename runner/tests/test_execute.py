"""Running one item: every way a case can end maps to one outcome, and a
misbehaving case never stops the run."""

import pytest

from runner.cases import collect, describe
from runner.errors import SockconfError
from runner.execute import Launch, parse_records, run_item
from runner.tests.fakes import make_case


@pytest.fixture
def case_of(tmp_path):
    def make(behaviour, **kw):
        return describe(make_case(str(tmp_path), f"fake_{behaviour}", behaviour, **kw))
    return make


def test_collection_reads_metadata_and_sorts(tmp_path):
    make_case(str(tmp_path), "b_case", kinds=("unix_stream", "inet_dgram"))
    make_case(str(tmp_path), "a_case")
    found = collect(tmp_path)
    assert [c.id for c in found] == ["a_case", "b_case"]
    assert found[1].kinds == ("unix_stream", "inet_dgram")
    assert found[0].key == "capacity"


def test_collection_rejects_a_binary_whose_id_differs(tmp_path):
    path = make_case(str(tmp_path), "named", id="other")
    with pytest.raises(SockconfError, match="does not match"):
        describe(path)


def test_collection_rejects_a_binary_that_is_not_a_case(tmp_path):
    path = tmp_path / "notacase"
    path.write_text("#!/bin/sh\necho hello\n")
    path.chmod(0o755)
    with pytest.raises(SockconfError, match="did not give case metadata"):
        describe(path)


def test_holds_and_observations(case_of):
    r = run_item(case_of("holds"), "inet_stream")
    assert (r.outcome, r.observations) == ("holds", {"capacity": 3})


def test_deviation_keeps_message(case_of):
    r = run_item(case_of("deviates"), "inet_stream")
    assert r.outcome == "deviates"
    assert r.message == "connect(fd) [inet_stream]: expected -1 ECONNREFUSED, observed -1 EINPROGRESS"


def test_hang_is_a_timeout_and_is_killed(case_of):
    r = run_item(case_of("hang", timeout=0), "inet_stream", grace=0.5)
    assert r.outcome == "timeout"
    assert r.observations == {"capacity": 3}
    assert r.duration < 10


def test_crash_names_the_signal(case_of):
    r = run_item(case_of("crash"), "inet_stream")
    assert r.outcome == "crash"
    assert "SIGSEGV" in r.message


def test_garbage_is_counted_not_trusted(case_of):
    r = run_item(case_of("garbage"), "inet_stream")
    assert r.outcome == "crash" or r.outcome == "broken"
    assert r.observations["unparsed_lines"] == 2


def test_exit_without_verdict_is_broken(case_of):
    r = run_item(case_of("exit0"), "inet_stream")
    assert r.outcome == "broken"
    assert "without a verdict" in r.message


def test_preload_reaches_only_the_case(case_of):
    r = run_item(case_of("env"), "inet_stream", Launch(preload="/nonexistent/lib.so"))
    assert r.observations["ld_preload"] == "/nonexistent/lib.so"


def test_wrapper_runs_the_case(case_of, tmp_path):
    wrapper = tmp_path / "wrap"
    wrapper.write_text('#!/bin/sh\nexport LD_PRELOAD=wrapped\nexec "$@"\n')
    wrapper.chmod(0o755)
    r = run_item(case_of("env"), "inet_stream", Launch(wrapper=str(wrapper)))
    assert r.observations["ld_preload"] == "wrapped"


def test_records_of_other_kinds_are_ignored():
    text = ('{"ev":"verdict","kind":"unix_stream","outcome":"deviates","message":"m","at":""}\n'
            '{"ev":"verdict","kind":"inet_stream","outcome":"holds","message":"","at":""}\n')
    assert parse_records("c", "inet_stream", text, 0).outcome == "holds"


def test_repeated_observation_becomes_a_list():
    text = "".join('{"ev":"obs","kind":"k","name":"n","value":%d}\n' % i for i in (1, 2, 3))
    text += '{"ev":"verdict","kind":"k","outcome":"holds"}\n'
    assert parse_records("c", "k", text, 0).observations == {"n": [1, 2, 3]}


def test_collection_caches_metadata_until_the_binary_changes(tmp_path):
    path = make_case(str(tmp_path), "cached")
    assert collect(tmp_path)[0].claim == "claim of cached"
    assert (tmp_path / ".describe-cache.json").exists()
    make_case(str(tmp_path), "cached", claim="a changed claim, a longer file")
    assert collect(tmp_path)[0].claim == "a changed claim, a longer file"
    assert path


def test_run_ahead_gives_the_same_results_and_close_stops_what_runs(case_of):
    import time

    from runner.execute import run_items
    from runner.targets.ahead import RunAhead
    holds, hang = case_of("holds"), case_of("hang", timeout=60)
    ahead = RunAhead(2)
    ahead.start([(holds, "", "inet_stream"), (hang, "", "inet_stream")], run_items)
    assert ahead.result(holds, "", "inet_stream", run_items).outcome == "holds"
    future = ahead.futures[(hang.id, "", "inet_stream")]
    start = time.monotonic()
    ahead.close()
    assert future.result(timeout=20)[("", "inet_stream")].outcome in ("timeout", "crash")
    assert time.monotonic() - start < 20


def test_one_process_runs_all_items_of_a_case_and_each_gets_its_records(tmp_path):
    from runner.execute import run_items
    case = describe(make_case(str(tmp_path), "multi", "deviates", kinds=("inet_stream", "unix_stream")))
    found = run_items(case, [("", "inet_stream"), ("v1", "unix_stream")])
    assert found[("", "inet_stream")].message.endswith("observed -1 EINPROGRESS")
    assert "[unix_stream]" in found[("v1", "unix_stream")].message
    assert found[("v1", "unix_stream")].variant == "v1"
    assert [s["errno"] for s in found[("v1", "unix_stream")].steps] == ["EINPROGRESS"]


def test_items_after_a_hang_never_ran_and_say_so(tmp_path):
    from runner.execute import run_items
    case = describe(make_case(str(tmp_path), "hangs", "hang", kinds=("inet_stream", "unix_stream"), timeout=0))
    found = run_items(case, [("", "inet_stream"), ("", "unix_stream")], grace=0.5)
    assert found[("", "inet_stream")].outcome == "timeout"
    assert found[("", "unix_stream")].outcome == "broken"
    assert "never ran" in found[("", "unix_stream")].message


def test_quick_cases_share_a_process_slow_ones_do_not(tmp_path):
    from runner.targets.ahead import groups
    quick = describe(make_case(str(tmp_path), "quick", kinds=("a", "b"), timeout=5))
    slow = describe(make_case(str(tmp_path), "slow", kinds=("a", "b"), timeout=12))
    got = groups([(quick, "", "a"), (quick, "", "b"), (slow, "", "a"), (slow, "", "b")])
    assert [(c.id, g) for c, g in got] == [("slow", [("", "a")]), ("slow", [("", "b")]),
                                           ("quick", [("", "a"), ("", "b")])]


def test_variant_records_are_told_apart():
    text = ('{"ev":"verdict","kind":"k","variant":"v1","outcome":"deviates","message":"m","at":""}\n'
            '{"ev":"verdict","kind":"k","variant":"v2","outcome":"holds","message":"","at":""}\n')
    assert parse_records("c", "k", text, 0, variant="v2").outcome == "holds"
    assert parse_records("c", "k", text, 0, variant="v1").outcome == "deviates"


def test_run_ahead_starts_a_case_that_runs_alone_after_all_others(case_of):
    import time

    from runner.execute import run_items
    from runner.targets.ahead import RunAhead
    slow = case_of("holds")
    alone = case_of("deviates")
    alone = alone.__class__(**{**alone.__dict__, "alone": True})
    began, ended = {}, {}

    def run(case, group):
        began[case.id] = time.monotonic()
        if case.id == slow.id:
            time.sleep(0.5)
        found = run_items(case, group)
        ended[case.id] = time.monotonic()
        return found
    ahead = RunAhead(4)
    ahead.start([(alone, "", "inet_stream"), (slow, "", "inet_stream")], run)
    assert ahead.result(alone, "", "inet_stream", run).outcome == "deviates"
    assert ahead.result(slow, "", "inet_stream", run).outcome == "holds"
    assert began[alone.id] >= ended[slow.id]
    ahead.close()
