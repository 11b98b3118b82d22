"""The private apt configuration: the machine's sources are read, never
written; each suite and architecture keeps its own folders; dependencies,
downloads and a mirror caught mid-sync, all against fake apt tools."""

import os

import pytest

from runner import archive
from runner.errors import TARGET, USAGE, SockconfError
from runner.tests.fakes import fake_tool


def test_machine_mirrors_from_deb822_and_one_line_sources(tmp_path):
    etc = tmp_path / "apt"
    (etc / "sources.list.d").mkdir(parents=True)
    (etc / "sources.list.d" / "debian.sources").write_text(
        "Types: deb\nURIs: http://mirror.example/debian\nSuites: bookworm bookworm-updates\n"
        "Components: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n"
        "Types: deb\nURIs: http://mirror.example/debian-security\nSuites: bookworm-security\n"
        "Components: main\n\n"
        "Types: deb\nURIs: https://other.example/apt\nSuites: nodistro\nComponents: main\n")
    (etc / "sources.list.d" / "off.list").write_text("# deb http://never.example/debian sid main\n")
    (etc / "sources.list.d" / "off.sources").write_text(
        "Enabled: no\nTypes: deb\nURIs: http://disabled.example/debian\nSuites: trixie\n")
    mirror, security, keyring = archive.machine_mirrors(etc)
    assert mirror == "http://mirror.example/debian"
    assert security == "http://mirror.example/debian-security"
    assert keyring == archive.DEFAULT_KEYRING or os.path.exists(keyring)


def test_machine_mirrors_defaults_and_overrides(tmp_path, monkeypatch):
    assert archive.machine_mirrors(tmp_path)[:2] == (archive.DEFAULT_MIRROR, archive.DEFAULT_SECURITY)
    monkeypatch.setenv("SOCKCONF_DEBIAN_MIRROR", "http://local/debian")
    assert archive.machine_mirrors(tmp_path)[0] == "http://local/debian"


def test_sources_list_of_each_suite():
    text = archive.sources_list("bullseye", ("http://m/debian", "http://m/sec", "/k.gpg"))
    assert text.splitlines() == ["deb [signed-by=/k.gpg] http://m/debian bullseye main",
                                 "deb [signed-by=/k.gpg] http://m/debian bullseye-updates main",
                                 "deb [signed-by=/k.gpg] http://m/sec bullseye-security main"]
    assert archive.sources_list("sid", ("http://m/debian", "", "/k.gpg")).count("\n") == 1
    with pytest.raises(SockconfError) as e:
        archive.sources_list("hamm", ("a", "b", "c"))
    assert e.value.status == USAGE


def test_options_point_every_folder_into_the_cache(tmp_path):
    a = archive.Archive("sid", "arm64", root=tmp_path)
    opts = dict(o.split("=", 1) for o in a.options()[1::2])
    for key in ("Dir::Etc::SourceList", "Dir::Etc::SourceParts", "Dir::State::Lists",
                "Dir::Cache::Archives", "Dir::State::status"):
        assert opts[key].startswith(str(tmp_path / "sid-arm64")), key
    assert opts["APT::Architecture"] == "arm64"


APT = """\
    log="{log}"
    echo "$0 $*" >> "$log"
    for a; do last=$a; done
    case "$*" in
    *" update"*) {update} ;;
    *" download"*)
        shift $(($# - 2))
        for p; do [ "$p" = -q ] || [ "$p" = download ] || : > "${{p}}_1.0_amd64.deb"; done ;;
    esac
"""
CACHE = """\
    case "$*" in
    *" depends"*)
        echo "$last"
        echo "  PreDepends: linux-base"
        echo " |Depends: dracut"
        echo "  Depends: initramfs-tools"
        echo "  Depends: <linux-initramfs-tool>"
        echo "    dracut"
        echo "  Depends: linux-binary-7.2.13+deb14-cloud-amd64"
        echo "  Depends: linux-modules-7.2.13+deb14-cloud-amd64" ;;
    *" policy"*) echo "$last:"; echo "  Candidate: 7.2um1" ;;
    esac
    for a; do last=$a; done
"""


@pytest.fixture
def fake_apt(tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    log = tmp_path / "apt.log"

    def install(update="exit 0"):
        fake_tool(bindir, "apt-get", APT.format(log=log, update=update))
        fake_tool(bindir, "apt-cache", 'for a; do last=$a; done\n' + CACHE)
        return log
    monkeypatch.setenv("PATH", f"{bindir}:{os.environ['PATH']}")
    return install


def test_depends_takes_the_first_of_alternatives(tmp_path, fake_apt):
    fake_apt()
    a = archive.Archive("sid", root=tmp_path / "apt", mirrors=("m", "s", "k"))
    assert a.depends("linux-image-7.2.13+deb14-cloud-amd64") == [
        "linux-base", "dracut", "linux-binary-7.2.13+deb14-cloud-amd64", "linux-modules-7.2.13+deb14-cloud-amd64"]
    assert a.version("user-mode-linux") == "7.2um1"
    assert (tmp_path / "apt" / "sid-amd64" / "sources.list").read_text().startswith("deb [signed-by=k] m sid main")


def test_lists_are_fetched_once_then_kept(tmp_path, fake_apt):
    log = fake_apt()
    a = archive.Archive("bookworm", root=tmp_path / "apt", mirrors=("m", "s", "k"))
    a.update()
    archive.Archive("bookworm", root=tmp_path / "apt", mirrors=("m", "s", "k")).update()
    assert log.read_text().count(" update") == 1


def test_a_failed_index_is_tolerated_when_the_release_list_is_there(tmp_path, fake_apt, capsys):
    lists = tmp_path / "apt" / "bookworm-i386" / "lists"
    fake_apt(update=f'mkdir -p {lists}; : > {lists}/m_dists_bookworm_main_binary-i386_Packages.lz4; '
                    'echo "E: Some index files failed to download." >&2; exit 100')
    a = archive.Archive("bookworm", "i386", root=tmp_path / "apt", mirrors=("m", "s", "k"))
    a.update()
    assert "Some index files failed" in a.warning
    assert "going on" in capsys.readouterr().err


def test_a_failed_update_without_lists_is_a_target_error(tmp_path, fake_apt):
    fake_apt(update='echo "E: The repository is not signed." >&2; exit 100')
    a = archive.Archive("trixie", root=tmp_path / "apt", mirrors=("m", "s", "k"))
    with pytest.raises(SockconfError) as e:
        a.update()
    assert e.value.status == TARGET and "not signed" in str(e.value) and "trixie/amd64" in str(e.value)


def test_download_leaves_one_deb_per_package(tmp_path, fake_apt):
    fake_apt()
    a = archive.Archive("sid", root=tmp_path / "apt", mirrors=("m", "s", "k"))
    debs = a.download(["user-mode-linux", "libc6"], tmp_path / "work")
    assert [d.name for d in debs] == ["user-mode-linux_1.0_amd64.deb", "libc6_1.0_amd64.deb"]
