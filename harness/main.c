/* The entry point of every case binary: prints the case's metadata
 * (--describe) and the kinds table (--kinds), and runs the body once per
 * item (variant × kind the claim applies to) as a Check test, each in a
 * forked child with a bound, with set-up and teardown around it. */
#include "internal.h"
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

const char *sc_end_location(void);

/* Every case linked into this binary, from the section SC_TEST fills. */
extern const struct sc_registered __start_sc_cases[], __stop_sc_cases[];
const struct sc_registered *sc_this;

static int case_timeout(void)
{
	return sc_this->meta->timeout > 0 ? sc_this->meta->timeout : SC_TIMEOUT_S;
}

static const struct sc_variant *variant_at(int i)
{
	const struct sc_variant_table *t = sc_this->variants;

	return t->count ? (const void *)((const char *)t->rows + (size_t)i * t->size) : NULL;
}

static int nvariants(void)
{
	return sc_this->variants->count ? sc_this->variants->count : 1;
}

static void put_json(const char *key, const char *v, int comma)
{
	char b[2048] = "";

	sc_json_str(b, sizeof b, v ? v : "");
	printf("%s\"%s\":%s", comma ? "," : "", key, b);
}

static void put_src(struct sc_src s)
{
	printf("{");
	put_json("doc", s.doc, 0);
	put_json("section", s.section, 1);
	printf("}");
}

static void put_kinds(const struct sc_variant *v)
{
	printf("[");
	for (int k = 0, n = 0; k < sc_nkinds; k++)
		if (sc_applies(&sc_kinds[k], v))
			printf("%s\"%s\"", n++ ? "," : "", sc_kinds[k].name);
	printf("]");
}

static int describe(void)
{
	const struct sc_case *c = sc_this->meta;

	printf("{\"format\":2");
	put_json("id", sc_this->id, 1);
	put_json("claim", c->claim, 1);
	printf(",\"source\":");
	put_src(c->source);
	printf(",\"also\":[");
	for (int i = 0; i < SC_MAX_ALSO && c->also[i].doc; i++) {
		printf(i ? "," : "");
		put_src(c->also[i]);
	}
	printf("],\"kinds\":");
	put_kinds(NULL);
	printf(",\"variants\":[");
	for (int i = 0; i < sc_this->variants->count; i++) {
		const struct sc_variant *v = variant_at(i);

		printf("%s{", i ? "," : "");
		put_json("name", v->name, 0);
		if (v->src.doc) {
			printf(",\"source\":");
			put_src(v->src);
		}
		printf(",\"kinds\":");
		put_kinds(v);
		printf("}");
	}
	printf("]");
	put_json("key", c->key, 1);
	put_json("needs", c->needs, 1);
	if (c->alone)
		printf(",\"alone\":1");
	printf(",\"timeout\":%d}\n", case_timeout());
	return 0;
}

static const char *const cap_names[] = {
	"stream", "dgram", "seqpacket", "inet", "inet6", "unix", "vsock", "tipc",
	"tcp", "udp", "sctp", "mptcp", "udplite", "mapped", "listener", "socketpair",
	"pathname", "abstract", "plain", "urgent",
};

