"""The container packaging: docker-compose.yml, .env.example and the Dockerfile.

`docker-compose config` (Debian's docker-compose 1.29, which scripts/services.sh installs) must
accept the compose file with the example environment; with CI=true a missing docker-compose
fails the run instead of skipping. Every MAILBOT_<SECTION>__<KEY> override the compose file or
the Dockerfile sets must name a real settings key. No image is built and no container started:
that needs a Docker daemon and access to the image registry.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
import yaml

from mailbot.settings import ENV_OVERRIDE, Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
ENV_EXAMPLE = ROOT / ".env.example"
SERVICES = {"mailbot", "postgres", "greenmail", "mailpit"}
#: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}; $$ is a literal $
VAR_REF = re.compile(r"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")
#: environment variables that hold secrets: never given a value in the image
SECRET_NAMES = re.compile(r"^(MAILBOT_SECRET_KEYS|MAILBOT_RETIRED_SECRET_KEYS|"
                          r"MAILBOT_SMTP_PASSWORD|MAILBOT_IMAP_PASSWORD|MAILBOT_DATABASE_URL|"
                          r"MAILBOT_API_KEY_\w+|MAILBOT_WEBHOOK_SECRET_\w+|POSTGRES_PASSWORD)$")


# --- helpers ---------------------------------------------------------------------------------

def env_example() -> dict[str, str]:
    """The KEY=value lines of .env.example (comments and blank lines skipped)."""
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        assert sep, f".env.example: not KEY=value: {line!r}"
        values[key.strip()] = value.strip()
    return values


def interpolate(text: str, env: dict[str, str]) -> str:
    """Compose-style ${…} substitution, enough for this repo's compose file."""
    def one(match: re.Match) -> str:
        name, op, arg = match.group(1), match.group(2), match.group(3)
        value = env.get(name)
        if op in (":-", "-") and (value is None or (op == ":-" and value == "")):
            return arg
        if op in (":?", "?") and (value is None or (op == ":?" and value == "")):
            raise AssertionError(f"{name} is required: {arg}")
        return value or ""
    return VAR_REF.sub(one, text).replace("$$", "$")


def as_environ(environment) -> dict[str, str]:
    """A compose `environment` (mapping or list of KEY=value) as a dict of strings."""
    if isinstance(environment, list):
        return dict(item.partition("=")[::2] for item in environment)
    return {k: "" if v is None else str(v) for k, v in (environment or {}).items()}


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    instructions, current = [], ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not current and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue  # a comment inside a continued instruction
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        current += line
        word, _, args = current.strip().partition(" ")
        instructions.append((word.upper(), args.strip()))
        current = ""
    return instructions


def dockerfile_env() -> dict[str, str]:
    """The ENV the runtime stage (the last FROM) sets, KEY=value form."""
    instructions = dockerfile_instructions()
    last_from = max(i for i, (word, _) in enumerate(instructions) if word == "FROM")
    env = {}
    for word, args in instructions[last_from:]:
        if word == "ENV":
            for pair in re.findall(r'(\w+)=("[^"]*"|\S+)', args):
                env[pair[0]] = pair[1].strip('"')
    return env


def mounts(service: dict) -> list[tuple[str, str, bool]]:
    """(source, target, read-only) for short ("src:dst:ro") and long volume syntax."""
    found = []
    for volume in service.get("volumes", []):
        if isinstance(volume, dict):
            found.append((str(volume.get("source", "")), volume["target"],
                          bool(volume.get("read_only"))))
        else:
            parts = volume.split(":")
            mode = parts[2] if len(parts) > 2 else "rw"
            found.append((parts[0], parts[1], "ro" in mode.split(",")))
    return found


def ports(service: dict) -> list[tuple[str, int]]:
    """(host port or "", container port) for short and long port syntax."""
    found = []
    for port in service.get("ports", []):
        if isinstance(port, dict):
            found.append((str(port.get("published", "")), int(port["target"])))
        else:
            parts = str(port).split("/")[0].split(":")
            host = parts[-2] if len(parts) > 1 else ""
            found.append((host, int(parts[-1])))
    return found


def settings_from(environ: dict[str, str]) -> Settings:
    """Settings as the container sees them: config/ plus the given environment."""
    return load_settings(ROOT / "config", environ)


def overrides_in(environ: dict[str, str]) -> dict[str, tuple[str, str]]:
    """MAILBOT_<SECTION>__<KEY> names → (section, key)."""
    found = {}
    for name in environ:
        match = ENV_OVERRIDE.match(name)
        if match:
            found[name] = (match.group(1).lower(), match.group(2).lower())
    return found


# --- docker-compose config -------------------------------------------------------------------

@pytest.fixture(scope="module")
def docker_compose() -> str:
    exe = shutil.which("docker-compose")
    if exe is None:
        message = ("docker-compose is not installed (scripts/services.sh installs Debian's "
                   "docker-compose package); cannot check docker-compose.yml")
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {message}")
        pytest.skip(message)
    return exe


