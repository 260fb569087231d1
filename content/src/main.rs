//! `ler-content`: check, build and count a course.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  ler-content check <dir>             validate the course; every error with file:line:col
  ler-content build <dir> -o <out>    validate, then write course.json, library.json, modules/
  ler-content stats <dir> [--json]    count modules, objectives, items, references, words …
exit status: 0 valid, 1 content errors, 2 usage";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let strs: Vec<&str> = args.iter().map(String::as_str).collect();
    match strs.as_slice() {
        ["check", dir] => run(dir, |_| Ok(())),
        ["build", dir, "-o", out] | ["build", "-o", out, dir] => {
            let out = PathBuf::from(out);
            run(dir, move |c| {
                ler_content::write_compiled(c, &out)
                    .map_err(|e| format!("cannot write {}: {e}", out.display()))
            })
        }
        ["stats", dir] => run(dir, |c| {
            let s = ler_content::stats(c);
            for (name, value) in serde_json::to_value(&s)
                .ok()
                .and_then(|v| v.as_object().cloned())
                .unwrap_or_default()
            {
                println!("{name:>22}  {value}");
            }
            Ok(())
        }),
        ["stats", dir, "--json"] | ["stats", "--json", dir] => run(dir, |c| {
            serde_json::to_string_pretty(&ler_content::stats(c))
                .map(|j| println!("{j}"))
                .map_err(|e| e.to_string())
        }),
        ["--help" | "-h" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(dir: &str, then: impl FnOnce(&ler_content::Compiled) -> Result<(), String>) -> ExitCode {
    match ler_content::compile_dir(std::path::Path::new(dir)) {
        Ok(compiled) => match then(&compiled) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!(
                "{} error{} in {dir}",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            );
            ExitCode::from(1)
        }
    }
}
