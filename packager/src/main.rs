//! `ler-package`: builds the LMS packages of the course from the built site.

use std::path::PathBuf;
use std::process::ExitCode;

use ler_package::{Dist, Kind, build_all, moodle_advice, write_all};

const USAGE: &str = "\
usage: ler-package [--dist DIR] [--out DIR] [--base-url URL]
       ler-package --pages [--dist DIR]

Builds, from the built site (trunk build --release):
  <course>-scorm12.zip, <course>-scorm2004.zip        the whole course, one SCO per module
  <course>-NN-<module>-scorm12.zip / -scorm2004.zip   each module on its own
  <course>.imscc                                      IMS Common Cartridge 1.1 (needs --base-url)

  --dist DIR       the built site (default: dist)
  --out DIR        where the packages go (default: <dist>/packages)
  --base-url URL   where dist/ is published, e.g. https://your.host/ler-widgets/ ; the
                   cartridge's pages frame <URL>embed/module-viewer/<module>.html (default: the
                   LER_BASE_URL environment variable; without either, no cartridge)
  --pages          instead: write the module viewer's page of each module and the
                   checklist's page of each checklist, with their text in them, to
                   <dist>/embed/module-viewer/<module>.html and
                   <dist>/embed/checklist/<list>.html, and their text alone for the
                   loader to <dist>/prerendered/ (the site's build does, after the
                   widgets)

exit status: 0 built, 1 the site or a package is not right, 2 usage error";

#[derive(Debug, PartialEq, Eq)]
struct Args {
    dist: PathBuf,
    out: Option<PathBuf>,
    base_url: Option<String>,
    pages: bool,
}

fn parse_args(args: &[String]) -> Result<Option<Args>, String> {
    let mut parsed = Args {
        dist: PathBuf::from("dist"),
        out: None,
        base_url: None,
        pages: false,
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| {
            rest.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--dist" => parsed.dist = PathBuf::from(value("--dist")?),
            "--out" => parsed.out = Some(PathBuf::from(value("--out")?)),
            "--base-url" => parsed.base_url = Some(value("--base-url")?),
            "--pages" => parsed.pages = true,
            other => return Err(format!("unknown argument '{other}'")),
        }
    }
    Ok(Some(parsed))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&args) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("ler-package: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if args.pages {
        return match ler_package::pages::write_pages(&args.dist) {
            Ok(paths) => {
                println!(
                    "{} module and checklist pages and fragments in {}, {} and {}",
                    paths.len(),
                    args.dist.join(ler_package::pages::VIEWER_PAGES).display(),
                    args.dist
                        .join(ler_package::pages::CHECKLIST_PAGES)
                        .display(),
                    args.dist.join(ler_package::pages::FRAGMENTS).display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("ler-package: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let base_url = args
        .base_url
        .or_else(|| std::env::var("LER_BASE_URL").ok())
        .filter(|u| !u.trim().is_empty());
    let out = args.out.unwrap_or_else(|| args.dist.join("packages"));
    let result = Dist::open(&args.dist)
        .map_err(ler_package::Error::Dist)
        .and_then(|dist| build_all(&dist, base_url.as_deref()))
        .and_then(|built| write_all(&built, &out).map(|paths| (built, paths)));
    match result {
        Ok((built, paths)) => {
            println!("{} packages in {}:", built.len(), out.display());
            for (b, path) in built.iter().zip(&paths) {
                let kind = match b.kind {
                    Kind::Scorm12 => "SCORM 1.2",
                    Kind::Scorm2004 => "SCORM 2004 4th ed.",
                    Kind::Cartridge11 => "Common Cartridge 1.1",
                };
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default();
                println!(
                    "  {name}\n      {kind}, {} item(s), {} files, {} bytes",
                    b.summary.launchable_items,
                    b.summary.files,
                    b.zip.len()
                );
            }
            if let Some(advice) = moodle_advice(&built) {
                println!("{advice}");
            }
            if base_url.is_none() {
                println!(
                    "no Common Cartridge: give --base-url (or LER_BASE_URL), the address where \
                     dist/ is published, which its pages frame"
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ler-package: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Option<Args>, String> {
        parse_args(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn arguments() {
        assert_eq!(
            args(&[]),
            Ok(Some(Args {
                dist: "dist".into(),
                out: None,
                base_url: None,
                pages: false
            }))
        );
        assert_eq!(
            args(&["--dist", "d", "--out", "o", "--base-url", "https://x/"]),
            Ok(Some(Args {
                dist: "d".into(),
                out: Some("o".into()),
                base_url: Some("https://x/".into()),
                pages: false
            }))
        );
        assert_eq!(
            args(&["--pages"]).map(|a| a.map(|a| a.pages)),
            Ok(Some(true))
        );
        assert_eq!(args(&["--help"]), Ok(None));
        assert!(args(&["--out"]).is_err());
        assert!(args(&["--nope"]).is_err());
    }
}
