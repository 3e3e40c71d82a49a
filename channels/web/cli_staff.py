"""``shopkeeper staff add USER --role manager``: hash a staff password and print the settings line that holds it.

The password is read from the terminal (or stdin), never from the command line, where it would land in the shell
history. Users already configured are kept in the printed line, so it replaces the old one.
"""

from __future__ import annotations

import json
import sys

import typer

from shopkeeper.settings import get_settings

ROLES = ("manager", "host")


def add(
    user: str = typer.Argument(..., help="The staff member's login name."),
    role: str = typer.Option("manager", "--role", help="manager (may release any hand-over) or host."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
) -> None:
    """Hash a staff password (scrypt) and print SHOPKEEPER_STAFF__USERS with the user added."""
    from channels.web.staff_auth import hash_password

    if role not in ROLES:
        raise typer.BadParameter(f"role must be one of {', '.join(ROLES)}", param_hint="--role")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    if len(password) < 8:
        raise typer.BadParameter("use at least 8 characters", param_hint="password")
    users = {name: {"role": u.role, "password_hash": u.password_hash.get_secret_value()}
             for name, u in get_settings().staff.users.items()}
    users[user] = {"role": role, "password_hash": hash_password(password)}
    typer.echo(f"SHOPKEEPER_STAFF__USERS='{json.dumps(users, separators=(',', ':'))}'")
    typer.echo(f"# put this line in .env (or the environment) and restart the server; {user} logs in at /staff/login",
               err=True)


def register(app: typer.Typer) -> None:
    staff = typer.Typer(help="Staff accounts of the web app's /staff page.", no_args_is_help=True)
    staff.command("add")(add)
    app.add_typer(staff, name="staff")
