"""Print the shell code for tab completion (bash, zsh, fish).

It completes commands, options, theme names, facts files and address-book aliases.
Add it to your shell's start-up file:
  bash:  echo 'eval "$(memogen completion bash)"' >> ~/.bashrc
  zsh:   echo 'eval "$(memogen completion zsh)"' >> ~/.zshrc
  fish:  memogen completion fish > ~/.config/fish/completions/memogen.fish
"""

from __future__ import annotations

import argparse

from memogen.console import Console

SHELLS = ("bash", "zsh", "fish")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=SHELLS, metavar="SHELL", help=f"one of: {', '.join(SHELLS)}")


def run(args: argparse.Namespace, ui: Console) -> int:
    import argcomplete

    from memogen.errors import ExitCode

    ui.result(argcomplete.shellcode(["memogen"], shell=args.shell).strip("\n"))
    return ExitCode.OK