/* The kinds table as JSON: the runner learns kinds from here. */
static int list_kinds(void)
{
	printf("[");
	for (int k = 0; k < sc_nkinds; k++) {
		const struct sc_kind *r = &sc_kinds[k];

		printf("%s{", k ? ",\n" : "");
		put_json("name", r->name, 0);
		put_json("column", r->column, 1);
		put_json("family", sc_family_name(r->domain), 1);
		printf(",\"type\":%d,\"protocol\":%d,\"caps\":[", r->type, r->protocol);
		for (unsigned b = 0, n = 0; b < sizeof cap_names / sizeof *cap_names; b++)
			if (r->caps & (1u << b))
				printf("%s\"%s\"", n++ ? "," : "", cap_names[b]);
		printf("]");
		put_json("mimics", r->mimics, 1);
		put_json("module", r->module, 1);
		put_json("desc", r->desc, 1);
		printf("}");
	}
	printf("]\n");
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

/* The watchdog's verdict is formatted before the body starts: the handler
 * only writes it and ends the child, both async-signal-safe. */
static char wd_line[1024];
static size_t wd_len;

static void watchdog(int sig)
{
	(void)sig;
	if (sc_run.out >= 0 && write(sc_run.out, wd_line, wd_len) < 0)
		_exit(3);
	_exit(3);
}

static void arm_watchdog(void)
{
	char f[512] = "\"outcome\":\"timeout\",\"message\":", m[128];
	int secs = sc_ms(case_timeout() * 1000) / 1000;
	struct sigaction sa = { .sa_handler = watchdog };

	snprintf(m, sizeof m, "the body did not finish within %d s (watchdog)", secs);
	sc_json_str(f, sizeof f, m);
	strncat(f, ",\"at\":\"\"", sizeof f - strlen(f) - 1);
	wd_len = sc_format_record(wd_line, sizeof wd_line, "verdict", f);
	sigaction(SIGALRM, &sa, NULL);
	alarm((unsigned)secs);
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

static void run_item(int item)
{
	int k = item % sc_nkinds, vi = item / sc_nkinds;
	struct sc_pair pair = { .kind = &sc_kinds[k], .variant = variant_at(vi),
				.a = -1, .b = -1, .l = -1 };
	const char *tmp = getenv("TMPDIR");
	volatile int base = count_fds();
	int left;
	const char *volatile at = "";

	sc_run = (struct sc_run){ .P = &pair, .kind = &sc_kinds[k], .variant = pair.variant,
				  .out = sc_run.out, .outcome = SC_HOLDS };
	sc_emit("start", NULL);
	snprintf(pair.dir, sizeof pair.dir, "%s/sockconf.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	signal(SIGPIPE, SIG_IGN);
	if (setjmp(sc_run.end) == 0) {
		if (!mkdtemp(pair.dir))
			sc_broken("mkdtemp(%s) failed: %s", pair.dir, sc_errname(errno));
		arm_watchdog();
		if (sc_this->meta->needs && !strcmp(sc_this->meta->needs, "root"))
			sc_need_net_admin();
		if (sc_this->meta->fixture == SC_FIX_PAIR)
			sc_make_pair(&pair);
		sc_this->body(&pair);
		if (!sc_run.judged)
			sc_broken("the body returned without judging its claim (no expectation ran)");
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
		     sc_run.message, sc_this->meta->claim);
}

static void entry(int _i)
{
	run_item(_i);
}

static int usage(const char *argv0)
{
	fprintf(stderr, "usage: %s [--describe | --kinds | [--run ITEM[,ITEM...]] [--out FILE.jsonl] [--xml FILE]]\n"
		"  ITEM: VARIANT/KIND, or a KIND or VARIANT for all of its items\n", argv0);
	return 2;
}

static void item_name(char *buf, size_t cap, int vi, int k)
{
	const struct sc_variant *v = variant_at(vi);

	snprintf(buf, cap, "%s%s%s", v ? v->name : "", v ? "/" : "", sc_kinds[k].name);
}

/* Does the comma-separated selection name this item? */
static int selected(const char *sel, int vi, int k)
{
	char name[160], *copy, *tok, *save;
	const struct sc_variant *v = variant_at(vi);
	int hit = 0;

	if (!sel)
		return 1;
	item_name(name, sizeof name, vi, k);
	copy = strdup(sel);
	for (tok = strtok_r(copy, ",", &save); tok && !hit; tok = strtok_r(NULL, ",", &save))
		hit = !strcmp(tok, name) || !strcmp(tok, sc_kinds[k].name) ||
		      (v && !strcmp(tok, v->name));
	free(copy);
	return hit;
}

static const struct sc_registered *find_case(const char *id)
{
	for (const struct sc_registered *r = __start_sc_cases; r < __stop_sc_cases; r++)
		if (!strcmp(r->id, id))
			return r;
	return NULL;
}

/* One case per binary, or all of them: then the case is named by the link
 * the binary was called through, or by its first argument. */
static int pick_case(int *argc, char ***argv)
{
	const char *base = strrchr((*argv)[0], '/');

	base = base ? base + 1 : (*argv)[0];
	if (__stop_sc_cases - __start_sc_cases == 1)
		sc_this = __start_sc_cases;
	else if (!(sc_this = find_case(base))) {
		if (*argc >= 2 && !strcmp((*argv)[1], "--list")) {
			for (const struct sc_registered *r = __start_sc_cases; r < __stop_sc_cases; r++)
				printf("%s\n", r->id);
			exit(0);
		}
		if (*argc < 2 || !(sc_this = find_case((*argv)[1]))) {
			fprintf(stderr, "usage: %s CASE [OPTIONS] | --list (or call it through a link named CASE)\n",
				(*argv)[0]);
			return -1;
		}
		(*argc)--;
		(*argv)++;
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *only = NULL, *out = getenv("SC_OUT"), *xml = NULL;
	static TTest test;
	Suite *s;
	SRunner *sr;
	int failed, found = 0;
	char (*names)[160];

	if (pick_case(&argc, &argv) < 0)
		return 2;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--describe"))
			return describe();
		if (!strcmp(argv[i], "--kinds"))
			return list_kinds();
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
			fprintf(stderr, "%s: cannot open %s: %s\n", sc_this->id, out, strerror(errno));
			return 2;
		}
	}
	/* Bounds are scaled once, by SC_TIMEOUT_MULT; Check must not scale
	 * its backstop again or it could never fire before the runner's. */
	unsetenv("CK_TIMEOUT_MULTIPLIER");
	test = (TTest){ sc_this->id, entry, __FILE__, __LINE__ };
	s = suite_create(sc_this->id);
	/* Check keeps the names it is given: they live until it is done. */
	names = calloc((size_t)(nvariants() * sc_nkinds), sizeof *names);
	if (!names)
		return 2;
	for (int vi = 0; vi < nvariants(); vi++)
		for (int k = 0; k < sc_nkinds; k++) {
			char *name = names[vi * sc_nkinds + k];
			TCase *tc;

			if (!sc_applies(&sc_kinds[k], variant_at(vi)) || !selected(only, vi, k))
				continue;
			found++;
			item_name(name, sizeof *names, vi, k);
			tc = tcase_create(name);
			/* Check's own timer is the backstop behind the watchdog. */
			tcase_set_timeout(tc, sc_ms(case_timeout() * 1000) / 1000.0 + 3);
			_tcase_add_test(tc, &test, 0, 0, vi * sc_nkinds + k, vi * sc_nkinds + k + 1);
			suite_add_tcase(s, tc);
		}
	if (!found) {
		fprintf(stderr, "%s: no item matches %s\n", sc_this->id, only ? only : "(all)");
		free(names);
		return 2;
	}
	sr = srunner_create(s);
	if (xml)
		srunner_set_xml(sr, xml);
	srunner_run_all(sr, getenv("CK_VERBOSITY") ? CK_ENV : CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	free(names);
	return failed ? 1 : 0;
}