@pytest.fixture(scope="module")
def compose_config(docker_compose: str, tmp_path_factory) -> dict:
    """`docker-compose config` of a copy of the project with .env.example as .env (the
    mailbot service reads .env as its env_file, so it must exist)."""
    project = tmp_path_factory.mktemp("compose")
    shutil.copy(COMPOSE, project / "docker-compose.yml")
    shutil.copy(DOCKERFILE, project / "Dockerfile")
    shutil.copy(ENV_EXAMPLE, project / ".env")
    (project / "config").symlink_to(ROOT / "config", target_is_directory=True)
    # Only what docker-compose needs: variables in the caller's environment would win over .env.
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL")}
    result = subprocess.run([docker_compose, "-f", "docker-compose.yml", "config"], cwd=project,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, (f"docker-compose config failed ({result.returncode}):\n"
                                    f"{result.stderr}{result.stdout}")
    config = yaml.safe_load(result.stdout)
    config["_project"] = str(project)
    return config


def test_compose_config_has_the_four_services(compose_config):
    assert set(compose_config["services"]) == SERVICES


def test_mailbot_is_built_from_the_dockerfile_with_config_read_only(compose_config):
    mailbot = compose_config["services"]["mailbot"]
    build = mailbot["build"]
    context = build if isinstance(build, str) else build["context"]
    assert Path(context).resolve() == Path(compose_config["_project"]).resolve()
    assert (build.get("dockerfile", "Dockerfile") if isinstance(build, dict)
            else "Dockerfile") == "Dockerfile"
    by_target = {target: (source, ro) for source, target, ro in mounts(mailbot)}
    source, read_only = by_target["/app/config"]
    assert Path(source).name == "config" and read_only, by_target
    var_source, _ = by_target["/app/var"]
    assert var_source in compose_config["volumes"], "/app/var must be a named volume"
    assert {8025, 8026} <= {container for _, container in ports(mailbot)}
    assert mailbot["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_mailbot_gets_secrets_from_env_file_and_settings_load(compose_config):
    environ = as_environ(compose_config["services"]["mailbot"]["environment"])
    # env_file: .env (here .env.example) is merged into the service environment
    assert environ["MAILBOT_SECRET_KEYS"] == env_example()["MAILBOT_SECRET_KEYS"]
    settings = settings_from({**dockerfile_env(), **environ})
    assert settings.production
    settings.require_production_secrets()
    assert settings.database_url.startswith("postgresql+psycopg://mailbot:")
    assert settings.database_url.endswith("@postgres:5432/mailbot")


def test_postgres_has_a_volume_and_a_healthcheck(compose_config):
    postgres = compose_config["services"]["postgres"]
    assert postgres["image"].split(":")[0] == "postgres"
    sources = {target: source for source, target, _ in mounts(postgres)}
    assert sources.get("/var/lib/postgresql/data") in compose_config["volumes"]
    environ = as_environ(postgres["environment"])
    assert environ["POSTGRES_USER"] == environ["POSTGRES_DB"] == "mailbot"
    assert environ["POSTGRES_PASSWORD"] == env_example()["POSTGRES_PASSWORD"]
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])


def test_dev_mail_servers_and_host_ports(compose_config):
    services = compose_config["services"]
    environ = as_environ(services["mailbot"]["environment"])
    opts = as_environ(services["greenmail"]["environment"])["GREENMAIL_OPTS"].split()
    user = f"-Dgreenmail.users={environ['MAILBOT_IMAP__USERNAME']}:" \
           f"{environ['MAILBOT_IMAP_PASSWORD']}@"
    assert any(opt.startswith(user) for opt in opts), opts
    assert "-Dgreenmail.hostname=0.0.0.0" in opts
    assert 3143 in {container for _, container in ports(services["greenmail"])}
    assert services["mailpit"]["image"].startswith("axllent/mailpit")
    host_ports = [host for service in services.values() for host, _ in ports(service) if host]
    assert len(host_ports) == len(set(host_ports)), f"host ports clash: {host_ports}"


# --- static checks (no docker-compose needed) --------------------------------------------------

def test_every_compose_variable_is_in_env_example():
    referenced = {m.group(1) for m in VAR_REF.finditer(COMPOSE.read_text(encoding="utf-8"))}
    assert referenced, "docker-compose.yml reads no variables?"
    missing = referenced - set(env_example())
    assert not missing, f"used in docker-compose.yml but not set in .env.example: {missing}"


