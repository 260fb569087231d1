//! `ler-content`: check, build and count a course written in the authoring format.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ler_content::{Compiled, compile_dir, stats, write_compiled};

const USAGE: &str = "\
usage:
  ler-content check <dir>             validate the course; every error as file:line:col
  ler-content build <dir> -o <out>    validate, then write course.json, library.json, modules/
  ler-content stats <dir> [--json]    count modules, objectives, items, references, words …
  ler-content --help                  this text

exit status: 0 valid, 1 content errors, 2 usage error";

/// A parsed command line.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Help,
    Check(PathBuf),
    Build { dir: PathBuf, out: PathBuf },
    Stats { dir: PathBuf, json: bool },
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        return Ok(Command::Help);
    }
    let (command, rest) = args.split_first().ok_or("no command given")?;
    let mut dir = None;
    let mut out = None;
    let mut json = false;
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "-o" | "--out" if command == "build" => {
                let value = rest.next().ok_or("-o needs an output folder")?;
                if out.replace(PathBuf::from(value)).is_some() {
                    return Err("-o given twice".into());
                }
            }
            "--json" if command == "stats" => json = true,
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("unknown option '{flag}' for '{command}'"));
            }
            path => {
                if dir.replace(PathBuf::from(path)).is_some() {
                    return Err(format!("'{command}' takes one course folder"));
                }
            }
        }
    }
    let dir = dir.ok_or_else(|| format!("'{command}' needs a course folder"))?;
    match command.as_str() {
        "check" => Ok(Command::Check(dir)),
        "build" => Ok(Command::Build {
            dir,
            out: out.ok_or("'build' needs -o <out>")?,
        }),
        "stats" => Ok(Command::Stats { dir, json }),
        other => Err(format!("unknown command '{other}'")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse_args(&args) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Command::Check(dir)) => with_course(&dir, |c| {
            println!("{}: {} modules, no errors", dir.display(), c.modules.len());
            Ok(())
        }),
        Ok(Command::Build { dir, out }) => with_course(&dir, |c| {
            write_compiled(c, &out).map_err(|e| format!("cannot write the course: {e}"))?;
            println!("wrote {} modules to {}", c.modules.len(), out.display());
            Ok(())
        }),
        Ok(Command::Stats { dir, json }) => with_course(&dir, |c| {
            let s = stats(c);
            if json {
                let text = serde_json::to_string_pretty(&s).map_err(|e| e.to_string())?;
                println!("{text}");
            } else {
                for (name, value) in s.rows() {
                    println!("{name:>22}  {value}");
                }
            }
            Ok(())
        }),
        Err(problem) => {
            eprintln!("ler-content: {problem}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Compiles `dir`; on success runs `then`. Exit 1 with every error on stderr otherwise.
fn with_course(dir: &Path, then: impl FnOnce(&Compiled) -> Result<(), String>) -> ExitCode {
    match compile_dir(dir) {
        Ok(course) => match then(&course) {
            Ok(()) => ExitCode::SUCCESS,
            Err(problem) => {
                eprintln!("ler-content: {problem}");
                ExitCode::from(1)
            }
        },
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            let s = if errors.len() == 1 { "" } else { "s" };
            eprintln!("{} error{s} in {}", errors.len(), dir.display());
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Command, String> {
        let args: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
        parse_args(&args)
    }

    #[test]
    fn commands_parse() {
        assert_eq!(parse("check c"), Ok(Command::Check("c".into())));
        assert_eq!(
            parse("build c -o out"),
            Ok(Command::Build {
                dir: "c".into(),
                out: "out".into()
            })
        );
        assert_eq!(
            parse("build --out out c"),
            Ok(Command::Build {
                dir: "c".into(),
                out: "out".into()
            })
        );
        assert_eq!(
            parse("stats --json c"),
            Ok(Command::Stats {
                dir: "c".into(),
                json: true
            })
        );
        assert_eq!(parse("stats c -h"), Ok(Command::Help));
    }

    #[test]
    fn usage_errors() {
        for bad in [
            "",
            "check",
            "check a b",
            "build c",
            "build c -o",
            "stats c --yaml",
            "check c --json",
            "frobnicate c",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
