/* The entry point of every case binary: prints the case's metadata
 * (--describe), and runs its body once per kind as a Check test, each in a
 * forked child with a bound, with set-up and teardown around it. */
#include "internal.h"
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

const char *sc_end_location(void);

static int case_timeout(void)
{
	return sc_case_meta.timeout > 0 ? sc_case_meta.timeout : 5;
}

static void put_src(const char *key, struct sc_src s)
{
	char b[1024] = "";

	printf(",\"%s\":{\"doc\":", key);
	sc_json_str(b, sizeof b, s.doc);
	strcat(b, ",\"section\":");
	sc_json_str(b, sizeof b, s.section ? s.section : "");
	printf("%s}", b);
}

static void put_str(const char *key, const char *v)
{
	char b[2048] = "";

	sc_json_str(b, sizeof b, v ? v : "");
	printf(",\"%s\":%s", key, b);
}

static int describe(void)
{
	const struct sc_case *c = &sc_case_meta;

	printf("{\"format\":1,\"id\":\"%s\"", sc_case_id);
	put_str("claim", c->claim);
	put_src("source", c->source);
	if (c->also.doc)
		put_src("also", c->also);
	printf(",\"kinds\":[");
	for (int k = 0, n = 0; k < SC_K_COUNT; k++)
		if (c->kinds & sc_kinds[k].bit)
			printf("%s\"%s\"", n++ ? "," : "", sc_kinds[k].name);
	printf("]");
	put_str("key", c->key);
	put_str("needs", c->needs);
	printf(",\"timeout\":%d}\n", case_timeout());
	return 0;
}

static __attribute__((noinline)) int count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	if (!d)
		return -1;
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

static void remove_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[512];

	if (!d)
		return;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
			unlink(path);
		}
	closedir(d);
	rmdir(dir);
}

static void watchdog(int sig)
{
	(void)sig;
	snprintf(sc_run.message, sizeof sc_run.message,
		 "the body did not finish within %d s (watchdog)", sc_ms(case_timeout() * 1000) / 1000);
	sc_run.outcome = SC_TIMEOUT;
	siglongjmp(sc_run.end, 1);
}

static void emit_verdict(const char *at)
{
	char f[3072] = "\"outcome\":";

	sc_json_str(f, sizeof f, sc_outcome_name(sc_run.outcome));
	strcat(f, ",\"message\":");
	sc_json_str(f, sizeof f, sc_run.message);
	strcat(f, ",\"at\":");
	sc_json_str(f, sizeof f, at);
	sc_emit("verdict", f);
}

static void run_kind(int k)
{
	struct sc_pair pair = { .kind = &sc_kinds[k], .a = -1, .b = -1, .l = -1 };
	const char *tmp = getenv("TMPDIR");
	volatile int base = count_fds();
	int left;
	const char *volatile at = "";
	struct sigaction sa = { .sa_handler = watchdog };

	sc_run = (struct sc_run){ .P = &pair, .kind = &sc_kinds[k],
				  .out = sc_run.out, .outcome = SC_HOLDS };
	sc_emit("start", NULL);
	snprintf(pair.dir, sizeof pair.dir, "%s/sockconf.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	signal(SIGPIPE, SIG_IGN);
	sigaction(SIGALRM, &sa, NULL);
	if (sigsetjmp(sc_run.end, 1) == 0) {
		if (!mkdtemp(pair.dir))
			sc_broken("mkdtemp(%s) failed: %s", pair.dir, sc_errname(errno));
		alarm((unsigned)(sc_ms(case_timeout() * 1000) / 1000));
		if (sc_case_meta.fixture == SC_FIX_PAIR)
			sc_make_pair(&pair);
		sc_case_body(&pair);
	} else {
		at = sc_end_location();
	}
	alarm(0);
	sc_close_tracked();
	remove_dir(pair.dir);
	left = count_fds() - base;
	if (left > 0) {
		sc_observe_int("leaked_fds", left);
		if (sc_run.outcome == SC_HOLDS) {
			sc_run.outcome = SC_BROKEN;
			snprintf(sc_run.message, sizeof sc_run.message,
				 "%d descriptor(s) left open by the case (not tracked by the harness)", left);
		}
	}
	emit_verdict(at);
	if (sc_run.outcome == SC_HOLDS || sc_run.outcome == SC_UNSUPPORTED)
		return;
	ck_abort_msg("%s: %s (claim: %s)", sc_outcome_name(sc_run.outcome),
		     sc_run.message, sc_case_meta.claim);
}

static void entry(int _i)
{
	run_kind(_i);
}

static int usage(const char *argv0)
{
	fprintf(stderr, "usage: %s [--describe | --kinds | [--run KIND] [--out FILE.jsonl] [--xml FILE]]\n", argv0);
	return 2;
}

int main(int argc, char **argv)
{
	const char *only = NULL, *out = getenv("SC_OUT"), *xml = NULL;
	static TTest test;
	Suite *s;
	SRunner *sr;
	int failed, found = 0;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--describe"))
			return describe();
		if (!strcmp(argv[i], "--kinds")) {
			for (int k = 0; k < SC_K_COUNT; k++)
				if (sc_case_meta.kinds & sc_kinds[k].bit)
					printf("%s\n", sc_kinds[k].name);
			return 0;
		}
		if (i + 1 >= argc)
			return usage(argv[0]);
		if (!strcmp(argv[i], "--run"))
			only = argv[++i];
		else if (!strcmp(argv[i], "--out"))
			out = argv[++i];
		else if (!strcmp(argv[i], "--xml"))
			xml = argv[++i];
		else
			return usage(argv[0]);
	}
	if (out) {
		sc_run.out = open(out, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		if (sc_run.out < 0) {
			fprintf(stderr, "%s: cannot open %s: %s\n", sc_case_id, out, strerror(errno));
			return 2;
		}
	}
	test = (TTest){ sc_case_id, entry, __FILE__, __LINE__ };
	s = suite_create(sc_case_id);
	for (int k = 0; k < SC_K_COUNT; k++) {
		TCase *tc;

		if (!(sc_case_meta.kinds & sc_kinds[k].bit) ||
		    (only && strcmp(only, sc_kinds[k].name)))
			continue;
		found++;
		tc = tcase_create(sc_kinds[k].name);
		/* Check's own timer is the backstop behind the watchdog. */
		tcase_set_timeout(tc, sc_ms(case_timeout() * 1000) / 1000.0 + 3);
		_tcase_add_test(tc, &test, 0, 0, k, k + 1);
		suite_add_tcase(s, tc);
	}
	if (!found) {
		fprintf(stderr, "%s: kind %s does not apply to this case\n", sc_case_id, only);
		return 2;
	}
	sr = srunner_create(s);
	if (xml)
		srunner_set_xml(sr, xml);
	srunner_run_all(sr, getenv("CK_VERBOSITY") ? CK_ENV : CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