def test_env_example_lists_the_secrets_with_placeholders():
    values = env_example()
    for name in ("MAILBOT_SECRET_KEYS", "MAILBOT_SMTP_PASSWORD", "MAILBOT_IMAP_PASSWORD",
                 "POSTGRES_PASSWORD"):
        assert values[name].startswith("change-me"), f"{name}={values[name]!r}"
    text = ENV_EXAMPLE.read_text(encoding="utf-8")
    for name in ("MAILBOT_DATABASE_URL", "MAILBOT_API_KEY_", "MAILBOT_WEBHOOK_SECRET_"):
        assert name in text, f".env.example does not mention {name}"
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_compose_overrides_name_real_settings():
    """Every MAILBOT_<SECTION>__<KEY> in docker-compose.yml or the Dockerfile validates as a
    settings key (unknown keys are errors), with ${…} taken from .env.example."""
    example = env_example()
    compose = yaml.safe_load(interpolate(COMPOSE.read_text(encoding="utf-8"), example))
    compose_env = as_environ(compose["services"]["mailbot"].get("environment"))
    image_env = dockerfile_env()
    environ = {**example, **image_env, **compose_env}
    overrides = overrides_in({**image_env, **compose_env})
    assert "MAILBOT_WEB__HOST" in overrides and "MAILBOT_SMTP__HOST" in overrides

    settings = settings_from(environ)
    for name, (section, key) in overrides.items():
        assert hasattr(getattr(settings.file, section), key), name
    file = settings.file
    assert file.web.host == "0.0.0.0"
    assert file.receiver.host == "0.0.0.0" and file.receiver.enabled
    assert file.mailbot.mode == "production"
    assert file.mailbot.public_base_url == example["MAILBOT_PUBLIC_BASE_URL"]
    assert (file.smtp.host, file.smtp.port) == ("mailpit", 1025)
    assert (file.imap.host, file.imap.port, file.imap.ssl) == ("greenmail", 3143, False)
    assert file.logging.format == "json"
    assert settings.database_url == ("postgresql+psycopg://mailbot:"
                                     f"{example['POSTGRES_PASSWORD']}@postgres:5432/mailbot")
    assert settings.secrets.secret_keys == (example["MAILBOT_SECRET_KEYS"],)
    assert settings.secrets.imap_password == example["MAILBOT_IMAP_PASSWORD"]
    settings.require_production_secrets()


def test_dockerfile_runs_as_non_root_with_a_healthcheck():
    instructions = dockerfile_instructions()
    words = [word for word, _ in instructions]
    froms = [args for word, args in instructions if word == "FROM"]
    assert all(re.match(r"python:3\.1[1-9]-slim\b", f) for f in froms), froms
    users = [args for word, args in instructions if word == "USER"]
    assert users, "no USER: the image would run as root"
    assert users[-1].split(":")[0] not in ("root", "0")
    assert words.index("USER") > max(i for i, w in enumerate(words) if w == "FROM")
    healthchecks = [args for word, args in instructions if word == "HEALTHCHECK"]
    assert len(healthchecks) == 1
    assert "urllib" in healthchecks[0] and "/healthz" in healthchecks[0]
    assert "127.0.0.1" in healthchecks[0]
    runs = " ".join(args for word, args in instructions if word == "RUN")
    assert re.search(r"pip install \.(\s|$)", runs) and "[test]" not in runs
    assert ("ENTRYPOINT", '["mailbot"]') in instructions
    assert ("CMD", '["run"]') in instructions
    assert ("WORKDIR", "/app") in instructions
    exposed = {p for word, args in instructions if word == "EXPOSE" for p in args.split()}
    assert {"8025", "8026"} <= exposed
    assert any(word == "VOLUME" and "/app/var" in args for word, args in instructions)
    env = dockerfile_env()
    assert env["MAILBOT_WEB__HOST"] == env["MAILBOT_RECEIVER__HOST"] == "0.0.0.0"
    assert env["PYTHONUNBUFFERED"] == "1"


def _dist_name(requirement: str) -> str:
    name = re.match(r"[A-Za-z0-9._-]+", requirement.strip()).group(0)
    return re.sub(r"[-_.]+", "-", name).lower()


def test_pip_install_dot_brings_every_module_mailbot_imports():
    """The image installs `pip install .` and nothing else: every third-party module the
    package imports must come from [project].dependencies (directly or through them)."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        declared = tomllib.load(fh)["project"]["dependencies"]
    closure, todo = set(), [_dist_name(d) for d in declared]
    while todo:
        name = todo.pop()
        if name in closure:
            continue
        closure.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # a dependency for another platform or Python
        todo += [_dist_name(r) for r in requires if "extra ==" not in r.replace('"', "")]
    imported: dict[str, str] = {}
    for path in sorted((ROOT / "mailbot").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0
                     and node.module else [])
            for name in names:
                top = name.split(".")[0]
                if top != "mailbot" and top not in sys.stdlib_module_names:
                    imported.setdefault(top, str(path.relative_to(ROOT)))
    providers = metadata.packages_distributions()
    missing = {module: where for module, where in imported.items()
               if not any(_dist_name(d) in closure for d in providers.get(module, []))}
    assert not missing, ("imported but not installed by `pip install .` (add them to "
                         f"[project].dependencies in pyproject.toml): {missing}")


def test_dockerfile_holds_no_secrets():
    for word, args in dockerfile_instructions():
        if word in ("ENV", "ARG", "LABEL"):
            names = re.findall(r"(\w+)\s*=", args) or args.split()[:1]
            leaked = [n for n in names if SECRET_NAMES.match(n)]
            assert not leaked, f"{word} {args}: secrets come from the environment at run time"
    text = "\n".join(line for line in DOCKERFILE.read_text(encoding="utf-8").splitlines()
                     if not line.lstrip().startswith("#"))
    assert not re.search(r"(SECRET|PASSWORD|API_KEY)\w*\s*=", text)
